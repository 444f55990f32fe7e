import Foundation
import Testing
@testable import PlenumCore

/// A block's material: both CSV shapes summarised per segment, a text, and every problem with
/// `plenum check` at its file, line and column; kept in the session's copy of the plan.
@Suite struct MaterialTests {
    let segments = [Segment(key: "BOR", name: "Borgere"), Segment(key: "POL", name: "Politikere")]

    func table(_ text: String, file: String = "svar.csv") throws -> MaterialTable {
        let material = try MaterialReader.read(file: file, text: text, segments: segments, language: .en).get()
        guard case .table(let table) = material.content else { throw MaterialProblems([]) }
        return table
    }

    func problems(_ text: String, file: String = "svar.csv") -> [String] {
        guard case .failure(let problems) = MaterialReader.read(file: file, text: text, segments: segments, language: .en) else { return [] }
        return problems.diagnostics.map { $0.formatted(file: "sessions/plan.toml") }
    }

    @Test func aSurveyExportIsCountedPerSegment() throws {
        let text = "Segment;Tilfreds (1-5);Vigtigst;Kommentar\nBOR;4;Tid;a\nbor;2;Økonomi;b\nPOL;5;Tid;c\nPOL;3,5;Tid;d\nERH;;Tid;\n"
        let t = try table(text)
        #expect(t.segments == ["Borgere", "Politikere", "ERH"])
        #expect(t.respondents == [2, 2, 1])
        let means = t.charts[0]
        #expect(means.measure == .mean && means.title == nil)
        #expect(means.rows == [MaterialChart.Row(label: "Tilfreds (1-5)", values: [3, 4.25, nil])])
        let counts = t.charts[1]
        #expect(counts.title == "Vigtigst" && counts.measure == .count)
        #expect(counts.rows.map(\.label) == ["Tid", "Økonomi"])
        #expect(counts.rows[0].values == [1, 2, 1])
        #expect(counts.fullScale == [2, 2, 1])
        // Four different comments: still counted; more than twelve would be free text.
        #expect(t.charts[2].rows.count == 4)
        let many = "Segment,Kommentar\n" + (1...13).map { "BOR,svar \($0)" }.joined(separator: "\n")
        #expect(try table(many).charts[0].freeTextAnswers == 13)
    }

    @Test func oneRowPerAnswerWithQuestionAndAnswerColumns() throws {
        let text = "respondent,segment,spørgsmål,svar\n1,BOR,Form,4\n1,BOR,Bidrag,Ja\n2,POL,Form,2\n2,POL,Bidrag,Nej\n"
        let t = try table(text)
        #expect(t.respondents == nil)
        #expect(t.charts.map { $0.title } == [nil, "Bidrag"])
        #expect(t.charts[0].rows == [MaterialChart.Row(label: "Form", values: [4, 2])])
    }

    @Test func aSummaryTableAsGiven() throws {
        let t = try table("Spørgsmål;Svar;BOR;POL\nTryghed;Høj;12;3\nTryghed;Lav;2;\nTrafik;God;5;40 %\n")
        #expect(t.segments == ["Borgere", "Politikere"])
        #expect(t.charts.map { $0.title } == ["Tryghed", "Trafik"])
        #expect(t.charts[0].rows[1] == MaterialChart.Row(label: "Lav", values: [2, nil]))
        #expect(t.charts[1].rows[0].values == [5, 40])
        let merged = try table("Spørgsmål;Svar;BOR\nTryghed;Høj;12\n;Lav;2\n")
        #expect(merged.charts.count == 1 && merged.charts[0].rows.map(\.label) == ["Høj", "Lav"])
        let one = try table("Tema,Antal\nSkole,4\nKlima,7\n")
        #expect(one.charts.count == 1 && one.charts[0].title == "Tema" && one.charts[0].rows.count == 2)
    }

