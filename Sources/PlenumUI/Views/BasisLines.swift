import PlenumCore

/// A block's basis and evaluation in a line each, for the console and the all-tracks stage: its
/// material's file, and per `rate` question how many rated each value and the mean.
struct BasisLines {
    /// "Grundlag: survey.csv", or nil for a block without material.
    let material: String?
    /// "Dagens form · 7 svar · gennemsnit 4,1 · 1:0 2:1 3:0 4:4 5:2", a question each.
    let ratings: [String]

    init(_ id: BlockID, state: SessionState, strings: UIStrings) {
        material = state.anyBlock(id)?.material.map { strings.materialHeading($0.file) }
        ratings = state.ratingTallies(id).map { tally in
            let counts = tally.counts.enumerated().map { "\($0.offset + 1):\($0.element)" }.joined(separator: " ")
            return tally.question + " · " + strings.ratingSummary(tally) + " · " + counts
        }
    }

    var isEmpty: Bool { material == nil && ratings.isEmpty }
}
