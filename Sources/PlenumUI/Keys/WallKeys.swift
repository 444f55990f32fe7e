/// The keys of the console's post-it panels: the wall, the themes, the groups and check-in.
public enum WallKeys {
    private static func wall(_ i: Int) -> @Sendable (UIStrings) -> String { { hintItem($0.wallHint(width: .max), i) } }

    /// What a key does on the wall (`w`).
    public enum WallAction: Sendable, Equatable {
        case left, right, up, down, pageUp, pageDown, first, last
        case vote, unvote, quickWin, theme, search, kind, previousBlock, nextBlock, themes, back, close, stay
    }
    public static let map = Keymap<WallAction>(section: "Wall (`w` in the console)", [
        KeyBinding([.left], .left, .moving, help: wall(0)),
        KeyBinding([.right], .right, .moving, help: wall(0)),
        KeyBinding([.up], .up, .moving, help: wall(1)),
        KeyBinding([.down], .down, .moving, help: wall(1)),
        KeyBinding([.pageUp], .pageUp, .moving, help: wall(1)),
        KeyBinding([.pageDown], .pageDown, .moving, help: wall(1)),
        KeyBinding([.home], .first, .moving, help: wall(1)),
        KeyBinding([.end], .last, .moving, help: wall(1)),
        KeyBinding([.character("v"), .character("+")], .vote, .changing, help: wall(2)),
        KeyBinding([.character("V"), .character("-")], .unvote, .changing, help: wall(2)),
        KeyBinding([.character("*")], .quickWin, .changing, help: wall(4)),
        KeyBinding([.character("t")], .theme, .changing, help: wall(3)),
        KeyBinding([.character("/")], .search, .moving, help: wall(5)),
        KeyBinding([.character("f")], .kind, .moving, help: wall(6)),
        KeyBinding([.character("[")], .previousBlock, .moving, help: wall(7)),
        KeyBinding([.character("]")], .nextBlock, .moving, help: wall(7)),
        KeyBinding([.character("T")], .themes, .views, help: wall(8)),
        KeyBinding([.escape], .back, .leaving, help: wall(9)),
        KeyBinding([.character("q")], .close, .leaving, help: wall(9)),
        // `w` again keeps the wall open: closing it would send the next keys (↓, Enter) to the console.
        KeyBinding([.character("w")], .stay, .views, help: wall(9)),
    ])

    /// What a key does while a search line takes the typing (the wall's `/`, check-in's `/`);
    /// any other key is text.
    public enum SearchAction: Sendable, Equatable { case cancel, done }
    public static let search = Keymap<SearchAction>(section: "Wall and check-in: searching (`/`)", [
        KeyBinding([.escape], .cancel, .leaving, help: wall(9)),
        KeyBinding([.enter, .down], .done, .leaving, help: wall(5)),
    ])

    /// What a key does while a theme name is typed for a post-it (`t` on the wall); any other key is text.
    public enum ThemeEntryAction: Sendable, Equatable { case cancel, down, up, complete, save }
    public static let themeEntry = Keymap<ThemeEntryAction>(section: "Wall: naming a theme (`t`)", [
        KeyBinding([.escape], .cancel, .leaving, help: { hintItem($0.themeHint, 4) }),
        KeyBinding([.down], .down, .moving, help: { hintItem($0.themeHint, 0) }),
        KeyBinding([.up], .up, .moving, help: { hintItem($0.themeHint, 0) }),
        KeyBinding([.tab], .complete, .changing, help: { hintItem($0.themeHint, 1) }),
        KeyBinding([.enter], .save, .changing, help: { hintItem($0.themeHint, 2) }),
    ])

    /// What a key does among the day's themes (`T`).
    public enum ThemesAction: Sendable, Equatable { case up, down, first, last, rename, close }
    public static let themes = Keymap<ThemesAction>(section: "Themes (`T` in the console)", [
        KeyBinding([.up], .up, .moving, help: { hintItem($0.themesHint, 0) }),
        KeyBinding([.down], .down, .moving, help: { hintItem($0.themesHint, 0) }),
        KeyBinding([.home], .first, .moving, help: { hintItem($0.themesHint, 0) }),
        KeyBinding([.end], .last, .moving, help: { hintItem($0.themesHint, 0) }),
        KeyBinding([.character("r"), .enter], .rename, .changing, help: { hintItem($0.themesHint, 1) }),
        KeyBinding([.escape, .character("q"), .character("T")], .close, .leaving, help: { hintItem($0.themesHint, 2) }),
    ])

