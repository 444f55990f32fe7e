import Foundation
import PlenumCore
import PlenumStore
import Testing

/// `plenum note` as a process: refusals, and many notetakers writing one session at once.
@Suite struct NoteCommandTests {
    /// A fresh session of the Danish bootcamp (4 tables of 2 groups) in a new folder.
    static func session() throws -> (folder: String, file: String) {
        let folder = try PlenumProcess.temporaryFolder()
        let plan = try String(contentsOfFile: packageRoot + "/sessions/bootcamp.toml", encoding: .utf8)
        let info = SessionInfo(planSource: plan, planFile: "bootcamp.toml", day: PlanDate(year: 2026, month: 3, day: 12),
                               timeZone: "Europe/Copenhagen", createdAt: Date(), seed: 7)
        _ = try SessionStore.create(at: folder + "/s.plenum", info: info)
        return (folder, "s.plenum")
    }

    @Test func anUnknownTableOrGroupIsOneSentenceNamingTheRealOnes() throws {
        let (folder, file) = try Self.session()
        let unknown = try PlenumProcess.run(["note", file, "--table", "Bord 9"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "plenum: der er intet bord »Bord 9«; bordene er Bord 1, Bord 2, Bord 3, Bord 4\n", "the session's language")
        let group = try PlenumProcess.run(["note", file, "--table", "bord 2", "--group", "3"], in: folder)
        #expect(group.status == 2)
        #expect(group.stderr == "plenum: Bord 2 har 2 grupper; --group skal være 1 til 2\n")
        let noTable = try PlenumProcess.run(["note", file, "--group", "1"], in: folder)
        #expect(noTable.status == 2 && noTable.stderr.contains("--group needs --table"))
        let kind = try PlenumProcess.run(["note", file, "--table", "1", "--kind", "vrøvl"], in: folder)
        #expect(kind.status == 2 && kind.stderr.contains("»vrøvl« er ikke en slags i denne blok"), "a Danish day answers in Danish: \(kind.stderr)")
    }

    @Test func linesFromStandardInputAreSavedOneEach() throws {
        let (folder, file) = try Self.session()
        let input = folder + "/in.txt"
        try "Flere cykelstier 🚲\r\n\r\n  Cafe\u{301} ved havnen \u{1B}[31m\nsidste".write(toFile: input, atomically: true, encoding: .utf8)
        let r = try PlenumProcess.run(["note", file, "--table", "2", "--group", "1", "--name", "Åse"], in: folder, stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("gemte 3 post-its for Bord 2"), "\(r.stdout)")
        let postIts = try Self.exportedPostIts(folder, file)
        #expect(postIts.map { $0["text"] as? String } == ["Flere cykelstier 🚲", "Café ved havnen [31m", "sidste"])
        #expect(postIts.allSatisfy { $0["author"] as? String == "Åse" && $0["group"] as? Int == 1 && $0["block"] as? Int == 0 })
    }

    /// The soak: eight notetakers at once on one file, 500 post-its each, every one its own fsync'ed
    /// commit: every post-it there once, each writer's in order, no writer refused ("database is locked").
    @Test func eightNotetakersAtOnceLoseNothing() throws {
        let (folder, file) = try Self.session()
        let perWriter = 500
        let tables = ["1", "2", "3", "4"]
        var inputs: [(table: String, group: String, path: String)] = []
        for w in 0..<8 {
            let path = folder + "/w\(w).txt"
            let lines = (1...perWriter).map { "skriver \(w) post-it \($0) æøå" }
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
            inputs.append((tables[w % 4], String(1 + w / 4), path))
        }
        let results = ResultBox(count: inputs.count)
        let writers = inputs
        DispatchQueue.concurrentPerform(iterations: writers.count) { w in
            let i = writers[w]
            results.set(w, try? PlenumProcess.run(["note", file, "--table", i.table, "--group", i.group, "--name", "w\(w)"],
                                                   in: folder, stdin: i.path))
        }
        for (w, r) in results.all.enumerated() {
            #expect(r?.status == 0, "writer \(w): \(r?.stderr ?? "did not run")")
        }
        let postIts = try Self.exportedPostIts(folder, file)
        #expect(postIts.count == 8 * perWriter)
        let texts = postIts.compactMap { $0["text"] as? String }
        #expect(Set(texts).count == texts.count, "no post-it twice")
        for w in 0..<8 {
            let mine = texts.filter { $0.hasPrefix("skriver \(w) ") }
            #expect(mine == (1...perWriter).map { "skriver \(w) post-it \($0) æøå" }, "writer \(w) in order")
        }
    }

    /// A disk that fills up (here: a file size limit) stops the saving with a sentence; what was
    /// saved before is there and the file still opens.
    @Test func aFullDiskSaysSoAndKeepsWhatWasSaved() throws {
        let (folder, file) = try Self.session()
        let input = folder + "/many.txt"
        try (1...3000).map { "post-it nummer \($0) med æøå" }.joined(separator: "\n")
            .write(toFile: input, atomically: true, encoding: .utf8)
        let script = "ulimit -f 40; exec '\(PlenumProcess.binary)' note \(file) --table 1 < many.txt"
        let r = try Spawn.run("/bin/bash", ["-c", script], in: folder, environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
        let stderr = String(decoding: r.stderr, as: UTF8.self)
        #expect(r.status == 2, "\(stderr)")
        #expect(stderr.contains("kunne ikke gemmes: kan ikke gemme i s.plenum"), "the store error in the session's language: \(stderr)")
        let saved = Int(stderr.split(separator: " ").dropFirst().first ?? "") ?? -1
        let postIts = try Self.exportedPostIts(folder, file)
        #expect(postIts.count == saved && saved > 0, "every post-it reported saved is in the file")
    }

    static func exportedPostIts(_ folder: String, _ file: String) throws -> [[String: Any]] {
        let export = try PlenumProcess.run(["export", file, "--format", "json"], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        return try #require(json["postits"] as? [[String: Any]])
    }
}

/// Results of processes run on several threads.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [PlenumProcess.Result?]
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: PlenumProcess.Result?) { lock.lock(); results[i] = r; lock.unlock() }
    var all: [PlenumProcess.Result?] { lock.lock(); defer { lock.unlock() }; return results }
}
