import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// One catalog of words per language: each language's catalog is its own type, the compiler refuses
/// one that misses a word (the protocols), and these tests hold that each says its own language.
@Suite struct CatalogTests {
    @Test(arguments: Language.allCases) func everyCatalogIsInItsOwnLanguage(_ language: Language) {
        #expect(language.ui.language == language)
        #expect(language.report.language == language)
        #expect(language.export.language == language)
        #expect(language.process.language == language)
        #expect(language.export.report.language == language)
        #expect(language.ui.report.language == language)
    }

    @Test func theLanguagesDifferWordForWord() {
        let da = Language.da.ui, en = Language.en.ui
        #expect(da.notStarted == "Ikke startet" && en.notStarted == "Not started")
        #expect(da.blockOf(2, 5) == "Blok 2 af 5" && en.blockOf(2, 5) == "Block 2 of 5")
        #expect(Language.da.report.kind(.groups) == "grupper" && Language.en.report.kind(.groups) == "groups")
        #expect(Language.da.export.themes == "Temaer" && Language.en.export.themes == "Themes")
        #expect(da.passwordPrompt("u@h:5432") == "Adgangskode til u@h:5432: " && en.passwordPrompt("u@h:5432") == "Password for u@h:5432: ")
        #expect(da.cannotMakeFolder("s", reason: "r") == "kan ikke oprette mappen s: r")
    }

    @Test func pluralsTakeTheRightForm() {
        #expect(Plural.count(1, "tema", "temaer") == "1 tema")
        #expect(Plural.count(2, "tema", "temaer") == "2 temaer")
        #expect(Plural.count(0, "tema", "temaer") == "0 temaer")
        #expect(Plural.word(1, "Vært", "Værter") == "Vært" && Plural.word(3, "Vært", "Værter") == "Værter")
        #expect(Language.da.report.tables(1, groups: 1) == "1 bord" && Language.da.report.tables(4, groups: 2) == "4 borde à 2 grupper")
        #expect(Language.en.report.tables(1, groups: 1) == "1 table")
        #expect(Language.da.report.role(.notetaker, count: 1) == "Referent" && Language.da.report.role(.participant, count: 2) == "Værter")
        #expect(Language.da.export.votes(1) == "1 prik" && Language.en.export.votes(2) == "2 votes")
        #expect(Language.da.process.days(1) == "1 dag" && Language.da.process.days(3) == "3 dage")
        #expect(Language.da.ui.seatsCount(1) == "1 plads" && Language.en.ui.seatsCount(2) == "2 seats")
    }

    @Test func aDanishSpreadsheetGetsSemicolons() {
        #expect(CSVExport.separator(.da) == ";" && CSVExport.separator(.en) == ",")
        #expect(CSVExport.field("a; b") == "\"a; b\"" && CSVExport.field("a, b") == "\"a, b\"")
        #expect(CSVExport.field("=1+1") == "'=1+1")
    }

    @Test func aMessageTooLongForItsLineEndsAtAWholeWord() {
        let sentence = "Kunne ikke gemme: kan ikke gemme i dag.plenum: disken er fuld"
        #expect(DisplayWidth.truncateAtWord(sentence, to: 80) == sentence)
        #expect(DisplayWidth.truncateAtWord(sentence, to: 30) == "Kunne ikke gemme: kan ikke…")
        #expect(DisplayWidth.truncateAtWord("Fortrudt: +1 min på »Velkomst«", to: 22) == "Fortrudt: +1 min på…")
        #expect(DisplayWidth.truncateAtWord("Overordentligvanskeligt", to: 10) == "Overorden…")
        // A dash left at the end goes with the space before it: "kommune…", not "kommune –…".
        #expect(DisplayWidth.truncateAtWord("Bootcamp: Fremtidens kommune – sammen", to: 32) == "Bootcamp: Fremtidens kommune…")
        #expect(DisplayWidth.of(DisplayWidth.truncateAtWord("Bedre busforbindelse til 会場 og havnen", to: 28)) <= 28)
    }
}
