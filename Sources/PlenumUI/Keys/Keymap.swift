import PlenumCore

/// What a group of keys is about, for the help and the docs (as tig groups its requests).
public enum KeyGroup: String, Sendable, CaseIterable {
    /// Running the day: start, pause, next, back, minutes, cards, presenters, tracks.
    case day
    /// Moving a selection or scrolling.
    case moving
    /// Changing what is selected: edit, insert, drop, mark, vote, theme.
    case changing
    /// Opening another view or the help.
    case views
    /// Answering, closing, quitting, redrawing.
    case leaving
}

/// Where a binding's item stands in its screen's hint bar.
public enum HintPlace: Sendable {
    /// Shown while it fits, in the keymap's order (a narrow terminal drops the last ones).
    case whileItFits
    /// Always shown, at the end of the bar (help, quit, back).
    case always
}

/// One binding: the keys, what they do on this screen, their group, their help text (words from
/// `UIStrings`, in the screen's language) and, for a binding the hint bar shows, its item there.
public struct KeyBinding<Action: Sendable>: Sendable {
    public let keys: [Key]
    public let action: Action
    public let group: KeyGroup
    /// The help text for these keys, from the existing words of the screen's language.
    public let help: @Sendable (UIStrings) -> String
    /// The item of the hint bar ("n next"), for a binding the bar shows; nil for one it leaves out.
    public let hint: (@Sendable (UIStrings) -> String)?
    public let hintPlace: HintPlace

    public init(_ keys: [Key], _ action: Action, _ group: KeyGroup, help: @escaping @Sendable (UIStrings) -> String,
                hint: (@Sendable (UIStrings) -> String)? = nil, _ hintPlace: HintPlace = .whileItFits) {
        self.keys = keys
        self.action = action
        self.group = group
        self.help = help
        self.hint = hint
        self.hintPlace = hintPlace
    }

    /// A binding the hint bar shows with its help text as its item.
    public init(_ keys: [Key], _ action: Action, _ group: KeyGroup, hinted: @escaping @Sendable (UIStrings) -> String,
                _ hintPlace: HintPlace = .whileItFits) {
        self.init(keys, action, group, help: hinted, hint: hinted, hintPlace)
    }
}

/// One screen's table of bindings, as bubbles' `key.Binding`s or tig's request table: the key
/// handler asks it what a key means, and the help, the hint bars and `docs/interface.md` are held
/// to it (`KeymapDocsTests`). A key bound twice takes the first binding.
public struct Keymap<Action: Sendable>: Sendable {
    /// The heading of this screen's keys in `docs/interface.md` ("Console (`run`, `demo`)").
    public let section: String
    public let bindings: [KeyBinding<Action>]

    public init(section: String, _ bindings: [KeyBinding<Action>]) {
        self.section = section
        self.bindings = bindings
    }

    /// What `key` does here, or nil when this screen does not bind it.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// Every key this screen binds.
    public var keys: [Key] { bindings.flatMap(\.keys) }

    /// The keys and their section, without the actions (for the docs test and the help).
    public var summary: KeymapSummary {
        KeymapSummary(section: section, keys: keys, helps: bindings.map(\.help), groups: bindings.map(\.group),
                      hints: bindings.compactMap { binding in binding.hint.map { (binding.keys, binding.hintPlace, $0) } })
    }

    /// The screen's hint bar, built from the bindings that have an item there: in the keymap's
    /// order as many as fit in `width` columns, then those shown always. `instead` gives another
    /// item for an action whose words depend on the screen's state (nil: the binding's own).
    public func hintBar(_ strings: UIStrings, width: Int, instead: (Action) -> String? = { _ in nil }) -> String {
        let marked = bindings.compactMap { binding in
            binding.hint.map { (binding.hintPlace, instead(binding.action) ?? $0(strings)) }
        }
        return fitHints(marked.filter { $0.0 == .whileItFits }.map(\.1), always: marked.filter { $0.0 == .always }.map(\.1),
                        width: width)
    }
}

/// As many of `items` as fit in `width` columns, followed by `always`, joined by " · ".
func fitHints(_ items: [String], always: [String], width: Int) -> String {
    var shown: [String] = []
    for item in items {
        let candidate = (shown + [item] + always).joined(separator: " · ")
        if DisplayWidth.of(candidate) > width { break }
        shown.append(item)
    }
    return (shown + always).joined(separator: " · ")
}

/// A keymap without its actions: its docs heading, its keys, its help texts and groups, and its
/// hint bar's items with the keys of the binding each belongs to.
public struct KeymapSummary: Sendable {
    public let section: String
    public let keys: [Key]
    public let helps: [@Sendable (UIStrings) -> String]
    /// The group of each binding, in the order of `helps`.
    public let groups: [KeyGroup]
    public let hints: [(keys: [Key], place: HintPlace, text: @Sendable (UIStrings) -> String)]

    /// The hint bar of a screen whose keys are in several keymaps: the items of `maps`, in their
    /// order, as many as fit in `width` columns; then the items shown always, from `alwaysFrom` in
    /// its order.
    public static func hintBar(_ strings: UIStrings, width: Int, of maps: [KeymapSummary], alwaysFrom: [KeymapSummary]) -> String {
        let items = maps.flatMap(\.hints).filter { $0.place == .whileItFits }.map { $0.text(strings) }
        let always = alwaysFrom.flatMap(\.hints).filter { $0.place == .always }.map { $0.text(strings) }
        return fitHints(items, always: always, width: width)
    }
}

extension Key {
    /// The key as `docs/interface.md` and the help write it: `` `n` ``, Space, Enter, ↑, Ctrl-L, F1.
    public var docName: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return "`\(c)`"
        case .control(let c): return "Ctrl-" + c.uppercased()
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .resize: return "resize"
        case .paste: return "paste"
        }
    }
}

/// The help item `index` of a hint bar (the bar's words split at " · "), for a binding's help.
func hintItem(_ bar: String, _ index: Int) -> String {
    let items = bar.components(separatedBy: " · ")
    return items.indices.contains(index) ? items[index] : ""
}
