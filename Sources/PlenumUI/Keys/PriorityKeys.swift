/// The keys of the console's priorities: the tally of a vote (`v`) and the quick wins (`Q`).
public enum PriorityKeys {
    /// What a key does on the tally (`v`).
    public enum TallyAction: Sendable, Equatable { case previous, next, up, down, pageUp, pageDown, close, stage, back }
    public static let tally = Keymap<TallyAction>(section: "Priorities (`v` in the console)", [
        KeyBinding([.left], .previous, .moving, help: { $0.tallyHints[0] }),
        KeyBinding([.right], .next, .moving, help: { $0.tallyHints[0] }),
        KeyBinding([.up], .up, .moving, help: { $0.tallyHints[1] }),
        KeyBinding([.down], .down, .moving, help: { $0.tallyHints[1] }),
        KeyBinding([.pageUp], .pageUp, .moving, help: { $0.tallyHints[1] }),
        KeyBinding([.pageDown], .pageDown, .moving, help: { $0.tallyHints[1] }),
        KeyBinding([.character("x")], .close, .changing, help: { $0.tallyCloseHint }),
        KeyBinding([.character("s")], .stage, .day, help: { $0.tallyHints[2] }),
        KeyBinding([.escape, .character("v"), .character("q")], .back, .leaving, help: { $0.backHint }),
    ])

    /// What a key does on the quick wins (`Q`).
    public enum QuickWinsAction: Sendable, Equatable { case up, down, moveUp, moveDown, stage, back }
    public static let quickWins = Keymap<QuickWinsAction>(section: "Quick wins (`Q` in the console)", [
        KeyBinding([.up], .up, .moving, help: { $0.quickWinsHints[0] }),
        KeyBinding([.down], .down, .moving, help: { $0.quickWinsHints[0] }),
        KeyBinding([.character("+")], .moveUp, .changing, help: { $0.quickWinsHints[1] }),
        KeyBinding([.character("-")], .moveDown, .changing, help: { $0.quickWinsHints[2] }),
        KeyBinding([.character("s")], .stage, .day, help: { $0.quickWinsHints[3] }),
        KeyBinding([.escape, .character("Q"), .character("q")], .back, .leaving, help: { $0.backHint }),
    ])

    /// Every keymap here (for the docs test).
    public static let all: [KeymapSummary] = [tally.summary, quickWins.summary]
}
