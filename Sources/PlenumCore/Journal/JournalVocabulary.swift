/// Why a stored fact cannot be read, in one language: the reasons a damaged session file gives.
public protocol JournalVocabulary: Sendable {
    /// What is wrong with one fact ("no `text`").
    func flaw(_ flaw: FactCoding.Flaw) -> String
    /// "fact 17 (postItAdded) cannot be read: no `text`"; `kind` when the file's type is legible.
    func unreadableFact(_ seq: Int64, kind: String?, _ flaw: FactCoding.Flaw) -> String
    /// "fact 30 is missing", "facts 8 to 9 are missing".
    func missingFacts(_ numbers: ClosedRange<Int64>) -> String
}

extension Language {
    /// Why stored facts cannot be read, in this language.
    public var journal: any JournalVocabulary {
        switch self {
        case .da: DanishJournal()
        case .en: EnglishJournal()
        }
    }
}

/// Journal words in Danish.
struct DanishJournal: Sendable {}
/// Journal words in English.
struct EnglishJournal: Sendable {}
