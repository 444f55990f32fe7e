import Foundation
import Testing
@testable import PlenumCore

/// The exports of one fixed session (Danish, emoji, quotes, `<script>`, a leading `=`) against
/// golden files (`Exports/golden.*`, rewritten with PLENUM_RECORD=1), read back by a CSV and an
/// iCalendar reader, and without a single name when anonymous.
@Suite struct ExportTests {
    static let plan = """
        title = "Borgermøde på Ærø: \\"Fremtiden\\" & <havnen>"
        start = "09:00"
        end = "12:00"
        language = "da"
        venue = "Ærøskøbing Rådhus; sal 2"
        kinds = ["pointe", "mulighed"]
        people = [
          { name = "Anne Vang", segment = "POL" },
          { name = "Bo Lund", segment = "BOR" },
          { name = "Camilla Hansen", segment = "BOR" },
          { name = "Karsten Juul", role = "facilitator", table = "Bord 1" },
        ]
        [segments]
        POL = "Politikere"
        BOR = "Borgere"
        [tables]
        count = 2
        groups = 2

        [[blocks]]
        title = "Velkomst"
        kind = "plenum"
        minutes = 15

        [[blocks]]
        title = "Dialog i grupper"
        kind = "groups"
        formation = "mixed"
        minutes = 40
        cards = ["Hvad virker i dag?", "Hvad skal vi gøre i morgen?"]
        card_minutes = 20

        [[blocks]]
        title = "Kaffe"
        kind = "break"
        minutes = 15

        [[blocks]]
        title = "Opsamling"
        kind = "plenum"
        present = "tables"
        minutes = 30
        """

    /// The session: a welcome that ran over, a groups block with post-its, votes, themes and quick
    /// wins, a skipped break, and the last block running.
    static func session() throws -> SessionDriver {
        var d = try SessionDriver(plan, at: "09:00")
        d.at("09:02"); d.perform(.startOrPause)
        d.at("09:20"); d.perform(.next)
        let notes: [(String, String, Int, String, String, String)] = [
            ("a1", "Bord 1", 1, "pointe", "Færgen sejler for sjældent 😀", "referent1"),
            ("a2", "Bord 1", 1, "mulighed", "=SUM(A1:A9) er ikke en formel", "referent1"),
            ("a3", "Bord 1", 2, "pointe", "Vi vil have \"rigtige\" cykelstier, tak", "referent1"),
            ("a4", "Bord 2", 1, "mulighed", "<script>alert('x')</script> i en post-it", "Anne Vang"),
            ("a5", "Bord 2", 2, "pointe", "- en linje, der ligner en liste; med semikolon", "referent2"),
            ("a6", "Bord 2", 2, "mulighed", "Æblemost fra Ærø på havnen | 1. maj", "referent2"),
        ]
        for (k, (id, table, group, kind, text, author)) in notes.enumerated() {
            d.at("09:\(25 + k)")
            d.record([.postItAdded(PostItDraft(id: id, block: "p2", table: table, group: group, kind: kind, text: text, author: author))])
        }
        d.record([.postItAdded(PostItDraft(id: "a7", block: "p2", table: "Bord 2", group: 1, kind: "pointe", text: "Fjernet", author: "x")),
                  .postItDeleted(id: "a7")])
        d.record([.voted(id: "a1", delta: 1), .voted(id: "a1", delta: 1), .voted(id: "a6", delta: 1), .voted(id: "a3", delta: 1),
                  .voted(id: "a3", delta: -1), .themed(id: "a1", theme: "Transport"), .themed(id: "a3", theme: "Cykler"),
                  .themeRenamed(from: "Cykler", to: "Transport"), .themed(id: "a6", theme: "Havnen"),
                  .quickWinMarked(id: "a6", on: true), .quickWinMarked(id: "a2", on: true), .quickWinMarked(id: "a2", on: false),
                  .attendanceMarked(name: "Camilla Hansen", status: .absent),
                  .walkInAdded(name: "Dorte Walk-in", segment: "BOR"), .plenumMarked(id: "a1", on: true)])
        d.at("10:05"); d.perform(.start("p4"))
        d.at("10:09"); d.perform(.movePresenter(by: 1))
        return d
    }

    static func render(_ format: ExportFormat, anonymous: Bool = false) throws -> String {
        let d = try session()
        var now = d.now
        now.addTimeInterval(600)
        return format.render(state: d.state, entries: d.journal, clock: d.clock,
                             createdAt: d.clock.date(ClockTime(hour: 8, minute: 30)), now: now, anonymous: anonymous)
    }

