import Foundation
import Testing

/// The real binary in tmux on a session kept on a PostgreSQL server (.ci/run starts a private one
/// on loopback and exports PLENUM_TEST_PG_URL): a console and notetakers on their own "laptops".
@Suite(.serialized, .enabled(if: ServerForTests.url != nil || ServerForTests.isRequired, ServerForTests.skipReason))
struct ServerSessionInTmuxTests {
    @Test func aConsoleAndNotetakersOnAURLAndAKilledNotetakerLosesNothing() throws {
        let (folder, url, console) = try ServerForTests.startedDay()
        defer { console.kill() }
        let anne = try Tmux.start(["note", url, "--table", "Red table", "--name", "Anne"], in: folder, width: 80, height: 24,
                                  environment: ServerForTests.environment)
        defer { anne.kill() }
        #expect(anne.waitFor("Red table · Anne"))
        try anne.send("-l", "Reading room with a view 🌊")
        try anne.send("Enter")
        #expect(anne.waitFor("• [insight] Reading room with a view 🌊"))
        try console.send("w")
        #expect(console.waitFor("Reading room with"))

        // Killed right after the screen said saved: the post-it is on the server.
        try anne.send("-l", "Åbent om søndagen")
        try anne.send("Enter")
        #expect(anne.waitFor("• [insight] Åbent om søndagen"))
        let pid = try #require(anne.plenumPID())
        kill(pid, SIGKILL)
        #expect(anne.waitFor("PLENUM-EXIT="))
        #expect(console.waitFor("Åbent om søndagen"))
        let csv = try PlenumProcess.run(["export", url, "--format", "csv"], environment: ServerForTests.environment)
        #expect(csv.status == 0)
        #expect(csv.stdout.components(separatedBy: "Åbent om søndagen").count == 2)
    }

    @Test func aNotetakerStartedBeforeTheConsoleWaitsForTheSessionOnTheServer() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let url = try ServerForTests.freshSession()
        try ServerForTests.copyWorkshop(to: folder)
        let early = try Tmux.start(["note", url, "--table", "Green table", "--name", "Dea"], in: folder, width: 80, height: 24,
                                   environment: ServerForTests.environment)
        defer { early.kill() }
        #expect(early.waitFor("Waiting for the session on the server"))
        let console = try Tmux.start(["run", "workshop.toml", "--session", url], in: folder, environment: ServerForTests.environment)
        defer { console.kill() }
        #expect(console.waitFor("Press Space to start the day"))
        #expect(early.waitFor("Green table · Dea"))
    }

    /// Two notetakers reach the server through a relay that is cut: each keeps the text and says
    /// NOT SAVED. When it is back, Bo presses Enter again and again (as an impatient notetaker
    /// would) and Cai presses nothing: each post-it is saved, by itself for Cai, exactly once.
    @Test func aNotetakerWhoseNetworkDropsKeepsTheTextSaysNotSavedAndSavesItOnceWhenItIsBack() throws {
        let (folder, url, console) = try ServerForTests.startedDay()
        defer { console.kill() }
        var relay = try ServerForTests.Relay()
        defer { relay.stop() }
        let bo = try Tmux.start(["note", relay.url(for: url), "--table", "Red table", "--name", "Bo"], in: folder, width: 80, height: 24,
                                environment: ServerForTests.environment)
        defer { bo.kill() }
        let cai = try Tmux.start(["note", relay.url(for: url), "--table", "Blue table", "--name", "Cai"], in: folder,
                                 width: 80, height: 24, environment: ServerForTests.environment)
        defer { cai.kill() }
        #expect(bo.waitFor("Red table · Bo") && cai.waitFor("Blue table · Cai"))
        relay.stop()
        for (notetaker, text) in [(bo, "Kaffe hele dagen"), (cai, "Frokost ved vandet")] {
            try notetaker.send("-l", text)
            try notetaker.send("Enter")
            #expect(notetaker.waitFor("NOT SAVED – saved by itself once the server answers"))
            #expect(notetaker.screen().contains("› " + text))
        }
        try relay.start()
        var saved = false
        for _ in 0..<20 where !saved {
            try bo.send("Enter")
            saved = bo.waitFor("• [insight] Kaffe hele dagen", seconds: 1.5)
        }
        #expect(saved)
        #expect(cai.waitFor("• [insight] Frokost ved vandet"))
        try console.send("w")
        #expect(console.waitFor("Frokost ved"))
        #expect(console.screen().contains("Kaffe hele"))
        let csv = try PlenumProcess.run(["export", url, "--format", "csv"], environment: ServerForTests.environment)
        #expect(csv.stdout.components(separatedBy: "Kaffe hele dagen").count == 2)
        #expect(csv.stdout.components(separatedBy: "Frokost ved vandet").count == 2)
    }
}

