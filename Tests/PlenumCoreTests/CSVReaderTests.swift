import Foundation
import Testing
@testable import PlenumCore

/// The CSV reader against what spreadsheets and Python's csv module write: separators, quotes,
/// a BOM, CRLF, line breaks in fields, and every problem at its line and column.
@Suite struct CSVReaderTests {
    func rows(_ text: String) throws -> [[String]] {
        try CSVReader.read(text, language: .en).get().rows.map { $0.map(\.text) }
    }

    func problem(_ text: String) -> String {
        switch CSVReader.read(text, language: .en) {
        case .success: return "no problem"
        case .failure(let d): return (d.position.map { "\($0.line):\($0.column): " } ?? "") + d.message
        }
    }

    @Test func danishExcelWithABomSemicolonsAndCRLF() throws {
        let text = "\u{FEFF}Segment;Svar;Kommentar\r\nBOR;4;\"Måske; senere\"\r\nPOL;3,5;\"Hun sagde \"\"ja\"\"\"\r\n"
        let table = try CSVReader.read(text, language: .en).get()
        #expect(table.separator == ";")
        #expect(table.rows.map { $0.map(\.text) } == [["Segment", "Svar", "Kommentar"], ["BOR", "4", "Måske; senere"],
                                                     ["POL", "3,5", "Hun sagde \"ja\""]])
        #expect(table.rows[2][2].position == SourcePosition(line: 3, column: 9))
    }

    @Test func commasTabsAndLineBreaksInsideQuotes() throws {
        #expect(try rows("a,b\n1,\"to\nlinjer\"\n") == [["a", "b"], ["1", "to\nlinjer"]])
        #expect(try rows("a\tb\r\n1\t2") == [["a", "b"], ["1", "2"]])
        // The first line decides: more semicolons than commas.
        #expect(try rows("a;b,c\n1;2,5") == [["a", "b,c"], ["1", "2,5"]])
        // Empty lines and lines of separators only (Excel writes them under a table) are left out.
        #expect(try rows("a;b\n\n1;2\n;\n") == [["a", "b"], ["1", "2"]])
    }

    @Test func problemsAtTheirLineAndColumn() {
        #expect(problem("a;b;c\n1;2;3\n4;5\n") == "3:3: this row has 2 fields; the header (line 1) has 3")
        #expect(problem("a;b\n1;2;3\n") == "2:5: this row has 3 fields; the header (line 1) has 2")
        #expect(problem("a;b\n1;\"open\n") == "2:3: a quote opened here is never closed")
        #expect(problem("a;b\n1;\"x\"y\n") == "2:6: text after a closing quote; a quote inside a quoted field is written twice (\"\")")
        #expect(problem("") == "the file is empty; a CSV file needs a header line and rows")
        let wide = (0...CSVReader.maximumColumns).map { "k\($0)" }.joined(separator: ";")
        #expect(problem(wide).hasPrefix("1:"))
        #expect(problem("a\n" + String(repeating: "x", count: CSVReader.maximumField + 1)).contains("longer than 1000 characters"))
    }

    /// Files written by Python's csv module in every dialect a survey tool uses read back as written.
    @Test func whatPythonsCsvModuleWritesReadsBack() throws {
        let folder = NSTemporaryDirectory() + "plenum-csv-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = #"""
            import csv, json, sys
            rows = [["Segment", "Spørgsmål", "Svar"],
                    ["BOR", "Hvad er vigtigst; og hvorfor?", "Samarbejde, tillid"],
                    ["POL", "Citat", 'Hun sagde "ja"'],
                    ["ERH", "To linjer", "første\nanden"],
                    ["MED", "会議", " mellemrum "]]
            for name, sep, enc, end in [("semi-bom-crlf", ";", "utf-8-sig", "\r\n"), ("comma-lf", ",", "utf-8", "\n"),
                                        ("tab-crlf", "\t", "utf-8", "\r\n")]:
                with open(sys.argv[1] + "/" + name + ".csv", "w", encoding=enc, newline="") as f:
                    csv.writer(f, delimiter=sep, lineterminator=end, quoting=csv.QUOTE_MINIMAL).writerows(rows)
            with open(sys.argv[1] + "/all-quoted.csv", "w", encoding="utf-8", newline="") as f:
                csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL).writerows(rows)
            json.dump(rows, open(sys.argv[1] + "/rows.json", "w"))
            """#
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script, folder]
        try python.run()
        python.waitUntilExit()
        try #require(python.terminationStatus == 0)
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/rows.json"))) as? [[String]]
        for name in ["semi-bom-crlf", "comma-lf", "tab-crlf", "all-quoted"] {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/\(name).csv")))
            guard case .text(let text) = MaterialReader.decode(bytes) else { Issue.record("\(name) unreadable"); continue }
            #expect(try rows(text) == expected, "\(name)")
        }
    }

    @Test func windows1252AsOldDanishExcelSavesIt() {
        // "Kø;Æble" in Windows-1252, with € (0x80) which Latin-1 does not have.
        let bytes: [UInt8] = [0x4B, 0xF8, 0x3B, 0xC6, 0x62, 0x6C, 0x65, 0x0A, 0x80, 0x3B, 0x31]
        #expect(MaterialReader.decode(bytes) == .text("Kø;Æble\n€;1"))
        #expect(MaterialReader.decode([0x61, 0x0A, 0x00]) == .unreadable(.nulByte(line: 2)))
        let big = [UInt8](repeating: 0x61, count: MaterialReader.maximumBytes + 1)
        #expect(MaterialReader.decode(big) == .unreadable(.tooBig(megabytes: 1.0)))
    }
}
