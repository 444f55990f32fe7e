import Foundation
import PlenumCore
import PlenumStore
import Testing

/// `plenum export` as a process: every format, files written whole or not at all, refusals.
@Suite struct ExportCommandTests {
    /// A bootcamp session with post-its from a notetaker at Bord 2.
    static func session() throws -> (folder: String, file: String) {
        let (folder, file) = try NoteCommandTests.session()
        let input = folder + "/in.txt"
        try "Flere cykelstier 🚲\n=1+1 er ikke en formel\n\"Citat\", sagde hun; æøå".write(toFile: input, atomically: true, encoding: .utf8)
        let r = try PlenumProcess.run(["note", file, "--table", "2", "--group", "1", "--name", "Åse Referent"], in: folder, stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        return (folder, file)
    }

    @Test func everyFormatToAFileAndToStandardOutput() throws {
        let (folder, file) = try Self.session()
        for format in ["md", "html", "csv", "json", "ics"] {
            let out = try PlenumProcess.run(["export", file, "--format", format, "-o", "day.\(format)"], in: folder)
            #expect(out.status == 0 && out.stdout.isEmpty, "\(format): \(out.stderr)")
            let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder + "/day.\(format)")), as: UTF8.self)
            let printed = try PlenumProcess.run(["export", file, "--format", format], in: folder)
            #expect(printed.status == 0)
            if format != "json" { #expect(printed.stdout == written, "\(format) the same both ways") }
            #expect(written.contains(format == "ics" ? "3 post-its" : "cykelstier"), "\(format) has the post-its")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    /// A Danish day's csv is separated by `;` (a Danish Excel's list separator), so Python reads it
    /// with that delimiter; a cell with `;` in it is quoted and stays one cell.
    @Test func theCSVOpensInPythonsReaderWithÆØÅIntact() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return }
        let (folder, file) = try Self.session()
        let out = try PlenumProcess.run(["export", file, "--format", "csv", "-o", "p.csv", "--anonymous"], in: folder)
        #expect(out.status == 0, "\(out.stderr)")
        let script = folder + "/read.py"
        try """
            import csv, json, sys
            with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                print(json.dumps(list(csv.reader(f, delimiter=";")), ensure_ascii=False))
            """.write(toFile: script, atomically: true, encoding: .utf8)
        let read = try PlenumProcess.runTool("/usr/bin/python3", [script, folder + "/p.csv"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(read.utf8)) as? [[String]])
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { $0.count == CSVExport.header.count }, "every row in its columns")
        #expect(rows[1][4] == "Flere cykelstier 🚲")
        #expect(rows[2][4] == "'=1+1 er ikke en formel")
        #expect(rows[3][4] == "\"Citat\", sagde hun; æøå")
        #expect(rows.dropFirst().allSatisfy { $0[5].isEmpty }, "anonymous: no author")
    }

    @Test func refusalsAreOneSentenceAndWriteNothing() throws {
        let (folder, file) = try Self.session()
        let unknown = try PlenumProcess.run(["export", file, "--format", "pdf"], in: folder)
        #expect(unknown.status == 2 && unknown.stderr == "plenum: \"pdf\" is not a value for --format; choose md, html, csv, json or ics\n",
                "\(unknown.stderr)")
        let noFolder = try PlenumProcess.run(["export", file, "--format", "md", "-o", "missing/day.md"], in: folder)
        // The session is Danish, and so are its refusals.
        #expect(noFolder.status == 2 && noFolder.stderr.hasPrefix("plenum: kan ikke skrive missing/day.md: mappen ")
                && noFolder.stderr.hasSuffix("/missing findes ikke\n"),
                "\(noFolder.stderr)")
        try FileManager.default.createDirectory(atPath: folder + "/adir", withIntermediateDirectories: false)
        let isFolder = try PlenumProcess.run(["export", file, "--format", "md", "-o", "adir"], in: folder)
        #expect(isFolder.status == 2 && isFolder.stderr.contains("det er en mappe"), "\(isFolder.stderr)")
        try "not a session".write(toFile: folder + "/bad.plenum", atomically: true, encoding: .utf8)
        let damaged = try PlenumProcess.run(["export", "bad.plenum", "--format", "md", "-o", "x.md"], in: folder)
        #expect(damaged.status == 2 && damaged.stderr.hasPrefix("plenum: "))
        #expect(!FileManager.default.fileExists(atPath: folder + "/x.md"))
        // An existing file stays as it was when the export is refused.
        try "old".write(toFile: folder + "/keep.md", atomically: true, encoding: .utf8)
        _ = try PlenumProcess.run(["export", "bad.plenum", "--format", "md", "-o", "keep.md"], in: folder)
        #expect(try String(contentsOfFile: folder + "/keep.md", encoding: .utf8) == "old")
    }

    /// A disk that is full (here: a file size limit of one block): one sentence, exit 2, no file and
    /// no temporary file left behind, the session as it was.
    @Test func aFullDiskWritesNothingHalf() throws {
        let (folder, file) = try Self.session()
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        let r = try Spawn.run("/bin/sh", ["-c", "ulimit -f 1; exec '\(PlenumProcess.binary)' export \(file) --format html -o day.html"],
                              in: folder, environment: env)
        #expect(r.status == 2, "\(String(decoding: r.stderr, as: UTF8.self))")
        let said = String(decoding: r.stderr, as: UTF8.self)
        #expect(said.hasPrefix("plenum: ") && (said.contains("full") || said.contains("file size limit")), "\(said)")
        #expect(!said.contains("damaged"))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("day.html") }
        #expect(left.isEmpty, "\(left)")
    }
}