/// The test server: its URL and password from the environment .ci/run sets up.
enum ServerForTests {
    static let url = ProcessInfo.processInfo.environment["PLENUM_TEST_PG_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let isRequired = ProcessInfo.processInfo.environment["CI"] == "true"
    static let skipReason: Comment = "PLENUM_TEST_PG_URL is not set: the PostgreSQL tests are skipped (.ci/run starts a server for them)"
    static let environment = ["PGPASSWORD": ProcessInfo.processInfo.environment["PGPASSWORD"] ?? ""]
    /// The CA that signed the test server's certificate (.ci/test-postgres makes it with openssl).
    static let certificateAuthority = ProcessInfo.processInfo.environment["PLENUM_TEST_PG_CA"].flatMap { $0.isEmpty ? nil : $0 }

    /// A new session's URL on the test server (its tables made first, with `plenum db init`).
    static func freshSession() throws -> String {
        guard let url else { throw SpawnError("PLENUM_TEST_PG_URL is not set, and CI=true needs the server tests to run") }
        let initialised = try PlenumProcess.run(["db", "init", url], environment: environment)
        guard initialised.status == 0 else { throw SpawnError("plenum db init failed: \(initialised.stderr)") }
        return url + "?session=e2e-" + UUID().uuidString.prefix(8).lowercased()
    }

    /// A fresh server session of the workshop plan, its console in tmux and the day started.
    static func startedDay() throws -> (folder: String, url: String, console: Tmux) {
        let folder = try PlenumProcess.temporaryFolder()
        let url = try freshSession()
        try copyWorkshop(to: folder)
        let console = try Tmux.start(["run", "workshop.toml", "--session", url], in: folder, environment: environment)
        guard console.waitFor("Press Space to start the day") else { console.kill(); throw SpawnError("the console did not open") }
        try console.send("Space")
        guard console.waitFor("Running") else { console.kill(); throw SpawnError("the day did not start") }
        return (folder, url, console)
    }

    /// The repository's English workshop plan (three named tables), copied into a test's folder.
    static func copyWorkshop(to folder: String) throws {
        let plan = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("sessions/workshop.toml").path
        try FileManager.default.copyItem(atPath: plan, toPath: folder + "/workshop.toml")
    }

    /// A loopback relay to the test server that can be cut and restored on the same port.
    struct Relay {
        let port: Int
        let target: Int
        private var child: Spawn.Child?

        init() throws {
            let server = try #require(URLComponents(string: ServerForTests.url ?? "")?.port)
            target = server
            // A free port: bound, read, released.
            let probe = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: 0, sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")),
                                      sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(probe, $0, length) } }
            _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(probe, $0, &length) } }
            port = Int(UInt16(bigEndian: address.sin_port))
            close(probe)
            try start()
        }

        mutating func start() throws {
            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Support/tcp_proxy.py").path
            var started = try Spawn.start("/usr/bin/python3", [script, String(port), String(target)],
                                          environment: ProcessInfo.processInfo.environment, stdin: "/dev/null")
            guard started.nextLine(timeout: 20_000) == "ready" else { throw SpawnError("the relay did not start") }
            child = started
        }

        mutating func stop() {
            _ = child?.kill(SIGKILL)
            child = nil
        }

        /// `url` with the relay's port in place of the server's.
        func url(for url: String) -> String {
            url.replacingOccurrences(of: ":\(target)/", with: ":\(port)/")
        }
    }
}

/// A server restarted mid-day, on a private cluster of its own (.ci/test-postgres), so that the
/// other server tests are not disturbed.
@Suite(.serialized, .enabled(if: ServerForTests.url != nil || ServerForTests.isRequired, ServerForTests.skipReason))
struct ServerRestartInTmuxTests {
    @Test func aServerRestartLosesNothingSavedAndEveryTerminalCarriesOn() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".ci/test-postgres").path
        let cluster = folder + "/cluster"
        let started = try Spawn.run("/bin/bash", [script, "start", cluster], environment: ProcessInfo.processInfo.environment)
        defer { _ = try? Spawn.run("/bin/bash", [script, "stop", cluster], environment: ProcessInfo.processInfo.environment) }
        let exports = String(decoding: started.stdout, as: UTF8.self)
        func value(_ name: String) -> String? {
            exports.split(separator: "\n").first { $0.hasPrefix("export \(name)=") }.map { String($0.dropFirst("export \(name)=".count)) }
        }
        let base = try #require(value("PLENUM_TEST_PG_URL"))
        let environment = ["PGPASSWORD": try #require(value("PGPASSWORD"))]
        #expect(try PlenumProcess.run(["db", "init", base], environment: environment).status == 0)
        let url = base + "?session=restart"
        try ServerForTests.copyWorkshop(to: folder)
        let console = try Tmux.start(["run", "workshop.toml", "--session", url], in: folder, environment: environment)
        defer { console.kill() }
        #expect(console.waitFor("Press Space to start the day"))
        try console.send("Space")
        let note = try Tmux.start(["note", url, "--table", "Blue table", "--name", "Cai"], in: folder, width: 80, height: 24,
                                  environment: environment)
        defer { note.kill() }
        #expect(note.waitFor("Blue table · Cai"))
        try note.send("-l", "Før genstarten")
        try note.send("Enter")
        #expect(note.waitFor("• [insight] Før genstarten"))

        let restarted = try Spawn.run("/bin/bash", [script, "restart", cluster], environment: ProcessInfo.processInfo.environment)
        #expect(restarted.status == 0)
        try note.send("-l", "Efter genstarten")
        var saved = false
        for _ in 0..<20 where !saved {
            try note.send("Enter")
            saved = note.waitFor("• [insight] Efter genstarten", seconds: 1.5)
        }
        #expect(saved)
        // The console reconnected by itself and shows both.
        try console.send("w")
        #expect(console.waitFor("Efter genstarten"))
        #expect(console.screen().contains("Før genstarten"))
        let csv = try PlenumProcess.run(["export", url, "--format", "csv"], environment: environment)
        #expect(csv.stdout.components(separatedBy: "Før genstarten").count == 2)
        #expect(csv.stdout.components(separatedBy: "Efter genstarten").count == 2)
    }
}
