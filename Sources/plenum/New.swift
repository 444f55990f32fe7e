import ArgumentParser
import Foundation
import PlenumCore
import PlenumUI

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
        let language = lang ?? Environment.language
        let text = PlanTemplate.text(language, seed: UInt64.random(in: 1...UInt64(Int64.max)))
        guard let file else {
            Output.document(text)
            return
        }
        if FileManager.default.fileExists(atPath: file), !force {
            throw UserError(language.ui.existsAlready(file))
        }
        try Files.write(text, to: file, access: .everyone, language: language)
        Output.err(language.ui.wrotePlan(file) + "\n")
    }
}

extension Language: ExpressibleByArgument {}
