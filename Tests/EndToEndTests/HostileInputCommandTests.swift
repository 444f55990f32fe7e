import Foundation
import PlenumCore
import PlenumStore
import Testing

/// The real binary on hostile input made here: plans with numbers, nesting and texts no real day
/// has answer `check` and `groups` with one sentence and exit 2 (a hang guard kills a run that
/// does not answer); text from plans, names and options reaches stdout and stderr without a
/// single control character; -o writes through links, FIFOs and /dev/stdout.
@Suite struct HostileInputCommandTests {
    static let escapes = "\\u001B]0;owned\\u0007\\u001B[2J\\u009B31m\\u202E"

    /// Whether `text` holds a control character (other than line ends and tabs) or a direction override.
    static func raw(_ text: String) -> Bool {
        text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars.contains { SafeText.isHarmful($0) && $0 != "\n" && $0 != "\t" }
    }

    static func write(_ text: String, _ name: String, in folder: String) throws {
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }

    static let hostilePlans: [(name: String, text: String, sentence: String)] = [
        ("minutes", "title = \"T\"\nstart = \"09:00\"\n[[blocks]]\ntitle = \"a\"\nkind = \"plenum\"\nminutes = 200000000000000000\n",
         "at most 1440"),
        ("tables", "title = \"T\"\nstart = \"09:00\"\n[tables]\ncount = 9223372036854775807\n[[blocks]]\ntitle = \"a\"\nkind = \"groups\"\nminutes = 5\n",
         "at most 100"),
        ("seats", "title = \"T\"\nstart = \"09:00\"\n[tables]\ncount = 100\ngroups = 10\nseats = 100\n[[blocks]]\ntitle = \"a\"\nkind = \"groups\"\nminutes = 5\n",
         "seats in all"),
        ("header", "title = \"T\"\n[" + Array(repeating: "a", count: 30_000).joined(separator: ".") + "]\n", "parts separated by dots"),
        ("nesting", "title = \"T\"\nx = " + String(repeating: "[", count: 30_000) + String(repeating: "]", count: 30_000) + "\n",
         "nested more than 16 deep"),
        ("title", "title = \"T\"\nstart = \"09:00\"\n[[blocks]]\ntitle = \"" + String(repeating: "x", count: 1_500_000)
            + "\"\nkind = \"plenum\"\nminutes = 5\n", "longer than 200 characters"),
    ]

    @Test func checkAndGroupsAnswerHostilePlansWithASentence() throws {
        let folder = try PlenumProcess.temporaryFolder()
        for plan in Self.hostilePlans {
            try Self.write(plan.text, plan.name + ".toml", in: folder)
            for command in ["check", "groups"] {
                let r = try PlenumProcess.run([command, plan.name + ".toml"], in: folder, hangGuard: 120)
                #expect(r.status == 2, "\(command) \(plan.name): \(r.status) \(r.stderr.prefix(300))")
                #expect(r.stderr.contains(plan.sentence), "\(command) \(plan.name): \(r.stderr.prefix(300))")
                #expect(r.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix(plan.name + ".toml") }, "\(plan.name)")
            }
        }
    }

