/// What a key asks of the console (the agenda, with no panel open).
public enum ConsoleAction: Sendable, Equatable {
    case startOrPause, next, back, undo, longer, shorter, dealCard
    case up, down, pageUp, pageDown, first, last, startSelected
    case edit, insert, drop, catchUp, advanceTrack(Int), nextPresenter, previousPresenter
    case wall, themes, groups, checkIn, stage, help, quit, redraw, priorities, quickWins
}

/// The console's keys, and those of the panels opened over it.
public enum ConsoleKeys {
    private static func line(_ i: Int) -> @Sendable (UIStrings) -> String { { $0.helpLines[i].1 } }
    private static func hint(_ item: KeyPath<ConsoleHints, String> & Sendable) -> @Sendable (UIStrings) -> String {
        { $0.consoleHints[keyPath: item] }
    }

    /// The agenda's keys: the `?` help lists them by group, in this order within a group; the hint
    /// bar shows those with a hint, in this order.
    public static let map = Keymap<ConsoleAction>(section: "Console (`run`, `demo`)", [
        KeyBinding([.character(" ")], .startOrPause, .day, help: line(0), hint: hint(\.startPause)),
        KeyBinding([.character("n"), .right], .next, .day, help: line(1), hint: hint(\.next)),
        KeyBinding([.character("p"), .left], .back, .day, help: line(2), hint: hint(\.back)),
        KeyBinding([.character("u")], .undo, .day, help: line(3), hint: hint(\.undo)),
        KeyBinding([.character("+"), .character("=")], .longer, .day, help: line(4), hint: hint(\.minute)),
        KeyBinding([.character("-")], .shorter, .day, help: line(4)),
        KeyBinding([.character("c")], .dealCard, .day, help: line(5), hint: hint(\.card)),
        KeyBinding([.up], .up, .moving, help: line(6)),
        KeyBinding([.down], .down, .moving, help: line(6)),
        KeyBinding([.pageUp], .pageUp, .moving, help: line(6)),
        KeyBinding([.pageDown], .pageDown, .moving, help: line(6)),
        KeyBinding([.home], .first, .moving, help: line(6)),
        KeyBinding([.end], .last, .moving, help: line(6)),
        KeyBinding([.enter], .startSelected, .day, help: line(6)),
        KeyBinding([.character("a")], .catchUp, .day, help: line(9), hint: hint(\.catchUp)),
        KeyBinding([.character("w")], .wall, .views, help: line(10), hint: hint(\.wall)),
        KeyBinding([.character("T")], .themes, .views, help: line(11)),
        KeyBinding([.character("g")], .groups, .views, help: line(12), hint: hint(\.groups)),
        KeyBinding([.character("k")], .checkIn, .views, help: line(13), hint: hint(\.checkIn)),
        KeyBinding([.character("e")], .edit, .changing, help: line(7), hint: hint(\.edit)),
        KeyBinding([.character("i")], .insert, .changing, help: line(7), hint: hint(\.insert)),
        KeyBinding([.character("x")], .drop, .changing, help: line(8)),
        KeyBinding([.character("f")], .stage, .day, help: line(14)),
    ] + (1...9).map { n in
        KeyBinding([.character(Character(String(n)))], .advanceTrack(n - 1), .day, help: line(15))
    } + [
        KeyBinding([.character(">")], .nextPresenter, .day, help: line(16)),
        KeyBinding([.character("<")], .previousPresenter, .day, help: line(16)),
        KeyBinding([.character("?"), .function(1)], .help, .views, hinted: hint(\.help), .always),
        KeyBinding([.character("q"), .control("c")], .quit, .leaving, help: line(17), hint: hint(\.quit), .always),
        KeyBinding([.control("l"), .resize], .redraw, .leaving, help: line(17)),
        KeyBinding([.character("v")], .priorities, .views, help: { $0.tallyHelp }),
        KeyBinding([.character("Q")], .quickWins, .views, help: { $0.quickWinsHelp }),
    ])

    /// The `?` help's rows under their headings: each help line the keymap names, once, under the
    /// group of its first binding; the groups in `KeyGroup`'s order, the lines in the keymap's.
    public static func helpSections(_ strings: UIStrings) -> [KeyHelpSection] {
        KeyHelpSection.sections(of: [map.summary], lines: strings.helpLines, strings: strings, heading: strings.helpHeading)
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
        KeyBinding([.tab, .down], .nextField, .moving, hinted: { $0.formHints.nextField }),
        KeyBinding([.backTab, .up], .previousField, .moving, help: { $0.formHints.nextField }),
        KeyBinding([.enter], .save, .changing, hinted: { $0.formHints.save }),
        KeyBinding([.escape], .cancel, .leaving, hinted: { $0.formHints.cancel }, .always),
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
        KeyBinding([.enter], .yes, .leaving, hinted: { $0.answerHints.apply }),
        KeyBinding([.escape, .character("q"), .character("n")], .no, .leaving, hinted: { $0.answerHints.cancel }, .always),
    ])

    /// A question's footer, built from `answer`: what Enter does here (`yes`, else "Enter applies"),
    /// then Esc's item.
    public static func answerBar(_ strings: UIStrings, yes: String? = nil) -> String {
        answer.hintBar(strings, width: .max) { $0 == .yes ? yes : nil }
    }

    /// What a key does whatever panel is open over the console (before the panel sees it).
    public enum PanelAction: Sendable, Equatable { case quit, redraw }
    public static let panels = Keymap<PanelAction>(section: "Console: every panel", [
        KeyBinding([.control("c")], .quit, .leaving, help: line(17)),
        KeyBinding([.control("l"), .resize], .redraw, .leaving, help: line(17)),
    ])

    /// Every keymap of the console and its panels (for the docs test).
    public static let all: [KeymapSummary] = [map.summary, panels.summary, help.summary, form.summary, kindField.summary, answer.summary]
}
