import PlenumCore

/// The texts of priorities on the screens: in Danish.
extension DanishUI: PriorityWords {
    func voteStatus(_ vote: Vote, left: Int, closed: Bool) -> String {
        if closed { return "Afstemningen er lukket" }
        let n = vote.allowance
        if vote.isRanking { return "Top \(n): \(Plural.count(left, "plads", "pladser")) tilbage · ↑ vælg · + næste · 1-\(min(n, 9)) plads · - af" }
        return "Prioritér: \(left) af \(Plural.count(n, "prik", "prikker")) tilbage · ↑ vælg · + prik · - af"
    }
    var dotPlaced: String { "● Prik sat" }
    var dotRemoved: String { "Prik taget af" }
    func rankPlaced(_ place: Int) -> String { "Plads \(place) gemt" }
    var rankRemoved: String { "Taget af listen" }
    func actorTagged(_ actor: String, on: Bool) -> String { on ? "Bidrager: \(actor)" : "\(actor) taget af" }
    var undoneVote: String { "Fortrudt" }
    var nothingToUndoHere: String { "Intet at fortryde" }
    func priorityRefusal(_ refusal: NoteRefusal) -> String? {
        switch refusal {
        case .noVote: return "Blokken beder ikke bordene om at prioritere."
        case .voteClosed: return "Afstemningen er lukket."
        case .notVotable: return "Den post-it er ikke med i afstemningen."
        case .noDotsLeft: return "Ingen prikker tilbage; tag en af (-) for at flytte den."
        case .noDotHere: return "Den post-it har ingen prik fra jer."
        case .topListFull: return "Listen er fuld; tag en af (-) først."
        case .unknownActor: return "Den aktør står ikke i planen."
        default: return nil
        }
    }
    func priorityRefusal(_ refusal: Refusal) -> String? {
        switch refusal {
        case .noVote: return "Blokken har ingen afstemning."
        case .noSuchActor: return "Den aktør står ikke i planen."
        default: return nil
        }
    }
    var actorsTitle: String { "Hvem bidrager?" }
    var actorsHints: ActorsHints { ActorsHints(choose: "↑↓ vælg", toggle: "mellemrum/Enter til/fra", close: "Esc luk") }
    var noActors: String { "Planen nævner ingen aktører (actors)." }
    func contributes(_ actors: [String]) -> String { "Bidrager: " + actors.joined(separator: ", ") }
    var tallyTitle: String { "Prioritering" }
    func tallyHeading(_ title: String, _ vote: Vote, voters: Int, closed: Bool) -> String {
        title + " · " + language.priorities.voteHow(vote) + " · " + Plural.count(voters, "bord", "borde") + " har stemt" + (closed ? " · LUKKET" : "")
    }
    func points(_ n: Int, ranking: Bool) -> String { ranking ? "\(n) point" : Plural.count(n, "prik", "prikker") }
    var noVotesYet: String { "Ingen stemmer endnu." }
    var noVoteBlocks: String { "Ingen blok beder bordene om at prioritere (vote i planen)." }
    var tallyHints: TallyHints {
        TallyHints(vote: "←→ afstemning", scroll: "↑↓ rul", close: "x luk afstemningen", openAgain: "x åbn igen", stage: "s scenen",
                   back: "Esc tilbage")
    }
    func voteClosedMessage(_ closed: Bool) -> String {
        closed ? "Afstemningen er lukket; referenterne kan ikke længere stemme." : "Afstemningen er åben igen."
    }
    func voteRunning(_ vote: Vote, voters: Int, tables: Int, closed: Bool) -> String {
        let what = vote.isRanking ? "Top \(vote.allowance)" : "Prioritering"
        if closed { return what + ": lukket · v viser optællingen" }
        return what + ": \(voters) af \(Plural.count(tables, "bord", "borde")) har stemt · v viser optællingen"
    }
    var quickWinsTitle: String { "Quick wins" }
    var noQuickWinsYet: String { "Ingen quick wins endnu: marker en post-it på væggen med *." }
    var quickWinsHints: QuickWinsHints {
        QuickWinsHints(select: "↑↓ vælg", up: "+ op", down: "- ned", stage: "s scenen", back: "Esc tilbage")
    }
    func stageShowsPriorities(_ content: Fact.StageContent) -> String {
        content == .quickWins ? "Scenen viser quick wins; s igen skifter tilbage." : "Scenen viser prioriteringen; s igen skifter tilbage."
    }
    var tallyHelp: String { "prioriteringen: afstemningens optælling pr. bord og segment; x lukker, s viser på scenen" }
    var quickWinsHelp: String { "quick wins: dagens liste i den rækkefølge, du sætter (+/-); s viser på scenen" }
    var voteMoreHelp: String { "en prik på den valgte post-it (i en top-liste: næste plads)" }
    var voteLessHelp: String { "tag en prik af (i en top-liste: af listen)" }
    var votePlaceHelp: String { "plads 1-9 i en top-liste" }
    var actorsHelp: String { "hvem bidrager: vælg aktører for post-it'en" }
    func undoneClose(_ title: String, closed: Bool) -> String {
        closed ? "lukningen af afstemningen i \(title)" : "genåbningen af afstemningen i \(title)"
    }
}