    @Test func problemsNameTheFileBesideThePlan() {
        #expect(problems("Spørgsmål;BOR;POL\nTryghed;3;x\nTrafik;høj;2\n") == [
            "sessions/svar.csv:2:11: error: \"x\" is not a number; the columns after \"Spørgsmål\" hold numbers per segment",
            "sessions/svar.csv:3:8: error: \"høj\" is not a number; the columns after \"Spørgsmål\" hold numbers per segment"])
        #expect(problems("Segment;A\nBOR;1;2\n") == ["sessions/svar.csv:2:7: error: this row has 3 fields; the header (line 1) has 2"])
        #expect(problems("Segment;A\n") == ["sessions/svar.csv:1:1: error: the file has a header but no rows"])
        #expect(problems("Tema\nSkole\n") == [
            "sessions/svar.csv:1:1: error: a summary table needs a column of numbers after its labels (one per segment), or a `segment` column when each row is one answer"])
        #expect(problems(" \n", file: "ark.md") == ["sessions/ark.md: error: the file is empty"])
    }

    @Test func aTextIsKeptAsWritten() throws {
        let m = try MaterialReader.read(file: "ark.md", text: "\u{FEFF}# Hjælpeark\r\n- Én ting\r\n", language: .da).get()
        #expect(m.content == .text("# Hjælpeark\n- Én ting\n"))
    }

    static let plan = """
        title = "Dag"
        start = "09:00"

        [segments]
        BOR = "Borgere"

        [[blocks]]
        title = "Surveyen"
        kind = "plenum"
        minutes = 15
        material = "svar.csv"

        [[blocks]]
        title = "Evaluering"
        kind = "plenum"
        minutes = 15
        rate = ["Dagens form", "Udbytte"]
        scale = 4
        """

    @Test func checkReadsTheFilesAndTheSessionKeepsThem() throws {
        #expect(PlanLoader.materialFiles(in: Self.plan) == ["svar.csv"])
        let files: MaterialFiles = ["svar.csv": .text("Segment;Form\nBOR;4\n")]
        let loaded = try #require(PlanLoader.load(text: Self.plan, defaultLanguage: .da, materials: files).plan)
        #expect(loaded.blocks[0].materialFile == "svar.csv")
        #expect(loaded.blocks[1].rate == ["Dagens form", "Udbytte"] && loaded.blocks[1].scale == 4)
        guard case .table(let t)? = loaded.blocks[0].material?.content else { Issue.record("no table"); return }
        #expect(t.segments == ["Borgere"])
        // The session's copy holds the text: it loads with no files at all, to the same material.
        let kept = PlanLoader.text(Self.plan, holding: [("svar.csv", "Segment;Form\nBOR;4\n")])
        #expect(PlanLoader.materialFiles(in: kept).isEmpty)
        let again = try #require(PlanLoader.load(text: kept, defaultLanguage: .da).plan)
        #expect(again.blocks[0].material == loaded.blocks[0].material)
        // A plan loaded without looking for the files has the name, not the material, and no error.
        let unread = PlanLoader.load(text: Self.plan, defaultLanguage: .da)
        #expect(unread.plan?.blocks[0].material == nil && unread.diagnostics.isEmpty)
    }

    @Test func thePlansExportCarriesEveryBlocksBasisInEveryFormat() throws {
        let files: MaterialFiles = ["svar.csv": .text("Segment;Form\nBOR;4\nBOR;2\n")]
        let plan = try #require(PlanLoader.load(text: Self.plan, defaultLanguage: .da, materials: files).plan)
        let clock = SessionClock(day: PlanDate(year: 2026, month: 3, day: 12), timeZone: TimeZone(identifier: "Europe/Copenhagen")!)
        let midnight = clock.date(ClockTime(minutes: 0))
        func export(_ format: ExportFormat) -> String {
            format.render(state: SessionState(plan: plan), entries: [], clock: clock, createdAt: midnight, now: midnight, anonymous: false)
        }
        let md = export(.md)
        #expect(md.contains("## 1. Surveyen\n\n**Grundlag: svar.csv**"), "\(md)")
        #expect(md.contains("| Gennemsnit | Borgere |\n|---|---:|\n| Form | 3 |"))
        #expect(!md.contains("## 2. Evaluering"), "no ratings yet: the evaluation block has nothing to say")
        #expect(!md.contains("_Ingen post-its"), "before the day no post-its are missing")
        let html = export(.html)
        #expect(html.contains("<h4><bdi>Grundlag: svar.csv</bdi></h4>") && html.contains("<th><bdi>Borgere</bdi></th>"), "\(html)")
        #expect(export(.json).contains("\"material\""))
    }

    @Test func checkErrorsAtTheKeyOrInTheFile() {
        func check(_ text: String, _ files: MaterialFiles) -> [String] {
            PlanLoader.load(text: text, defaultLanguage: .en, materials: files).diagnostics.map { $0.formatted(file: "p.toml") }
        }
        #expect(check(Self.plan, ["svar.csv": .unreadable(.missing(shown: nil))]) == [
            "p.toml:11:12: error: `material` of block 1 \"Surveyen\": cannot read svar.csv: there is no such file beside the plan"])
        #expect(check(Self.plan, ["svar.csv": .text("Segment;Form\nBOR\n")]) == [
            "svar.csv:2:1: error: this row has 1 field; the header (line 1) has 2"])
        let bad = Self.plan.replacingOccurrences(of: "scale = 4", with: "scale = 10")
            .replacingOccurrences(of: "material = \"svar.csv\"", with: "material = \"/etc/passwd\"")
        #expect(check(bad, [:]) == [
            "p.toml:11:12: error: `material` of block 1 \"Surveyen\" must be a file beside the plan, named relative to the plan's folder: material = \"survey.csv\"",
            "p.toml:18:9: error: `scale` of block 2 \"Evaluering\" is 10; at most 9 (a rating is typed as one digit)"])
        let many = Self.plan.replacingOccurrences(of: "rate = [\"Dagens form\", \"Udbytte\"]",
                                                  with: "rate = [" + (1...11).map { "\"Q\($0)\"" }.joined(separator: ", ") + "]")
        #expect(check(many, ["svar.csv": .text("Segment;Form\nBOR;4\n")]) == [
            "p.toml:17:8: error: `rate` of block 2 \"Evaluering\" has 11 questions; at most 10 are allowed"])
        let twice = Self.plan.replacingOccurrences(of: "\"Udbytte\"", with: "\"Dagens form\"")
        #expect(check(twice, ["svar.csv": .text("Segment;Form\nBOR;4\n")]) == [
            "p.toml:17:8: error: `rate` of block 2 \"Evaluering\" asks the same question twice"])
        let onBreak = "title = \"D\"\nstart = \"09:00\"\n[[blocks]]\ntitle = \"P\"\nkind = \"break\"\nminutes = 5\nrate = [\"A\"]\n"
        #expect(check(onBreak, [:]) == ["p.toml:7:1: error: `rate` is for \"plenum\" or \"groups\" blocks; block 1 \"P\" is a break block"])
        let lonely = Self.plan.replacingOccurrences(of: "rate = [\"Dagens form\", \"Udbytte\"]", with: "")
        #expect(check(lonely, ["svar.csv": .text("Segment;Form\nBOR;4\n")]) == [
            "p.toml:18:9: warning: `scale` of block 2 \"Evaluering\" has no `rate` questions to use it"])
        let big = String(repeating: "x", count: MaterialReader.maximumTotalBytes + 1)
        #expect(check(Self.plan, ["svar.csv": .text(big)]).first?.contains("more than 2 MB together") == true)
    }
}
