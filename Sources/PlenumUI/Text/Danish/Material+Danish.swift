import PlenumCore

/// The texts of a block's material and its evaluation: in Danish.
extension DanishUI: MaterialWords {
    var meanAbbreviation: String { "gns." }
    func answersCount(_ n: Int) -> String { Plural.count(n, "svar", "svar") }
    var noMaterial: String { "Blokken har intet grundlag (material i planen)." }
    var materialHint: String { "↑↓ rul · F2 eller Esc tilbage" }
    var onStage: String { "(på skærmen)" }
    func ratingTypeHint(scale: Int) -> String { "tast 1–\(scale) (ét tal pr. deltager) · ⌫ fortryd · Enter næste spørgsmål" }
    func ratingSaved(_ question: String, _ value: Int, total: Int) -> String { "✓ \(question): \(value) gemt (\(total) i alt)" }
    func ratingWithdrawn(_ value: Int) -> String { "Bedømmelsen \(value) er taget tilbage" }
    func ratingOutOfScale(_ scale: Int) -> String { "Tast et tal fra 1 til \(scale)." }
    func ratingNotSaved(_ reason: String) -> String { "IKKE GEMT: \(reason). Tast bedømmelsen igen." }
    var noRatingHere: String { "Blokken beder ikke om bedømmelser." }
    var ratingHintItem: String { "Tab ★ bedøm" }
    var materialHintItem: String { "F2 grundlag" }
}
