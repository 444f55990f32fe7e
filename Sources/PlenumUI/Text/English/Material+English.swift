import PlenumCore

/// The texts of a block's material and its evaluation: in English.
extension EnglishUI: MaterialWords {
    var meanAbbreviation: String { "mean" }
    func answersCount(_ n: Int) -> String { Plural.count(n, "answer", "answers") }
    var noMaterial: String { "The block has no basis (material in the plan)." }
    var materialHint: String { "↑↓ scroll · F2 or Esc back" }
    var onStage: String { "(on the stage)" }
    func ratingTypeHint(scale: Int) -> String { "type 1–\(scale) (one digit a participant) · ⌫ undo · Enter next question" }
    func ratingSaved(_ question: String, _ value: Int, total: Int) -> String { "✓ \(question): \(value) saved (\(total) in all)" }
    func ratingWithdrawn(_ value: Int) -> String { "The rating \(value) was taken back" }
    func ratingOutOfScale(_ scale: Int) -> String { "Type a digit from 1 to \(scale)." }
    func ratingNotSaved(_ reason: String) -> String { "NOT SAVED: \(reason). Type the rating again." }
    var noRatingHere: String { "This block asks for no ratings." }
    var ratingHintItem: String { "Tab ★ rate" }
    var materialHintItem: String { "F2 basis" }
}
