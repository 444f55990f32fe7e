import PlenumCore

/// The texts of priorities on the screens: in English.
extension EnglishUI: PriorityWords {
    func voteStatus(_ vote: Vote, left: Int, closed: Bool) -> String {
        if closed { return "The vote is closed" }
        let n = vote.allowance
        if vote.isRanking { return "Top \(n): \(Plural.count(left, "place", "places")) left · ↑ select · + next · 1-\(min(n, 9)) place · - off" }
        return "Prioritise: \(left) of \(Plural.count(n, "dot", "dots")) left · ↑ select · + dot · - off"
    }
    var dotPlaced: String { "● Dot placed" }
    var dotRemoved: String { "Dot taken off" }
    func rankPlaced(_ place: Int) -> String { "Place \(place) saved" }
    var rankRemoved: String { "Taken off the list" }
    func actorTagged(_ actor: String, on: Bool) -> String { on ? "Contributes: \(actor)" : "\(actor) taken off" }
    var undoneVote: String { "Undone" }
    var nothingToUndoHere: String { "Nothing to undo" }
    func priorityRefusal(_ refusal: NoteRefusal) -> String? {
        switch refusal {
        case .noVote: return "This block does not ask the tables to prioritise."
        case .voteClosed: return "The vote is closed."
        case .notVotable: return "That post-it is not in this vote."
        case .noDotsLeft: return "No dots left; take one off (-) to move it."
        case .noDotHere: return "That post-it has no dot of yours."
        case .topListFull: return "The list is full; take one off (-) first."
        case .unknownActor: return "The plan does not name that actor."
        default: return nil
        }
    }
    func priorityRefusal(_ refusal: Refusal) -> String? {
        switch refusal {
        case .noVote: return "That block has no vote."
        case .noSuchActor: return "The plan does not name that actor."
        default: return nil
        }
    }
    var actorsTitle: String { "Who contributes?" }
    var actorsHints: ActorsHints { ActorsHints(choose: "↑↓ choose", toggle: "Space/Enter on/off", close: "Esc close") }
    var noActors: String { "The plan names no actors (actors)." }
    func contributes(_ actors: [String]) -> String { "Contributes: " + actors.joined(separator: ", ") }
    var tallyTitle: String { "Priorities" }
    func tallyHeading(_ title: String, _ vote: Vote, voters: Int, closed: Bool) -> String {
        title + " · " + language.priorities.voteHow(vote) + " · " + Plural.count(voters, "table", "tables") + " voted" + (closed ? " · CLOSED" : "")
    }
    func points(_ n: Int, ranking: Bool) -> String { ranking ? Plural.count(n, "point", "points") : Plural.count(n, "dot", "dots") }
    var noVotesYet: String { "No votes yet." }
    var noVoteBlocks: String { "No block asks the tables to prioritise (vote in the plan)." }
    var tallyHints: TallyHints {
        TallyHints(vote: "←→ vote", scroll: "↑↓ scroll", close: "x close the vote", openAgain: "x open again", stage: "s the stage",
                   back: "Esc back")
    }
    func voteClosedMessage(_ closed: Bool) -> String {
        closed ? "The vote is closed; notetakers can no longer vote." : "The vote is open again."
    }
    func voteRunning(_ vote: Vote, voters: Int, tables: Int, closed: Bool) -> String {
        let what = vote.isRanking ? "Top \(vote.allowance)" : "Priorities"
        if closed { return what + ": closed · v shows the tally" }
        return what + ": \(voters) of \(Plural.count(tables, "table", "tables")) voted · v shows the tally"
    }
    var quickWinsTitle: String { "Quick wins" }
    var noQuickWinsYet: String { "No quick wins yet: mark a post-it on the wall with *." }
    var quickWinsHints: QuickWinsHints {
        QuickWinsHints(select: "↑↓ select", up: "+ up", down: "- down", stage: "s the stage", back: "Esc back")
    }
    func stageShowsPriorities(_ content: Fact.StageContent) -> String {
        content == .quickWins ? "The stage shows the quick wins; s again switches back." : "The stage shows the priorities; s again switches back."
    }
    var tallyHelp: String { "the priorities: the vote's tally by table and segment; x closes it, s shows it on the stage" }
    var quickWinsHelp: String { "quick wins: the day's list in the order you set (+/-); s shows it on the stage" }
    var voteMoreHelp: String { "a dot on the selected post-it (in a top list: the next place)" }
    var voteLessHelp: String { "take a dot off (in a top list: off the list)" }
    var votePlaceHelp: String { "place 1-9 in a top list" }
    var actorsHelp: String { "who contributes: choose the post-it's actors" }
    func undoneClose(_ title: String, closed: Bool) -> String {
        closed ? "closing the vote in \(title)" : "opening the vote in \(title) again"
    }
}
