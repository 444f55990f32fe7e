import ArgumentParser
import Foundation
import PlenumCore
import PlenumStore
import PlenumUI

/// `plenum recover FILE -o NEW`: salvages a damaged session into a new session file.
struct Recover: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Save what can be read from a damaged session file into a new one.",
        discussion: """
            Every fact that can still be read goes, in order, into NEW (a new session file with the \
            same plan and day); what could not be read is listed by number. FILE is only read: it \
            stays exactly as it was.
            """
    )

    @Argument(help: "The damaged session file (.plenum).")
    var session: String

    @Option(name: .shortAndLong, help: "The new session file to write (it must not exist).")
    var output: String

    func run() throws {
        let salvage: SessionSalvage
        do {
            salvage = try SessionStore.salvage(at: session)
        } catch {
            throw UserError(error.message(Environment.language))
        }
        // The session's language from here on (the terminal's for a session made without one).
        let language = salvage.info.language ?? Environment.language
        let said = language.ui
        do {
            _ = try SessionStore.create(at: output, info: salvage.info, entries: salvage.entries)
        } catch {
            throw UserError(error.message(language))
        }
        Output.out(said.recovered(output, facts: salvage.entries.count, of: session) + "\n")
        guard salvage.lostCount > 0 else {
            Output.out(said.everyFactRead + "\n")
            return
        }
        if !salvage.unreadable.isEmpty {
            let numbers = Self.ranges(salvage.unreadable.map { $0.seq...$0.seq })
            Output.out(said.factsUnreadable(salvage.unreadable.count, numbers) + "\n")
            for fact in salvage.unreadable.prefix(20) { Output.out("  \(fact.sentence(language))\n") }
        }
        if !salvage.missing.isEmpty {
            let count = salvage.lostCount - Int64(salvage.unreadable.count)
            Output.out(said.factsMissing(count, Self.ranges(salvage.missing)) + "\n")
        }
    }

    /// "17, 903–910" (numbers merged into runs, at most 30 runs shown).
    static func ranges(_ parts: [ClosedRange<Int64>]) -> String {
        var merged: [ClosedRange<Int64>] = []
        for part in parts.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, part.lowerBound <= last.upperBound + 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, part.upperBound)
            } else {
                merged.append(part)
            }
        }
        let shown = merged.prefix(30).map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }
        return shown.joined(separator: ", ") + (merged.count > 30 ? ", …" : "")
    }
}
