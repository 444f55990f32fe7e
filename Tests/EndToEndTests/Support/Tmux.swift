import Foundation

/// A terminal for end-to-end tests: the real `plenum` binary in a tmux session, driven with
/// send-keys and read with capture-pane.
struct Tmux {
    let name: String
    let folder: String

    /// Starts `plenum ARGS` in a new detached tmux session of the given size, in `folder`.
    /// `unset` names variables plenum must not see at all (e.g. TERM).
    static func start(_ arguments: [String], in folder: String, width: Int = 100, height: Int = 30,
                      environment: [String: String] = [:], unset: [String] = []) throws -> Tmux {
        _ = Tmux.server
        let name = "plenum-test-" + UUID().uuidString.prefix(8)
        var env = ["LANG": "C.UTF-8", "TERM": "xterm-256color", "TZ": "Europe/Copenhagen"]
        for (k, v) in environment { env[k] = v }
        for k in unset { env[k] = nil }
        let exports = unset.map { "-u \($0)" }.joined(separator: " ") + " "
            + env.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let command = "cd '\(folder)' && env \(exports) '\(PlenumProcess.binary)' " + arguments.map { "'\($0)'" }.joined(separator: " ")
            + "; echo PLENUM-EXIT=$?; sleep 60"
        // A new session can be refused while the tmux server is still exiting after the last
        // session was killed (the rounds of the crash tests): then it is asked for again.
        for _ in 0..<5 {
            try run(["new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), command], output: false)
            if try succeeds(["has-session", "-t", name]) { break }
            usleep(200_000)
        }
        return Tmux(name: name, folder: folder)
    }

    /// Runs a tmux command. `output: false` for commands that may start the tmux server: it would
    /// inherit a pipe and keep it open, so reading to its end would never finish.
    @discardableResult
    static func run(_ arguments: [String], output: Bool = true) throws -> String {
        let r = try Spawn.run(tmuxPath, ["-L", socket] + arguments, environment: ProcessInfo.processInfo.environment,
                              capture: output)
        return String(decoding: r.stdout, as: UTF8.self)
    }

    /// Whether a tmux command succeeds (exit status 0).
    static func succeeds(_ arguments: [String]) throws -> Bool {
        try Spawn.run(tmuxPath, ["-L", socket] + arguments, environment: ProcessInfo.processInfo.environment,
                      capture: false).status == 0
    }

    /// The tests' own tmux server, apart from any the user runs.
    static let socket = "plenum-tests-\(getpid())"

    /// Keeps the tests' tmux server running while this test process lives. Without it, the server
    /// exits whenever a test kills the last session, and a session another test starts at that
    /// moment is lost (the command reaches a server on its way out): on a busy machine that was
    /// "the console never showed up" and `plenumPID() → nil`.
    static let server: Void = {
        _ = try? run(["new-session", "-d", "-s", "keeper", "-x", "20", "-y", "5",
                      "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done"], output: false)
    }()

    /// Where tmux is installed.
    static let tmuxPath: String = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/tmux"

    /// Types keys as tmux names them ("Space", "Enter", "Up", or literal text).
    func send(_ keys: String...) throws {
        try Tmux.run(["send-keys", "-t", name] + keys, output: false)
    }

    func screen() -> String {
        (try? Tmux.run(["capture-pane", "-t", name, "-p"])) ?? ""
    }

    /// The screen with its attributes as escape sequences (capture-pane -e).
    func styledScreen() -> String {
        (try? Tmux.run(["capture-pane", "-t", name, "-p", "-e"])) ?? ""
    }

    /// Waits until the screen contains `text`; false after `seconds` (a failure, not a timing claim:
    /// generous, so that a machine with every core busy still passes).
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 60) -> Bool {
        wait(seconds) { $0.contains(text) }
    }

    /// Waits until the screen no longer shows `text` (a question closed), so that the next keys do
    /// not arrive glued to an Esc; false after `seconds`.
    @discardableResult
    func waitUntilGone(_ text: String, seconds: Double = 60) -> Bool {
        wait(seconds) { !$0.contains(text) }
    }

    /// Polls the screen until `holds` is true of it; false after `seconds`.
    private func wait(_ seconds: Double, until holds: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if holds(screen()) { return true }
            usleep(50_000)
        }
        return false
    }

    /// A tmux format of the pane, e.g. "#{alternate_on}" (1 while a full-screen program holds it).
    func pane(_ format: String) -> String {
        ((try? Tmux.run(["display-message", "-p", "-t", name, format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) throws {
        try Tmux.run(["resize-window", "-t", name, "-x", String(width), "-y", String(height)], output: false)
    }

    /// The process id of plenum in the pane: the process below the pane's shell whose program is
    /// the plenum binary, waited for (up to a generous minute) rather than looked up once.
    func plenumPID(seconds: Double = 60) -> Int32? {
        let deadline = Date().addingTimeInterval(seconds)
        let binary = URL(fileURLWithPath: PlenumProcess.binary).resolvingSymlinksInPath().path
        repeat {
            if let shell = Int32((try? Tmux.run(["list-panes", "-t", name, "-F", "#{pane_pid}"]))?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") {
                var queue = [shell]
                while let pid = queue.popLast() {
                    if pid != shell, (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe")) == binary {
                        return pid
                    }
                    let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
                    queue += children.split(separator: " ").compactMap { Int32($0) }
                }
            }
            usleep(50_000)
        } while Date() < deadline
        return nil
    }

    func kill() {
        _ = try? Tmux.run(["kill-session", "-t", name], output: false)
    }

    /// The one session file plenum wrote in `folder/sessions`.
    func sessionFile() -> String? {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/sessions")) ?? []
        return files.first { $0.hasSuffix(".plenum") }.map { "sessions/" + $0 }
    }
}
