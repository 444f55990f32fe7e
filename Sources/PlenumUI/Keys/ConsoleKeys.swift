/// What a key asks of the console (the agenda, with no panel open).
public enum ConsoleAction: Sendable, Equatable {
    case startOrPause, next, back, undo, longer, shorter, dealCard
    case up, down, pageUp, pageDown, first, last, startSelected
    case edit, insert, drop, catchUp, advanceTrack(Int), nextPresenter, previousPresenter
    case wall, themes, groups, checkIn, stage, help, quit, redraw
}

/// The console's keys, and those of the panels opened over it.
public enum ConsoleKeys {
    private static func line(_ i: Int) -> @Sendable (UIStrings) -> String { { $0.helpLines[i].1 } }
    private static func hint(_ i: Int) -> @Sendable (UIStrings) -> String { { hintItem($0.hints(width: .max), i) } }

    /// The agenda's keys, in the order the `?` help lists them.
    public static let map = Keymap<ConsoleAction>(section: "Console (`run`, `demo`)", [
        KeyBinding([.character(" ")], .startOrPause, .day, help: line(0)),
        KeyBinding([.character("n"), .right], .next, .day, help: line(1)),
        KeyBinding([.character("p"), .left], .back, .day, help: line(2)),
        KeyBinding([.character("u")], .undo, .day, help: line(3)),
        KeyBinding([.character("+"), .character("=")], .longer, .day, help: line(4)),
        KeyBinding([.character("-")], .shorter, .day, help: line(4)),
        KeyBinding([.character("c")], .dealCard, .day, help: line(5)),
        KeyBinding([.up], .up, .moving, help: line(6)),
        KeyBinding([.down], .down, .moving, help: line(6)),
        KeyBinding([.pageUp], .pageUp, .moving, help: line(6)),
        KeyBinding([.pageDown], .pageDown, .moving, help: line(6)),
        KeyBinding([.home], .first, .moving, help: line(6)),
        KeyBinding([.end], .last, .moving, help: line(6)),
        KeyBinding([.enter], .startSelected, .day, help: line(6)),
        KeyBinding([.character("e")], .edit, .changing, help: line(7)),
        KeyBinding([.character("i")], .insert, .changing, help: line(7)),
        KeyBinding([.character("x")], .drop, .changing, help: line(8)),
        KeyBinding([.character("a")], .catchUp, .day, help: line(9)),
        KeyBinding([.character("w")], .wall, .views, help: line(10)),
        KeyBinding([.character("T")], .themes, .views, help: line(11)),
        KeyBinding([.character("g")], .groups, .views, help: line(12)),
        KeyBinding([.character("k")], .checkIn, .views, help: line(13)),
        KeyBinding([.character("f")], .stage, .day, help: line(14)),
    ] + (1...9).map { n in
        KeyBinding([.character(Character(String(n)))], .advanceTrack(n - 1), .day, help: line(15))
    } + [
        KeyBinding([.character(">")], .nextPresenter, .day, help: line(16)),
        KeyBinding([.character("<")], .previousPresenter, .day, help: line(16)),
        KeyBinding([.character("q"), .control("c")], .quit, .leaving, help: line(17)),
        KeyBinding([.control("l"), .resize], .redraw, .leaving, help: line(17)),
        KeyBinding([.character("?"), .function(1)], .help, .views, help: hint(12)),
    ])

    /// The `?` help's rows: each help line the keymap names, once, in the keymap's order.
    public static func helpRows(_ strings: UIStrings) -> [(keys: String, text: String)] {
        var rows: [(keys: String, text: String)] = []
        for binding in map.bindings {
            let text = binding.help(strings)
            guard !rows.contains(where: { $0.text == text }), let row = strings.helpLines.first(where: { $0.1 == text }) else { continue }
            rows.append((row.0, text))
        }
        return rows
    }

    /// What a key does in the `?` help.
    public enum HelpAction: Sendable, Equatable { case up, down, pageUp, pageDown, close }
    public static let help = Keymap<HelpAction>(section: "Console: the help (`?`)", [
        KeyBinding([.up], .up, .moving, help: { $0.helpScrollHint }),
        KeyBinding([.down], .down, .moving, help: { $0.helpScrollHint }),
        KeyBinding([.pageUp], .pageUp, .moving, help: { $0.helpScrollHint }),
        KeyBinding([.pageDown], .pageDown, .moving, help: { $0.helpScrollHint }),
        KeyBinding([.escape, .character("?"), .character("q"), .enter, .function(1)], .close, .leaving, help: { $0.closeHelp }),
    ])

    /// What a key does in the block form (`e`, `i`); any other key goes to the field.
    public enum FormAction: Sendable, Equatable { case nextField, previousField, save, cancel }
    public static let form = Keymap<FormAction>(section: "Console: the block form (`e`, `i`)", [
        KeyBinding([.tab, .down], .nextField, .moving, help: { hintItem($0.formHint, 0) }),
        KeyBinding([.backTab, .up], .previousField, .moving, help: { hintItem($0.formHint, 0) }),
        KeyBinding([.enter], .save, .changing, help: { hintItem($0.formHint, 1) }),
        KeyBinding([.escape], .cancel, .leaving, help: { hintItem($0.formHint, 2) }),
    ])

    /// What a key does on the form's kind field (a new block).
    public enum KindAction: Sendable, Equatable { case next, previous }
    public static let kindField = Keymap<KindAction>(section: "Console: the block form's kind (`i`)", [
        KeyBinding([.right, .character(" ")], .next, .changing, help: { $0.kindHint }),
        KeyBinding([.left], .previous, .changing, help: { $0.kindHint }),
    ])

    /// What a key does where the console asks (a jump, the end of the day, reopening, dropping a
    /// block, the catch-up proposal): Enter does it, anything in `no` does not.
    public enum AnswerAction: Sendable, Equatable { case yes, no }
    public static let answer = Keymap<AnswerAction>(section: "Console: a question (skip ahead, end the day, open it again, drop a block, catch up)", [
        KeyBinding([.enter], .yes, .leaving, help: { $0.applyHint }),
        KeyBinding([.escape, .character("q"), .character("n")], .no, .leaving, help: { $0.applyHint }),
    ])

    /// What a key does whatever panel is open over the console (before the panel sees it).
    public enum PanelAction: Sendable, Equatable { case quit, redraw }
    public static let panels = Keymap<PanelAction>(section: "Console: every panel", [
        KeyBinding([.control("c")], .quit, .leaving, help: line(17)),
        KeyBinding([.control("l"), .resize], .redraw, .leaving, help: line(17)),
    ])

    /// Every keymap of the console and its panels (for the docs test).
    public static let all: [KeymapSummary] = [map.summary, panels.summary, help.summary, form.summary, kindField.summary, answer.summary]
}
