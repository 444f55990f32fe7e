import Foundation

/// The evaluation: ratings folded into the state and tallied per question.
extension SessionState {
    /// One rating fact's effect (a rating outside the block's questions or scale is ignored);
    /// false for any other fact.
    mutating func foldRating(_ fact: Fact) -> Bool {
        switch fact {
        case .rated(let rating):
            guard let block = anyBlock(rating.block), block.rate.indices.contains(rating.question),
                  (1...block.scale).contains(rating.value) else { return true }
            ratingBoard.add(rating)
        case .ratingWithdrawn(let id):
            ratingBoard.withdraw(id)
        default:
            return false
        }
        return true
    }

    /// How each of a block's `rate` questions was rated so far (at one table, or by all).
    public func ratingTallies(_ block: BlockID, table: String? = nil) -> [RatingTally] {
        guard let b = anyBlock(block), !b.rate.isEmpty else { return [] }
        var tallies = b.rate.map { RatingTally(question: $0, scale: b.scale, counts: Array(repeating: 0, count: b.scale)) }
        for rating in ratingBoard.ratings(in: block, table: table) where tallies.indices.contains(rating.question) {
            if (1...b.scale).contains(rating.value) { tallies[rating.question].counts[rating.value - 1] += 1 }
        }
        return tallies
    }

    /// The table's last rating of a question in a block that counts: what Backspace takes back.
    public func lastRating(_ block: BlockID, table: String, question: Int) -> Rating? {
        ratingBoard.ratings(in: block, table: table).last { $0.question == question }
    }
}
