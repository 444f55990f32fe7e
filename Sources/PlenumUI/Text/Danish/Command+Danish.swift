import PlenumCore

/// The command line's refusals and reports: in Danish.
extension DanishUI: CommandWords {
    func file(_ kind: FileKind) -> String {
        switch kind {
        case .plan: "en plan"
        case .agenda: "en dagsorden"
        case .process: "en procesfil"
        }
    }
    func noSuchFile(_ path: String) -> String { "kan ikke læse \(path): filen findes ikke" }
    func isAFolder(_ path: String, not kind: FileKind) -> String { "\(path) er en mappe, ikke \(file(kind))" }
    func sessionNotA(_ path: String, _ kind: FileKind) -> String {
        "\(path) er en sessionsfil, ikke \(file(kind)): fortsæt dagen med plenum run PLAN --session \(path), "
            + "eller se den med plenum review \(path)"
    }
    func cannotReadPermission(_ path: String) -> String { "kan ikke læse \(path): adgang nægtet" }
    func fileTooBig(_ path: String, megabytes: Double, _ kind: FileKind, most: Int) -> String {
        let size = "\(megabytes)".replacingOccurrences(of: ".", with: ",")
        return "\(path) fylder \(size) MB; \(file(kind)) er en lille tekstfil (højst \(most) MB)"
    }
    func cannotRead(_ path: String) -> String { "kan ikke læse \(path)" }
    func cannotWrite(_ path: String, _ reason: String) -> String { "kan ikke skrive \(path): \(reason)" }
    func cannotWriteNothingWritten(_ path: String, _ reason: String) -> String {
        "kan ikke skrive \(path): \(reason); intet er skrevet"
    }
    func cannotWriteTo(_ what: String, _ reason: String) -> String { "kan ikke skrive til \(what): \(reason)" }
    var linkToNothing: String { "det er et link til en fil, der ikke findes" }
    var isFolder: String { "det er en mappe" }
    var notFilePipeOrTerminal: String { "det er hverken en fil, en pipe eller en terminal" }
    func folderMissing(_ folder: String) -> String { "mappen \(folder) findes ikke" }
    var diskFull: String { "disken er fuld" }
    var standardInput: String { "standardinput" }
    var standardOutput: String { "standardoutput" }
    func existsAlready(_ path: String) -> String {
        "\(path) findes allerede; vælg et andet navn, eller tilføj --force for at erstatte den"
    }
    func wrotePlan(_ path: String) -> String { "Skrev \(path). Tjek den med: plenum check \(path)" }

    func inputLineTooLong(_ line: Int) -> String {
        "linje \(line) i standardinput er over 1 MB uden linjeskift; post-its læses som linjer af tekst"
    }
    func inputUnreadable(_ reason: String) -> String { "standardinput kan ikke læses: \(reason)" }
    func inputNotText(_ line: Int) -> String {
        "standardinput er ikke tekst (linje \(line) rummer en nul-byte); post-its læses som linjer af tekst"
    }

    var consoleNeedsTerminal: String {
        "konsollen skal bruge en terminal; kør den i et terminalvindue (brug `plenum check` eller `plenum export` i scripts)"
    }
    var notesNeedTerminal: String { "referentskærmen skal bruge en terminal" }
    var stageNeedsTerminal: String { "projektorvisningen skal bruge en terminal" }
    func reviewNeedsTerminal(_ session: String) -> String {
        "gennemsynet skal bruge en terminal; til en fil, brug plenum export \(session) --format md"
    }
    var termUnset: String {
        "TERM er ikke sat, så plenum kan ikke vide, hvad terminalen kan; kør den i et terminalvindue, eller sæt TERM, fx TERM=xterm-256color"
    }
    func termUnknown(_ term: String) -> String {
        "terminaltypen TERM=\"\(term)\" er ukendt på denne maskine (terminfo har ingen beskrivelse af den); sæt TERM til en, den kender, fx TERM=xterm-256color"
    }
    func termCannotPlace(_ term: String) -> String {
        "terminalen TERM=\"\(term)\" kan ikke placere tekst på skærmen; plenums skærmbilleder kræver en fuld terminal, fx TERM=xterm-256color"
    }

