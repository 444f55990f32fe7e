/// The keys of the console's post-it panels: the wall, the themes, the groups and check-in.
public enum WallKeys {
    private static func wall(_ item: KeyPath<WallHints, String> & Sendable) -> @Sendable (UIStrings) -> String {
        { $0.wallHints[keyPath: item] }
    }

    /// What a key does on the wall (`w`).
    public enum WallAction: Sendable, Equatable {
        case left, right, up, down, pageUp, pageDown, first, last
        case vote, unvote, quickWin, theme, actors, search, kind, previousBlock, nextBlock, themes, back, close, stay
    }
    public static let map = Keymap<WallAction>(section: "Wall (`w` in the console)", [
        KeyBinding([.left], .left, .moving, hinted: wall(\.table)),
        KeyBinding([.right], .right, .moving, help: wall(\.table)),
        KeyBinding([.up], .up, .moving, hinted: wall(\.postIt)),
        KeyBinding([.down], .down, .moving, help: wall(\.postIt)),
        KeyBinding([.pageUp], .pageUp, .moving, help: wall(\.postIt)),
        KeyBinding([.pageDown], .pageDown, .moving, help: wall(\.postIt)),
        KeyBinding([.home], .first, .moving, help: wall(\.postIt)),
        KeyBinding([.end], .last, .moving, help: wall(\.postIt)),
        KeyBinding([.character("v"), .character("+")], .vote, .changing, hinted: wall(\.vote)),
        KeyBinding([.character("V"), .character("-")], .unvote, .changing, help: wall(\.vote)),
        KeyBinding([.character("t")], .theme, .changing, hinted: wall(\.theme)),
        KeyBinding([.character("*")], .quickWin, .changing, hinted: wall(\.quickWin)),
        KeyBinding([.character("a")], .actors, .changing, help: { $0.actorsHelp }),
        KeyBinding([.character("/")], .search, .moving, hinted: wall(\.search)),
        KeyBinding([.character("f")], .kind, .moving, hinted: wall(\.kind)),
        KeyBinding([.character("[")], .previousBlock, .moving, hinted: wall(\.block)),
        KeyBinding([.character("]")], .nextBlock, .moving, help: wall(\.block)),
        KeyBinding([.character("T")], .themes, .views, hinted: wall(\.themes)),
        KeyBinding([.escape], .back, .leaving, hinted: wall(\.back), .always),
        KeyBinding([.character("q")], .close, .leaving, help: wall(\.back)),
        // `w` again keeps the wall open: closing it would send the next keys (↓, Enter) to the console.
        KeyBinding([.character("w")], .stay, .views, help: wall(\.back)),
    ])

    /// What a key does while a search line takes the typing (the wall's `/`, check-in's `/`);
    /// any other key is text.
    public enum SearchAction: Sendable, Equatable { case cancel, done }
    public static let search = Keymap<SearchAction>(section: "Wall and check-in: searching (`/`)", [
        KeyBinding([.escape], .cancel, .leaving, help: wall(\.back)),
        KeyBinding([.enter, .down], .done, .leaving, help: wall(\.search)),
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
        KeyBinding([.up], .up, .moving, hinted: { $0.themesHints.theme }),
        KeyBinding([.down], .down, .moving, help: { $0.themesHints.theme }),
        KeyBinding([.home], .first, .moving, help: { $0.themesHints.theme }),
        KeyBinding([.end], .last, .moving, help: { $0.themesHints.theme }),
        KeyBinding([.character("r"), .enter], .rename, .changing, hinted: { $0.themesHints.rename }),
        KeyBinding([.escape, .character("q"), .character("T")], .close, .leaving, hinted: { $0.themesHints.back }, .always),
    ])

    /// What a key does while a theme's new name is typed (`r`); any other key is text.
    public enum RenameAction: Sendable, Equatable { case cancel, save }
    public static let rename = Keymap<RenameAction>(section: "Themes: renaming (`r`)", [
        KeyBinding([.escape], .cancel, .leaving, help: { hintItem($0.renameHint, 2) }),
        KeyBinding([.enter], .save, .changing, help: { hintItem($0.renameHint, 0) }),
    ])

