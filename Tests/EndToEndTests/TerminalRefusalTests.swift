import Foundation
import Testing

/// A terminal curses cannot drive is refused with one sentence (exit 2) before anything is created,
/// and every catchable signal that ends plenum gives the terminal back first.
@Suite(.serialized) struct TerminalRefusalTests {
    /// The demo is Danish, and so is the refusal.
    @Test(arguments: [("unset", "TERM er ikke sat"), ("plenum-no-such-terminal", "er ukendt på denne maskine"),
                      ("dumb", "kan ikke placere tekst på skærmen")])
    func aTerminalCursesCannotDriveIsRefusedBeforeTheSessionFile(_ term: String, _ sentence: String) throws {
        let folder = try PlenumProcess.temporaryFolder()
        let console = term == "unset"
            ? try Tmux.start(["demo"], in: folder, unset: ["TERM"])
            : try Tmux.start(["demo"], in: folder, environment: ["TERM": term])
        defer { console.kill() }
        #expect(console.waitFor("PLENUM-EXIT=2"), "\(console.screen())")
        #expect(console.screen().contains(sentence))
        #expect(console.sessionFile() == nil, "no session file was created")
        let plan = try Tmux.start(["run", packageRoot + "/sessions/dialogmoede.toml"], in: folder, environment: ["TERM": term == "unset" ? "" : term])
        defer { plan.kill() }
        #expect(plan.waitFor("PLENUM-EXIT=2"))
        #expect(console.sessionFile() == nil)
    }

    @Test(arguments: [SIGUSR1, SIGPIPE, SIGUSR2, SIGALRM])
    func aFatalSignalRestoresTheTerminalFirst(_ signal: Int32) throws {
        let folder = try PlenumProcess.temporaryFolder()
        let console = try Tmux.start(["demo", "--lang", "en"], in: folder)
        defer { console.kill() }
        #expect(console.waitFor("Press Space to start the day"))
        #expect(console.pane("#{alternate_on}") == "1", "the console holds the screen")
        let pid = try #require(console.plenumPID())
        kill(pid, signal)
        #expect(console.waitFor("PLENUM-EXIT="), "\(console.screen())")
        #expect(console.pane("#{alternate_on}") == "0", "the terminal is back to normal after signal \(signal)")
    }
}