    func agendaTooBig(_ source: String) -> String { "\(source) fylder over 2 MB; en dagsorden er en kort tekst" }
    func tooManyDays(_ source: String, days: Int, most: Int) -> String {
        "\(source) læses som \(days) dage; plenum importerer højst \(most) ad gangen, så del dagsordenen op"
    }
    func dayOf(_ day: Int, _ source: String) -> String { "dag \(day) i \(source)" }
    func tooManyBlocks(_ which: String, blocks: Int, most: Int) -> String {
        "\(which) har \(blocks) blokke; en plan rummer højst \(most), så del dagsordenen op i mindre dage"
    }
    func importBug(process: Bool, _ source: String, _ problem: String) -> String {
        "\(process ? "processen" : "planen") lavet ud fra \(source) består ikke tjekket, og det er en fejl i plenum import: \(problem)"
    }
    func importedFile(process: Bool) -> String { process ? "resultatet" : "planen" }
    func severalDays(_ days: Int) -> String { "\(days) dage: tilføj -o PLAN.toml for at skrive én plan pr. dag" }
    func wrotePlans(_ files: [String], blocks: Int) -> String {
        "Skrev \(files.joined(separator: ", ")) (\(Plural.count(blocks, "blok", "blokke"))). Tjek med: plenum check \(files[0])"
    }
    func processDays(_ days: Int) -> String {
        "en proces med \(Plural.count(days, "dag", "dage")): tilføj -o PROCES.toml for at skrive processen og én plan pr. dag"
    }
    func wroteProcess(_ path: String, plans: [String]) -> String {
        let written = plans.isEmpty ? ""
            : " og \(Plural.count(plans.count, "plan", "planer")) (\(plans.joined(separator: ", ")))"
        return "Skrev processen \(path)\(written). Se den med: plenum process \(path)"
    }

    func notAProcess(_ path: String) -> String {
        "\(path) er ikke en procesfil: den skal have [[days]], [[phases]] eller [[milestones]] (se docs/process-format.md)"
    }
    func processFormats(_ format: String) -> String {
        "en proces eksporteres som ics, md eller html; \(format) er til én session (plenum export SESSION)"
    }
    func planHasNoPostIts(_ path: String) -> String {
        "\(path) er en plan, og en plan har ingen post-its endnu; csv viser en sessions post-its (plenum export SESSION --format csv)"
    }
    func sessionNeedsChoice(_ path: String, plan: String, rehearsal: Bool, onServer: Bool) -> String {
        let why = rehearsal ? "rummer en prøvekørsel af \(plan)" : "blev startet fra en anden udgave af \(plan)"
        return "\(path) \(why); kør igen med --resume for at fortsætte med sessionens plan, eller med --new for at starte en ny session\(onServer ? "" : "sfil")"
    }
    func noSessionToResume(_ path: String) -> String {
        "der er ingen session \(path) at fortsætte; uden --resume starter plenum run den"
    }
    func cannotMakeFolder(_ folder: String, reason: String) -> String { "kan ikke oprette mappen \(folder): \(reason)" }
    func passwordPrompt(_ key: String) -> String { "Adgangskode til \(key): " }
    func waitingForPipedSession(_ path: String) -> String { "venter på, at plenum run opretter \(path) (Ctrl-C stopper)" }
    var newAndResume: String { "--new og --resume kan ikke bruges sammen" }
    func recovered(_ output: String, facts: Int, of session: String) -> String {
        "\(output): \(Plural.count(facts, "hændelse", "hændelser")) fra \(session), i rækkefølge"
    }
    var everyFactRead: String { "alle hændelser kunne læses" }
    func factsUnreadable(_ count: Int, _ numbers: String) -> String {
        "\(Plural.count(count, "hændelse", "hændelser")) kunne ikke læses: \(numbers)"
    }
    func factsMissing(_ count: Int64, _ numbers: String) -> String {
        "\(Plural.count(Int(count), "hændelse", "hændelser")) findes ikke i filen: \(numbers)"
    }

    func processPlanUnreadable(day: Int, id: String, _ path: String) -> String {
        "dag \(day) (\"\(id)\"): kan ikke læse planen \(path)"
    }
    func sourceDayUnknown(_ key: String, block: String, day: String, nearest: String?) -> String {
        "`\(key)` i blokken \"\(block)\" nævner dagen \"\(day)\", som processen ikke har"
            + (nearest.map { "; mente du \"\($0)\"?" } ?? "")
    }
    func sourceDayNotBefore(_ key: String, block: String, day: String) -> String {
        "`\(key)` i blokken \"\(block)\" nævner dagen \"\(day)\", som ikke kommer før denne i processen"
    }
    func sourceNotHeld(_ days: [String], quickWins: Bool, cardsFrom: Bool, ownCards: Bool) -> String {
        let own = cardsFrom ? (ownCards ? "bruges blokkens egne `cards`" : "deler blokken ingen kort ud") : "bruges dens noter, som de er"
        let named = days.map { "\"\($0)\"" }.joined(separator: ", ")
        return "\(named) har ingen \(quickWins ? "quick wins" : "temaer") endnu (ikke holdt); indtil da \(own)"
    }
}
