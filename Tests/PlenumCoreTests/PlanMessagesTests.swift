import Testing
@testable import PlenumCore

/// `plenum check` speaks the plan's language (its `language`, else the one it is loaded with), and
/// keeps `FILE:LINE:COLUMN: error:` as it is, so editors and scripts read the place alike.
@Suite struct PlanMessagesTests {
    static let danishTypo = """
        language = "da"
        title = "Borgermøde"
        strat = "09:00"

        [[blocks]]
        title = "Velkomst"
        kind = "plenum"
        minutes = 10
        """

    @Test func aDanishPlanHearsItsErrorsInDanishWithTheirPlace() {
        let outcome = PlanLoader.load(text: Self.danishTypo, defaultLanguage: .en)
        let lines = outcome.diagnostics.map { $0.formatted(file: "plan.toml") }
        #expect(lines.contains("plan.toml:3:1: error: ukendt nøgle `strat` i planen; mente du `start`?"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("plan.toml: error: planen har ingen `start`") }, "\(lines)")
    }

    @Test func anEnglishPlanKeepsItsEnglish() {
        let text = Self.danishTypo.replacingOccurrences(of: "language = \"da\"", with: "language = \"en\"")
        let lines = PlanLoader.load(text: text, defaultLanguage: .da).diagnostics.map { $0.formatted(file: "plan.toml") }
        #expect(lines.contains("plan.toml:3:1: error: unknown key `strat` in the plan; did you mean `start`?"), "\(lines)")
    }

    @Test func withoutALanguageThePlanIsReadInTheOneItIsLoadedWith() {
        let text = Self.danishTypo.replacingOccurrences(of: "language = \"da\"\n", with: "")
        let lines = PlanLoader.load(text: text, defaultLanguage: .da).diagnostics.map { $0.formatted(file: "p.toml") }
        #expect(lines.contains("p.toml:2:1: error: ukendt nøgle `strat` i planen; mente du `start`?"), "\(lines)")
    }

    @Test func aSyntaxErrorInADanishPlanIsDanish() {
        let text = "language = \"da\"\ntitle = \"Borgermøde\nstart = \"09:00\"\n"
        let diagnostic = PlanLoader.load(text: text, defaultLanguage: .en).diagnostics.first
        let line = diagnostic?.formatted(file: "plan.toml") ?? ""
        #expect(line.hasPrefix("plan.toml:2:") && line.contains(": error: dette er ikke gyldig TOML: "), "\(line)")
        #expect(line.contains("en tekst i anførselstegn skal slutte på samme linje"), "\(line)")
    }

    @Test func bytesThatAreNoPlanAreRefusedInTheLanguageAsked() {
        let nul = Array("language = \"da\"\ntitle = \"a\u{0}\"\n".utf8)
        let line = PlanLoader.load(nul, defaultLanguage: .en).diagnostics.first?.formatted(file: "p.toml") ?? ""
        #expect(line == "p.toml:2:11: error: filen indeholder en NUL-byte; en plan skal være ren tekst", "\(line)")
        let empty = PlanLoader.load(Array("  \n".utf8), defaultLanguage: .da).diagnostics.first?.message ?? ""
        #expect(empty.hasPrefix("filen er tom"))
    }
}
