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
    var notesRatingHelp: String {
        "★ Ratings: Tab to the question, one digit (1–5) a rating, Backspace takes the last back, Enter: next. F2: the block's basis."
    }
    var ratingHintItem: String { "Tab ★ rate" }
    var materialHintItem: String { "F2 basis" }
    var ratingKeysHelp: [String] {
        ["one digit is one rating of the question (the table's, or each participant's in turn)",
         "take the table's last rating of the question back", "the next question", "back to the post-its"]
    }
    var materialKeysHelp: [String] { ["close the basis", "scroll"] }
}
