import Foundation
import Testing

/// The real binary in a real terminal (tmux): keys, kill -9 and resume, resize, terminals without
/// colour, signals, several terminals on one session.
@Suite(.serialized) struct ConsoleInTmuxTests {
    @Test func theDemoRunsAndResumesAfterKillMinusNine() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let console = try Tmux.start(["demo"], in: folder)
        defer { console.kill() }
        #expect(console.waitFor("Tryk mellemrum for at starte dagen"))
        try console.send("Space")
        #expect(console.waitFor("Kører"))
        try console.send("n")
        #expect(console.waitFor("Blok 2 af 14"))
        try console.send("c")
        #expect(console.waitFor("Kort 2 af 4"))
        try console.send("+")
        #expect(console.waitFor("Dialog i blandede grupper   41"))
        let pid = try #require(console.plenumPID())
        kill(pid, SIGKILL)
        #expect(console.waitFor("PLENUM-EXIT=137"))
        let file = try #require(console.sessionFile())
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder + "/sessions")[.posixPermissions] as? Int
        let fileMode = try FileManager.default.attributesOfItem(atPath: folder + "/" + file)[.posixPermissions] as? Int
        #expect(folderMode == 0o700 && fileMode == 0o600, "sessions folder and file are private")
        let resumed = try Tmux.start(["run", "no-plan-needed.toml", "--session", file], in: folder)
        defer { resumed.kill() }
        #expect(resumed.waitFor("Kort 2 af 4"), "resumes where the day stands")
        #expect(resumed.waitFor("Dialog i blandede grupper   41"))
        let stage = try Tmux.start(["stage", file], in: folder, width: 80, height: 24)
        defer { stage.kill() }
        #expect(stage.waitFor("Hvor oplever I, at samarbejdet mellem borgere og kommune knirker?"))
        // The big digits reach the terminal as reverse-video spaces (a byte a cell), never as █.
        #expect(stage.styledScreen().contains("\u{1B}[7m"), "reverse video on the stage")
        #expect(!stage.screen().contains("█"))
    }

    @Test func resizeToTooSmallAndBack() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let console = try Tmux.start(["demo", "--lang", "en"], in: folder)
        defer { console.kill() }
        #expect(console.waitFor("Press Space to start the day"))
        try console.resize(width: 50, height: 12)
        #expect(console.waitFor("The terminal is too small"))
        try console.resize(width: 120, height: 40)
        #expect(console.waitFor("Press Space to start the day"))
        try console.send("q")
        #expect(console.waitFor("PLENUM-EXIT=0"))
    }

    @Test(arguments: [["TERM": "vt100"], ["TERM": "screen"], ["NO_COLOR": "1"]])
    func worksWithoutColour(_ environment: [String: String]) throws {
        let folder = try PlenumProcess.temporaryFolder()
        let console = try Tmux.start(["demo"], in: folder, environment: environment)
        defer { console.kill() }
        #expect(console.waitFor("Velkomst og dagens formål"))
        try console.send("Space")
        #expect(console.waitFor("Kører"))
        try console.send("q")
        #expect(console.waitFor("PLENUM-EXIT=0"))
    }

    @Test(arguments: [SIGTERM, SIGHUP]) func aSignalRestoresTheTerminal(_ signal: Int32) throws {
        let folder = try PlenumProcess.temporaryFolder()
        let console = try Tmux.start(["demo"], in: folder)
        defer { console.kill() }
        #expect(console.waitFor("Velkomst og dagens formål"))
        let pid = try #require(console.plenumPID())
        kill(pid, signal)
        #expect(console.waitFor("Sessionen er gemt i sessions/"), "the normal exit path ran")
        #expect(console.waitFor("PLENUM-EXIT=0"))
    }

    @Test func aClosedTerminalEndsPlenum() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let console = try Tmux.start(["demo"], in: folder)
        #expect(console.waitFor("Velkomst og dagens formål"))
        let pid = try #require(console.plenumPID())
        console.kill()
        let ended = eventually {
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            return stat.isEmpty || stat.contains(") Z ")
        }
        #expect(ended, "plenum went on after its terminal was gone")
    }

    @Test func twoConsolesAndAStageFollowOneSession() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let first = try Tmux.start(["demo"], in: folder)
        defer { first.kill() }
        #expect(first.waitFor("Velkomst og dagens formål"))
        let file = try #require(first.sessionFile())
        let second = try Tmux.start(["run", "unused.toml", "--session", file], in: folder)
        defer { second.kill() }
        let stage = try Tmux.start(["stage", file], in: folder, width: 80, height: 24)
        defer { stage.kill() }
        #expect(second.waitFor("Ikke startet"))
        try first.send("Space")
        #expect(second.waitFor("Kører"))
        #expect(stage.waitFor("Velkomst og dagens formål"))
        try second.send("n")
        #expect(first.waitFor("Blok 2 af 14"))
        #expect(stage.waitFor("Dialog i blandede grupper"))
        try first.send("q")
        try second.send("q")
        #expect(first.waitFor("PLENUM-EXIT=0") && second.waitFor("PLENUM-EXIT=0"))
        let export = try PlenumProcess.run(["export", file, "--format", "json"], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        #expect(blocks.count == 14)
        #expect(blocks[0]["actual_start"] is String && blocks[0]["actual_end"] is String)
        #expect(blocks[1]["actual_end"] is NSNull)
        let events = try #require(json["events"] as? [[String: Any]])
        // The groups block's start fixes its groups in the same write.
        #expect(events.map { $0["type"] as? String } == ["dayStarted", "blockStarted", "blockStarted", "groupsFormed"])
        #expect(events[2]["block"] as? String == "p2" && events[3]["block"] as? String == "p2")
        #expect((events[3]["groups"] as? [[String: Any]])?.count == 8)
    }
}
