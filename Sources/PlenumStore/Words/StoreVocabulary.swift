import PlenumCore

/// The sentences of a session file that cannot be opened or written, in one language.
protocol StoreVocabulary: Sendable {
    func notFound(_ path: String) -> String
    func notASession(_ path: String) -> String
    func newerVersion(_ path: String, _ version: Int) -> String
    func damaged(_ path: String, _ reason: String) -> String
    func cannotWrite(_ path: String, _ reason: String) -> String
    func cannotOpen(_ path: String, _ reason: String) -> String
    func exists(_ path: String) -> String
    /// A reason in this language (one from the system or SQLite passes as it came).
    func reason(_ reason: StoreReason) -> String
}

extension Language {
    /// The store's sentences in this language.
    var store: any StoreVocabulary {
        switch self {
        case .da: DanishStore()
        case .en: EnglishStore()
        }
    }
}