    private static func groups(_ item: KeyPath<GroupsHints, String> & Sendable) -> @Sendable (UIStrings) -> String {
        { $0.groupsHints[keyPath: item] }
    }

    /// What a key does on the groups (`g`).
    public enum GroupsAction: Sendable, Equatable { case previousRound, nextRound, up, down, pageUp, pageDown, checkIn, stage, close }
    public static let groupsMap = Keymap<GroupsAction>(section: "Groups (`g` in the console)", [
        KeyBinding([.left], .previousRound, .moving, hinted: groups(\.round)),
        KeyBinding([.right], .nextRound, .moving, help: groups(\.round)),
        KeyBinding([.up], .up, .moving, hinted: groups(\.scroll)),
        KeyBinding([.down], .down, .moving, help: groups(\.scroll)),
        KeyBinding([.pageUp], .pageUp, .moving, help: groups(\.scroll)),
        KeyBinding([.pageDown], .pageDown, .moving, help: groups(\.scroll)),
        KeyBinding([.character("k")], .checkIn, .views, hinted: groups(\.checkIn)),
        KeyBinding([.character("f")], .stage, .day, hinted: groups(\.stage)),
        KeyBinding([.escape, .character("g"), .character("q")], .close, .leaving, hinted: groups(\.back), .always),
    ])

    private static func checkIn(_ item: KeyPath<CheckInHints, String> & Sendable) -> @Sendable (UIStrings) -> String {
        { $0.checkInHints[keyPath: item] }
    }

    /// What a key does on check-in (`k`).
    public enum CheckInAction: Sendable, Equatable {
        case up, down, pageUp, pageDown, first, last
        case came, absent, left, notCheckedIn, undo, search, walkIn, restAbsent, groups, back, close
    }
    public static let checkInMap = Keymap<CheckInAction>(section: "Check-in (`k` in the console)", [
        KeyBinding([.up], .up, .moving, help: checkIn(\.came)),
        KeyBinding([.down], .down, .moving, help: checkIn(\.came)),
        KeyBinding([.pageUp], .pageUp, .moving, help: checkIn(\.came)),
        KeyBinding([.pageDown], .pageDown, .moving, help: checkIn(\.came)),
        KeyBinding([.home], .first, .moving, help: checkIn(\.came)),
        KeyBinding([.end], .last, .moving, help: checkIn(\.came)),
        KeyBinding([.enter, .character("+")], .came, .changing, hinted: checkIn(\.came)),
        KeyBinding([.character("-"), .delete], .absent, .changing, hinted: checkIn(\.absent)),
        KeyBinding([.character("l")], .left, .changing, hinted: checkIn(\.wentHome)),
        KeyBinding([.character("u")], .undo, .changing, hinted: checkIn(\.undo)),
        KeyBinding([.character("n")], .walkIn, .changing, hinted: checkIn(\.walkIn)),
        KeyBinding([.character("/")], .search, .moving, hinted: checkIn(\.search)),
        KeyBinding([.character("A")], .restAbsent, .changing, hinted: checkIn(\.restAbsent)),
        KeyBinding([.backspace], .notCheckedIn, .changing, hinted: checkIn(\.notCheckedIn)),
        KeyBinding([.character("g")], .groups, .views, hinted: checkIn(\.groups)),
        KeyBinding([.escape], .back, .leaving, hinted: checkIn(\.back), .always),
        KeyBinding([.character("q"), .character("k")], .close, .leaving, help: checkIn(\.back)),
    ])

    /// What a key does in the walk-in form (`n` on check-in); any other key goes to the field.
    public enum WalkInAction: Sendable, Equatable { case cancel, otherField, add }
    public static let walkIn = Keymap<WalkInAction>(section: "Check-in: a walk-in (`n`)", [
        KeyBinding([.escape], .cancel, .leaving, hinted: { $0.walkInHints.cancel }, .always),
        KeyBinding([.tab, .down, .backTab, .up], .otherField, .moving, hinted: { $0.walkInHints.nextField }),
        KeyBinding([.enter], .add, .changing, hinted: { $0.walkInHints.add }),
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
