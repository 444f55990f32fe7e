import Foundation
import PlenumCore
import Testing

/// Kill -9 at random moments, 50 times each, on a session file and on the PostgreSQL server: a
/// notetaker's process appending post-its, and a console in the middle of writing facts. Every
/// post-it the process said was saved is kept, none twice, and the session opens every time.
@Suite(.serialized) struct CrashTests {
    @Test func fiftyKilledNotetakersLoseNothingAcknowledged() throws {
        let (folder, file) = try NoteCommandTests.session()
        try killNotetakers(on: file, in: folder)
    }

    /// The same on a session kept on the PostgreSQL server (.ci/run starts one): each notetaker
    /// connects, appends over the network and is killed; the server has every post-it a notetaker
    /// said was saved, none twice.
    @Test(.enabled(if: ServerForTests.url != nil || ServerForTests.isRequired, ServerForTests.skipReason))
    func fiftyKilledNotetakersOnAServerLoseNothingAcknowledged() throws {
        let (folder, file) = try NoteCommandTests.session()
        let url = try ServerForTests.freshSession()
        let copied = try PlenumProcess.run(["copy", file, url], in: folder, environment: ServerForTests.environment)
        #expect(copied.status == 0, "\(copied.stderr)")
        try killNotetakers(on: url, in: folder)
    }

    /// Fifty notetakers on `file` (a path or a URL), each killed after a random number of saves.
    func killNotetakers(on file: String, in folder: String) throws {
        var rng = SplitMix64(seed: 20261123)
        var acknowledged: [String] = []
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        for round in 0..<50 {
            let lines = (0..<120).map { "runde \(round) post-it \($0) æøå 🚲" }
            let input = folder + "/in-\(round).txt"
            try lines.joined(separator: "\n").write(toFile: input, atomically: true, encoding: .utf8)
            var child = try Spawn.start(PlenumProcess.binary, ["note", file, "--table", "\(1 + round % 4)", "--progress"],
                                        in: folder, environment: env, stdin: input)
            // Kill after a random number of acknowledgements (sometimes before the first, sometimes
            // after a random pause that lands in the middle of a commit).
            let wanted = Int(rng.next() % 100)
            var saved = 0
            while saved < wanted, let line = child.nextLine() {
                guard line.hasPrefix("saved ") else { break }
                saved = Int(line.dropFirst(6)) ?? saved
            }
            if rng.next() % 2 == 0 { usleep(UInt32(rng.next() % 3000)) }
            let status = child.kill(SIGKILL)
            #expect(status == 128 + SIGKILL || status == 0, "round \(round) ended with \(status)")
            acknowledged += lines.prefix(saved)
        }
        let postIts = try NoteCommandTests.exportedPostIts(folder, file)
        let texts = postIts.compactMap { $0["text"] as? String }
        let present = Set(texts)
        let missing = acknowledged.filter { !present.contains($0) }
        #expect(missing.isEmpty, "acknowledged but missing: \(missing.prefix(5))")
        #expect(texts.count == present.count, "no post-it twice")
        #expect(Set(postIts.compactMap { $0["id"] as? String }).count == postIts.count)
        #expect(acknowledged.count > 500, "the kills landed all over: \(acknowledged.count) acknowledged")
    }

    @Test func aConsoleKilledWhileWritingFactsResumesWithEveryShownChange() throws {
        let folder = try PlenumProcess.temporaryFolder()
        try killConsoles(on: folder + "/console.plenum", in: folder)
    }

    /// The same with the session on the PostgreSQL server: every change the console showed was
    /// committed there, and the console started again resumes the day (the plan's survey is kept
    /// in the session, which is not a changed plan).
    @Test(.enabled(if: ServerForTests.url != nil || ServerForTests.isRequired, ServerForTests.skipReason))
    func aConsoleOnAServerKilledWhileWritingFactsResumesWithEveryShownChange() throws {
        let folder = try PlenumProcess.temporaryFolder()
        try killConsoles(on: try ServerForTests.freshSession(), in: folder, environment: ServerForTests.environment)
    }

    /// Fifty consoles on `file` (a path or a URL), each killed after one change it showed and a
    /// burst of keys it may or may not have saved.
    func killConsoles(on file: String, in folder: String, environment: [String: String] = [:]) throws {
        var rng = SplitMix64(seed: 7)
        var minutes = 40
        var acknowledged = (longer: 0, shorter: 0)
        /// The agenda row of the groups block showing `m` minutes (right-aligned in 5 columns).
        func row(_ m: Int) -> String { "Dialog i blandede grupper" + String(repeating: " ", count: 5 - String(m).count) + String(m) }
        for round in 0..<50 {
            let console = try Tmux.start(["run", packageRoot + "/sessions/bootcamp.toml", "--session", file], in: folder,
                                         width: 100, height: 30, environment: environment)
            defer { console.kill() }
            if round == 0 {
                #expect(console.waitFor("Velkomst og dagens formål"))
                try console.send("Space")
                #expect(console.waitFor("Kører"))
                try console.send("n")
            }
            #expect(console.waitFor(row(minutes)), "round \(round) resumes with what was shown: \(console.screen())")
            // One change the screen shows (acknowledged), then a burst it may or may not finish.
            let longer = round % 2 == 0
            try console.send(longer ? "+" : "-")
            #expect(console.waitFor(row(minutes + (longer ? 1 : -1))))
            if longer { acknowledged.longer += 1 } else { acknowledged.shorter += 1 }
            for _ in 0..<Int(rng.next() % 6) { try console.send(["+", "-", "c"][Int(rng.next() % 3)]) }
            let pid = try #require(console.plenumPID())
            kill(pid, SIGKILL)
            // Gone (the long command line may wrap the shell's exit line, so look at the process).
            let gone = eventually { kill(pid, 0) != 0 }
            #expect(gone, "round \(round): the console is gone after kill -9")
            let export = try PlenumProcess.run(["export", file, "--format", "json"], in: folder)
            #expect(export.status == 0, "the file opens after kill -9: \(export.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
            let events = try #require(json["events"] as? [[String: Any]])
            let extended = events.filter { $0["type"] as? String == "extended" }.compactMap { $0["minutes"] as? Int }
            #expect(extended.filter { $0 > 0 }.count >= acknowledged.longer && extended.filter { $0 < 0 }.count >= acknowledged.shorter,
                    "every change the screen showed is in the file")
            let blocks = try #require(json["blocks"] as? [[String: Any]])
            minutes = try #require(blocks[1]["minutes"] as? Int)
        }
    }
}
