/// The keys a plan file may use at each level (see plan-format.md), for unknown-key messages.
enum PlanKeys {
    static let topLevel = ["title", "date", "start", "end", "language", "venue", "notes", "segments",
                           "tables", "people", "rules", "kinds", "blocks", "seed", "carried", "actors", "materials"]
    static let uniformTables = ["count", "groups", "seats"]
    static let namedTable = ["name", "groups", "seats"]
    static let person = ["name", "segment", "role", "table"]
    static let rule = ["apart", "together"]
    static let track = ["title", "room", "tables", "blocks"]
    static let station = ["name", "hosts"]
    static let vote = ["dots", "rank", "scope"]
    /// A line of `carried` (written by `plenum run`), and a block's `cards_from` / `material_from`.
    static let carried = ["day", "what", "items"]
    static let carriedSource = ["day", "what"]

    static let common = ["title", "kind", "minutes", "at", "min_minutes", "notes", "material_from", "material"]
    static let allBlockKeys = common + ["capture", "cards", "card_minutes", "formation", "group_size",
                                        "present", "stations", "tracks", "cards_from", "vote", "rate", "scale"]

    /// The keys a block of this kind may have.
    static func block(_ kind: Block.Kind) -> [String] {
        switch kind {
        case .plenum: return common + ["capture", "cards", "card_minutes", "cards_from", "present", "vote", "rate", "scale"]
        case .groups: return common + ["capture", "cards", "card_minutes", "cards_from", "formation", "group_size", "vote",
                                       "rate", "scale"]
        case .break: return common
        case .rotation: return common + ["capture", "cards", "card_minutes", "cards_from", "stations", "vote"]
        case .tracks: return ["title", "kind", "at", "min_minutes", "notes", "material_from", "tracks"]
        }
    }

    /// The kinds of block that may have `key`, e.g. "groups" for `formation`.
    static func kindsAllowing(_ key: String) -> [Block.Kind] {
        Block.Kind.allCases.filter { block($0).contains(key) }
    }
}
