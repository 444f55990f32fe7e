import Foundation
import PlenumCore
import PlenumStore
import Testing

/// The session file under faults, each followed by open, export and a count of what was
/// acknowledged: a kill at every write of a checkpoint (strace's fault injection), a disk that
/// fills during a checkpoint (a small tmpfs), and a copy alone on read-only media.
@Suite(.serialized) struct SessionFileFaultTests {
    static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Long post-its (so that a checkpoint has many pages to write), each line unique.
    static func input(_ folder: String, lines: Int) throws -> (path: String, lines: [String]) {
        let texts = (0..<lines).map { "linje \($0) " + String(repeating: "lange tanker om cykelstier æøå ", count: 14) + "slut" }
        let path = folder + "/input-\(lines).txt"
        try texts.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return (path, texts)
    }

    /// Runs `plenum note FILE --table 1 --progress < input` under strace, tracing the writes into
    /// the main file (not the -wal): with `killAt`, SIGKILL at that write. The `saved N` it printed,
    /// the strace log and how it ended.
    static func note(_ folder: String, _ file: String, input: String, killAt: Int?) throws -> (saved: Int, log: String, status: Int32) {
        let strace = try #require(Self.strace, "strace is needed (.ci/run installs it)")
        let log = folder + "/strace.log"
        var arguments = ["-f", "-o", log, "-P", folder + "/" + file, "-e", "trace=pwrite64"]
        if let killAt { arguments += ["-e", "inject=pwrite64:signal=SIGKILL:when=\(killAt)"] }
        arguments += [PlenumProcess.binary, "note", file, "--table", "1", "--progress"]
        let r = try Spawn.run(strace, arguments, in: folder, environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"], stdin: input)
        let saved = String(decoding: r.stdout, as: UTF8.self).split(separator: "\n")
            .compactMap { $0.hasPrefix("saved ") ? Int($0.dropFirst(6)) : nil }.max() ?? 0
        return (saved, (try? String(contentsOfFile: log, encoding: .utf8)) ?? "", r.status)
    }

    /// The main file is shorter than its header says: a checkpoint was cut off after page 1.
    static func cutOffMidCheckpoint(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path), data.count >= 100 else { return false }
        let pages = data[28..<32].reduce(0) { $0 << 8 | Int($1) }
        let pageSize = Int(data[16]) << 8 | Int(data[17])
        return data.count < pages * pageSize
    }

    /// Every acknowledged line is in the export, once.
    static func expectAcknowledged(_ acknowledged: [String], in folder: String, _ file: String, _ what: String) throws {
        let export = try PlenumProcess.run(["export", file, "--format", "json"], in: folder)
        try #require(export.status == 0, "\(what): the file opens and exports: \(export.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let texts = try #require(json["postits"] as? [[String: Any]]).compactMap { $0["text"] as? String }
        let present = Set(texts)
        #expect(acknowledged.allSatisfy(present.contains), "\(what): \(acknowledged.filter { !present.contains($0) }.count) acknowledged post-its missing")
        #expect(present.count == texts.count, "\(what): no post-it twice")
    }

