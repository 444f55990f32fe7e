import PlenumCore

/// Every text the screens show, in Danish and English.
public struct UIStrings: Sendable {
    public let language: Language
    public let report: ReportWords

    public init(_ language: Language) {
        self.language = language
        self.report = ReportWords(language)
    }

    var da: Bool { language == .da }

    // Status
    public var notStarted: String { da ? "Ikke startet" : "Not started" }
    public var running: String { da ? "Kører" : "Running" }
    public var pausedWord: String { da ? "Pause" : "Paused" }
    public var dayOver: String { da ? "Dagen er slut" : "The day is over" }
    public func behind(_ m: Int) -> String {
        if m == 0 { return da ? "til tiden" : "on time" }
        return m > 0 ? (da ? "\(m) min bagud" : "\(m) min behind") : (da ? "\(-m) min foran" : "\(-m) min ahead")
    }
    public func dayEnds(_ t: ClockTime, planned: ClockTime?) -> String {
        let p = planned.map { da ? " (plan \($0))" : " (plan \($0))" } ?? ""
        return (da ? "slut \(t)" : "ends \(t)") + p
    }
    public func anchorLate(_ title: String, _ at: ClockTime, _ m: Int) -> String {
        da ? "\(title) kl. \(at): \(m) min for sent" : "\(title) at \(at): \(m) min late"
    }
    public func endLate(_ m: Int) -> String { da ? "dagen slutter \(m) min for sent" : "the day ends \(m) min late" }
    public var readOnly: String { da ? "kun læsning" : "read-only" }

    // Agenda
    public var planColumn: String { "Plan" }
    public var nowColumn: String { da ? "Nu" : "Now" }
    public var blockColumn: String { da ? "Blok" : "Block" }

    // Current block
    public func blockOf(_ n: Int, _ count: Int) -> String { da ? "Blok \(n) af \(count)" : "Block \(n) of \(count)" }
    public func cardOf(_ n: Int, _ count: Int) -> String { da ? "Kort \(n) af \(count)" : "Card \(n) of \(count)" }
    public func nextCardIn(_ t: String) -> String { da ? "næste kort om \(t)" : "next card in \(t)" }
    public var lastCard: String { da ? "sidste kort" : "last card" }
    public var newCard: String { da ? "NYT KORT" : "NEW CARD" }
    public func next(_ title: String) -> String { da ? "Næste: \(title)" : "Next: \(title)" }
    public var nextWord: String { da ? "Næste" : "Next" }
    public var lastBlock: String { da ? "Sidste blok" : "Last block" }
    public func backAt(_ t: ClockTime) -> String { da ? "Pause — tilbage kl. \(t)" : "Break — back at \(t)" }
    public func presenting(_ who: String) -> String { da ? "Fremlægger nu: \(who)" : "Presenting now: \(who)" }
    public func presents(_ who: String) -> String { da ? "\(who) fremlægger" : "\(who) presents" }
    public func nextPresenter(_ who: String) -> String { da ? "næste: \(who)" : "next: \(who)" }
    public func roundOf(_ n: Int, _ count: Int) -> String { da ? "Runde \(n) af \(count)" : "Round \(n) of \(count)" }
    public func switchIn(_ t: String) -> String { da ? "skift om \(t)" : "switch in \(t)" }
    public var atTable: String { da ? "ved bordet" : "at their table" }
    public var trackDone: String { da ? "færdig" : "finished" }
    public func trackKey(_ n: Int) -> String { da ? "[\(n)] videre" : "[\(n)] next" }
    public var notes: String { da ? "Noter" : "Notes" }
    public var over: String { da ? "over tid" : "over time" }
    public var left: String { da ? "tilbage" : "left" }
    public func firstBlockAt(_ t: ClockTime, _ title: String) -> String {
        da ? "Første blok kl. \(t): \(title)" : "First block at \(t): \(title)"
    }
    public var pressSpace: String { da ? "Tryk mellemrum for at starte dagen" : "Press Space to start the day" }
    public func endedAt(_ t: ClockTime) -> String { da ? "Dagen sluttede kl. \(t)" : "The day ended at \(t)" }
    public var thanks: String { da ? "Tak for i dag" : "Thank you for today" }
    public func weBeginAt(_ t: ClockTime) -> String { da ? "Vi begynder kl. \(t)" : "We begin at \(t)" }
    public var tooSmall: String { da ? "Terminalen er for lille" : "The terminal is too small" }
    public func atLeast(_ w: Int, _ h: Int) -> String { da ? "mindst \(w)×\(h) tegn" : "at least \(w)×\(h) characters" }

