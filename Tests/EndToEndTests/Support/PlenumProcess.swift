import Foundation

/// Runs the built `plenum` binary as a real process and collects what it printed.
struct PlenumProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The folder holding the built products (next to this test bundle).
    static let productsFolder: URL = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
        var folder = bundle.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.appendingPathComponent("plenum").path) {
            folder = URL(fileURLWithPath: packageRoot).appendingPathComponent(".build/debug")
        }
        return folder
    }()

    static var binary: String { productsFolder.appendingPathComponent("plenum").path }

    /// Runs `plenum ARGS` in `directory` with `environment` added (standard input from the file
    /// `stdin`), and waits for it.
    static func run(_ arguments: [String], in directory: String? = nil,
                    environment: [String: String] = [:], stdin: String = "/dev/null") throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = nil
        env["COLUMNS"] = "100"
        for (k, v) in environment { env[k] = v }
        let r = try Spawn.run(binary, arguments, in: directory, environment: env, stdin: stdin)
        return Result(status: r.status, stdout: String(decoding: r.stdout, as: UTF8.self),
                      stderr: String(decoding: r.stderr, as: UTF8.self))
    }

    /// Runs another program (a reader for an export) and returns what it printed.
    static func runTool(_ path: String, _ arguments: [String]) throws -> String {
        let r = try Spawn.run(path, arguments, in: nil, environment: ProcessInfo.processInfo.environment, stdin: "/dev/null")
        return String(decoding: r.stdout, as: UTF8.self)
    }

    /// A fresh empty folder for one test.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "plenum-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// The repository's root folder.
let packageRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    while let last = parts.last, last != "Tests" { parts.removeLast() }
    parts.removeLast()
    return parts.joined(separator: "/")
}()

/// Waits until `condition` holds; false if it never did within `seconds`. A failure, not a timing
/// claim: the limit is generous, so that a machine with every core busy still passes.
func eventually(seconds: Double = 60, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try condition() { return true }
        usleep(50_000)
    }
    return try condition()
}