    @Test(.enabled(if: strace != nil)) func aKillAtEveryWriteOfACheckpointLosesNothing() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let (input, lines) = try Self.input(folder, lines: 40)
        // The checkpoint when the last connection closes copies the WAL into the main file: count its writes.
        let (dry, _) = try NoteCommandTests.session()
        try FileManager.default.moveItem(atPath: dry + "/s.plenum", toPath: folder + "/dry.plenum")
        let dryRun = try Self.note(folder, "dry.plenum", input: input, killAt: nil)
        #expect(dryRun.saved == 40)
        let writes = dryRun.log.components(separatedBy: "pwrite64(").count - 1
        #expect(writes >= 5, "the checkpoint writes several pages: \(writes)")
        var cutOff = 0
        for write in 1...writes {
            let file = "kill-\(write).plenum"
            let (fresh, _) = try NoteCommandTests.session()
            try FileManager.default.moveItem(atPath: fresh + "/s.plenum", toPath: folder + "/" + file)
            let run = try Self.note(folder, file, input: input, killAt: write)
            #expect(run.status == 128 + SIGKILL, "killed at write \(write) of the checkpoint (ended \(run.status))")
            #expect(run.saved == 40, "every line was acknowledged before the checkpoint")
            if Self.cutOffMidCheckpoint(folder + "/" + file) { cutOff += 1 }
            try Self.expectAcknowledged(Array(lines.prefix(run.saved)), in: folder, file, "killed at write \(write)")
        }
        #expect(cutOff > 0, "some kills left the main file shorter than its header says")
    }

    @Test(.enabled(if: strace != nil)) func aKillDuringACheckpointWhileWritingLosesNothing() throws {
        // The case: the checkpoint SQLite runs by itself once the WAL holds 1000 pages.
        let (folder, file) = try NoteCommandTests.session()
        let (input, lines) = try Self.input(folder, lines: 600)
        let run = try Self.note(folder, file, input: input, killAt: 3)
        #expect(run.status == 128 + SIGKILL)
        #expect(run.saved > 100 && run.saved < 600, "killed in the middle of writing: \(run.saved) saved")
        #expect(Self.cutOffMidCheckpoint(folder + "/" + file))
        try Self.expectAcknowledged(Array(lines.prefix(run.saved)), in: folder, file, "killed mid-checkpoint")
        // Notetakers carry on in it.
        let more = folder + "/more.txt"
        try "efter nedbruddet\nog videre".write(toFile: more, atomically: true, encoding: .utf8)
        let next = try PlenumProcess.run(["note", file, "--table", "2"], in: folder, stdin: more)
        #expect(next.status == 0, "\(next.stderr)")
        try Self.expectAcknowledged(Array(lines.prefix(run.saved)) + ["efter nedbruddet", "og videre"], in: folder, file,
                                    "written on after the kill")
    }

    @Test(.enabled(if: getuid() == 0)) func aDiskThatFillsDuringACheckpointLosesNothing() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let disk = try Mount.tmpfs(folder + "/disk", megabytes: 5)
        defer { Mount.unmount(disk) }
        let (made, _) = try NoteCommandTests.session()
        try FileManager.default.copyItem(atPath: made + "/s.plenum", toPath: disk + "/s.plenum")
        let (input, lines) = try Self.input(folder, lines: 3000)
        let env = ["LANG": "C.UTF-8"]
        let r = try Spawn.run(PlenumProcess.binary, ["note", "s.plenum", "--table", "1", "--progress"], in: disk, environment: env, stdin: input)
        let stderr = String(decoding: r.stderr, as: UTF8.self)
        // The session is Danish, so the store's refusal is too, whatever the terminal's LANG.
        #expect(r.status == 2 && stderr.contains("disken er fuld"), "\(stderr)")
        let saved = String(decoding: r.stdout, as: UTF8.self).split(separator: "\n")
            .compactMap { $0.hasPrefix("saved ") ? Int($0.dropFirst(6)) : nil }.max() ?? 0
        #expect(saved > 500, "\(saved) saved before the disk was full")
        #expect(Self.cutOffMidCheckpoint(disk + "/s.plenum"), "the checkpoint could not finish")
        try Self.expectAcknowledged(Array(lines.prefix(saved)), in: disk, "s.plenum", "the disk is full")
    }

    @Test(.enabled(if: getuid() == 0)) func aSessionAloneOnReadOnlyMediaCanBeExportedAndReviewed() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let media = try Mount.tmpfs(folder + "/usb", megabytes: 5)
        defer { Mount.unmount(media) }
        let (made, file) = try ExportCommandTests.session()
        // Copied by a child process: a file this test process opened for writing could be
        // inherited by a child another test forks meanwhile, and the remount would find it busy.
        let copied = try Spawn.run("/bin/cp", [made + "/" + file, media + "/dag.plenum"], environment: ProcessInfo.processInfo.environment)
        try #require(copied.status == 0, "cp: \(String(decoding: copied.stderr, as: UTF8.self))")
        #expect(!FileManager.default.fileExists(atPath: media + "/dag.plenum-wal"), "the file is alone")
        try Mount.readOnly(media)
        let export = try PlenumProcess.run(["export", media + "/dag.plenum", "--format", "csv"], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("Flere cykelstier"))
        let review = try Tmux.start(["review", media + "/dag.plenum"], in: folder, width: 120, height: 30)
        defer { review.kill() }
        #expect(review.waitFor("Velkomst og dagens formål", seconds: 60))
        try review.send("Enter")
        #expect(review.waitFor("Flere cykelstier", seconds: 60))
        try review.send("Escape")
        try review.send("q")
        #expect(review.waitFor("PLENUM-EXIT=0", seconds: 60))
    }
}

/// Mounting small file systems for the tests that need a full or read-only disk (as root).
enum Mount {
    /// A new folder `path` with a tmpfs of `megabytes` on it; its path.
    static func tmpfs(_ path: String, megabytes: Int) throws -> String {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let r = try Spawn.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(megabytes)m", "tmpfs", path],
                              environment: ProcessInfo.processInfo.environment)
        try #require(r.status == 0, "mount: \(String(decoding: r.stderr, as: UTF8.self))")
        return path
    }

    static func readOnly(_ path: String) throws {
        let r = try Spawn.run("/bin/mount", ["-o", "remount,ro", path], environment: ProcessInfo.processInfo.environment)
        try #require(r.status == 0, "remount: \(String(decoding: r.stderr, as: UTF8.self))")
    }

    static func unmount(_ path: String) {
        _ = try? Spawn.run("/bin/umount", ["-l", path], environment: ProcessInfo.processInfo.environment)
    }
}