    // Keys
    /// The key hints that fit in `width` columns; help and quit are always there.
    public func hints(width: Int) -> String {
        let items = da ? ["mellemrum start/pause", "n næste", "p forrige", "u fortryd", "+/- minut", "c kort", "a indhent", "w væg", "g grupper",
                          "k indtjek", "e ret", "i indsæt"]
                       : ["Space start/pause", "n next", "p back", "u undo", "+/- minute", "c card", "a catch up", "w wall", "g groups",
                          "k check-in", "e edit", "i insert"]
        let always = da ? ["? hjælp", "q afslut"] : ["? help", "q quit"]
        return Self.fit(items, always: always, width: width)
    }

    /// As many of `items` as fit in `width` columns, followed by `always`.
    static func fit(_ items: [String], always: [String], width: Int) -> String {
        var shown: [String] = []
        for item in items {
            let candidate = (shown + [item] + always).joined(separator: " · ")
            if DisplayWidth.of(candidate) > width { break }
            shown.append(item)
        }
        return (shown + always).joined(separator: " · ")
    }
    public var helpTitle: String { da ? "Taster i konsollen" : "Console keys" }
    public var helpLines: [(String, String)] {
        da ? [("mellemrum", "start dagen / pause / fortsæt; åbner en afsluttet dag igen"),
              ("n  →", "næste blok (på den sidste: spørger, før dagen slutter)"),
              ("p  ←", "tilbage til forrige blok"),
              ("u", "fortryd den sidste ændring, så den før"), ("+  -", "blokken et minut længere / kortere"),
              ("c", "del næste spørgsmålskort ud nu"),
              ("↑ ↓  Enter", "vælg en blok; start den nu (spørger, hvis den springer over)"),
              ("e  i", "ret den valgte blok (titel, minutter, fast tid) / indsæt en ny"),
              ("x", "fjern den valgte blok (kun hvis den ikke har kørt)"),
              ("a", "indhent: kort resten ned, eller giv skårne minutter tilbage"),
              ("w", "væggen: blokkens post-its i kolonner pr. bord"),
              ("T", "temaerne: dagens temaer med prikker og quick wins"),
              ("g", "grupperne: hvem sidder hvor, runde for runde"),
              ("k", "indtjekning: hvem kom, afbud, gik hjem; walk-ins"),
              ("f", "scenen: skift mellem uret og »find dit bord«"),
              ("1-9", "i parallelle spor: spor N videre til næste blok"),
              (">  <", "fremlæggelser: næste / forrige fremlægger"),
              ("q  Ctrl-L", "afslut (intet går tabt) · tegn skærmen igen")] + priorityHelpLines
           : [("Space", "start the day / pause / resume; opens an ended day again"),
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
              ("q  Ctrl-L", "quit (nothing is ever lost) · redraw the screen")] + priorityHelpLines
    }
    public var closeHelp: String { da ? "Esc eller ? lukker" : "Esc or ? closes" }

    // Forms
    public var editTitle: String { da ? "Ret blok" : "Edit block" }
    public var insertTitle: String { da ? "Ny blok" : "New block" }
    public var titleField: String { da ? "Titel" : "Title" }
    public var minutesField: String { da ? "Minutter" : "Minutes" }
    public var atField: String { da ? "Fast tid" : "Fixed time" }
    public var kindField: String { da ? "Type" : "Kind" }
    public var formHint: String { da ? "Tab næste felt · Enter gem · Esc fortryd" : "Tab next field · Enter save · Esc cancel" }
    public var kindHint: String { da ? "←/→ skifter type" : "←/→ changes the kind" }
    public var badMinutes: String {
        da ? "Minutter skal være et helt tal fra 1 til \(PlanLimits.dayMinutes)"
            : "Minutes must be a whole number from 1 to \(PlanLimits.dayMinutes)"
    }
    public var badAt: String { da ? "Fast tid skrives TT:MM, eller tom for ingen" : "Write the fixed time as HH:MM, or leave it empty" }
    public func dropConfirm(_ title: String) -> String {
        da ? "Fjern »\(title)« fra dagsordenen? Enter fjerner · Esc fortryder"
           : "Drop “\(title)” from the agenda? Enter drops · Esc cancels"
    }

