/// The keys of the notetaker's screens: the table picker, waiting for the session, the notes.
/// In the input line a letter is always text: `q` and `?` count as keys only on an empty line.
public enum NotesKeys {
    private static func hint(_ item: KeyPath<NotesHints, String> & Sendable) -> @Sendable (UIStrings) -> String {
        { $0.notesHints[keyPath: item] }
    }
    /// The help row `i` of the notetaker's help (`UIStrings.notesHelpLines`).
    static func line(_ i: Int) -> @Sendable (UIStrings) -> String { { $0.notesHelpLines[i].1 } }

    /// What a key does on the notes screen before the mode sees it.
    public enum AnywhereAction: Sendable, Equatable { case help, material, redraw, quit, restore }
    public static let anywhere = Keymap<AnywhereAction>(section: "Notes (`note`)", [
        KeyBinding([.function(1)], .help, .views, hinted: hint(\.help), .always),
        KeyBinding([.function(2)], .material, .views, help: line(13)),
        KeyBinding([.control("l")], .redraw, .leaving, help: line(16)),
        KeyBinding([.control("c")], .quit, .leaving, help: line(15)),
        KeyBinding([.control("z")], .restore, .changing, help: line(7), hint: hint(\.undo)),
    ])

    /// What a key does in the input line; every key not bound here is text for the line.
    public enum TypingAction: Sendable, Equatable { case save, nextKind, previousKind, cancel, select, quitIfEmpty, helpIfEmpty }
    public static let typing = Keymap<TypingAction>(section: "Notes: typing", [
        KeyBinding([.enter], .save, .changing, help: line(0), hint: hint(\.save)),
        KeyBinding([.tab], .nextKind, .changing, help: line(1), hint: hint(\.kind)),
        KeyBinding([.backTab], .previousKind, .changing, help: line(1)),
        KeyBinding([.escape], .cancel, .leaving, help: line(14)),
        KeyBinding([.up], .select, .moving, help: line(3), hint: hint(\.select)),
        KeyBinding([.character("q")], .quitIfEmpty, .leaving, help: line(15), hint: hint(\.quit), .always),
        KeyBinding([.character("?")], .helpIfEmpty, .views, help: line(12)),
    ])

    /// What a key does while a saved post-it is selected; another letter goes back to typing.
    public enum SelectedAction: Sendable, Equatable { case up, down, back, edit, delete, move, markForPlenum, actors, restore, quit }
    public static let selected = Keymap<SelectedAction>(section: "Notes: a post-it selected (↑)", [
        KeyBinding([.up], .up, .moving, help: line(3)),
        KeyBinding([.down], .down, .moving, help: line(3)),
        KeyBinding([.escape], .back, .leaving, help: line(14)),
        KeyBinding([.enter], .edit, .changing, help: line(4), hint: hint(\.edit)),
        KeyBinding([.delete, .backspace, .character("d")], .delete, .changing, help: line(4), hint: hint(\.delete)),
        KeyBinding([.character("m")], .move, .changing, help: line(4), hint: hint(\.move)),
        KeyBinding([.character("p")], .markForPlenum, .changing, help: line(5)),
        KeyBinding([.character("a")], .actors, .changing, help: line(6)),
        KeyBinding([.character("u")], .restore, .changing, help: line(8)),
        KeyBinding([.character("q")], .quit, .leaving, help: line(15)),
    ])

    /// What a key does while choosing the block to move a post-it to (`m`).
    public enum MoveAction: Sendable, Equatable { case up, down, cancel, move }
    public static let move = Keymap<MoveAction>(section: "Notes: moving a post-it (`m`)", [
        KeyBinding([.up], .up, .moving, help: { $0.moveToBlock }),
        KeyBinding([.down], .down, .moving, help: { $0.moveToBlock }),
        KeyBinding([.escape], .cancel, .leaving, help: { $0.moveToBlock }),
        KeyBinding([.enter], .move, .changing, help: { $0.moveToBlock }),
    ])

    /// What a key does on the table picker (`note` without `--table`).
    public enum PickerAction: Sendable, Equatable { case up, down, pageUp, pageDown, choose, quit, redraw }
    public static let picker = Keymap<PickerAction>(section: "Choosing the table (`note` without `--table`)", [
        KeyBinding([.up], .up, .moving, hinted: { $0.pickerHints.choose }),
        KeyBinding([.down], .down, .moving, help: { $0.pickerHints.choose }),
        KeyBinding([.pageUp], .pageUp, .moving, help: { $0.pickerHints.choose }),
        KeyBinding([.pageDown], .pageDown, .moving, help: { $0.pickerHints.choose }),
        KeyBinding([.enter], .choose, .changing, hinted: { $0.pickerHints.start }),
        KeyBinding([.character("q"), .control("c"), .escape], .quit, .leaving, hinted: { $0.pickerHints.quit }, .always),
        KeyBinding([.control("l")], .redraw, .leaving, help: line(16)),
    ])

    /// What a key does while a stage or a notetaker waits for the session file.
    public enum WaitingAction: Sendable, Equatable { case quit, redraw }
    public static let waiting = Keymap<WaitingAction>(section: "Waiting for the session (`stage`, `note`)", [
        KeyBinding([.character("q"), .control("c"), .escape], .quit, .leaving, help: { $0.waitingQuits }),
        KeyBinding([.control("l")], .redraw, .leaving, help: line(16)),
    ])

