/// The catalogs of words plenum's core writes, one type per language and area.
///
/// Each area has its protocol of words (`ReportVocabulary`, `ExportVocabulary`, `ProcessVocabulary`,
/// `ImportVocabulary`, `MessageVocabulary`); a language is one type per area in its folder
/// (`Words/Danish`, `Words/English`), so the compiler refuses a language that misses a word and a third
/// language is one new folder of the same files. Call sites keep their names: `language.report.kind(…)`.
public typealias ReportWords = any ReportVocabulary
/// The words of `plenum export` md, html and ics in one language.
public typealias ExportWords = any ExportVocabulary
/// The words of the process timeline in one language.
public typealias ProcessWords = any ProcessVocabulary
/// The sentences of an imported plan's top comment in one language.
typealias ImportWords = any ImportVocabulary

extension Language {
    /// The words of plan reports in this language.
    public var report: ReportWords {
        switch self {
        case .da: DanishReport()
        case .en: EnglishReport()
        }
    }
    /// The words of exports in this language.
    public var export: ExportWords {
        switch self {
        case .da: DanishExport()
        case .en: EnglishExport()
        }
    }
    /// The words of the process timeline in this language.
    public var process: ProcessWords {
        switch self {
        case .da: DanishProcess()
        case .en: EnglishProcess()
        }
    }
    /// The words of an imported plan's comment in this language.
    var imported: ImportWords {
        switch self {
        case .da: DanishImport()
        case .en: EnglishImport()
        }
    }
}

/// Report words in Danish (its words are in `Report+Danish.swift`).
struct DanishReport: Sendable { var language: Language { .da } }
/// Report words in English.
struct EnglishReport: Sendable { var language: Language { .en } }
/// Export words in Danish.
struct DanishExport: Sendable { var language: Language { .da } }
/// Export words in English.
struct EnglishExport: Sendable { var language: Language { .en } }
/// Process words in Danish.
struct DanishProcess: Sendable { var language: Language { .da } }
/// Process words in English.
struct EnglishProcess: Sendable { var language: Language { .en } }
/// Import words in Danish.
struct DanishImport: Sendable { var language: Language { .da } }
/// Import words in English.
struct EnglishImport: Sendable { var language: Language { .en } }
