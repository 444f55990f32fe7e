import PlenumCore

/// The texts of a block's material (the survey, the helper sheet) and its evaluation (ratings) on
/// the stage, the notetaker's screen, the console and the review.
public protocol MaterialWords: Sendable {
    /// "gns." before a mean.
    var meanAbbreviation: String { get }
    func answersCount(_ n: Int) -> String
    var noMaterial: String { get }
    var materialHint: String { get }
    var onStage: String { get }
    func ratingTypeHint(scale: Int) -> String
    func ratingSaved(_ question: String, _ value: Int, total: Int) -> String
    func ratingWithdrawn(_ value: Int) -> String
    func ratingOutOfScale(_ scale: Int) -> String
    func ratingNotSaved(_ reason: String) -> String
    var noRatingHere: String { get }
    /// The hint bar's items where the block has ratings / material.
    var ratingHintItem: String { get }
    var materialHintItem: String { get }
}

extension UIVocabulary {
    // The words the exports use for the same things (one catalog for both).
    /// "Grundlag: survey.csv".
    public func materialHeading(_ file: String) -> String { language.export.basis(file) }
    public var meanWord: String { language.export.mean }
    public func freeTextAnswers(_ n: Int) -> String { language.export.freeText(n) }
    public func respondents(_ n: Int) -> String { language.export.respondents(n) }
    public var evaluationWord: String { language.export.evaluation }

    /// "★ Dagens form 1–5": a rating question in the notetaker's line.
    public func ratingLabel(_ question: String, scale: Int) -> String { "★ \(question) 1–\(scale)" }

    /// "6 svar · gns. 4,2".
    public func ratingSummary(_ tally: RatingTally) -> String {
        answersCount(tally.total) + (tally.mean.map { " · " + meanAbbreviation + " " + $0.materialText(language) } ?? "")
    }
}