    /// What a key does while a theme's new name is typed (`r`); any other key is text.
    public enum RenameAction: Sendable, Equatable { case cancel, save }
    public static let rename = Keymap<RenameAction>(section: "Themes: renaming (`r`)", [
        KeyBinding([.escape], .cancel, .leaving, help: { hintItem($0.renameHint, 2) }),
        KeyBinding([.enter], .save, .changing, help: { hintItem($0.renameHint, 0) }),
    ])

    private static func groups(_ i: Int) -> @Sendable (UIStrings) -> String { { hintItem($0.groupsHint(width: .max), i) } }

    /// What a key does on the groups (`g`).
    public enum GroupsAction: Sendable, Equatable { case previousRound, nextRound, up, down, pageUp, pageDown, checkIn, stage, close }
    public static let groupsMap = Keymap<GroupsAction>(section: "Groups (`g` in the console)", [
        KeyBinding([.left], .previousRound, .moving, help: groups(0)),
        KeyBinding([.right], .nextRound, .moving, help: groups(0)),
        KeyBinding([.up], .up, .moving, help: groups(1)),
        KeyBinding([.down], .down, .moving, help: groups(1)),
        KeyBinding([.pageUp], .pageUp, .moving, help: groups(1)),
        KeyBinding([.pageDown], .pageDown, .moving, help: groups(1)),
        KeyBinding([.character("k")], .checkIn, .views, help: groups(2)),
        KeyBinding([.character("f")], .stage, .day, help: groups(3)),
        KeyBinding([.escape, .character("g"), .character("q")], .close, .leaving, help: groups(4)),
    ])

    private static func checkIn(_ i: Int) -> @Sendable (UIStrings) -> String { { hintItem($0.checkInHint(width: .max), i) } }

    /// What a key does on check-in (`k`).
    public enum CheckInAction: Sendable, Equatable {
        case up, down, pageUp, pageDown, first, last
        case came, absent, left, notCheckedIn, undo, search, walkIn, restAbsent, groups, back, close
    }
    public static let checkInMap = Keymap<CheckInAction>(section: "Check-in (`k` in the console)", [
        KeyBinding([.up], .up, .moving, help: checkIn(0)),
        KeyBinding([.down], .down, .moving, help: checkIn(0)),
        KeyBinding([.pageUp], .pageUp, .moving, help: checkIn(0)),
        KeyBinding([.pageDown], .pageDown, .moving, help: checkIn(0)),
        KeyBinding([.home], .first, .moving, help: checkIn(0)),
        KeyBinding([.end], .last, .moving, help: checkIn(0)),
        KeyBinding([.enter, .character("+")], .came, .changing, help: checkIn(0)),
        KeyBinding([.character("-"), .delete], .absent, .changing, help: checkIn(1)),
        KeyBinding([.character("l")], .left, .changing, help: checkIn(2)),
        KeyBinding([.backspace], .notCheckedIn, .changing, help: checkIn(7)),
        KeyBinding([.character("u")], .undo, .changing, help: checkIn(3)),
        KeyBinding([.character("/")], .search, .moving, help: checkIn(5)),
        KeyBinding([.character("n")], .walkIn, .changing, help: checkIn(4)),
        KeyBinding([.character("A")], .restAbsent, .changing, help: checkIn(6)),
        KeyBinding([.character("g")], .groups, .views, help: checkIn(8)),
        KeyBinding([.escape], .back, .leaving, help: checkIn(9)),
        KeyBinding([.character("q"), .character("k")], .close, .leaving, help: checkIn(9)),
    ])

    /// What a key does in the walk-in form (`n` on check-in); any other key goes to the field.
    public enum WalkInAction: Sendable, Equatable { case cancel, otherField, add }
    public static let walkIn = Keymap<WalkInAction>(section: "Check-in: a walk-in (`n`)", [
        KeyBinding([.escape], .cancel, .leaving, help: { hintItem($0.walkInHint, 2) }),
        KeyBinding([.tab, .down, .backTab, .up], .otherField, .moving, help: { hintItem($0.walkInHint, 0) }),
        KeyBinding([.enter], .add, .changing, help: { hintItem($0.walkInHint, 1) }),
    ])

    /// What a key does when check-in asks before marking the rest absent (`A`): anything else is no.
    public enum RestAbsentAction: Sendable, Equatable { case yes }
    public static let restAbsent = Keymap<RestAbsentAction>(section: "Check-in: the rest absent (`A`)", [
        KeyBinding([.enter], .yes, .changing, help: { hintItem($0.restAbsentHint, 0) }),
    ])

    /// Every keymap here (for the docs test).
    public static let all: [KeymapSummary] = [map.summary, search.summary, themeEntry.summary, themes.summary, rename.summary,
                                              groupsMap.summary, checkInMap.summary, walkIn.summary, restAbsent.summary]
}
