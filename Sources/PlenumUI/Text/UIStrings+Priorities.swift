import PlenumCore

/// The texts of priorities: the tables' votes, the tally, who contributes and the quick wins, in
/// Danish and English.
extension UIStrings {
    // The notetaker's vote
    /// "Prioritér: 2 af 3 prikker tilbage" / "Top 5: 3 pladser tilbage" / "Afstemningen er lukket".
    /// "Prioritér: 2 af 3 prikker tilbage · ↑ vælg · + prik · - af" / a top list's places / closed.
    public func voteStatus(_ vote: Vote, left: Int, closed: Bool) -> String {
        if closed { return da ? "Afstemningen er lukket" : "The vote is closed" }
        let n = vote.allowance
        if vote.isRanking {
            return da ? "Top \(n): \(Plural.count(left, "plads", "pladser")) tilbage · ↑ vælg · + næste · 1-\(min(n, 9)) plads · - af"
                      : "Top \(n): \(Plural.count(left, "place", "places")) left · ↑ select · + next · 1-\(min(n, 9)) place · - off"
        }
        return da ? "Prioritér: \(left) af \(Plural.count(n, "prik", "prikker")) tilbage · ↑ vælg · + prik · - af"
                  : "Prioritise: \(left) of \(Plural.count(n, "dot", "dots")) left · ↑ select · + dot · - off"
    }
    public var dotPlaced: String { da ? "● Prik sat" : "● Dot placed" }
    public var dotRemoved: String { da ? "Prik taget af" : "Dot taken off" }
    public func rankPlaced(_ place: Int) -> String { da ? "Plads \(place) gemt" : "Place \(place) saved" }
    public var rankRemoved: String { da ? "Taget af listen" : "Taken off the list" }
    public func actorTagged(_ actor: String, on: Bool) -> String {
        on ? (da ? "Bidrager: \(actor)" : "Contributes: \(actor)") : (da ? "\(actor) taget af" : "\(actor) taken off")
    }
    public var undoneVote: String { da ? "Fortrudt" : "Undone" }
    public var nothingToUndoHere: String { da ? "Intet at fortryde" : "Nothing to undo" }

    /// Why a notetaker's vote or tag was refused.
    func priorityRefusal(_ refusal: NoteRefusal) -> String? {
        switch refusal {
        case .noVote: return da ? "Blokken beder ikke bordene om at prioritere." : "This block does not ask the tables to prioritise."
        case .voteClosed: return da ? "Afstemningen er lukket." : "The vote is closed."
        case .notVotable: return da ? "Den post-it er ikke med i afstemningen." : "That post-it is not in this vote."
        case .noDotsLeft: return da ? "Ingen prikker tilbage; tag en af (-) for at flytte den." : "No dots left; take one off (-) to move it."
        case .noDotHere: return da ? "Den post-it har ingen prik fra jer." : "That post-it has no dot of yours."
        case .topListFull: return da ? "Listen er fuld; tag en af (-) først." : "The list is full; take one off (-) first."
        case .unknownActor: return da ? "Den aktør står ikke i planen." : "The plan does not name that actor."
        default: return nil
        }
    }

    /// Why the facilitator's vote or tag was refused.
    func priorityRefusal(_ refusal: Refusal) -> String? {
        switch refusal {
        case .noVote: return da ? "Blokken har ingen afstemning." : "That block has no vote."
        case .noSuchActor: return da ? "Den aktør står ikke i planen." : "The plan does not name that actor."
        default: return nil
        }
    }

    // Actors
    public var actorsTitle: String { da ? "Hvem bidrager?" : "Who contributes?" }
    public var actorsHint: String { da ? "↑↓ vælg · mellemrum/Enter til/fra · Esc luk" : "↑↓ choose · Space/Enter on/off · Esc close" }
    public var noActors: String { da ? "Planen nævner ingen aktører (actors)." : "The plan names no actors (actors)." }
    public func contributes(_ actors: [String]) -> String {
        (da ? "Bidrager: " : "Contributes: ") + actors.joined(separator: ", ")
    }