    /// What a key does on a selected post-it in a block where the tables vote (before `selected`).
    public enum VoteAction: Sendable, Equatable { case more, less, place(Int) }
    public static let vote = Keymap<VoteAction>(section: "Notes: voting (a post-it selected in a block with `vote`)", [
        KeyBinding([.character("+")], .more, .changing, help: line(9)),
        KeyBinding([.character("-")], .less, .changing, help: line(10)),
    ] + (1...9).map { n in
        KeyBinding([.character(Character(String(n)))], .place(n), .changing, help: line(11))
    })

    /// What a key does in the actors' picker (`a` on a selected post-it, or on the wall).
    public enum ActorsAction: Sendable, Equatable { case up, down, toggle, pick(Int), close }
    public static let actors = Keymap<ActorsAction>(section: "Who contributes (`a` on a post-it)", [
        KeyBinding([.up], .up, .moving, hinted: { $0.actorsHints.choose }),
        KeyBinding([.down], .down, .moving, help: { $0.actorsHints.choose }),
        KeyBinding([.character(" "), .enter], .toggle, .changing, hinted: { $0.actorsHints.toggle }),
    ] + (1...9).map { n in
        KeyBinding([.character(Character(String(n)))], .pick(n), .changing, help: { $0.actorsHints.toggle })
    } + [
        KeyBinding([.escape, .character("a"), .character("q")], .close, .leaving, hinted: { $0.actorsHints.close }, .always),
    ])

    /// What a key does at a rating question (Tab past the kinds, in a block with `rate`) while the
    /// line is empty; any other key is typing (a letter goes back to the first kind, as text).
    public enum RatingAction: Sendable, Equatable { case rate, withdraw, nextQuestion, back }
    public static let rating = Keymap<RatingAction>(section: "Notes: a rating question (Tab past the kinds)", [
        KeyBinding((1...9).map { Key.character(Character(String($0))) }, .rate, .day, help: line(17)),
        KeyBinding([.backspace, .delete], .withdraw, .day, help: line(18)),
        KeyBinding([.enter], .nextQuestion, .day, help: line(19)),
        KeyBinding([.escape], .back, .day, help: line(20)),
    ])

    /// What a key does while the running block's material is shown (F2, which closes it again).
    public enum MaterialAction: Sendable, Equatable { case close, down, up, pageDown, pageUp, top }
    public static let material = Keymap<MaterialAction>(section: "Notes: the block's material (F2)", [
        KeyBinding([.escape, .character("q")], .close, .day, help: line(21)),
        KeyBinding([.down], .down, .day, help: line(22)),
        KeyBinding([.up], .up, .day, help: line(22)),
        KeyBinding([.pageDown], .pageDown, .day, help: line(22)),
        KeyBinding([.pageUp], .pageUp, .day, help: line(22)),
        KeyBinding([.home], .top, .day, help: line(22)),
    ])

    /// What a key does while the notetaker's help (F1) is open; any other key closes it.
    public enum HelpAction: Sendable, Equatable { case up, down, pageUp, pageDown }
    public static let help = Keymap<HelpAction>(section: "Notes: the help (F1)", [
        KeyBinding([.up], .up, .moving, help: { $0.helpScrollHint }),
        KeyBinding([.down], .down, .moving, help: { $0.helpScrollHint }),
        KeyBinding([.pageUp], .pageUp, .moving, help: { $0.helpScrollHint }),
        KeyBinding([.pageDown], .pageDown, .moving, help: { $0.helpScrollHint }),
    ])

    /// The keymaps the notes' help (F1) lists, in this order within a group; `evaluation` (the
    /// running block has ratings or material) adds the rating question's and the basis' keys.
    public static func helpMaps(evaluation: Bool) -> [KeymapSummary] {
        [typing.summary, TextKeys.line.summary, selected.summary, vote.summary, anywhere.summary]
            + (evaluation ? [rating.summary, material.summary] : [])
    }

    /// The notes' help (F1): each help line the keymaps name, once, under the group of its first
    /// binding (the console's `?` help is built the same way).
    public static func helpSections(_ strings: UIStrings, evaluation: Bool) -> [KeyHelpSection] {
        KeyHelpSection.sections(of: helpMaps(evaluation: evaluation), lines: strings.notesHelpLines, strings: strings,
                                heading: strings.notesHelpHeading)
    }

    /// The notes' hint bar: typing's keys, then a selected post-it's, then Ctrl-Z while they fit;
    /// F1 and q always.
    public static func bar(_ strings: UIStrings, width: Int) -> String {
        KeymapSummary.hintBar(strings, width: width, of: [typing.summary, selected.summary, anywhere.summary],
                              alwaysFrom: [anywhere.summary, typing.summary])
    }

    /// Every keymap here (for the docs test).
    public static let all: [KeymapSummary] = [anywhere.summary, typing.summary, selected.summary, move.summary,
                                              picker.summary, waiting.summary, vote.summary, actors.summary,
                                              rating.summary, material.summary, help.summary]
}
