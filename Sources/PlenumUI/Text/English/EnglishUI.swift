import PlenumCore

/// The screens' words in English; each area's words are an extension in this folder.
struct EnglishUI: UIVocabulary, Sendable {
    var language: Language { .en }
}
