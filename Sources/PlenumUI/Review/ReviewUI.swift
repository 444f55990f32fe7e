import Foundation
import PlenumCore

/// `plenum review`: what the reviewer looks at — the timeline, one block, a search over every
/// post-it, the themes, or the export form — and what a key does there. Read-only: nothing here
/// writes to the session.
public struct ReviewUI: Sendable {
    /// The screen the reviewer is on.
    public enum Mode: Sendable, Equatable {
        case timeline
        /// One block's cards and post-its, scrolled.
        case block(BlockID, scroll: Int)
        /// Every post-it whose text (or theme, table, kind) contains the search.
        case search(LineEditor, selected: Int, typing: Bool)
        case themes(ThemesCursor)
        case export(ExportForm)
    }

    /// The export form: a format, a file, anonymous or not.
    public struct ExportForm: Sendable, Equatable {
        public var format: ExportFormat
        public var path: LineEditor
        public var anonymous = false
        /// 0 format, 1 file, 2 anonymous.
        public var field = 0
    }

    /// What the run loop should do after a key.
    public enum Command: Sendable, Equatable {
        case nothing
        case quit
        case redraw
        case export(ExportFormat, path: String, anonymous: Bool)
    }

    public var mode: Mode = .timeline
    public var selected = 0
    public var message: String?
    public var messageIsError = false
    public let strings: UIStrings
    /// The file name exports are offered under, without its extension ("2026-03-12-bootcamp").
    public let baseName: String

    public init(strings: UIStrings, baseName: String) {
        self.strings = strings
        self.baseName = baseName
    }

    public mutating func handle(_ key: Key, state: SessionState) -> Command {
        switch ReviewKeys.anywhere.action(for: key) {
        case .quit: return .quit
        case .redraw: return .redraw
        case nil: break
        }
        switch mode {
        case .timeline:
            message = nil
            let last = max(0, state.agenda.count - 1)
            switch ReviewKeys.timeline.action(for: key) {
            case .up: selected = max(0, selected - 1)
            case .down: selected = min(last, selected + 1)
            case .pageUp: selected = max(0, selected - 10)
            case .pageDown: selected = min(last, selected + 10)
            case .first: selected = 0
            case .last: selected = last
            case .open:
                if state.agenda.indices.contains(selected) { mode = .block(state.agenda[selected].id, scroll: 0) }
            case .search: mode = .search(LineEditor("", maxLength: 80), selected: 0, typing: true)
            case .themes: mode = .themes(ThemesCursor())
            case .export:
                mode = .export(ExportForm(format: .md, path: LineEditor(baseName + ".md", maxLength: 300)))
            case .quit: return .quit
            case nil: break
            }
        case .block(let id, let scroll):
            let action = ReviewKeys.block.action(for: key)
            switch action {
            case .up: mode = .block(id, scroll: max(0, scroll - 1))
            case .down: mode = .block(id, scroll: scroll + 1)
            case .pageUp: mode = .block(id, scroll: max(0, scroll - 10))
            case .pageDown: mode = .block(id, scroll: scroll + 10)
            case .previous, .next:
                guard let i = state.index(of: id) else { break }
                let j = action == .previous ? i - 1 : i + 1
                if state.agenda.indices.contains(j) { mode = .block(state.agenda[j].id, scroll: 0); selected = j }
            case .back: mode = .timeline
            case nil: break
            }
        case .search(var editor, var chosen, let typing):
            let results = Self.search(state, editor.text)
            if typing {
                switch ReviewKeys.searchTyping.action(for: key) {
                case .cancel: mode = .timeline; return .nothing
                case .done: mode = .search(editor, selected: 0, typing: false); return .nothing
                case nil: _ = editor.handle(key)
                }
                mode = .search(editor, selected: 0, typing: true)
                return .nothing
            }
            switch ReviewKeys.results.action(for: key) {
            case .up: chosen = max(0, chosen - 1)
            case .down: chosen = min(max(0, results.count - 1), chosen + 1)
            case .searchAgain: mode = .search(editor, selected: 0, typing: true); return .nothing
            case .open:
                if results.indices.contains(chosen), let i = state.index(of: results[chosen].block) {
                    selected = i
                    mode = .block(results[chosen].block, scroll: 0)
                    return .nothing
                }
            case .back: mode = .timeline; return .nothing
            case nil: break
            }
            mode = .search(editor, selected: chosen, typing: false)
        case .themes(var cursor):
            // Read-only: choosing a theme moves the selection; renaming is the console's.
            switch ReviewKeys.themes.action(for: key) {
            case .back: mode = .timeline; return .nothing
            case .move: _ = cursor.handle(key, themes: SessionDigest.themes(of: state))
            case nil: break
            }
            mode = .themes(cursor)
        case .export(var form):
            let action = ReviewKeys.export.action(for: key)
            switch action {
            case .cancel: mode = .timeline; return .nothing
            case .nextField: form.field = (form.field + 1) % 3
            case .previousField: form.field = (form.field + 2) % 3
            case .write:
                mode = .timeline
                let path = form.path.text.trimmingCharacters(in: .whitespaces)
                guard !path.isEmpty else { say(strings.exportNeedsFile, error: true); return .nothing }
                return .export(form.format, path: path, anonymous: form.anonymous)
            case .choose, .choosePrevious:
                if form.field == 1 {
                    _ = form.path.handle(key)
                } else if form.field == 0 {
                    let all = ExportFormat.allCases
                    let i = all.firstIndex(of: form.format) ?? 0
                    let next = all[(i + (action == .choosePrevious ? all.count - 1 : 1)) % all.count]
                    // The file name follows the format while it is the offered one.
                    if form.path.text == baseName + "." + form.format.fileExtension {
                        form.path = LineEditor(baseName + "." + next.fileExtension, maxLength: 300)
                    }
                    form.format = next
                } else {
                    form.anonymous.toggle()
                }
            case nil:
                if form.field == 1 { _ = form.path.handle(key) }
            }
            mode = .export(form)
        }
        return .nothing
    }

    public mutating func say(_ text: String, error: Bool = false) {
        message = text
        messageIsError = error
    }

    /// Every post-it (not removed) whose text, theme, table or kind contains `text` (any case), in
    /// the order of the day.
    public static func search(_ state: SessionState, _ text: String) -> [PostIt] {
        let needle = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !needle.isEmpty else { return [] }
        let order = Dictionary(uniqueKeysWithValues: state.agenda.enumerated().map { ($1.id, $0) })
        return state.postIts.filter { p in
            !p.deleted && (p.text.lowercased().contains(needle) || (p.theme?.lowercased().contains(needle) ?? false)
                || p.table.lowercased() == needle || p.kind.lowercased() == needle)
        }.sorted { (order[$0.block] ?? .max, $0.seq) < (order[$1.block] ?? .max, $1.seq) }
    }
}
