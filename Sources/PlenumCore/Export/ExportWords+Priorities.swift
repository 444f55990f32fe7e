/// The words of the priorities in the minutes and the report, in the plan's language.
extension ExportWords {
    private var isDanish: Bool { language == .da }

    public var priorities: String { isDanish ? "Prioriteringer" : "Priorities" }
    public var rankHeader: String { "#" }
    public var priorityHeader: String { isDanish ? "Prioritet" : "Priority" }
    public var pointsHeader: String { isDanish ? "Point" : "Points" }
    public var tablesHeader: String { isDanish ? "Fra bordene" : "From the tables" }
    public var segmentsHeader: String { isDanish ? "Fra segmenterne" : "From the segments" }
    public var actorsHeader: String { isDanish ? "Hvem bidrager" : "Who contributes" }
    public var mixedSegments: String { isDanish ? "blandede borde" : "mixed tables" }
    public var noVotes: String { isDanish ? "Ingen stemmer." : "No votes." }
    public var themeWord: String { isDanish ? "Tema" : "Theme" }
    /// "3 prikker pr. bord · 4 borde stemte · lukket" / "top 5 · 4 tables voted".
    public func voteAbout(_ vote: Vote, voters: Int, closed: Bool) -> String {
        let how = report.voteHow(vote)
        let who = isDanish ? "\(voters) \(voters == 1 ? "bord" : "borde") stemte" : "\(voters) \(voters == 1 ? "table" : "tables") voted"
        return how + " · " + who + (closed ? (isDanish ? " · lukket" : " · closed") : "")
    }
    /// "Bidrager: kommunen, borgerne".
    public func contributes(_ actors: [String]) -> String {
        (isDanish ? "bidrager: " : "contributes: ") + actors.joined(separator: ", ")
    }
    /// An item's title in a ranking: the post-it's text, or "Tema: Transport (3 post-its)".
    public func itemTitle(_ item: VoteTally.Item) -> String {
        guard let theme = item.theme else { return item.title }
        return "\(themeWord): \(theme)" + (item.postIts.count > 1 ? " (\(postItCount(item.postIts.count)))" : "")
    }
    /// An item's points by segment ("Politikere: 2, blandede borde: 1"), or nil for a plan without segments.
    public func segmentShares(_ item: VoteTally.Item, in plan: Plan) -> String? {
        plan.segments.isEmpty ? nil : shares(item.bySegment)
    }
    /// "Bord 1: 3, Bord 2: 1".
    public func shares(_ shares: [VoteTally.Share]) -> String {
        shares.map { ($0.name ?? mixedSegments) + ": \($0.points)" }.joined(separator: ", ")
    }
}
