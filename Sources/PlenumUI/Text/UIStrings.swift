import PlenumCore

/// Every text the screens show, in one language: the catalog of that language's words.
///
/// Each area of the screens has its protocol of words (`ConsoleWords`, `NotesWords`, …, under
/// `Text/Words`); a language is one type that has them all (`DanishUI` under `Text/Danish`,
/// `EnglishUI` under `Text/English`), so the compiler refuses a language that misses a word, and
/// a third language is one new folder of the same files. Logic shared by all languages (which
/// hints fit, the report's words) lives in the protocols' extensions.
public protocol UIVocabulary: ConsoleWords, GroupsWords, NotesWords, PresenterWords, ReviewWords, ServerWords,
                              SessionWords, TrackWords, UndoWords, PriorityWords, CommandWords, MaterialWords,
                              ArgumentWords {
    /// The language these words are in.
    var language: Language { get }
}

/// The words the screens are given: one language's catalog.
public typealias UIStrings = any UIVocabulary

extension UIVocabulary {
    /// The words of plan reports (kinds, durations, dates) in the same language.
    public var report: ReportWords { language.report }
}

extension Language {
    /// The screens' words in this language.
    public var ui: UIStrings {
        switch self {
        case .da: DanishUI()
        case .en: EnglishUI()
        }
    }
}
