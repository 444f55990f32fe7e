import Foundation
import Testing
@testable import PlenumCore

/// Every sentence `plenum check` says about blocks, values, people, limits, the seed, carried
/// material, the schedule, a process file and an imported agenda is in the file's language, with
/// `FILE:LINE:COLUMN: error:` as it is.
@Suite struct PlanReaderLanguageTests {
    static let broken = """
        language = "da"
        title = "Borgermøde"
        start = "09:00"
        seed = -1

        [tables]
        count = 2

        [[people]]
        name = "Anna"
        segment = "POL"

        [[blocks]]
        title = "Velkomst"
        kind = "grups"
        minutes = 10

        [[blocks]]
        title = "Dialog"
        kind = "plenum"
        minutes = 5000
        cards_from = "dag-1"
        """

    private func lines(_ text: String, _ language: Language = .en) -> [String] {
        PlanLoader.load(text: text, defaultLanguage: language).diagnostics.map { $0.formatted(file: "p.toml") }
    }

    @Test func aDanishPlansMistakesAreDanishWithTheirPlace() {
        let found = lines(Self.broken)
        let expected = [
            "p.toml:4:8: error: `seed` skal være et helt tal på 0 eller mere (et andet tal giver dagen andre grupper), ikke et negativt tal",
            "p.toml:11:11: error: personen \"Anna\" er i segmentet \"POL\", men planen har ingen [segments]",
            "p.toml:15:8: error: `kind` i blok 1 \"Velkomst\" kan ikke være \"grups\"; mente du \"groups\"? "
                + "brug \"plenum\", \"groups\", \"break\", \"rotation\" eller \"tracks\"",
            "p.toml:21:11: error: `minutes` i blok 2 \"Dialog\" er 5000; højst 1440 (en hel dag)",
            "p.toml:22:14: error: `cards_from` i blok 2 \"Dialog\" skal være en tabel: cards_from = { day = \"bootcamp-1\", what = \"quick_wins\" }",
        ]
        for line in expected { #expect(found.contains(line), "\(found)") }
    }

    @Test func theSamePlanInEnglishKeepsItsSentences() {
        let found = lines(Self.broken.replacingOccurrences(of: "language = \"da\"", with: "language = \"en\""), .da)
        #expect(found.contains("p.toml:11:11: error: person \"Anna\" is in segment \"POL\", but the plan has no [segments]"), "\(found)")
        #expect(found.contains("p.toml:21:11: error: `minutes` of block 2 \"Dialog\" is 5000; at most 1440 (a whole day)"), "\(found)")
        #expect(found.contains { $0.hasPrefix("p.toml:15:8: error: unknown kind \"grups\" for block 1 \"Velkomst\"; did you mean \"groups\"?") })
    }

    @Test func theScheduleAndTheDaysLengthSpeakThePlansLanguage() {
        let anchored = """
            language = "da"
            title = "Borgermøde"
            start = "09:00"

            [[blocks]]
            title = "Velkomst"
            kind = "plenum"
            minutes = 10

            [[blocks]]
            title = "Dialog"
            kind = "plenum"
            minutes = 1440
            at = "09:05"
            """
        let found = lines(anchored)
        #expect(found.contains("p.toml:14:6: error: blok 2 \"Dialog\" ligger fast kl. 09:05, men blok 1 \"Velkomst\" før den slutter kl. 09:10: der mangler 5 minutter"), "\(found)")
        #expect(found.contains { $0.contains("error: dagen varer 24 t 5 min fra kl. 09:00; en plan er én dag på højst 24 timer") }, "\(found)")
        let english = lines(anchored.replacingOccurrences(of: "language = \"da\"\n", with: ""))
        #expect(english.contains("p.toml:13:6: error: block 2 \"Dialog\" is fixed at 09:05, but block 1 \"Velkomst\" before it ends at 09:10: 5 minutes missing"), "\(english)")
    }

    @Test func aBlockInATrackIsNamedByItsTitleThenItsTrack() {
        let text = """
            language = "da"
            title = "Borgermøde"
            start = "09:00"

            [[blocks]]
            title = "Spor"
            kind = "tracks"

            [[blocks.tracks]]
            title = "Nord"

            [[blocks.tracks.blocks]]
            title = "Oplæg"
            kind = "plenum"
            minutes = 20
            at = "10:00"
            """
        let found = lines(text)
        #expect(found.contains("p.toml:16:6: error: blok 1 \"Oplæg\" i sporet \"Nord\" ligger i et spor og kan ikke have `at`; giv i stedet blokken med sporene et `at`"), "\(found)")
    }

    @Test func plenumsOwnLimitsOnTOMLAreSaidInThePlansLanguage() {
        let danish = lines("language = \"da\"\ntitle = \"X\"\n[.tables]\n")
        #expect(danish == ["p.toml:3:2: error: dette er ikke gyldig TOML: en tabeloverskrift begynder med et navn, f.eks. [tables] eller [[blocks]]"])
        let english = lines("title = \"X\"\n[.tables]\n")
        #expect(english == ["p.toml:2:2: error: this is not valid TOML: a table header starts with a name, e.g. [tables] or [[blocks]]"])
    }

    @Test func aVoteThatIsNeitherDotsNorRankIsSaidInThePlansLanguage() {
        let text = "language = \"da\"\ntitle = \"X\"\nstart = \"09:00\"\n[[blocks]]\ntitle = \"Prioriter\"\nkind = \"plenum\"\nminutes = 10\nvote = { scope = \"own\" }\n"
        #expect(lines(text).contains("p.toml:8:8: error: `vote` i blok 1 \"Prioriter\" skal have `dots` (prikker at fordele) eller `rank` (en topliste), f.eks. vote = { dots = 3 }"), "\(lines(text))")
        let english = lines(text.replacingOccurrences(of: "\"da\"", with: "\"en\""))
        #expect(english.contains("p.toml:8:8: error: `vote` of block 1 \"Prioriter\" needs `dots` (dots to spread) or `rank` (a top list), e.g. vote = { dots = 3 }"), "\(english)")
    }

    @Test func aDanishProcessFileIsDanish() {
        let text = """
            language = "da"
            title = "Visionsproces"

            [[phases]]
            title = "Forår"
            from = 2019-03-11

            [[days]]
            plan = "dag-1.toml"
            phase = "Forar"
            """
        let found = ProcessLoader.load(text: text, defaultLanguage: .en).diagnostics.map { $0.formatted(file: "f.toml") }
        #expect(found.contains("f.toml:6:8: error: fasen \"Forår\" skal have både `from` og `to` eller ingen af dem"), "\(found)")
        #expect(found.contains("f.toml:10:9: error: dag 1 hører til fasen \"Forar\", som forløbet ikke har; mente du \"Forår\"?"), "\(found)")
        let english = ProcessLoader.load(text: text.replacingOccurrences(of: "\"da\"", with: "\"en\""), defaultLanguage: .da)
        #expect(english.diagnostics.map(\.message).contains("phase \"Forår\" needs both `from` and `to`, or neither"))
    }

    @Test func aDanishAgendasWarningsAreDanish() throws {
        let agenda = try AgendaImport.read("Dagsorden med fejl\n09:00-10:00 Velkomst\n13:00-12:30 Frokost\n14:00-15:00 Afrunding\n").get()
        let said = agenda.warnings.map { $0.formatted(file: "a.txt") }
        #expect(said.contains { $0.hasPrefix("a.txt:3:7: warning: 12:30 ligger før starttiden 13:00; blokken varer i stedet til næste klokkeslæt") }, "\(said)")
        let english = try AgendaImport.read("Agenda of the day\n09:00-10:00 Welcome\n13:00-12:30 Lunch\n14:00-15:00 Closing\n").get()
        #expect(english.warnings.map(\.message).contains("12:30 comes before the start 13:00; the block lasts until the next time instead"),
                "\(english.warnings)")
    }

    /// An agenda whose words tell no language takes the one it is given to fall back on (the
    /// terminal's, from `plenum import`); one whose words tell keeps its own.
    @Test func anAgendaWithoutTellingWordsTakesTheFallbackLanguage() throws {
        let text = "09:00-10:00 Xyzzy\n10:00-11:00 Qwerty\n"
        #expect(try AgendaImport.read(text, fallback: .da).get().language == .da)
        #expect(try AgendaImport.read(text).get().language == .en)
        #expect(try AgendaImport.read("09:00-10:00 Welcome and coffee\n", fallback: .da).get().language == .en)
        #expect(try AgendaImport.read("09:00-10:00 Velkomst og kaffe\n", fallback: .en).get().language == .da)
        guard case .failure(let none) = AgendaImport.read("Xyzzy\n", fallback: .da) else {
            Issue.record("an agenda without times was read")
            return
        }
        #expect(none.message == "fandt ingen klokkeslæt; en dagsorden har linjer som 09:00-09:30 Titel")
    }
}
