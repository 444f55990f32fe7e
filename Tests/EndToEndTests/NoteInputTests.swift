import Foundation
import PlenumCore
import PlenumStore
import Testing

/// Notes piped in are saved line by line as they arrive, standard input is read with a bound, and
/// a notetaker or stage started before the console made the file waits for it.
@Suite(.serialized) struct NoteInputTests {
    static func texts(_ folder: String, _ file: String) -> [String] {
        guard let export = try? PlenumProcess.run(["export", file, "--format", "json"], in: folder), export.status == 0,
              let json = try? JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any],
              let postIts = json["postits"] as? [[String: Any]] else { return [] }
        return postIts.compactMap { $0["text"] as? String }
    }

    static func write(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
    }

    @Test func eachPipedLineIsInTheFileAsSoonAsItArrives() throws {
        let (folder, file) = try NoteCommandTests.session()
        let fifo = folder + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        // Opened for writing first (read-write never blocks on Linux): posix_spawn waits for the
        // child, and the child's open of the FIFO would otherwise wait for a writer.
        let pipe = open(fifo, O_RDWR | O_CLOEXEC)
        try #require(pipe >= 0)
        var child = try Spawn.start(PlenumProcess.binary, ["note", file, "--table", "1", "--progress"], in: folder,
                                    environment: ["LANG": "C.UTF-8"], stdin: fifo)
        Self.write(pipe, "første tanke æøå\n")
        #expect(eventually { Self.texts(folder, file) == ["første tanke æøå"] },
                "the first line is saved while the pipe is still open")
        Self.write(pipe, "anden tanke\n")
        #expect(eventually { Self.texts(folder, file).count == 2 })
        close(pipe)
        var lines: [String] = []
        while let line = child.nextLine(timeout: 60_000) { lines.append(line) }
        #expect(Spawn.waitFor(child.pid) == 0)
        #expect(lines.prefix(2) == ["saved 1", "saved 2"])
        #expect(Self.texts(folder, file) == ["første tanke æøå", "anden tanke"])
    }

    @Test func standardInputWithoutLinesOfTextIsOneSentence() throws {
        let (folder, file) = try NoteCommandTests.session()
        let zero = try PlenumProcess.run(["note", file, "--table", "1"], in: folder, stdin: "/dev/zero")
        #expect(zero.status == 2)
        #expect(zero.stderr == "plenum: standard input is not text (line 1 holds a zero byte); post-its are read as lines of text\n")
        let long = folder + "/long.txt"
        try ("en god linje\n" + String(repeating: "x", count: 3 << 20)).write(toFile: long, atomically: true, encoding: .utf8)
        let endless = try PlenumProcess.run(["note", file, "--table", "1"], in: folder, stdin: long)
        #expect(endless.status == 2)
        #expect(endless.stderr == "plenum: 1 post-it gemt, derefter: line 2 of standard input runs over 1 MB without a line break; post-its are read as lines of text\n")
        #expect(Self.texts(folder, file) == ["en god linje"])
        let agenda = try PlenumProcess.run(["import", "-"], in: folder, stdin: "/dev/zero")
        #expect(agenda.status == 2 && agenda.stderr.contains("over 2 MB"), "\(agenda.stderr)")
    }

    @Test func aPipedNotetakerStartedBeforeTheFileWaitsForIt() throws {
        let (made, _) = try NoteCommandTests.session()
        let folder = try PlenumProcess.temporaryFolder()
        let input = folder + "/in.txt"
        try "tidligt ude\n".write(toFile: input, atomically: true, encoding: .utf8)
        var child = try Spawn.start(PlenumProcess.binary, ["note", "sessions/dag.plenum", "--table", "1", "--progress"],
                                    in: folder, environment: ["LANG": "C.UTF-8"], stdin: input)
        try FileManager.default.createDirectory(atPath: folder + "/sessions", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: made + "/s.plenum", toPath: folder + "/sessions/dag.plenum")
        #expect(child.nextLine(timeout: 60_000) == "saved 1")
        while child.nextLine(timeout: 60_000) != nil {}
        #expect(Spawn.waitFor(child.pid) == 0)
        #expect(Self.texts(folder, "sessions/dag.plenum") == ["tidligt ude"])
        // A file that is there but is not a session is refused at once.
        FileManager.default.createFile(atPath: folder + "/noter.plenum", contents: Data())
        let refused = try PlenumProcess.run(["note", "noter.plenum", "--table", "1"], in: folder)
        #expect(refused.status == 2 && refused.stderr == "plenum: noter.plenum is not a plenum session file; it was left as it was\n")
    }

    @Test func aStageAndANotetakerStartedBeforeTheConsoleWaitForTheFile() throws {
        let (made, _) = try NoteCommandTests.session()
        let folder = try PlenumProcess.temporaryFolder()
        let stage = try Tmux.start(["stage", "sessions/dag.plenum"], in: folder)
        defer { stage.kill() }
        let notes = try Tmux.start(["note", "sessions/dag.plenum", "--lang", "da"], in: folder)
        defer { notes.kill() }
        #expect(stage.waitFor("Waiting for the session file", seconds: 60))
        #expect(stage.waitFor("q quits"))
        #expect(notes.waitFor("Venter på sessionsfilen", seconds: 60))
        try FileManager.default.createDirectory(atPath: folder + "/sessions", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: made + "/s.plenum", toPath: folder + "/sessions/dag.plenum")
        #expect(stage.waitFor("Velkomst og dagens formål", seconds: 60), "the stage follows the session once it is there")
        #expect(notes.waitFor("Bord 1", seconds: 60), "the notetaker picks a table")
        // q while waiting quits.
        let early = try Tmux.start(["stage", "ingen.plenum"], in: folder)
        defer { early.kill() }
        #expect(early.waitFor("Waiting for the session file", seconds: 60))
        try early.send("q")
        #expect(early.waitFor("PLENUM-EXIT=0", seconds: 60))
    }
}
