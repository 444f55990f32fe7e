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
    /// The reasons plenum itself gives (in English, as the store writes them) in this language.
    var reasons: [String: String] { get }
}

extension StoreVocabulary {
    /// A reason in this language: one plenum wrote is translated, one from the system passes as it is.
    func reason(_ english: String) -> String { reasons[english] ?? english }
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
