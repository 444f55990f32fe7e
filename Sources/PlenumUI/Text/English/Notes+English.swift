import PlenumCore

/// The texts of the notetaker's screens and the console's post-it views: in English.
extension EnglishUI: NotesWords {
    func groupNumber(_ n: Int) -> String { "group \(n)" }
    func tablePostIts(_ table: String, _ n: Int) -> String {
        "\(table): \(Plural.count(n, "post-it", "post-its")) in this block"
    }
    func postItsGoTo(_ title: String) -> String { "Post-its are saved under: \(title)" }
    var noPostItsYet: String {
        "No post-its yet. Type below and press Enter."
    }
    var editingLabel: String { "edit" }
    var moveToBlock: String { "Move the post-it to block (↑↓ Enter, Esc cancel):" }
    var postItSaved: String { "✓ Saved" }
    func postItsSaved(_ n: Int) -> String {
        "✓ \(Plural.count(n, "post-it", "post-its")) saved"
    }
    var postItDeleted: String { "Post-it removed — Ctrl-Z brings it back" }
    var postItRestored: String { "Post-it restored" }
    var postItMoved: String { "Post-it moved" }
    var postItTooLong: String {
        "A post-it holds at most \(PostIt.maxLength) characters; the rest was left out."
    }
    func notSaved(_ reason: String) -> String {
        "NOT SAVED (the text stays in the line; press Enter again): \(reason)."
    }
    func notSavedTryingAgain(_ reason: String) -> String {
        "NOT SAVED – saved by itself once the server answers (or press Enter): \(reason)."
    }
    func cannotSaveHere(_ reason: String) -> String {
        "Cannot save here: \(reason)."
    }
    func noteRefusal(_ refusal: NoteRefusal) -> String {
        switch refusal {
        case .empty: return "Empty post-it; nothing saved."
        case .tooLong: return postItTooLong
        case .unknownPostIt: return "That post-it is gone."
        case .anotherTablesPostIt: return "That post-it belongs to another table."
        case .unknownBlock: return "That block is gone."
        case .noBlocks: return "The plan has no blocks."
        case .noVote, .voteClosed, .notVotable, .noDotsLeft, .noDotHere, .topListFull, .unknownActor:
            return priorityRefusal(refusal) ?? ""
        case .notRated: return noRatingHere
        case .outsideScale(let scale): return ratingOutOfScale(scale)
        }
    }
    var notesHints: NotesHints {
        NotesHints(save: "Enter save", kind: "Tab kind", select: "↑ select", edit: "Enter on selected: edit", delete: "Del remove",
                   move: "m move", undo: "Ctrl-Z undo", help: "F1 help", quit: "q quit (empty line)")
    }
    var notesHelpTitle: String { "Notetaker keys" }
    var notesHelpIntro: String { "Type: text goes straight into the line at the bottom." }
    var notesHelpLines: [(String, String)] {
        [("Enter", "save the line as a post-it (it shows once it is on disk); a paste of several lines is a post-it each"),
         ("Tab  Shift-Tab", "change the kind (e.g. point, opportunity)"),
         ("← → Home End", "move in the line (Ctrl-A/E too); Backspace, Delete, Ctrl-W a word, Ctrl-U/K to the start/end"),
         ("↑ ↓", "select a saved post-it, then the one above or below"),
         ("Enter  Del  m", "on a selected post-it: edit it · remove it · move it to another block"),
         ("p", "on a selected post-it: for plenum (▲), what the table reports; p again takes it off (the list has the table's earlier blocks too)"),
         ("a", actorsHelp),
         ("Ctrl-Z", "undo the last removal, dot, place or tag"),
         ("u", "on a selected post-it: bring back the post-it removed last"),
         ("+", voteMoreHelp), ("-", voteLessHelp), ("1-9", votePlaceHelp),
         ("F1  ?", "this help (? on an empty line)"),
         ("F2", "the block's basis (material) in place of the post-its; F2 again closes it"),
         ("Esc", "back to typing; an edit stops and the post-it stays as it was"),
         ("q  Ctrl-C", "quit (q on an empty line); nothing is ever lost"),
         ("Ctrl-L", "redraw the screen"),
         ("1-9", "at a rating question (Tab past the kinds): one rating, the table's or each participant's in turn"),
         ("Backspace", "take the table's last rating of the question back"),
         ("Enter", "the next question"),
         ("Esc", "back to the post-its"),
         ("Esc  q", "close the basis"),
         ("↑ ↓ PgUp PgDn Home", "scroll the basis")]
    }
    func notesHelpHeading(_ group: KeyGroup) -> String {
        switch group {
        case .day: "Rating the block and its basis"
        case .moving: "Moving and selecting"
        case .changing: "Writing and changing post-its"
        case .views: "Help and the basis"
        case .leaving: "Back and quitting"
        }
    }
    var notesHelpClose: String { "any other key closes" }
    var pickTableTitle: String { "Which table are you taking notes for?" }
    var pickerHints: PickerHints { PickerHints(choose: "↑ ↓ choose", start: "Enter start", quit: "q quit") }
    var wallTitle: String { "The wall" }
    var wallEmpty: String { "(none yet)" }
    var readOnlyFile: String {
        "the session file is read-only"
    }
    func onlyKind(_ kind: String) -> String { "only \(kind)" }
    var themeTitle: String { "Theme for the post-it" }
    var newTheme: String { "(a new theme)" }
    var themeHint: String {
        "↑↓ choose · Tab complete · Enter save · empty: out of its theme · Esc cancel"
    }
    var themesTitle: String { "Themes" }
    func themesCount(_ n: Int, quickWins: Int) -> String {
        Plural.count(n, "theme", "themes") + " · " + Plural.count(quickWins, "quick win", "quick wins")
    }
    func votesWord(_ n: Int) -> String { Plural.count(n, "vote", "votes") }
    var noThemesYet: String {
        "No themes yet: select a post-it on the wall and press t."
    }
    func renameThemeTitle(_ name: String) -> String { "Rename “\(name)”" }
    var renameHint: String {
        "Enter save · an existing name merges the themes · Esc cancel"
    }
    var wallHints: WallHints {
        WallHints(table: "←→ table", postIt: "↑↓ post-it", vote: "v/V vote", theme: "t theme", quickWin: "* quick win",
                  search: "/ search", kind: "f kind", block: "[ ] block", themes: "T themes", back: "Esc back")
    }
    var themesHints: ThemesHints {
        ThemesHints(theme: "↑↓ theme", rename: "r rename or merge", back: "Esc back to the wall")
    }
    var waitingForSession: String { "Waiting for the session file" }
    var waitingForServerSession: String { "Waiting for the session on the server" }
    var sessionIsMadeBy: String {
        "The facilitator's console makes it: plenum run"
    }
    var waitingQuits: String { "q quits" }
    func pipedSaved(_ n: Int, table: String, block: String) -> String {
        "saved \(Plural.count(n, "post-it", "post-its")) for \(table) under \"\(block)\""
    }
    func pipedLineCut(_ line: Int, most: Int) -> String {
        "line \(line) is longer than \(most) characters; the rest was cut"
    }
    func pipedNotSaved(_ line: Int, _ why: String) -> String { "line \(line) was not saved: \(why)" }
    func pipedSavedThen(_ n: Int, _ why: String) -> String {
        n == 0 ? why : "\(Plural.count(n, "post-it", "post-its")) saved, then \(why)"
    }
    func pipedLineFailed(_ line: Int, _ why: String) -> String { "line \(line) could not be: \(why)" }
    func notAKind(_ kind: String, kinds: [String]) -> String {
        "\"\(kind)\" is not a kind of this block; the kinds are \(kinds.joined(separator: ", "))"
    }
    var emptyName: String { "--name must not be empty" }
    var groupNeedsTable: String { "--group needs --table" }
    var pipeNeedsTable: String { "reading post-its from standard input needs --table" }
    var noTablesToNote: String { "the plan has no tables, so there is nothing to take notes for" }
    func noSuchTable(_ wanted: String, tables: String) -> String { "there is no table \"\(wanted)\"; the tables are \(tables)" }
    func wrongGroup(_ table: String, groups: Int) -> String {
        let choices = groups == 1 ? "it works as one group (leave out --group)" : "--group must be 1 to \(groups)"
        return "\(table) has \(Plural.count(groups, "group", "groups")); \(choices)"
    }
}
