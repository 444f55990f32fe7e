import PlenumCore

/// The screens' words in Danish; each area's words are an extension in this folder.
struct DanishUI: UIVocabulary, Sendable {
    var language: Language { .da }
}
