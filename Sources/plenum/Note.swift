import ArgumentParser
import Foundation
import PlenumCore
import PlenumSession
import PlenumTerminal
import PlenumUI

/// `plenum note SESSION`: a notetaker's capture screen for one table. With standard input from a
/// file or a pipe instead of a terminal, each non-empty line is saved as one post-it.
struct Note: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Take a table's post-its into a running session.",
        discussion: """
            Without --table, a screen asks which table (and group). With standard input from a file \
            or a pipe (plenum note S --table "Bord 1" < notes.txt), every non-empty line becomes one post-it.
            """
    )

    @Argument(help: "The session: a file (.plenum) or a server URL (postgres://user@host/database?session=name).")
    var session: String

    @Option(help: "The table, by name or number (e.g. \"Bord 2\" or 2).")
    var table: String?

    @Option(help: "The dialog group at the table (1, 2, …).")
    var group: Int?

    @Option(help: "The author of the post-its (default: the login name).")
    var name: String?

    @Option(help: "The kind of post-its read from standard input (default: the block's first).")
    var kind: String?

    @Flag(help: "With standard input: print `saved N` as each post-it is on disk (for scripts that follow along).")
    var progress = false

    @Option(help: "da or en: the screen language (default: the plan's).")
    var lang: Language?

    func run() throws {
        let author = (name ?? Identity.actor).trimmingCharacters(in: .whitespaces)
        // Before the session is open: the language asked for, else the terminal's.
        let said = (lang ?? Environment.language).ui
        guard !author.isEmpty else { throw UserError(said.emptyName) }
        if table == nil, group != nil { throw UserError(said.groupNeedsTable) }
        if isatty(STDIN_FILENO) == 0 {
            guard let table else { throw UserError(said.pipeNeedsTable) }
            let live = try SessionWait.open(session, readOnly: false, language: lang ?? Environment.language)
            let desk = try Self.desk(table: table, group: group, author: author, plan: live.state.plan,
                                     strings: (lang ?? live.state.plan.language).ui)
            try NoteBatch(session: live, desk: desk, kind: kind, progress: progress).run()
            return
        }
        try TerminalCheck.require(said.notesNeedTerminal, strings: said)
        Prompt.askBeforeTheScreen(for: session)
        let terminal = Terminal()
        defer { terminal.stop() }
        // Started before the console made the file: the notetaker waits for it.
        guard let live = try SessionWait.open(session, readOnly: false, terminal: terminal,
                                              strings: said) else { return }
        let plan = live.state.plan
        let strings = (lang ?? plan.language).ui
        var desk = try table.map { try Self.desk(table: $0, group: group, author: author, plan: plan, strings: strings) }
        if desk == nil {
            var picker = TablePickerScreen(session: live, strings: strings)
            ScreenProgram(terminal: terminal).run(&picker)
            guard let choice = picker.chosen else { return }
            desk = NoteDesk(table: choice.table, group: choice.group, author: author)
        }
        if let desk {
            var notes = NotesScreen(session: live, desk: desk, strings: strings)
            ScreenProgram(terminal: terminal).run(&notes)
        }
    }

    /// The desk for `--table` and `--group`, or one sentence naming the real tables or groups.
    static func desk(table name: String, group: Int?, author: String, plan: Plan, strings: UIStrings) throws -> NoteDesk {
        let tables = plan.tables
        guard !tables.isEmpty else { throw UserError(strings.noTablesToNote) }
        let wanted = name.trimmingCharacters(in: .whitespaces)
        let found = tables.first { $0.name == wanted }
            ?? tables.first { $0.name.compare(wanted, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame }
            ?? Int(wanted).flatMap { $0 >= 1 && $0 <= tables.count ? tables[$0 - 1] : nil }
        guard let found else {
            let names = tables.map(\.name).joined(separator: ", ")
            throw UserError(strings.noSuchTable(wanted, tables: names))
        }
        if let group, group < 1 || group > found.groups { throw UserError(strings.wrongGroup(found.name, groups: found.groups)) }
        return NoteDesk(table: found.name, group: group, author: author)
    }
}

/// Post-its from standard input, one a line, each committed (fsync) on its own.
struct NoteBatch {
    let session: LiveSession
    let desk: NoteDesk
    let kind: String?
    /// Say `saved N` (unbuffered) as each post-it is committed.
    var progress = false

    func run() throws {
        let strings = session.state.plan.language.ui
        let kinds = session.state.captureKinds(in: session.state.noteBlockID(at: desk.table))
        if let kind, !kinds.contains(kind) {
            throw UserError(strings.notAKind(kind, kinds: kinds))
        }
        let chosen = kind ?? kinds.first ?? ""
        var saved = 0
        var input = StandardInput()
        // Each line is saved the moment it arrives, so a pipe that stays open loses nothing.
        while true {
            let raw: String
            do {
                guard let next = try input.nextLine() else { break }
                raw = next
            } catch {
                throw UserError(strings.pipedSavedThen(saved, error.message(strings)))
            }
            let number = input.lineNumber
            var line = LineEditor(maxLength: PostIt.maxLength)
            line.insert(raw)
            if line.hitLimit {
                Output.err("plenum: " + strings.pipedLineCut(number, most: PostIt.maxLength) + "\n")
            }
            guard !line.text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            // Facts from the console (a new block) count for the next line.
            try? session.refresh()
            let intent = NoteIntent.add(id: UUID().uuidString.lowercased(), kind: chosen, text: line.text)
            do {
                if let refusal = try session.perform([intent], at: desk) {
                    Output.err("plenum: " + strings.pipedNotSaved(number, strings.noteRefusal(refusal)) + "\n")
                    continue
                }
            } catch {
                let why = strings.pipedLineFailed(number, error.message(strings.language))
                throw UserError(strings.pipedSavedThen(saved, why))
            }
            saved += 1
            // `saved N` stays the same in every language: scripts read it.
            if progress { Output.out("saved \(saved)\n") }
        }
        let block = session.state.noteBlockID(at: desk.table).flatMap(session.state.anyBlock)?.title ?? ""
        Output.out(strings.pipedSaved(saved, table: desk.table, block: block) + "\n")
    }
}
