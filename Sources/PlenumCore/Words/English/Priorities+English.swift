/// The words of priorities in reports and exports: in English.
extension EnglishPriorities {
    func voteHow(_ vote: Vote) -> String {
        vote.isRanking ? "top \(vote.allowance)" : Plural.count(vote.allowance, "dot", "dots") + " a table"
    }
    func voteDetail(_ vote: Vote) -> String {
        "vote: " + voteHow(vote) + (vote.scope == .all ? ", every table's post-its" : "")
    }
    func voted(_ voters: Int) -> String { Plural.count(voters, "table", "tables") + " voted" }
    var closedMark: String { " · closed" }
    var priorities: String { "Priorities" }
    var priorityHeader: String { "Priority" }
    var pointsHeader: String { "Points" }
    var tablesHeader: String { "From the tables" }
    var segmentsHeader: String { "From the segments" }
    var actorsHeader: String { "Who contributes" }
    var mixedSegments: String { "mixed tables" }
    var unknownSegment: String { "segment not known" }
    var noVotes: String { "No votes." }
    var themeWord: String { "Theme" }
    var contributesLabel: String { "contributes: " }
}
