import ArgumentParser
import Foundation
import PlenumCore

/// `plenum new [FILE]`: write a commented plan template.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a commented plan template (to standard output without FILE)."
    )

    @Argument(help: "Where to write the plan; it must not exist yet.")
    var file: String?

    @Option(help: "da or en (default: from LANG).")
    var lang: Language?

    @Flag(help: "Replace FILE if it exists.")
    var force = false

    func run() throws {
        let text = PlanTemplate.text(lang ?? Environment.language, seed: UInt64.random(in: 1...UInt64(Int64.max)))
        guard let file else {
            print(text, terminator: "")
            return
        }
        if FileManager.default.fileExists(atPath: file), !force {
            throw UserError("\(file) exists already; choose another name, or add --force to replace it")
        }
        try Files.writeAtomically(text, to: file)
        FileHandle.standardError.write(Data("Wrote \(file). Check it with: plenum check \(file)\n".utf8))
    }
}

extension Language: ExpressibleByArgument {}