    @Test(arguments: ExportFormat.allCases) func matchesItsGoldenFile(_ format: ExportFormat) throws {
        let text = try Self.render(format)
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Exports/golden.\(format.fileExtension)")
        if ProcessInfo.processInfo.environment["PLENUM_RECORD"] == "1" {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        #expect(text == expected, "export \(format) differs from \(file.lastPathComponent):\n\(text)")
    }

    @Test func theMinutesListEachPresenterPlannedAndActual() throws {
        let md = try Self.render(.md)
        #expect(md.contains("**Fremlæggelser**"))
        #expect(md.contains("| Bord 1 | 15 min | 4 min |") && md.contains("| Bord 2 | 15 min | 10 min |"), "\(md)")
        let html = try Self.render(.html)
        #expect(html.contains("<td><bdi>Bord 1</bdi></td><td>15 min</td><td>4 min</td>"))
    }

    @Test func aSkippedBlocksQuestionsAreNotInTheMinutes() throws {
        var d = try SessionDriver(Self.plan, at: "09:00")
        d.at("09:02"); d.perform(.startOrPause)
        d.at("09:20"); d.perform(.start("p3"))  // The dialog is skipped.
        d.at("09:30"); d.perform(.endDay)
        let md = ExportFormat.md.render(state: d.state, entries: d.journal, clock: d.clock, createdAt: d.now, now: d.now, anonymous: false)
        #expect(!md.contains("Hvad virker i dag?"), "\(md)")
        #expect(!md.contains("Ingen post-its"))
        #expect(md.contains("sprunget over"))
    }

    @Test func everyPostItIsInEveryReportAndEscapedForIt() throws {
        let md = try Self.render(.md), html = try Self.render(.html)
        #expect(md.contains("\\<script\\>alert('x')\\</script\\> i en post-it"))
        #expect(md.contains("\\- en linje, der ligner en liste; med semikolon"))
        #expect(md.contains("Æblemost fra Ærø på havnen \\| 1. maj"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; i en post-it"))
        #expect(html.contains("Vi vil have &quot;rigtige&quot; cykelstier, tak"))
        #expect(!html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""), "nothing from the network")
        for text in ["Færgen sejler for sjældent 😀", "cykelstier", "=SUM(A1:A9)", "Æblemost"] {
            #expect(md.contains(text) || md.contains(MarkdownExport.escape(text)), "\(text) in md")
            #expect(html.contains(HTMLExport.escape(text)), "\(text) in html")
        }
        #expect(!md.contains("Fjernet") && !html.contains("Fjernet"), "removed post-its stay out")
        #expect(md.contains("Deltagere: 3 (Politikere 1, Borgere 2)"))
    }

    @Test func theCSVReadsBackCellForCell() throws {
        let csv = try Self.render(.csv)
        #expect(csv.hasPrefix("\u{FEFF}"))
        #expect(csv.hasPrefix("\u{FEFF}block;table;group;"), "a Danish day's cells are separated by ; as a Danish Excel expects")
        let rows = CSVReader.rows(String(csv.dropFirst()), separator: ";")
        #expect(rows.first == CSVExport.header)
        #expect(rows.count == 7)
        let formula = try #require(rows.first { $0[4].contains("SUM") })
        #expect(formula[4] == "'=SUM(A1:A9) er ikke en formel")
        let list = try #require(rows.first { $0[4].contains("linje") })
        #expect(list[4] == "'- en linje, der ligner en liste; med semikolon")
        let quoted = try #require(rows.first { $0[4].contains("cykelstier") })
        #expect(quoted[4] == "Vi vil have \"rigtige\" cykelstier, tak" && quoted[8] == "Transport")
        let win = try #require(rows.first { $0[4].hasPrefix("Æblemost") })
        #expect(win[7] == "1" && win[9] == "yes" && win[1] == "Bord 2" && win[2] == "2")
    }

    @Test func theCalendarReadsBackEventForEvent() throws {
        let ics = try Self.render(.ics)
        #expect(ics.contains("\r\n") && !ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        for line in ics.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "folded: \(line)") }
        let events = ICSReader.events(ics)
        #expect(events.count == 4)
        #expect(events.map { $0["SUMMARY"] } == ["Velkomst", "Dialog i grupper", "Kaffe", "Opsamling"])
        #expect(events[0]["DTSTART"] == "20260312T080200Z" && events[0]["DTEND"] == "20260312T082000Z")
        #expect(events[2]["STATUS"] == "CANCELLED")
        #expect(events[0]["LOCATION"] == "Ærøskøbing Rådhus; sal 2")
        #expect(Set(events.compactMap { $0["UID"] }).count == 4)
        #expect(try Self.render(.ics) == ics, "the same session gives the same UIDs")
    }

    @Test(arguments: ExportFormat.allCases) func anonymousNamesNobody(_ format: ExportFormat) throws {
        let text = try Self.render(format, anonymous: true)
        for name in ["Anne Vang", "Bo Lund", "Camilla Hansen", "Karsten Juul", "Dorte Walk-in", "referent1", "referent2", "\"test\""] {
            #expect(!text.contains(name), "\(name) in anonymous \(format)")
        }
        #expect(text.contains("Færgen") || format == .ics)
    }
}

/// The export read back with plenum's own CSV reader (the one material files are read with),
/// with the separator the export uses for its language.
extension CSVReader {
    static func rows(_ text: String, separator: Character = ",") -> [[String]] {
        (try? read(text, separator: separator, language: .en).get().rows.map { $0.map(\.text) }) ?? []
    }
}

/// An iCalendar reader: unfolds lines, splits properties, unescapes text; one dictionary per event.
enum ICSReader {
    static func events(_ text: String) -> [[String: String]] {
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        var events: [[String: String]] = []
        var current: [String: String]?
        for line in unfolded.components(separatedBy: "\r\n") where !line.isEmpty {
            if line == "BEGIN:VEVENT" { current = [:]; continue }
            if line == "END:VEVENT", let event = current { events.append(event); current = nil; continue }
            guard current != nil, let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon]).components(separatedBy: ";")[0]
            current?[key] = unescape(String(line[line.index(after: colon)...]))
        }
        return events
    }

    static func unescape(_ value: String) -> String {
        var out = "", escaping = false
        for c in value {
            if escaping {
                out.append(c == "n" || c == "N" ? "\n" : c)
                escaping = false
            } else if c == "\\" { escaping = true } else { out.append(c) }
        }
        return out
    }
}
