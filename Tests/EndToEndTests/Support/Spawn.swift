import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Starts a child process with posix_spawn and waits for it with waitpid.
///
/// Foundation's `Process.waitUntilExit()` can miss a child's exit when several tests start
/// processes at once (its SIGCHLD handling races), and then waits forever: CI hung on it. This
/// helper never relies on signals: it reads the child's output with poll and reaps it with waitpid.
enum Spawn {
    /// What a finished child printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: Data
    }

    /// Runs `path ARGS` in `directory` with exactly `environment`, reading the file `stdin`. With
    /// `capture: false` the child's output goes to /dev/null (for daemons such as the tmux server,
    /// which would otherwise keep a pipe open forever).
    static func run(_ path: String, _ arguments: [String], in directory: String? = nil,
                    environment: [String: String], capture: Bool = true, stdin: String = "/dev/null") throws -> Result {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)

        var outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        if capture {
            // Close-on-exec: a child started by another test at the same moment (the long-lived tmux
            // server) must not inherit them, or this child's output would never end.
            guard closeOnExecPipe(&outPipe), closeOnExecPipe(&errPipe) else { throw SpawnError("pipe failed") }
            posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
            posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
            for fd in outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let pid: pid_t
        do {
            pid = try spawn(path, arguments, in: directory, environment: environment, actions: &actions)
        } catch {
            if capture { close(outPipe[0]); close(errPipe[0]); close(outPipe[1]); close(errPipe[1]) }
            throw error
        }
        if capture { close(outPipe[1]); close(errPipe[1]) }
        var stdout = Data(), stderr = Data()
        if capture {
            drain(outPipe[0], into: &stdout, and: errPipe[0], into: &stderr)
            close(outPipe[0]); close(errPipe[0])
        }
        return Result(status: waitFor(pid), stdout: stdout, stderr: stderr)
    }

    /// posix_spawn with a clean signal mask, in `directory` (through GNU env).
    private static func spawn(_ path: String, _ arguments: [String], in directory: String?,
                              environment: [String: String], actions: inout posix_spawn_file_actions_t) throws -> pid_t {
        // posix_spawn_file_actions_addchdir_np is not visible from Swift here; GNU env changes folder.
        let (path, arguments) = directory.map { ("/usr/bin/env", ["-C", $0, path] + arguments) } ?? (path, arguments)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }

        // The test runner's threads block signals, and a child inherits that mask: tmux and the
        // shells in its panes would then never see SIGHUP or SIGCHLD. Start children clean.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard rc == 0 else { throw SpawnError("cannot start \(path): \(String(cString: strerror(rc)))") }
        return pid
    }

    /// A started child whose standard output is read line by line as it comes.
    struct Child {
        let pid: pid_t
        let output: Int32
        private var pending = Data()

        init(pid: pid_t, output: Int32) {
            self.pid = pid
            self.output = output
        }

        /// The next line it printed, or nil at its end (or after `timeout` ms without one: a
        /// generous minute, so that a machine with every core busy still passes).
        mutating func nextLine(timeout: Int32 = 60_000) -> String? {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                if let newline = pending.firstIndex(of: 10) {
                    let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                    pending = Data(pending[(newline + 1)...])
                    return line
                }
                var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
                let ready = poll(&fds, 1, timeout)
                if ready < 0, errno == EINTR { continue }
                guard ready > 0 else { return nil }
                let n = read(output, &buffer, buffer.count)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return nil }
                pending.append(buffer, count: n)
            }
        }

        /// Sends `signal`, then reaps the child; its exit status (128 + signal when killed).
        func kill(_ signal: Int32) -> Int32 {
            _ = systemKill(pid, signal)
            close(output)
            return Spawn.waitFor(pid)
        }
    }

    /// Starts `path ARGS` with standard input from the file `stdin` and standard output to a pipe
    /// (standard error to /dev/null), without waiting.
    static func start(_ path: String, _ arguments: [String], in directory: String? = nil,
                      environment: [String: String], stdin: String) throws -> Child {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        var outPipe: [Int32] = [-1, -1]
        guard closeOnExecPipe(&outPipe) else { throw SpawnError("pipe failed") }
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, outPipe[0])
        posix_spawn_file_actions_addclose(&actions, outPipe[1])
        let pid: pid_t
        do {
            pid = try spawn(path, arguments, in: directory, environment: environment, actions: &actions)
        } catch {
            close(outPipe[0]); close(outPipe[1])
            throw error
        }
        close(outPipe[1])
        return Child(pid: pid, output: outPipe[0])
    }

    /// A pipe whose ends are not inherited by children (dup2 onto 1 or 2 still passes them on).
    /// `pipe2` is not visible from Swift here; the moment between pipe and fcntl is microseconds.
    private static func closeOnExecPipe(_ fds: inout [Int32]) -> Bool {
        guard pipe(&fds) == 0 else { return false }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// Reads both pipes until both are at their end, whichever has data first.
    private static func drain(_ a: Int32, into da: inout Data, and b: Int32, into db: inout Data) {
        var open = [a: true, b: true]
        var buffer = [UInt8](repeating: 0, count: 65536)
        while open.values.contains(true) {
            var fds = open.filter(\.value).map { pollfd(fd: $0.key, events: Int16(POLLIN), revents: 0) }
            if poll(&fds, nfds_t(fds.count), -1) < 0 { if errno == EINTR { continue }; return }
            for p in fds where p.revents != 0 {
                let n = read(p.fd, &buffer, buffer.count)
                if n > 0 {
                    if p.fd == a { da.append(buffer, count: n) } else { db.append(buffer, count: n) }
                } else if n == 0 || errno != EINTR {
                    open[p.fd] = false
                }
            }
        }
    }

    /// The exit status (or 128 + the signal) of `pid`, after it ended.
    static func waitFor(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return -1 }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}

/// A child process that could not be started.
struct SpawnError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
