/// The items of the hint bars that are built from a keymap (`Keymap.hintBar`): each is a key and a
/// word or two, named for the binding that shows it. A language fills every field, so a bar never
/// lacks an item in one language; which items a bar shows, and in what order, is the keymap's.

/// The console's hint bar (the agenda).
public struct ConsoleHints: Sendable {
    var startPause, next, back, undo, minute, card, catchUp, wall, groups, checkIn, edit, insert: String
    /// Always shown, at the end.
    var help, quit: String
}

/// The wall's hint bar (`w`).
public struct WallHints: Sendable {
    var table, postIt, vote, theme, quickWin, search, kind, block, themes: String
    var back: String
}

/// The groups' hint bar (`g`).
public struct GroupsHints: Sendable {
    var round, scroll, checkIn, stage: String
    var back: String
}

/// Check-in's hint bar (`k`).
public struct CheckInHints: Sendable {
    var came, absent, wentHome, undo, walkIn, search, restAbsent, notCheckedIn, groups: String
    var back: String
}

/// The review's hint bar (the day's timeline).
public struct ReviewHints: Sendable {
    var block, open, search, themes, export: String
    var quit: String
}

/// The themes' hint bar (`T` in the console).
public struct ThemesHints: Sendable {
    var theme, rename: String
    var back: String
}

/// The footer of a question the console asks (`ConsoleKeys.answerBar` builds it): Enter's item,
/// one per question, then Esc's.
public struct AnswerHints: Sendable {
    var apply, skip, endDay, reopen: String
    var cancel: String
}

/// The footer of the actors' picker (`NotesKeys.actors` builds it).
public struct ActorsHints: Sendable {
    var choose, toggle: String
    var close: String
}

/// The table picker's hint bar (`note` without `--table`).
public struct PickerHints: Sendable {
    var choose, start: String
    var quit: String
}

/// The review's hint bar on one block's post-its.
public struct ReviewBlockHints: Sendable {
    var scroll, block: String
    var back: String
}

/// The review's hint bar while searching and among the results.
public struct ReviewSearchHints: Sendable {
    var choose, open, again: String
    var back: String
}

/// The notes' hint bar (typing, a post-it selected, and the keys of every mode).
public struct NotesHints: Sendable {
    var save, kind, select, edit, delete, move, undo: String
    var help, quit: String
}

/// The priorities' hint bar (`v`): `x` says what it does now (close, or open again).
public struct TallyHints: Sendable {
    var vote, scroll, close, openAgain, stage: String
    var back: String
}

/// The quick wins' hint bar (`Q`).
public struct QuickWinsHints: Sendable {
    var select, up, down, stage: String
    var back: String
}

/// The footer of the console's block form (`e`, `i`).
public struct FormHints: Sendable {
    var nextField, save: String
    var cancel: String
}

/// The footer of check-in's walk-in form (`n`).
public struct WalkInHints: Sendable {
    var nextField, add: String
    var cancel: String
}

/// The footer of the review's export form (`x`).
public struct ExportHints: Sendable {
    var field, choose, write: String
    var cancel: String
}
