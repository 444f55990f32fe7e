import ArgumentParser
import Foundation
import PlenumCore
import PlenumStore
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
        guard !author.isEmpty else { throw UserError("--name must not be empty") }
        if table == nil, group != nil { throw UserError("--group needs --table") }
        if isatty(STDIN_FILENO) == 0 {
            guard let table else { throw UserError("reading post-its from standard input needs --table") }
            let live = try SessionWait.open(session, readOnly: false)
            let desk = try Self.desk(table: table, group: group, author: author, plan: live.state.plan)
            try NoteBatch(session: live, desk: desk, kind: kind, progress: progress).run()
            return
        }
        try TerminalCheck.require("the notes screen needs a terminal")
        let terminal = Terminal()
        defer { terminal.stop() }
        // Started before the console made the file: the notetaker waits for it.
        guard let live = try SessionWait.open(session, readOnly: false, terminal: terminal,
                                              strings: UIStrings(lang ?? Environment.language)) else { return }
        let plan = live.state.plan
        var desk = try table.map { try Self.desk(table: $0, group: group, author: author, plan: plan) }
        let strings = UIStrings(lang ?? plan.language)
        if desk == nil {
            guard let choice = TablePickerLoop(terminal: terminal, session: live, strings: strings).run() else { return }
            desk = NoteDesk(table: choice.table, group: choice.group, author: author)
        }
        if let desk { NotesLoop(terminal: terminal, session: live, desk: desk, strings: strings).run() }
    }

    /// The desk for `--table` and `--group`, or one sentence naming the real tables or groups.
    static func desk(table name: String, group: Int?, author: String, plan: Plan) throws -> NoteDesk {
        let tables = plan.tables
        guard !tables.isEmpty else { throw UserError("the plan has no tables, so there is nothing to take notes for") }
        let wanted = name.trimmingCharacters(in: .whitespaces)
        let found = tables.first { $0.name == wanted }
            ?? tables.first { $0.name.compare(wanted, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame }
            ?? Int(wanted).flatMap { $0 >= 1 && $0 <= tables.count ? tables[$0 - 1] : nil }
        guard let found else {
            let names = tables.map(\.name).joined(separator: ", ")
            throw UserError("there is no table \"\(wanted)\"; the tables are \(names)")
        }
        if let group, group < 1 || group > found.groups {
            let choices = found.groups == 1 ? "it works as one group (leave out --group)"
                : "--group must be 1 to \(found.groups)"
            throw UserError("\(found.name) has \(found.groups) group\(found.groups == 1 ? "" : "s"); \(choices)")
        }
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
        let kinds = session.state.captureKinds(in: session.state.noteBlockID(at: desk.table))
        if let kind, !kinds.contains(kind) {
            throw UserError("\"\(kind)\" is not a kind of this block; the kinds are \(kinds.joined(separator: ", "))")
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
                throw UserError(saved == 0 ? error.message
                                : "\(saved) post-it\(saved == 1 ? "" : "s") saved, then \(error.message)")
            }
            let number = input.lineNumber
            var line = LineEditor(maxLength: PostIt.maxLength)
            line.insert(raw)
            if line.hitLimit {
                Output.err("plenum: line \(number) is longer than \(PostIt.maxLength) characters; the rest was cut\n")
            }
            guard !line.text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            // Facts from the console (a new block) count for the next line.
            try? session.refresh()
            let intent = NoteIntent.add(id: UUID().uuidString.lowercased(), kind: chosen, text: line.text)
            let facts: [Fact]
            switch NoteEngine.facts(for: intent, at: desk, in: session.state, now: session.now()) {
            case .success(let made): facts = made
            case .failure(let refusal):
                Output.err("plenum: line \(number) was not saved: \(UIStrings(.en).noteRefusal(refusal))\n")
                continue
            }
            do {
                try session.record(facts, actor: desk.author, at: Date())
            } catch {
                throw UserError("\(saved) post-it\(saved == 1 ? "" : "s") saved, then line \(number) could not be: \(error.message)")
            }
            saved += 1
            if progress { Output.out("saved \(saved)\n") }
        }
        let block = session.state.noteBlockID(at: desk.table).flatMap(session.state.anyBlock)?.title ?? ""
        Output.out("saved \(saved) post-it\(saved == 1 ? "" : "s") for \(desk.table) under \"\(block)\"\n")
    }
}

/// The table picker's run loop.
struct TablePickerLoop {
    let terminal: Terminal
    let session: LiveSession
    let strings: UIStrings

    func run() -> TablePicker.Choice? {
        var picker = TablePicker(plan: session.state.plan, strings: strings)
        while TerminalSignals.stopRequested == nil, !terminal.isGone {
            let (width, height) = terminal.size
            terminal.draw(picker.render(width: width, height: height, title: session.state.plan.title))
            guard let key = terminal.nextKey(timeout: 250) else { continue }
            if key == .character("q") || key == .control("c") || key == .escape { return nil }
            if key == .control("l") { terminal.forceRedraw() }
            if let choice = picker.handle(key) { return choice }
        }
        return nil
    }
}

/// The notetaker's run loop: draw when something shown changed, wait for a key (at most 250 ms), fold in other terminals' facts,
/// save post-its (fsync) before the screen shows them as saved.
struct NotesLoop {
    let terminal: Terminal
    let session: LiveSession
    let desk: NoteDesk
    let strings: UIStrings

    func run() {
        var ui = NotesUI(strings: strings, desk: desk)
        var pacer = FramePacer()
        while TerminalSignals.stopRequested == nil, !terminal.isGone {
            try? session.refresh()
            let now = Date()
            let readOnly = session.store.isReadOnly ? strings.readOnlyFile : nil
            let (width, height) = terminal.size
            if pacer.needsDraw(session.state, width: width, height: height, now: now, extra: readOnly == nil ? 0 : 1) {
                terminal.draw(NotesView(state: session.state, clock: session.clock, now: now, ui: ui,
                                        readOnlyReason: readOnly).render(width: width, height: height))
            }
            guard let key = terminal.nextKey(timeout: FramePacer.wait(session.state, now: now, limit: 250)) else { continue }
            pacer.invalidate()
            try? session.refresh()
            switch ui.handle(key, state: session.state) {
            case .nothing: break
            case .quit: return
            case .redraw: terminal.forceRedraw()
            case .perform(let intents): save(intents, ui: &ui)
            }
        }
    }

    /// Saves all the intents in one commit, or none of them; the screen says which.
    private func save(_ intents: [NoteIntent], ui: inout NotesUI) {
        var facts: [Fact] = []
        for intent in intents {
            switch NoteEngine.facts(for: intent, at: desk, in: session.state, now: session.now()) {
            case .success(let more): facts += more
            case .failure(let refusal):
                ui.refused(refusal)
                return
            }
        }
        do {
            // A file that was read-only may have been made writable meanwhile (the text waited for it).
            _ = session.becomeWritable()
            try session.record(facts, actor: desk.author, at: Date())
            ui.saved(intents)
            ui.ratingsSaved(intents, state: session.state)
        } catch {
            terminal.bell()
            if intents.contains(where: \.isRating) { ui.ratingsFailed(error.message) } else { ui.saveFailed(error.message) }
        }
    }
}
