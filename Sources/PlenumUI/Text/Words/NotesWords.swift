import PlenumCore

/// The texts of the notetaker's screens and the console's post-it views.
public protocol NotesWords: Sendable {
    func groupNumber(_ n: Int) -> String
    func tablePostIts(_ table: String, _ n: Int) -> String
    func postItsGoTo(_ title: String) -> String
    var noPostItsYet: String { get }
    var editingLabel: String { get }
    var moveToBlock: String { get }
    var postItSaved: String { get }
    func postItsSaved(_ n: Int) -> String
    var postItDeleted: String { get }
    var postItRestored: String { get }
    var postItMoved: String { get }
    var postItTooLong: String { get }
    func notSaved(_ reason: String) -> String
    /// A save that failed where it may go through later: plenum tries again by itself.
    func notSavedTryingAgain(_ reason: String) -> String
    func cannotSaveHere(_ reason: String) -> String
    func noteRefusal(_ refusal: NoteRefusal) -> String
    /// The items of the notes' hint bar (`NotesKeys.bar` builds it).
    var notesHints: NotesHints { get }
    var notesHelpTitle: String { get }
    /// The line above the notetaker's keys in its help (F1).
    var notesHelpIntro: String { get }
    /// The notetaker's help rows: the keys as the help writes them, and what they do. Each is the
    /// help of bindings of `NotesKeys`; the help lists them under `notesHelpHeading`.
    var notesHelpLines: [(String, String)] { get }
    /// The heading of a group of the notetaker's keys in its help.
    func notesHelpHeading(_ group: KeyGroup) -> String
    /// The help's footer: any key but the scrolling ones closes it.
    var notesHelpClose: String { get }
    // Choosing the table
    var pickTableTitle: String { get }
    /// The items of the table picker's hint bar (`NotesKeys.picker` builds the bar).
    var pickerHints: PickerHints { get }
    var wallTitle: String { get }
    var wallEmpty: String { get }
    var readOnlyFile: String { get }
    func onlyKind(_ kind: String) -> String
    var themeTitle: String { get }
    var newTheme: String { get }
    var themeHint: String { get }
    var themesTitle: String { get }
    func themesCount(_ n: Int, quickWins: Int) -> String
    func votesWord(_ n: Int) -> String
    var noThemesYet: String { get }
    func renameThemeTitle(_ name: String) -> String
    var renameHint: String { get }
    /// The items of the wall's hint bar (`WallKeys.map` builds the bar).
    var wallHints: WallHints { get }
    /// The items of the themes' hint bar (`WallKeys.themes` builds the bar).
    var themesHints: ThemesHints { get }
    // Waiting for the console to make the session file (stage, notes)
    var waitingForSession: String { get }
    /// The same for a session awaited on a server (a URL), not as a file.
    var waitingForServerSession: String { get }
    var sessionIsMadeBy: String { get }
    var waitingQuits: String { get }
    // The piped notetaker (`plenum note … < file`)
    /// "saved 3 post-its for Bord 2 under »Dialog«".
    func pipedSaved(_ n: Int, table: String, block: String) -> String
    func pipedLineCut(_ line: Int, most: Int) -> String
    func pipedNotSaved(_ line: Int, _ why: String) -> String
    /// "2 post-its saved, then …" (nothing before it when none was saved).
    func pipedSavedThen(_ n: Int, _ why: String) -> String
    func pipedLineFailed(_ line: Int, _ why: String) -> String
    func notAKind(_ kind: String, kinds: [String]) -> String
    // `plenum note`'s refusals of its arguments
    var emptyName: String { get }
    var groupNeedsTable: String { get }
    var pipeNeedsTable: String { get }
    var noTablesToNote: String { get }
    func noSuchTable(_ wanted: String, tables: String) -> String
    func wrongGroup(_ table: String, groups: Int) -> String
}

extension UIVocabulary {
    public func tableChoice(_ table: String, group: Int?) -> String {
        group.map { table + " · " + groupNumber($0) } ?? table
    }

    // The console's post-it views
    public var postItsWord: String { "Post-its" }

    public func wallCount(_ n: Int, votes: Int) -> String {
        Plural.count(n, "post-it", "post-its") + " · " + votesWord(votes)
    }
}
