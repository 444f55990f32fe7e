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
    var notesRatingHelp: String {
        "★ Bedømmelse: Tab til spørgsmålet, ét tal (1–5) pr. bedømmelse, Backspace tager den sidste tilbage, Enter: næste. F2: blokkens grundlag."
    }
    var ratingHintItem: String { "Tab ★ bedøm" }
    var materialHintItem: String { "F2 grundlag" }
    var ratingKeysHelp: [String] {
        ["ét tal er én bedømmelse af spørgsmålet (bordets, eller hver deltagers på skift)",
         "tag bordets sidste bedømmelse af spørgsmålet tilbage", "næste spørgsmål", "tilbage til post-its"]
    }
    var materialKeysHelp: [String] { ["luk grundlaget", "rul"] }
}
