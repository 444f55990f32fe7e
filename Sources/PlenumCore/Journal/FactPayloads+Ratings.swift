/// The stored form of the evaluation: a rating typed at a table, and one taken back.
extension FactCoding {
    /// `rated`: `id`, `block`, `table`, `question` (from 0 in the block's `rate`), `value`, `author`.
    struct Rated: FactPayload {
        static let kind = "rated"
        static let isUndoable = false
        var rating: Rating
        var fields: [(String, JSONValue)] {
            [("id", .string(rating.id)), ("block", .string(rating.block)), ("table", .string(rating.table)),
             ("question", .int(rating.question)), ("value", .int(rating.value)), ("author", .string(rating.author))]
        }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            .rated(Rating(id: try f.string("id"), block: try f.string("block"), table: try f.string("table"),
                          question: try f.int("question"), value: try f.int("value"), author: try f.string("author")))
        }
    }

    /// `ratingWithdrawn`: `id`.
    struct RatingWithdrawn: FactPayload {
        static let kind = "ratingWithdrawn"
        static let isUndoable = false
        var id: String
        var fields: [(String, JSONValue)] { [("id", .string(id))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact { .ratingWithdrawn(id: try f.string("id")) }
    }
}
