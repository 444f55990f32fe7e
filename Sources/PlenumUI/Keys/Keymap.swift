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

/// One binding: the keys, what they do on this screen, their group and their help text (words from
/// `UIStrings`, in the screen's language).
public struct KeyBinding<Action: Sendable>: Sendable {
    public let keys: [Key]
    public let action: Action
    public let group: KeyGroup
    /// The help text for these keys, from the existing words of the screen's language.
    public let help: @Sendable (UIStrings) -> String

    public init(_ keys: [Key], _ action: Action, _ group: KeyGroup, help: @escaping @Sendable (UIStrings) -> String) {
        self.keys = keys
        self.action = action
        self.group = group
        self.help = help
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
        KeymapSummary(section: section, keys: keys, helps: bindings.map(\.help))
    }
}

/// A keymap without its actions: its docs heading, its keys and its help texts.
public struct KeymapSummary: Sendable {
    public let section: String
    public let keys: [Key]
    public let helps: [@Sendable (UIStrings) -> String]
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
