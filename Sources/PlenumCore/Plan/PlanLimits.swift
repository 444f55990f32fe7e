/// The largest numbers and sizes a plan may hold: well beyond any real day (one day of at most
/// 24 hours, a venue's tables and people), and small enough that nothing a plan that passes
/// `check` asks for can overflow, exhaust memory or take long in any command (run, groups, export,
/// stage). `PlanReader` refuses anything larger with a sentence at its line and column.
public enum PlanLimits {
    /// One day: a block, `min_minutes`, `card_minutes` and the whole schedule.
    public static let dayMinutes = 24 * 60
    /// Blocks on the agenda (a 24-hour day of 15-minute blocks is 96).
    public static let blocks = 100
    /// Tracks in one tracks block, and blocks in one track.
    public static let tracks = 10
    public static let blocksPerTrack = 50
    /// Days that one imported agenda may make (a process of a year's monthly meetings is 12).
    public static let importedDays = 60
    /// Tables in the room, groups at one table, seats at one table.
    public static let tables = 100
    public static let groupsPerTable = 20
    public static let seatsPerTable = 100
    /// Groups over all tables (a rotation has one round per group).
    public static let groups = 200
    /// People named in the plan, and seats over all tables (seated as numbered placeholders when
    /// nobody is named).
    public static let people = 500
    /// Segments, rules and the names in one rule, question cards in a block, stations, post-it kinds.
    public static let segments = 50
    public static let rules = 20
    public static let namesPerRule = 10
    /// People seated over the day: the people to seat times the groups blocks (500 people in 10
    /// blocks, or 100 in 50). The seating search's work grows with it.
    public static let placements = 5_000
    public static let cards = 50
    public static let stations = 50
    public static let kinds = 12
    /// Dots a table spreads in one vote, places in a top N, and the plan's `actors`.
    public static let voteDots = 50
    public static let voteRanks = 20
    public static let actors = 20
    /// Characters in a text, by what it is.
    public static let titleLength = 200
    public static let nameLength = 100
    public static let cardLength = 500
    public static let notesLength = 5000

    /// The longest text a key may hold (in characters): titles, names, cards and notes.
    static func length(of key: String) -> Int {
        switch key {
        case "notes": return notesLength
        case "cards": return cardLength
        case "title", "venue", "rate": return titleLength
        default: return nameLength
        }
    }

    /// How many entries a list at `key` may hold.
    static func count(of key: String) -> Int {
        switch key {
        case "cards": return cards
        case "stations": return stations
        case "capture", "kinds": return kinds
        case "actors": return actors
        case "tables": return tables
        case "apart", "together": return namesPerRule
        default: return people
        }
    }
}