    @Test func planTextAndEchoedInputReachTheTerminalCleaned() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let people = (1...4).map { "{ name = \"Navn\(Self.escapes)\($0)\" }" }.joined(separator: ", ")
        try Self.write("""
            title = "Dag\(Self.escapes)"
            start = "09:00"
            venue = "Sal\(Self.escapes)"
            people = [\(people)]
            [[tables]]
            name = "Bord\(Self.escapes)"
            [[blocks]]
            title = "Velkomst\(Self.escapes)"
            kind = "groups"
            minutes = 15
            cards = ["Kort\(Self.escapes)"]
            """, "hostile.toml", in: folder)
        for args in [["check", "hostile.toml"], ["check", "hostile.toml", "--format", "json"], ["groups", "hostile.toml"],
                     ["groups", "hostile.toml", "--format", "json"]] {
            let r = try PlenumProcess.run(args, in: folder)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(!Self.raw(r.stdout) && !Self.raw(r.stderr), "\(args)")
            #expect(r.stdout.contains("]0;owned") || r.stdout.contains("\\u001b]0;owned"), "\(args): the text is shown, cleaned")
        }
        try Self.write("title = \"x\"\nstart = \"09:00\"\n[[blocks]]\ntitle = \"a\"\nkind = \"pl\\u001B[2Jenum\"\nminutes = 5\n",
                       "kind.toml", in: folder)
        let kind = try PlenumProcess.run(["check", "kind.toml"], in: folder)
        #expect(kind.status == 2 && kind.stderr.contains("unknown kind \"pl[2Jenum\"") && !Self.raw(kind.stderr), "\(kind.stderr)")
        let option = try PlenumProcess.run(["check", "kind.toml", "--format", "\u{1B}[2J\u{1B}]0;owned\u{07}"], in: folder)
        #expect(option.status == 2 && !Self.raw(option.stderr) && option.stderr.contains("[2J"), "\(option.stderr)")
        let file = try PlenumProcess.run(["check", "no\u{1B}[2Jplan.toml"], in: folder)
        #expect(file.status == 2 && !Self.raw(file.stderr) && file.stderr.contains("no[2Jplan.toml"), "\(file.stderr)")
    }

    /// A session whose plan, table names and notetaker's --name carry escape sequences.
    static func hostileSession() throws -> (folder: String, file: String) {
        let folder = try PlenumProcess.temporaryFolder()
        let plan = """
            title = "Dag\(escapes)"
            start = "09:00"
            [[tables]]
            name = "Bord\(escapes)"
            [[blocks]]
            title = "Velkomst\(escapes)"
            kind = "plenum"
            minutes = 15
            """
        let info = SessionInfo(planSource: plan, planFile: "hostile.toml", day: PlanDate(year: 2026, month: 3, day: 12),
                               timeZone: "Europe/Copenhagen", createdAt: Date(), seed: 7)
        _ = try SessionStore.create(at: folder + "/s.plenum", info: info)
        try "Punkt\u{1B}]0;owned\u{07} ét\n".write(toFile: folder + "/in.txt", atomically: true, encoding: .utf8)
        let r = try PlenumProcess.run(["note", "s.plenum", "--table", "1", "--name", "Åse\u{1B}]0;owned\u{07}\u{202E}"],
                                      in: folder, stdin: folder + "/in.txt")
        #expect(r.status == 0 && !raw(r.stdout) && !raw(r.stderr), "\(r.stderr)")
        return (folder, "s.plenum")
    }

    @Test func anExportShownOnATerminalCannotDriveIt() throws {
        let (folder, file) = try Self.hostileSession()
        for format in ["csv", "md"] {
            let pane = try Tmux.start(["export", file, "--format", format], in: folder)
            defer { pane.kill() }
            #expect(pane.waitFor("PLENUM-EXIT=0"), "\(pane.screen())")
            #expect(pane.screen().contains("]0;owned"), "the names are shown, cleaned")
            #expect(pane.pane("#{pane_title}") != "owned", "\(format): the window title was not set")
        }
        for format in ExportFormat.allCases.map(\.rawValue) {
            let r = try PlenumProcess.run(["export", file, "--format", format], in: folder)
            #expect(r.status == 0 && !Self.raw(r.stdout), "\(format) carries no control character")
        }
    }

    @Test func outputFilesAreWrittenThroughWhatThePathIs() throws {
        let (folder, file) = try Self.hostileSession()
        let fm = FileManager.default
        // A new export is the owner's alone; a replaced file never gets a wider mode.
        #expect(try PlenumProcess.run(["export", file, "--format", "md", "-o", "new.md"], in: folder).status == 0)
        #expect(try fm.attributesOfItem(atPath: folder + "/new.md")[.posixPermissions] as? Int == 0o600)
        try "old".write(toFile: folder + "/narrow.md", atomically: true, encoding: .utf8)
        try fm.setAttributes([.posixPermissions: 0o400], ofItemAtPath: folder + "/narrow.md")
        #expect(try PlenumProcess.run(["export", file, "--format", "md", "-o", "narrow.md"], in: folder).status == 0)
        #expect(try fm.attributesOfItem(atPath: folder + "/narrow.md")[.posixPermissions] as? Int == 0o400)
        // A link stays a link; the file it points to is replaced.
        try "old".write(toFile: folder + "/target.md", atomically: true, encoding: .utf8)
        try fm.createSymbolicLink(atPath: folder + "/link.md", withDestinationPath: "target.md")
        #expect(try PlenumProcess.run(["export", file, "--format", "md", "-o", "link.md"], in: folder).status == 0)
        #expect(try fm.destinationOfSymbolicLink(atPath: folder + "/link.md") == "target.md")
        #expect(try String(contentsOfFile: folder + "/target.md", encoding: .utf8).contains("Velkomst"))
        // /dev/stdout is the pipe the caller reads, not a file put in its place.
        let stdout = try PlenumProcess.run(["export", file, "--format", "csv", "-o", "/dev/stdout"], in: folder)
        #expect(stdout.status == 0 && stdout.stdout.contains("Punkt"), "\(stdout.stderr)")
        // A FIFO is written into, and stays a FIFO.
        #expect(mkfifo(folder + "/fifo", 0o600) == 0)
        let reader = try Spawn.start("/bin/cat", [folder + "/fifo"], environment: [:], stdin: "/dev/null")
        let fifo = try PlenumProcess.run(["export", file, "--format", "csv", "-o", "fifo"], in: folder, hangGuard: 120)
        #expect(fifo.status == 0, "\(fifo.stderr)")
        var child = reader
        var read = ""
        while let line = child.nextLine() { read += line + "\n" }
        _ = child.kill(SIGKILL)
        #expect(read.contains("Punkt"))
        var info = stat()
        #expect(lstat(folder + "/fifo", &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        try fm.createSymbolicLink(atPath: folder + "/broken.md", withDestinationPath: "nowhere/x.md")
        let broken = try PlenumProcess.run(["export", file, "--format", "md", "-o", "broken.md"], in: folder)
        #expect(broken.status == 2 && broken.stderr.contains("a link to a file that does not exist"))
    }

    @Test func importNeverWritesAPlanCheckRefuses() throws {
        let folder = try PlenumProcess.temporaryFolder()
        // 1.9 MB: long titles, long notes and thousands of lines that warn.
        var agenda = "Velkomst " + String(repeating: "ord ", count: 20_000) + "\n"
        for i in 0..<40_000 { agenda += String(format: "%02d:00-%02d:30 Emne %@\n", 8 + i % 10, 8 + i % 10, String(repeating: "x", count: i % 30)) }
        try Self.write(String(agenda.prefix(1_900_000)), "big.txt", in: folder)
        let r = try PlenumProcess.run(["import", "big.txt", "-o", "big.toml"], in: folder, hangGuard: 300)
        // The times run from 08 to 17 and back again: each morning after an evening is a new
        // day, thousands of them, so the agenda is refused whole with a sentence and nothing written.
        #expect(r.status == 2 && r.stderr.contains("højst \(PlanLimits.importedDays) ad gangen"), "\(r.stderr.suffix(300))")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".toml") }
        #expect(written.isEmpty, "\(written.prefix(3))")
        // The same long titles and notes on one day of ascending times: a plan that checks.
        var day = "Velkomst " + String(repeating: "ord ", count: 20_000) + "\n"
        for i in 0..<90 { day += String(format: "%02d:%02d-%02d:%02d Emne %@\n", 6 + i / 6, (i % 6) * 10, 6 + i / 6, (i % 6) * 10 + 5, String(repeating: "x " + String(repeating: "y", count: 3000), count: 3)) }
        try Self.write(day, "day.txt", in: folder)
        let one = try PlenumProcess.run(["import", "day.txt", "-o", "day.toml"], in: folder, hangGuard: 300)
        #expect(one.status == 0, "\(one.stderr.suffix(300))")
        let check = try PlenumProcess.run(["check", "day.toml"], in: folder, hangGuard: 120)
        #expect(check.status == 0, "\(check.stderr.prefix(300))")
        var long = ""
        for i in 0..<150 { long += String(format: "%02d:%02d Punkt %d\n", 6 + i / 10, (i % 10) * 5, i) }
        try Self.write(long, "long.txt", in: folder)
        let refused = try PlenumProcess.run(["import", "long.txt", "-o", "long.toml"], in: folder)
        #expect(refused.status == 2 && refused.stderr.contains("a plan holds at most 100"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/long.toml"))
    }
}
