import PlenumCore

/// The console's words: status, the current block, forms, catch-up and messages: in Danish.
extension DanishUI: ConsoleWords {
    var notStarted: String { "Ikke startet" }
    var running: String { "Kører" }
    var pausedWord: String { "Pause" }
    var dayOver: String { "Dagen er slut" }
    func behind(_ m: Int) -> String {
        if m == 0 { return "til tiden" }
        return m > 0 ? "\(m) min bagud" : "\(-m) min foran"
    }
    func dayEnds(_ t: ClockTime, planned: ClockTime?) -> String {
        let p = planned.map { " (plan \($0))" } ?? ""
        return "slut \(t)" + p
    }
    func anchorLate(_ title: String, _ at: ClockTime, _ m: Int) -> String {
        "\(title) kl. \(at): \(m) min for sent"
    }
    func endLate(_ m: Int) -> String { "dagen slutter \(m) min for sent" }
    var readOnly: String { "kun læsning" }
    var nowColumn: String { "Nu" }
    var blockColumn: String { "Blok" }
    func blockOf(_ n: Int, _ count: Int) -> String { "Blok \(n) af \(count)" }
    func cardOf(_ n: Int, _ count: Int) -> String { "Kort \(n) af \(count)" }
    func nextCardIn(_ t: String) -> String { "næste kort om \(t)" }
    var lastCard: String { "sidste kort" }
    var newCard: String { "NYT KORT" }
    func next(_ title: String) -> String { "Næste: \(title)" }
    var nextWord: String { "Næste" }
    var lastBlock: String { "Sidste blok" }
    func backAt(_ t: ClockTime) -> String { "Pause — tilbage kl. \(t)" }
    func presenting(_ who: String) -> String { "Fremlægger nu: \(who)" }
    func presents(_ who: String) -> String { "\(who) fremlægger" }
    func nextPresenter(_ who: String) -> String { "næste: \(who)" }
    func roundOf(_ n: Int, _ count: Int) -> String { "Runde \(n) af \(count)" }
    func switchIn(_ t: String) -> String { "skift om \(t)" }
    var atTable: String { "ved bordet" }
    var trackDone: String { "færdig" }
    func trackKey(_ n: Int) -> String { "[\(n)] videre" }
    var notes: String { "Noter" }
    var over: String { "over tid" }
    var left: String { "tilbage" }
    func firstBlockAt(_ t: ClockTime, _ title: String) -> String {
        "Første blok kl. \(t): \(title)"
    }
    var pressSpace: String { "Tryk mellemrum for at starte dagen" }
    func endedAt(_ t: ClockTime) -> String { "Dagen sluttede kl. \(t)" }
    var thanks: String { "Tak for i dag" }
    func weBeginAt(_ t: ClockTime) -> String { "Vi begynder kl. \(t)" }
    var tooSmall: String { "Terminalen er for lille" }
    func atLeast(_ w: Int, _ h: Int) -> String { "mindst \(w)×\(h) tegn" }
    var consoleHints: ConsoleHints {
        ConsoleHints(startPause: "mellemrum start/pause", next: "n næste", back: "p forrige", undo: "u fortryd", minute: "+/- minut",
                     card: "c kort", catchUp: "a indhent", wall: "w væg", groups: "g grupper", checkIn: "k indtjek",
                     edit: "e ret", insert: "i indsæt", help: "? hjælp", quit: "q afslut")
    }
    func helpHeading(_ group: KeyGroup) -> String {
        switch group {
        case .day: "Dagens gang"
        case .moving: "Vælg en blok"
        case .changing: "Ret i programmet"
        case .views: "Andre visninger"
        case .leaving: "Afslut"
        }
    }
    var helpTitle: String { "Taster i konsollen" }
    var helpLines: [(String, String)] {
        [("mellemrum", "start dagen / pause / fortsæt; åbner en afsluttet dag igen"),
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
              ("q  Ctrl-L", "afslut (intet går tabt) · tegn skærmen igen"),
              ("v", tallyHelp), ("Q", quickWinsHelp)]
    }
    var closeHelp: String { "Esc eller ? lukker" }
    var editTitle: String { "Ret blok" }
    var insertTitle: String { "Ny blok" }
    var titleField: String { "Titel" }
    var minutesField: String { "Minutter" }
    var atField: String { "Fast tid" }
    var kindField: String { "Type" }
    var formHints: FormHints { FormHints(nextField: "Tab næste felt", save: "Enter gem", cancel: "Esc fortryd") }
    var kindHint: String { "←/→ skifter type" }
    var badMinutes: String {
        "Minutter skal være et helt tal fra 1 til \(PlanLimits.dayMinutes)"
    }
    var badAt: String { "Fast tid skrives TT:MM, eller tom for ingen" }
    func dropConfirm(_ title: String) -> String {
        "Fjern »\(title)« fra dagsordenen? Enter fjerner · Esc fortryder"
    }
    var catchUpTitle: String { "Indhentning" }
    var nothingToCatchUp: String { "Intet at indhente: ankrene og sluttiden holder." }
    func deadlineMet(_ name: String, _ at: ClockTime) -> String { "\(name) kl. \(at) holder" }
    func deadlineMissed(_ name: String, _ at: ClockTime, _ m: Int) -> String {
        "\(name) kl. \(at): stadig \(m) min for sent"
    }
    var endName: String { "Slut" }
    var cannotCatchUp: String {
        "Det kan ikke nås helt uden at gå under blokkenes minimum. Enter anvender alligevel · Esc fortryder"
    }
    var answerHints: AnswerHints {
        AnswerHints(apply: "Enter anvender", skip: "Enter springer frem", endDay: "Enter afslutter dagen", reopen: "Enter åbner dagen",
                    cancel: "Esc fortryder")
    }
    var closeHint: String { "Esc lukker" }
    func refusal(_ r: Refusal) -> String {
        switch r {
        case .dayHasEnded: return "Dagen er slut; mellemrum åbner den igen."
        case .dayNotStarted: return "Dagen er ikke startet; tryk mellemrum."
        case .noPreviousBlock: return "Der er ingen blok før denne."
        case .noCurrentBlock: return "Ingen blok kører."
        case .noCardsLeft: return "Alle kort er delt ud."
        case .noCards: return "Blokken har ingen kort."
        case .blockHasRun: return "En blok, der har kørt, kan ikke fjernes."
        case .tooShort: return "En blok varer mindst 1 minut."
        case .emptyTitle: return "Blokken skal have en titel."
        case .nothingToCatchUp: return "Intet at indhente."
        case .notATracksBlock: return "Den aktuelle blok har ingen spor."
        case .trackFinished: return "Sporet er færdigt."
        case .blockHasPostIts: return "Blokken har post-its; flyt dem først."
        case .unknownPerson: return "Den person kender sessionen ikke."
        case .emptyName: return "Skriv et navn."
        case .personExists: return "Der er allerede en med det navn."
        case .unknownSegment: return "Det segment findes ikke i planen."
        case .noSuchPostIt: return "Den post-it findes ikke (længere)."
        case .noVotes: return "Den post-it har ingen prikker."
        case .emptyThemeName: return "Skriv et navn til temaet."
        case .noSuchTheme: return "Det tema findes ikke (længere)."
        case .noPresenters, .lastPresenter, .firstPresenter: return presenterRefusal(r) ?? ""
        case .nothingToUndo: return "Der er intet (mere) at fortryde."
        case .dayNotEnded: return "Dagen er ikke slut."
        case .noVote, .noSuchActor: return priorityRefusal(r) ?? ""
        }
    }
    func saveFailed(_ why: String) -> String { "Kunne ikke gemme: \(why)" }
    var cardDealtMessage: String { "Nyt kort delt ud." }
    var catchUpApplied: String { "Indhentningen er anvendt." }
}
