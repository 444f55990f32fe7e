import PlenumCore

/// The texts of the notetaker's screens and the console's post-it views: in Danish.
extension DanishUI: NotesWords {
    func groupNumber(_ n: Int) -> String { "gruppe \(n)" }
    func tablePostIts(_ table: String, _ n: Int) -> String {
        "\(table): \(Plural.count(n, "post-it", "post-its")) i blokken"
    }
    func postItsGoTo(_ title: String) -> String { "Post-its gemmes under: \(title)" }
    var noPostItsYet: String {
        "Ingen post-its endnu. Skriv nedenfor og tryk Enter."
    }
    var editingLabel: String { "ret" }
    var moveToBlock: String { "Flyt post-it til blok (↑↓ Enter, Esc fortryd):" }
    var postItSaved: String { "✓ Gemt" }
    func postItsSaved(_ n: Int) -> String {
        "✓ \(Plural.count(n, "post-it", "post-its")) gemt"
    }
    var postItDeleted: String { "Post-it fjernet — Ctrl-Z henter den tilbage" }
    var postItRestored: String { "Post-it hentet tilbage" }
    var postItMoved: String { "Post-it flyttet" }
    var postItTooLong: String {
        "En post-it kan højst have \(PostIt.maxLength) tegn; resten kom ikke med."
    }
    func notSaved(_ reason: String) -> String {
        "IKKE GEMT (teksten bliver i feltet; tryk Enter igen): \(reason)."
    }
    func notSavedTryingAgain(_ reason: String) -> String {
        "IKKE GEMT – gemmes af sig selv, når serveren svarer (eller tryk Enter): \(reason)."
    }
    func cannotSaveHere(_ reason: String) -> String {
        "Kan ikke gemme her: \(reason)."
    }
    func noteRefusal(_ refusal: NoteRefusal) -> String {
        switch refusal {
        case .empty: return "Tom post-it; intet gemt."
        case .tooLong: return postItTooLong
        case .unknownPostIt: return "Den post-it findes ikke længere."
        case .anotherTablesPostIt: return "Den post-it tilhører et andet bord."
        case .unknownBlock: return "Den blok findes ikke længere."
        case .noBlocks: return "Planen har ingen blokke."
        case .noVote, .voteClosed, .notVotable, .noDotsLeft, .noDotHere, .topListFull, .unknownActor:
            return priorityRefusal(refusal) ?? ""
        case .notRated: return noRatingHere
        case .outsideScale(let scale): return ratingOutOfScale(scale)
        }
    }
    var notesHints: NotesHints {
        NotesHints(save: "Enter gem", kind: "Tab type", select: "↑ vælg", edit: "Enter på valgt: ret", delete: "Del fjern",
                   move: "m flyt", undo: "Ctrl-Z fortryd", help: "F1 hjælp", quit: "q afslut (tom linje)")
    }
    var notesHelpTitle: String { "Taster for referenten" }
    var notesHelpIntro: String { "Skriv: teksten går direkte i feltet nederst." }
    var notesHelpLines: [(String, String)] {
        [("Enter", "gem linjen som post-it (den vises, når den er på disken); indsatte linjer bliver én post-it hver"),
         ("Tab  Shift-Tab", "skift type (fx pointe, mulighed)"),
         ("← → Home End", "flyt i linjen (også Ctrl-A/E); Backspace, Delete, Ctrl-W et ord, Ctrl-U/K til starten/slutningen"),
         ("↑ ↓", "vælg en gemt post-it, så den over eller under"),
         ("Enter  Del  m", "på en valgt post-it: ret den · fjern den · flyt den til en anden blok"),
         ("p", "på en valgt post-it: til plenum (▲), det bordet fremlægger; p igen fjerner (listen har også bordets tidligere blokke)"),
         ("a", actorsHelp),
         ("Ctrl-Z", "fortryd den sidste fjernelse, prik, plads eller aktør"),
         ("u", "på en valgt post-it: hent den senest fjernede post-it tilbage"),
         ("+", voteMoreHelp), ("-", voteLessHelp), ("1-9", votePlaceHelp),
         ("F1  ?", "denne hjælp (? på en tom linje)"),
         ("F2", "blokkens grundlag (materiale) i stedet for post-its; F2 igen lukker"),
         ("Esc", "tilbage til at skrive; en rettelse stopper, og post-it'en bliver, som den var"),
         ("q  Ctrl-C", "afslut (q på en tom linje); intet går tabt"),
         ("Ctrl-L", "tegn skærmen igen"),
         ("1-9", "ved et bedømmelsesspørgsmål (Tab forbi typerne): én bedømmelse, bordets eller hver deltagers på skift"),
         ("Backspace", "tag bordets sidste bedømmelse af spørgsmålet tilbage"),
         ("Enter", "næste spørgsmål"),
         ("Esc", "tilbage til post-its"),
         ("Esc  q", "luk grundlaget"),
         ("↑ ↓ PgUp PgDn Home", "rul i grundlaget")]
    }
    func notesHelpHeading(_ group: KeyGroup) -> String {
        switch group {
        case .day: "Bedømmelse af blokken og dens grundlag"
        case .moving: "Flyt og vælg"
        case .changing: "Skriv og ret post-its"
        case .views: "Hjælp og grundlag"
        case .leaving: "Tilbage og afslut"
        }
    }
    var notesHelpClose: String { "enhver anden tast lukker" }
    var pickTableTitle: String { "Hvilket bord tager du noter for?" }
    var pickerHints: PickerHints { PickerHints(choose: "↑ ↓ vælg", start: "Enter start", quit: "q afslut") }
    var wallTitle: String { "Væggen" }
    var wallEmpty: String { "(ingen endnu)" }
    var readOnlyFile: String {
        "sessionsfilen er skrivebeskyttet"
    }
    func onlyKind(_ kind: String) -> String { "kun \(kind)" }
    var themeTitle: String { "Tema for post-it" }
    var newTheme: String { "(et nyt tema)" }
    var themeHint: String {
        "↑↓ vælg · Tab udfyld · Enter gem · tom: ud af temaet · Esc fortryd"
    }
    var themesTitle: String { "Temaer" }
    func themesCount(_ n: Int, quickWins: Int) -> String {
        Plural.count(n, "tema", "temaer") + " · " + Plural.count(quickWins, "quick win", "quick wins")
    }
    func votesWord(_ n: Int) -> String { Plural.count(n, "prik", "prikker") }
    var noThemesYet: String {
        "Ingen temaer endnu: vælg en post-it på væggen og tryk t."
    }
    func renameThemeTitle(_ name: String) -> String { "Omdøb »\(name)«" }
    var renameHint: String {
        "Enter gem · et eksisterende navn slår temaerne sammen · Esc fortryd"
    }
    var wallHints: WallHints {
        WallHints(table: "←→ bord", postIt: "↑↓ post-it", vote: "v/V prik", theme: "t tema", quickWin: "* quick win",
                  search: "/ søg", kind: "f type", block: "[ ] blok", themes: "T temaer", back: "Esc tilbage")
    }
    var themesHints: ThemesHints {
        ThemesHints(theme: "↑↓ tema", rename: "r omdøb eller slå sammen", back: "Esc tilbage til væggen")
    }
    var waitingForSession: String { "Venter på sessionsfilen" }
    var waitingForServerSession: String { "Venter på sessionen på serveren" }
    var sessionIsMadeBy: String {
        "Ordstyrerens konsol laver den: plenum run"
    }
    var waitingQuits: String { "q afslutter" }
    func pipedSaved(_ n: Int, table: String, block: String) -> String {
        "gemte \(Plural.count(n, "post-it", "post-its")) for \(table) under »\(block)«"
    }
    func pipedLineCut(_ line: Int, most: Int) -> String {
        "linje \(line) er længere end \(most) tegn; resten er skåret af"
    }
    func pipedNotSaved(_ line: Int, _ why: String) -> String { "linje \(line) blev ikke gemt: \(why)" }
    func pipedSavedThen(_ n: Int, _ why: String) -> String {
        n == 0 ? why : "\(Plural.count(n, "post-it", "post-its")) gemt, derefter: \(why)"
    }
    func pipedLineFailed(_ line: Int, _ why: String) -> String { "linje \(line) kunne ikke gemmes: \(why)" }
    func notAKind(_ kind: String, kinds: [String]) -> String {
        "»\(kind)« er ikke en slags i denne blok; slagsene er \(kinds.joined(separator: ", "))"
    }
    var emptyName: String { "--name må ikke være tom" }
    var groupNeedsTable: String { "--group kræver --table" }
    var pipeNeedsTable: String { "post-its fra standard input kræver --table" }
    var noTablesToNote: String { "planen har ingen borde, så der er intet at tage noter for" }
    func noSuchTable(_ wanted: String, tables: String) -> String { "der er intet bord »\(wanted)«; bordene er \(tables)" }
    func wrongGroup(_ table: String, groups: Int) -> String {
        let choices = groups == 1 ? "det arbejder som én gruppe (udelad --group)" : "--group skal være 1 til \(groups)"
        return "\(table) har \(Plural.count(groups, "gruppe", "grupper")); \(choices)"
    }
}