    // The tally
    public var tallyTitle: String { da ? "Prioritering" : "Priorities" }
    public func tallyHeading(_ title: String, _ vote: Vote, voters: Int, closed: Bool) -> String {
        let how = report.voteHow(vote)
        let who = da ? Plural.count(voters, "bord", "borde") + " har stemt" : Plural.count(voters, "table", "tables") + " voted"
        return title + " · " + how + " · " + who + (closed ? (da ? " · LUKKET" : " · CLOSED") : "")
    }
    public func points(_ n: Int, ranking: Bool) -> String {
        ranking ? (da ? "\(n) point" : Plural.count(n, "point", "points"))
                : (da ? Plural.count(n, "prik", "prikker") : Plural.count(n, "dot", "dots"))
    }
    /// The console's line for a block with a vote: "Prioritering: 2 af 4 borde har stemt · v viser optællingen".
    public func voteRunning(_ vote: Vote, voters: Int, tables: Int, closed: Bool) -> String {
        let what = vote.isRanking ? "Top \(vote.allowance)" : (da ? "Prioritering" : "Priorities")
        if closed { return what + (da ? ": lukket · v viser optællingen" : ": closed · v shows the tally") }
        return what + (da ? ": \(voters) af \(Plural.count(tables, "bord", "borde")) har stemt · v viser optællingen"
                          : ": \(voters) of \(Plural.count(tables, "table", "tables")) voted · v shows the tally")
    }
    public var mixedSegments: String { da ? "blandede borde" : "mixed tables" }
    public var noVotesYet: String { da ? "Ingen stemmer endnu." : "No votes yet." }
    public var noVoteBlocks: String {
        da ? "Ingen blok beder bordene om at prioritere (vote i planen)." : "No block asks the tables to prioritise (vote in the plan)."
    }
    public func tallyHint(width: Int, closed: Bool) -> String {
        Self.fit(da ? ["←→ afstemning", "↑↓ rul", closed ? "x åbn igen" : "x luk afstemningen", "s scenen"]
                    : ["←→ vote", "↑↓ scroll", closed ? "x open again" : "x close the vote", "s the stage"],
                 always: [da ? "Esc tilbage" : "Esc back"], width: width)
    }
    public func voteClosedMessage(_ closed: Bool) -> String {
        closed ? (da ? "Afstemningen er lukket; referenterne kan ikke længere stemme." : "The vote is closed; notetakers can no longer vote.")
               : (da ? "Afstemningen er åben igen." : "The vote is open again.")
    }

    // Quick wins
    public var quickWinsTitle: String { da ? "Quick wins" : "Quick wins" }
    public var noQuickWinsYet: String {
        da ? "Ingen quick wins endnu: marker en post-it på væggen med *." : "No quick wins yet: mark a post-it on the wall with *."
    }
    public func quickWinsHint(width: Int) -> String {
        Self.fit(da ? ["↑↓ vælg", "+ op", "- ned", "s scenen"] : ["↑↓ select", "+ up", "- down", "s the stage"],
                 always: [da ? "Esc tilbage" : "Esc back"], width: width)
    }
    func stageShowsPriorities(_ content: Fact.StageContent) -> String {
        content == .quickWins ? (da ? "Scenen viser quick wins; s igen skifter tilbage." : "The stage shows the quick wins; s again switches back.")
                              : (da ? "Scenen viser prioriteringen; s igen skifter tilbage." : "The stage shows the priorities; s again switches back.")
    }

    // Help lines for the console and the notetaker
    public var priorityHelpLines: [(String, String)] {
        da ? [("v", "prioriteringen: afstemningens optælling pr. bord og segment; x lukker, s viser på scenen"),
              ("Q", "quick wins: dagens liste i den rækkefølge, du sætter (+/-); s viser på scenen")]
           : [("v", "the priorities: the vote's tally by table and segment; x closes it, s shows it on the stage"),
              ("Q", "quick wins: the day's list in the order you set (+/-); s shows it on the stage")]
    }
    public var notesPriorityHelp: String {
        da ? "I en afstemning: + prik/plads, - af, 1-9 plads · a: aktører · Ctrl-Z fortryd"
           : "In a vote: + a dot or place, - off, 1-9 a place · a: actors · Ctrl-Z undo"
    }
}
