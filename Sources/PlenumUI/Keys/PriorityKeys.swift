/// The keys of the console's priorities: the tally of a vote (`v`) and the quick wins (`Q`).
public enum PriorityKeys {
    /// What a key does on the tally (`v`).
    public enum TallyAction: Sendable, Equatable { case previous, next, up, down, pageUp, pageDown, close, stage, back }
    public static let tally = Keymap<TallyAction>(section: "Priorities (`v` in the console)", [
        KeyBinding([.left], .previous, .moving, hinted: { $0.tallyHints.vote }),
        KeyBinding([.right], .next, .moving, help: { $0.tallyHints.vote }),
        KeyBinding([.up], .up, .moving, hinted: { $0.tallyHints.scroll }),
        KeyBinding([.down], .down, .moving, help: { $0.tallyHints.scroll }),
        KeyBinding([.pageUp], .pageUp, .moving, help: { $0.tallyHints.scroll }),
        KeyBinding([.pageDown], .pageDown, .moving, help: { $0.tallyHints.scroll }),
        KeyBinding([.character("x")], .close, .changing, hinted: { $0.tallyHints.close }),
        KeyBinding([.character("s")], .stage, .day, hinted: { $0.tallyHints.stage }),
        KeyBinding([.escape, .character("v"), .character("q")], .back, .leaving, hinted: { $0.tallyHints.back }, .always),
    ])

    /// The tally's hint bar from its keymap, `x` saying "open again" while the vote is closed.
    public static func tallyBar(_ strings: UIStrings, width: Int, closed: Bool) -> String {
        tally.hintBar(strings, width: width) { $0 == .close && closed ? strings.tallyHints.openAgain : nil }
    }

    /// What a key does on the quick wins (`Q`).
    public enum QuickWinsAction: Sendable, Equatable { case up, down, moveUp, moveDown, stage, back }
    public static let quickWins = Keymap<QuickWinsAction>(section: "Quick wins (`Q` in the console)", [
        KeyBinding([.up], .up, .moving, hinted: { $0.quickWinsHints.select }),
        KeyBinding([.down], .down, .moving, help: { $0.quickWinsHints.select }),
        KeyBinding([.character("+")], .moveUp, .changing, hinted: { $0.quickWinsHints.up }),
        KeyBinding([.character("-")], .moveDown, .changing, hinted: { $0.quickWinsHints.down }),
        KeyBinding([.character("s")], .stage, .day, hinted: { $0.quickWinsHints.stage }),
        KeyBinding([.escape, .character("Q"), .character("q")], .back, .leaving, hinted: { $0.quickWinsHints.back }, .always),
    ])

    /// Every keymap here (for the docs test).
    public static let all: [KeymapSummary] = [tally.summary, quickWins.summary]
}