    // Catch-up
    public var catchUpTitle: String { da ? "Indhentning" : "Catch-up" }
    public var nothingToCatchUp: String { da ? "Intet at indhente: ankrene og sluttiden holder." : "Nothing to catch up: the anchors and the end hold." }
    public func shorten(_ title: String, _ from: Int, _ to: Int) -> String { "\(title): \(from) → \(to) min" }
    public func deadlineMet(_ name: String, _ at: ClockTime) -> String { da ? "\(name) kl. \(at) holder" : "\(name) at \(at) holds" }
    public func deadlineMissed(_ name: String, _ at: ClockTime, _ m: Int) -> String {
        da ? "\(name) kl. \(at): stadig \(m) min for sent" : "\(name) at \(at): still \(m) min late"
    }
    public var endName: String { da ? "Slut" : "End" }
    public var cannotCatchUp: String {
        da ? "Det kan ikke nås helt uden at gå under blokkenes minimum. Enter anvender alligevel · Esc fortryder"
           : "It cannot be done in full without going below the blocks' minimums. Enter applies anyway · Esc cancels"
    }
    public var applyHint: String { da ? "Enter anvender · Esc fortryder" : "Enter applies · Esc cancels" }
    public var closeHint: String { da ? "Esc lukker" : "Esc closes" }

    // Messages
    public func refusal(_ r: Refusal) -> String {
        switch r {
        case .dayHasEnded: return da ? "Dagen er slut; mellemrum åbner den igen." : "The day is over; Space opens it again."
        case .dayNotStarted: return da ? "Dagen er ikke startet; tryk mellemrum." : "The day has not started; press Space."
        case .noPreviousBlock: return da ? "Der er ingen blok før denne." : "There is no block before this one."
        case .noCurrentBlock: return da ? "Ingen blok kører." : "No block is running."
        case .noCardsLeft: return da ? "Alle kort er delt ud." : "All cards have been dealt."
        case .noCards: return da ? "Blokken har ingen kort." : "This block has no cards."
        case .blockHasRun: return da ? "En blok, der har kørt, kan ikke fjernes." : "A block that has run cannot be dropped."
        case .tooShort: return da ? "En blok varer mindst 1 minut." : "A block lasts at least 1 minute."
        case .emptyTitle: return da ? "Blokken skal have en titel." : "The block needs a title."
        case .nothingToCatchUp: return da ? "Intet at indhente." : "Nothing to catch up."
        case .notATracksBlock: return da ? "Den aktuelle blok har ingen spor." : "The current block has no tracks."
        case .trackFinished: return da ? "Sporet er færdigt." : "That track is finished."
        case .blockHasPostIts: return da ? "Blokken har post-its; flyt dem først." : "That block has post-its; move them first."
        case .unknownPerson: return da ? "Den person kender sessionen ikke." : "The session does not know that person."
        case .emptyName: return da ? "Skriv et navn." : "Type a name."
        case .personExists: return da ? "Der er allerede en med det navn." : "Someone with that name is already there."
        case .unknownSegment: return da ? "Det segment findes ikke i planen." : "The plan has no such segment."
        case .noSuchPostIt: return da ? "Den post-it findes ikke (længere)." : "That post-it is gone."
        case .noVotes: return da ? "Den post-it har ingen prikker." : "That post-it has no votes."
        case .emptyThemeName: return da ? "Skriv et navn til temaet." : "Type a name for the theme."
        case .noSuchTheme: return da ? "Det tema findes ikke (længere)." : "That theme is gone."
        case .noPresenters, .lastPresenter, .firstPresenter: return presenterRefusal(r) ?? ""
        case .nothingToUndo: return da ? "Der er intet (mere) at fortryde." : "There is nothing (more) to undo."
        case .dayNotEnded: return da ? "Dagen er ikke slut." : "The day has not ended."
        case .noVote, .noSuchActor: return priorityRefusal(r) ?? ""
        }
    }
    public func saveFailed(_ why: String) -> String { da ? "Kunne ikke gemme: \(why)" : "Could not save: \(why)" }
    public var cardDealtMessage: String { da ? "Nyt kort delt ud." : "New card dealt." }
    public var catchUpApplied: String { da ? "Indhentningen er anvendt." : "The catch-up is applied." }
}
