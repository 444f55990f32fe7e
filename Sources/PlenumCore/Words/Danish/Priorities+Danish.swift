/// The words of priorities in reports and exports: in Danish.
extension DanishPriorities {
    func voteHow(_ vote: Vote) -> String {
        vote.isRanking ? "top \(vote.allowance)" : Plural.count(vote.allowance, "prik", "prikker") + " pr. bord"
    }
    func voteDetail(_ vote: Vote) -> String {
        "afstemning: " + voteHow(vote) + (vote.scope == .all ? ", alle bordes post-its" : "")
    }
    func voted(_ voters: Int) -> String { Plural.count(voters, "bord", "borde") + " stemte" }
    var closedMark: String { " · lukket" }
    var priorities: String { "Prioriteringer" }
    var priorityHeader: String { "Prioritet" }
    var pointsHeader: String { "Point" }
    var tablesHeader: String { "Fra bordene" }
    var segmentsHeader: String { "Fra segmenterne" }
    var actorsHeader: String { "Hvem bidrager" }
    var mixedSegments: String { "blandede borde" }
    var unknownSegment: String { "ukendt segment" }
    var noVotes: String { "Ingen stemmer." }
    var themeWord: String { "Tema" }
    var contributesLabel: String { "bidrager: " }
}
