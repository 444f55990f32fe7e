import PlenumCore

/// The keys of `plenum review`, `plenum process` and `plenum stage`.
public enum ReviewKeys {
    private static func hint(_ i: Int) -> @Sendable (UIStrings) -> String { { hintItem($0.reviewHint(width: .max), i) } }

    /// What a key does on every review screen before the screen sees it.
    public enum AnywhereAction: Sendable, Equatable { case quit, redraw }
    public static let anywhere = Keymap<AnywhereAction>(section: "Review (`review`)", [
        KeyBinding([.control("c")], .quit, .leaving, help: hint(5)),
        KeyBinding([.control("l"), .resize], .redraw, .leaving, help: hint(5)),
    ])

    /// What a key does on the review's timeline.
    public enum TimelineAction: Sendable, Equatable { case up, down, pageUp, pageDown, first, last, open, search, themes, export, quit }
    public static let timeline = Keymap<TimelineAction>(section: "Review: the day", [
        KeyBinding([.up], .up, .moving, help: hint(0)),
        KeyBinding([.down], .down, .moving, help: hint(0)),
        KeyBinding([.pageUp], .pageUp, .moving, help: hint(0)),
        KeyBinding([.pageDown], .pageDown, .moving, help: hint(0)),
        KeyBinding([.home], .first, .moving, help: hint(0)),
        KeyBinding([.end], .last, .moving, help: hint(0)),
        KeyBinding([.enter], .open, .views, help: hint(1)),
        KeyBinding([.character("/")], .search, .views, help: hint(2)),
        KeyBinding([.character("T")], .themes, .views, help: hint(3)),
        KeyBinding([.character("x")], .export, .views, help: hint(4)),
        KeyBinding([.character("q")], .quit, .leaving, help: hint(5)),
    ])

    /// What a key does on one block's post-its.
    public enum BlockAction: Sendable, Equatable { case up, down, pageUp, pageDown, previous, next, back }
    public static let block = Keymap<BlockAction>(section: "Review: a block (Enter)", [
        KeyBinding([.up], .up, .moving, help: { hintItem($0.blockHint, 0) }),
        KeyBinding([.down], .down, .moving, help: { hintItem($0.blockHint, 0) }),
        KeyBinding([.pageUp], .pageUp, .moving, help: { hintItem($0.blockHint, 0) }),
        KeyBinding([.pageDown], .pageDown, .moving, help: { hintItem($0.blockHint, 0) }),
        KeyBinding([.left], .previous, .moving, help: { hintItem($0.blockHint, 1) }),
        KeyBinding([.right], .next, .moving, help: { hintItem($0.blockHint, 1) }),
        KeyBinding([.escape, .character("q"), .enter], .back, .leaving, help: { hintItem($0.blockHint, 2) }),
    ])

    /// What a key does while the search is typed; any other key is text.
    public enum SearchTypingAction: Sendable, Equatable { case cancel, done }
    public static let searchTyping = Keymap<SearchTypingAction>(section: "Review: typing a search (`/`)", [
        KeyBinding([.escape], .cancel, .leaving, help: { hintItem($0.searchHint, 3) }),
        KeyBinding([.enter, .down], .done, .moving, help: { hintItem($0.searchHint, 0) }),
    ])

    /// What a key does among the search's results.
    public enum ResultsAction: Sendable, Equatable { case up, down, searchAgain, open, back }
    public static let results = Keymap<ResultsAction>(section: "Review: the search's results", [
        KeyBinding([.up], .up, .moving, help: { hintItem($0.searchHint, 0) }),
        KeyBinding([.down], .down, .moving, help: { hintItem($0.searchHint, 0) }),
        KeyBinding([.character("/")], .searchAgain, .views, help: { hintItem($0.searchHint, 2) }),
        KeyBinding([.enter], .open, .views, help: { hintItem($0.searchHint, 1) }),
        KeyBinding([.escape, .character("q")], .back, .leaving, help: { hintItem($0.searchHint, 3) }),
    ])

    /// What a key does among the themes in the review (read-only: no renaming).
    public enum ThemesAction: Sendable, Equatable { case move, back }
    public static let themes = Keymap<ThemesAction>(section: "Review: the themes (`T`)", [
        KeyBinding([.up, .down, .home, .end], .move, .moving, help: { hintItem($0.themesHint, 0) }),
        KeyBinding([.escape, .character("q"), .character("T")], .back, .leaving, help: { hintItem($0.themesHint, 2) }),
    ])

    /// What a key does on the export form (`x`); on the file field, ← → and Space go to the text.
    public enum ExportAction: Sendable, Equatable { case cancel, nextField, previousField, write, choose, choosePrevious }
    public static let export = Keymap<ExportAction>(section: "Review: the export (`x`)", [
        KeyBinding([.escape], .cancel, .leaving, help: { hintItem($0.exportHint, 3) }),
        KeyBinding([.tab, .down], .nextField, .moving, help: { hintItem($0.exportHint, 0) }),
        KeyBinding([.backTab, .up], .previousField, .moving, help: { hintItem($0.exportHint, 0) }),
        KeyBinding([.enter], .write, .changing, help: { hintItem($0.exportHint, 2) }),
        KeyBinding([.right, .character(" ")], .choose, .changing, help: { hintItem($0.exportHint, 1) }),
        KeyBinding([.left], .choosePrevious, .changing, help: { hintItem($0.exportHint, 1) }),
    ])

    /// What a key does on `plenum process`'s screen.
    public enum ProcessAction: Sendable, Equatable { case quit, switchPage, down, up, pageDown, pageUp, top }
    private static func process(_ i: Int) -> @Sendable (UIStrings) -> String { { hintItem(($0.language).process.screenHint, i) } }
    public static let process = Keymap<ProcessAction>(section: "Process (`process`)", [
        KeyBinding([.character("q"), .character("Q"), .escape, .control("c")], .quit, .leaving, help: process(2)),
        KeyBinding([.tab, .backTab, .character("l"), .character("t")], .switchPage, .views, help: process(1)),
        KeyBinding([.down, .character("j")], .down, .moving, help: process(0)),
        KeyBinding([.up, .character("k")], .up, .moving, help: process(0)),
        KeyBinding([.pageDown, .character(" ")], .pageDown, .moving, help: process(0)),
        KeyBinding([.pageUp], .pageUp, .moving, help: process(0)),
        KeyBinding([.home], .top, .moving, help: process(0)),
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
