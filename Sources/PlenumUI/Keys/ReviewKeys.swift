import PlenumCore

/// The keys of `plenum review`, `plenum process` and `plenum stage`.
public enum ReviewKeys {
    private static func hint(_ item: KeyPath<ReviewHints, String> & Sendable) -> @Sendable (UIStrings) -> String {
        { $0.reviewHints[keyPath: item] }
    }

    /// What a key does on every review screen before the screen sees it.
    public enum AnywhereAction: Sendable, Equatable { case quit, redraw }
    public static let anywhere = Keymap<AnywhereAction>(section: "Review (`review`)", [
        KeyBinding([.control("c")], .quit, .leaving, help: hint(\.quit)),
        KeyBinding([.control("l"), .resize], .redraw, .leaving, help: hint(\.quit)),
    ])

    /// What a key does on the review's timeline.
    public enum TimelineAction: Sendable, Equatable { case up, down, pageUp, pageDown, first, last, open, search, themes, export, quit }
    public static let timeline = Keymap<TimelineAction>(section: "Review: the day", [
        KeyBinding([.up], .up, .moving, hinted: hint(\.block)),
        KeyBinding([.down], .down, .moving, help: hint(\.block)),
        KeyBinding([.pageUp], .pageUp, .moving, help: hint(\.block)),
        KeyBinding([.pageDown], .pageDown, .moving, help: hint(\.block)),
        KeyBinding([.home], .first, .moving, help: hint(\.block)),
        KeyBinding([.end], .last, .moving, help: hint(\.block)),
        KeyBinding([.enter], .open, .views, hinted: hint(\.open)),
        KeyBinding([.character("/")], .search, .views, hinted: hint(\.search)),
        KeyBinding([.character("T")], .themes, .views, hinted: hint(\.themes)),
        KeyBinding([.character("x")], .export, .views, hinted: hint(\.export)),
        KeyBinding([.character("q")], .quit, .leaving, hinted: hint(\.quit), .always),
    ])

    /// What a key does on one block's post-its.
    public enum BlockAction: Sendable, Equatable { case up, down, pageUp, pageDown, previous, next, back }
    public static let block = Keymap<BlockAction>(section: "Review: a block (Enter)", [
        KeyBinding([.up], .up, .moving, hinted: { $0.reviewBlockHints.scroll }),
        KeyBinding([.down], .down, .moving, help: { $0.reviewBlockHints.scroll }),
        KeyBinding([.pageUp], .pageUp, .moving, help: { $0.reviewBlockHints.scroll }),
        KeyBinding([.pageDown], .pageDown, .moving, help: { $0.reviewBlockHints.scroll }),
        KeyBinding([.left], .previous, .moving, hinted: { $0.reviewBlockHints.block }),
        KeyBinding([.right], .next, .moving, help: { $0.reviewBlockHints.block }),
        KeyBinding([.escape, .character("q"), .enter], .back, .leaving, hinted: { $0.reviewBlockHints.back }, .always),
    ])

    /// What a key does while the search is typed; any other key is text.
    public enum SearchTypingAction: Sendable, Equatable { case cancel, done }
    public static let searchTyping = Keymap<SearchTypingAction>(section: "Review: typing a search (`/`)", [
        KeyBinding([.escape], .cancel, .leaving, help: { $0.reviewSearchHints.back }),
        KeyBinding([.enter, .down], .done, .moving, help: { $0.reviewSearchHints.choose }),
    ])

    /// What a key does among the search's results.
    public enum ResultsAction: Sendable, Equatable { case up, down, searchAgain, open, back }
    public static let results = Keymap<ResultsAction>(section: "Review: the search's results", [
        KeyBinding([.up], .up, .moving, hinted: { $0.reviewSearchHints.choose }),
        KeyBinding([.down], .down, .moving, help: { $0.reviewSearchHints.choose }),
        KeyBinding([.enter], .open, .views, hinted: { $0.reviewSearchHints.open }),
        KeyBinding([.character("/")], .searchAgain, .views, hinted: { $0.reviewSearchHints.again }),
        KeyBinding([.escape, .character("q")], .back, .leaving, hinted: { $0.reviewSearchHints.back }, .always),
    ])

    /// What a key does among the themes in the review (read-only: no renaming).
    public enum ThemesAction: Sendable, Equatable { case move, back }
    public static let themes = Keymap<ThemesAction>(section: "Review: the themes (`T`)", [
        KeyBinding([.up, .down, .home, .end], .move, .moving, help: { $0.themesHints.theme }),
        KeyBinding([.escape, .character("q"), .character("T")], .back, .leaving, help: { $0.themesHints.back }),
    ])

    /// What a key does on the export form (`x`); on the file field, ← → and Space go to the text.
    public enum ExportAction: Sendable, Equatable { case cancel, nextField, previousField, write, choose, choosePrevious }
    public static let export = Keymap<ExportAction>(section: "Review: the export (`x`)", [
        KeyBinding([.escape], .cancel, .leaving, hinted: { $0.exportHints.cancel }, .always),
        KeyBinding([.tab, .down], .nextField, .moving, hinted: { $0.exportHints.field }),
        KeyBinding([.backTab, .up], .previousField, .moving, help: { $0.exportHints.field }),
        KeyBinding([.right, .character(" ")], .choose, .changing, hinted: { $0.exportHints.choose }),
        KeyBinding([.left], .choosePrevious, .changing, help: { $0.exportHints.choose }),
        KeyBinding([.enter], .write, .changing, hinted: { $0.exportHints.write }),
    ])

    /// What a key does on `plenum process`'s screen.
    public enum ProcessAction: Sendable, Equatable { case quit, switchPage, down, up, pageDown, pageUp, top }
    /// The process screen's keys; their words are the process catalog's (`language.process`), as
    /// the rest of that screen's.
    public static let process = Keymap<ProcessAction>(section: "Process (`process`)", [
        KeyBinding([.down, .character("j")], .down, .moving, hinted: { $0.language.process.scrollHint }),
        KeyBinding([.up, .character("k")], .up, .moving, help: { $0.language.process.scrollHint }),
        KeyBinding([.pageDown, .character(" ")], .pageDown, .moving, help: { $0.language.process.scrollHint }),
        KeyBinding([.pageUp], .pageUp, .moving, help: { $0.language.process.scrollHint }),
        KeyBinding([.home], .top, .moving, help: { $0.language.process.scrollHint }),
        KeyBinding([.tab, .backTab, .character("l"), .character("t")], .switchPage, .views, hinted: { $0.language.process.pagesHint }),
        KeyBinding([.character("q"), .character("Q"), .escape, .control("c")], .quit, .leaving,
                   hinted: { $0.language.process.quitHint }, .always),
    ])

    /// What a key does on the stage: nothing but quitting and redrawing.
    public enum StageAction: Sendable, Equatable { case quit, redraw }
    public static let stage = Keymap<StageAction>(section: "Stage (`stage`)", [
        KeyBinding([.character("q"), .control("c")], .quit, .leaving, help: { $0.waitingQuits }),
        KeyBinding([.control("l"), .resize], .redraw, .leaving, help: { $0.waitingQuits }),
    ])

    /// Every keymap here (for the docs test).
    public static let all: [KeymapSummary] = [anywhere.summary, timeline.summary, block.summary, searchTyping.summary,
                                              results.summary, themes.summary, export.summary, process.summary, stage.summary]
}
