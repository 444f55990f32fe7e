/// The words of priorities in reports and exports (`plenum check`, the minutes, the report, the
/// csv) and the words the screens share with them: how a vote is cast, the ranking's headers,
/// where points came from, who contributes. One type per language (`Priorities+Danish.swift`,
/// `Priorities+English.swift`).
public protocol PriorityVocabulary: Sendable {
    /// "3 prikker pr. bord" / "3 dots a table" / "top 5".
    func voteHow(_ vote: Vote) -> String
    /// `plenum check`'s detail: "afstemning: 3 prikker pr. bord" / "vote: top 5, every table's post-its".
    func voteDetail(_ vote: Vote) -> String
    /// "2 borde stemte" / "2 tables voted".
    func voted(_ voters: Int) -> String
    /// " · lukket" / " · closed".
    var closedMark: String { get }
    var priorities: String { get }
    var priorityHeader: String { get }
    var pointsHeader: String { get }
    var tablesHeader: String { get }
    var segmentsHeader: String { get }
    var actorsHeader: String { get }
    /// A table of several segments.
    var mixedSegments: String { get }
    /// A table whose segments are not known (no groups were seated at it).
    var unknownSegment: String { get }
    var noVotes: String { get }
    var themeWord: String { get }
    /// "bidrager: " / "contributes: ".
    var contributesLabel: String { get }
}

/// The words of priorities: what every language builds the same way from its words.
extension PriorityVocabulary {
    /// "3 prikker pr. bord · 4 borde stemte · lukket".
    public func voteAbout(_ vote: Vote, voters: Int, closed: Bool) -> String {
        voteHow(vote) + " · " + voted(voters) + (closed ? closedMark : "")
    }
    /// "bidrager: kommunen, borgerne".
    public func contributes(_ actors: [String]) -> String { contributesLabel + actors.joined(separator: ", ") }
    /// An item's title in a ranking: the post-it's text, or "Tema: Trafik (3 post-its)".
    public func itemTitle(_ item: VoteTally.Item) -> String {
        guard let theme = item.theme else { return item.title }
        return "\(themeWord): \(theme)" + (item.postIts.count > 1 ? " (\(Plural.count(item.postIts.count, "post-it", "post-its")))" : "")
    }
    /// "Bord 1: 3, Bord 2: 1" (a table of several segments named as such).
    public func shares(_ shares: [VoteTally.Share]) -> String {
        shares.map { shareName($0) + ": \($0.points)" }.joined(separator: ", ")
    }
    /// A share's name: its table or segment, "blandede borde" or "ukendt segment".
    public func shareName(_ share: VoteTally.Share) -> String {
        share.name ?? (share.unknown ? unknownSegment : mixedSegments)
    }
    /// An item's points by segment, or nil for a plan without segments.
    public func segmentShares(_ item: VoteTally.Item, in plan: Plan) -> String? {
        plan.segments.isEmpty ? nil : shares(item.bySegment)
    }
}

extension Language {
    /// The words of priorities in this language.
    public var priorities: any PriorityVocabulary {
        switch self {
        case .da: DanishPriorities()
        case .en: EnglishPriorities()
        }
    }
}

/// Priority words in Danish.
struct DanishPriorities: PriorityVocabulary {}
/// Priority words in English.
struct EnglishPriorities: PriorityVocabulary {}
