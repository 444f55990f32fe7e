import PlenumCore

/// The console's words: status, the current block, forms, catch-up and messages: in English.
extension EnglishUI: ConsoleWords {
    var notStarted: String { "Not started" }
    var running: String { "Running" }
    var pausedWord: String { "Paused" }
    var dayOver: String { "The day is over" }
    func behind(_ m: Int) -> String {
        if m == 0 { return "on time" }
        return m > 0 ? "\(m) min behind" : "\(-m) min ahead"
    }
    func dayEnds(_ t: ClockTime, planned: ClockTime?) -> String {
        let p = planned.map { " (plan \($0))" } ?? ""
        return "ends \(t)" + p
    }
    func anchorLate(_ title: String, _ at: ClockTime, _ m: Int) -> String {
        "\(title) at \(at): \(m) min late"
    }
    func endLate(_ m: Int) -> String { "the day ends \(m) min late" }
    var readOnly: String { "read-only" }
    var nowColumn: String { "Now" }
    var blockColumn: String { "Block" }
    func blockOf(_ n: Int, _ count: Int) -> String { "Block \(n) of \(count)" }
    func cardOf(_ n: Int, _ count: Int) -> String { "Card \(n) of \(count)" }
    func nextCardIn(_ t: String) -> String { "next card in \(t)" }
    var lastCard: String { "last card" }
    var newCard: String { "NEW CARD" }
    func next(_ title: String) -> String { "Next: \(title)" }
    var nextWord: String { "Next" }
    var lastBlock: String { "Last block" }
    func backAt(_ t: ClockTime) -> String { "Break — back at \(t)" }
    func presenting(_ who: String) -> String { "Presenting now: \(who)" }
    func presents(_ who: String) -> String { "\(who) presents" }
    func nextPresenter(_ who: String) -> String { "next: \(who)" }
    func roundOf(_ n: Int, _ count: Int) -> String { "Round \(n) of \(count)" }
    func switchIn(_ t: String) -> String { "switch in \(t)" }
    var atTable: String { "at their table" }
    var trackDone: String { "finished" }
    func trackKey(_ n: Int) -> String { "[\(n)] next" }
    var notes: String { "Notes" }
    var over: String { "over time" }
    var left: String { "left" }
    func firstBlockAt(_ t: ClockTime, _ title: String) -> String {
        "First block at \(t): \(title)"
    }
    var pressSpace: String { "Press Space to start the day" }
    func endedAt(_ t: ClockTime) -> String { "The day ended at \(t)" }
    var thanks: String { "Thank you for today" }
    func weBeginAt(_ t: ClockTime) -> String { "We begin at \(t)" }
    var tooSmall: String { "The terminal is too small" }
    func atLeast(_ w: Int, _ h: Int) -> String { "at least \(w)×\(h) characters" }
    var consoleHints: ConsoleHints {
        ConsoleHints(startPause: "Space start/pause", next: "n next", back: "p back", undo: "u undo", minute: "+/- minute",
                     card: "c card", catchUp: "a catch up", wall: "w wall", groups: "g groups", checkIn: "k check-in",
                     edit: "e edit", insert: "i insert", help: "? help", quit: "q quit")
    }
    func helpHeading(_ group: KeyGroup) -> String {
        switch group {
        case .day: "Running the day"
        case .moving: "Choosing a block"
        case .changing: "Changing the agenda"
        case .views: "Other views"
        case .leaving: "Quitting"
        }
    }
    var helpTitle: String { "Console keys" }
    var helpLines: [(String, String)] {
        [("Space", "start the day / pause / resume; opens an ended day again"),
              ("n  →", "the next block (on the last: asks before the day ends)"),
              ("p  ←", "back to the previous block"),
              ("u", "undo the last change, then the one before"), ("+  -", "the block one minute longer / shorter"),
              ("c", "deal the next question card now"),
              ("↑ ↓  Enter", "select a block; start it now (asks if that skips blocks)"),
              ("e  i", "edit the selected block (title, minutes, time) / insert one"),
              ("x", "drop the selected block (only if it has not run)"),
              ("a", "catch up: shorten what is left, or give cut minutes back"),
              ("w", "the wall: the block's post-its in columns by table"),
              ("T", "the themes: the day's themes with votes and quick wins"),
              ("g", "the groups: who sits where, round by round"),
              ("k", "check-in: who came, who is absent, who went home; walk-ins"),
              ("f", "the stage: switch between the timer and “find your table”"),
              ("1-9", "in parallel tracks: move track N on to its next block"),
              (">  <", "presentations: next / previous presenter"),
              ("q  Ctrl-L", "quit (nothing is ever lost) · redraw the screen"),
              ("v", tallyHelp), ("Q", quickWinsHelp)]
    }
    var closeHelp: String { "Esc or ? closes" }
    var editTitle: String { "Edit block" }
    var insertTitle: String { "New block" }
    var titleField: String { "Title" }
    var minutesField: String { "Minutes" }
    var atField: String { "Fixed time" }
    var kindField: String { "Kind" }
    var formHints: FormHints { FormHints(nextField: "Tab next field", save: "Enter save", cancel: "Esc cancel") }
    var kindHint: String { "←/→ changes the kind" }
    var badMinutes: String {
        "Minutes must be a whole number from 1 to \(PlanLimits.dayMinutes)"
    }
    var badAt: String { "Write the fixed time as HH:MM, or leave it empty" }
    func dropConfirm(_ title: String) -> String {
        "Drop “\(title)” from the agenda? Enter drops · Esc cancels"
    }
    var catchUpTitle: String { "Catch-up" }
    var nothingToCatchUp: String { "Nothing to catch up: the anchors and the end hold." }
    func deadlineMet(_ name: String, _ at: ClockTime) -> String { "\(name) at \(at) holds" }
    func deadlineMissed(_ name: String, _ at: ClockTime, _ m: Int) -> String {
        "\(name) at \(at): still \(m) min late"
    }
    var endName: String { "End" }
    var cannotCatchUp: String {
        "It cannot be done in full without going below the blocks' minimums. Enter applies anyway · Esc cancels"
    }
    var answerHints: AnswerHints {
        AnswerHints(apply: "Enter applies", skip: "Enter skips ahead", endDay: "Enter ends the day", reopen: "Enter opens the day",
                    cancel: "Esc cancels")
    }
    var closeHint: String { "Esc closes" }
    func refusal(_ r: Refusal) -> String {
        switch r {
        case .dayHasEnded: return "The day is over; Space opens it again."
        case .dayNotStarted: return "The day has not started; press Space."
        case .noPreviousBlock: return "There is no block before this one."
        case .noCurrentBlock: return "No block is running."
        case .noCardsLeft: return "All cards have been dealt."
        case .noCards: return "This block has no cards."
        case .blockHasRun: return "A block that has run cannot be dropped."
        case .tooShort: return "A block lasts at least 1 minute."
        case .emptyTitle: return "The block needs a title."
        case .nothingToCatchUp: return "Nothing to catch up."
        case .notATracksBlock: return "The current block has no tracks."
        case .trackFinished: return "That track is finished."
        case .blockHasPostIts: return "That block has post-its; move them first."
        case .unknownPerson: return "The session does not know that person."
        case .emptyName: return "Type a name."
        case .personExists: return "Someone with that name is already there."
        case .unknownSegment: return "The plan has no such segment."
        case .noSuchPostIt: return "That post-it is gone."
        case .noVotes: return "That post-it has no votes."
        case .emptyThemeName: return "Type a name for the theme."
        case .noSuchTheme: return "That theme is gone."
        case .noPresenters, .lastPresenter, .firstPresenter: return presenterRefusal(r) ?? ""
        case .nothingToUndo: return "There is nothing (more) to undo."
        case .dayNotEnded: return "The day has not ended."
        case .noVote, .noSuchActor: return priorityRefusal(r) ?? ""
        }
    }
    func saveFailed(_ why: String) -> String { "Could not save: \(why)" }
    var cardDealtMessage: String { "New card dealt." }
    var catchUpApplied: String { "The catch-up is applied." }
}
