import Foundation
import Testing

/// `docs/interface.md` lists exactly the commands `plenum --help` has (and `plenum db --help`'s).
struct CommandDocsTests {
    /// The subcommands a `--help` text lists under SUBCOMMANDS.
    static func subcommands(_ help: String) -> Set<String> {
        guard let start = help.range(of: "SUBCOMMANDS:\n") else { return [] }
        var names = Set<String>()
        for line in help[start.upperBound...].components(separatedBy: "\n") {
            guard line.hasPrefix("  ") else { break }
            // A wrapped abstract goes on under its command, indented further.
            if line.hasPrefix("   ") { continue }
            let name = line.split(separator: " ")[0]
            if name != "help" { names.insert(String(name)) }
        }
        return names
    }

    /// The commands in the docs' table: the word after `plenum` (after `plenum db` for `db`).
    static func documented(_ parent: String?) throws -> Set<String> {
        let text = try String(contentsOfFile: packageRoot + "/docs/interface.md", encoding: .utf8)
        let prefix = "| `plenum " + (parent.map { $0 + " " } ?? "")
        return Set(text.components(separatedBy: "\n").filter { $0.hasPrefix(prefix) }.compactMap { row in
            row.dropFirst(prefix.count).split(whereSeparator: { $0 == " " || $0 == "`" }).first.map(String.init)
        })
    }

    @Test func theDocsListEveryCommandAndNoOther() throws {
        let help = try PlenumProcess.run(["--help"])
        let commands = Self.subcommands(help.stdout)
        #expect(commands.count >= 10, "\(help.stdout)")
        #expect(commands == (try Self.documented(nil)),
                "plenum --help: \(commands.sorted()); docs/interface.md: \((try? Self.documented(nil))?.sorted() ?? [])")
        let db = Self.subcommands(try PlenumProcess.run(["db", "--help"]).stdout)
        #expect(!db.isEmpty)
        #expect(db == (try Self.documented("db")))
    }
}
