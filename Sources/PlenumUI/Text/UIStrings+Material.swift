import PlenumCore

/// The texts of a block's material (the survey, the helper text) and its evaluation (ratings), in
/// Danish and English.
extension UIStrings {
    public var materialTitle: String { da ? "Grundlag" : "Basis" }
    public func materialHeading(_ file: String) -> String { da ? "Grundlag: \(file)" : "Basis: \(file)" }
    public var meanWord: String { da ? "Gennemsnit" : "Mean" }
    public func answersCount(_ n: Int) -> String { da ? Plural.count(n, "svar", "svar") : Plural.count(n, "answer", "answers") }
    public func freeTextAnswers(_ n: Int) -> String {
        da ? "\(Plural.count(n, "svar", "svar")) i fritekst" : "\(Plural.count(n, "free-text answer", "free-text answers"))"
    }
    public func respondents(_ n: Int) -> String { da ? Plural.count(n, "besvarelse", "besvarelser") : Plural.count(n, "response", "responses") }
    public var onStage: String { da ? "(på skærmen)" : "(on the stage)" }
    public var noMaterial: String { da ? "Blokken har intet grundlag (material i planen)." : "The block has no basis (material in the plan)." }
    public var materialHint: String { da ? "↑↓ rul · F2 eller Esc tilbage" : "↑↓ scroll · F2 or Esc back" }

    // The evaluation
    public var ratingWord: String { da ? "bedømmelse" : "rating" }
    public func ratingLabel(_ question: String, scale: Int) -> String { "★ \(question) 1–\(scale)" }
    public func ratingTypeHint(scale: Int) -> String {
        da ? "tast 1–\(scale) (ét tal pr. deltager) · ⌫ fortryd · Enter næste spørgsmål"
           : "type 1–\(scale) (one digit a participant) · ⌫ undo · Enter next question"
    }
    public func ratingSaved(_ question: String, _ value: Int, total: Int) -> String {
        da ? "✓ \(question): \(value) gemt (\(total) i alt)" : "✓ \(question): \(value) saved (\(total) in all)"
    }
    public func ratingNotSaved(_ reason: String) -> String {
        da ? "IKKE GEMT: \(reason). Tast bedømmelsen igen." : "NOT SAVED: \(reason). Type the rating again."
    }
    public func ratingWithdrawn(_ value: Int) -> String { da ? "Bedømmelsen \(value) er taget tilbage" : "The rating \(value) was taken back" }
    public func ratingOutOfScale(_ scale: Int) -> String { da ? "Tast et tal fra 1 til \(scale)." : "Type a digit from 1 to \(scale)." }
    public var noRatingHere: String { da ? "Blokken beder ikke om bedømmelser." : "This block asks for no ratings." }
    public func ratingSummary(_ tally: RatingTally) -> String {
        let mean = tally.mean.map { (da ? " · gns. " : " · mean ") + $0.materialText(language) } ?? ""
        return answersCount(tally.total) + mean
    }
    public var evaluationWord: String { da ? "Evaluering" : "Evaluation" }
    public var notesRatingHelp: String {
        da ? "★ Bedømmelse: Tab til spørgsmålet, ét tal (1–5) pr. bedømmelse, Backspace tager den sidste tilbage, Enter: næste. F2: blokkens grundlag."
           : "★ Ratings: Tab to the question, one digit (1–5) a rating, Backspace takes the last back, Enter: next. F2: the block's basis."
    }
}
