import PlenumCore

/// A theme being typed for a post-it on the wall: the text, and which of the existing themes that
/// match it is chosen (nil: the text as typed).
public struct ThemeEntry: Sendable, Equatable {
    public var editor: LineEditor
    public var choice: Int?

    /// The existing themes that contain the typed text (any case), in the order they were named.
    public func suggestions(_ state: SessionState) -> [String] {
        let typed = editor.text.trimmingCharacters(in: .whitespaces).lowercased()
        return state.themes.filter { typed.isEmpty || $0.lowercased().contains(typed) }
    }
}

/// Where the facilitator is on the wall: which block, which table column and post-it, the kind
/// filter, the search, and a theme being typed.
public struct WallCursor: Sendable, Equatable {
    public var block: BlockID
    public var column = 0
    public var row = 0
    /// Only post-its of this kind (nil: all).
    public var kind: String?
    public var search = LineEditor("", maxLength: 60)
    public var searching = false
    public var themeEntry: ThemeEntry?

    public init(block: BlockID) {
        self.block = block
    }

    /// What a key on the wall leads to.
    public enum Outcome: Sendable, Equatable {
        case stay
        case perform([Intent])
        case close
        /// Open the themes of the whole day.
        case themes
    }

    /// The tables (the plan's, then any other a post-it names) with their post-its as shown, read
    /// from the board's index by block and table (a post-it is read only to filter by kind or search).
    public func columns(_ state: SessionState) -> [(table: String, postIts: PostItList)] {
        var tables = state.plan.tables.map(\.name)
        for table in state.board.tables(in: block) where !tables.contains(table) && state.board.count(in: block, table: table) > 0 {
            tables.append(table)
        }
        let needle = search.text.trimmingCharacters(in: .whitespaces).lowercased()
        return tables.map { table in
            let list = state.board.list(in: block, table: table)
            guard kind != nil || !needle.isEmpty else { return (table, list) }
            return (table, list.filtered { p in
                (kind == nil || p.kind == kind) && (needle.isEmpty || p.text.lowercased().contains(needle)
                    || (p.theme?.lowercased().contains(needle) ?? false))
            })
        }
    }

    /// The selected post-it, if the selected column has any.
    public func selected(_ state: SessionState) -> PostIt? {
        let columns = columns(state)
        guard columns.indices.contains(column) else { return nil }
        let list = columns[column].postIts
        return list.isEmpty ? nil : list[max(0, min(row, list.count - 1))]
    }

    public mutating func handle(_ key: Key, state: SessionState) -> Outcome {
        if var entry = themeEntry {
            let suggestions = entry.suggestions(state)
            switch WallKeys.themeEntry.action(for: key) {
            case .cancel:
                themeEntry = nil
                return .stay
            case .down:
                entry.choice = suggestions.isEmpty ? nil : min(suggestions.count - 1, (entry.choice ?? -1) + 1)
            case .up:
                entry.choice = entry.choice.flatMap { $0 > 0 ? $0 - 1 : nil }
            case .complete:
                if let pick = entry.choice.map({ suggestions[$0] }) ?? suggestions.first {
                    entry.editor = LineEditor(pick, maxLength: 80)
                    entry.choice = nil
                }
            case .save:
                themeEntry = nil
                guard let postIt = selected(state) else { return .stay }
                let name = entry.choice.flatMap { suggestions.indices.contains($0) ? suggestions[$0] : nil } ?? entry.editor.text
                // A name typed like an existing theme (another case) joins that theme.
                let existing = state.themes.first { $0.lowercased() == name.trimmingCharacters(in: .whitespaces).lowercased() }
                return .perform([.theme(id: postIt.id, name: existing ?? name)])
            case nil:
                _ = entry.editor.handle(key)
                entry.choice = nil
            }
            themeEntry = entry
            return .stay
        }
        if searching {
            switch WallKeys.search.action(for: key) {
            case .cancel: search.clear(); searching = false
            case .done: searching = false
            case nil: _ = search.handle(key); row = 0
            }
            return .stay
        }
        let columns = columns(state)
        let count = columns.indices.contains(column) ? columns[column].postIts.count : 0
        guard let action = WallKeys.map.action(for: key) else { return .stay }
        switch action {
        case .left: column = max(0, column - 1); row = 0
        case .right: column = min(max(0, columns.count - 1), column + 1); row = 0
        case .up: row = max(0, min(row, count - 1) - 1)
        case .down: row = min(max(0, count - 1), row + 1)
        case .pageUp: row = max(0, row - 10)
        case .pageDown: row = min(max(0, count - 1), row + 10)
        case .first: row = 0
        case .last: row = max(0, count - 1)
        case .vote:
            return selected(state).map { .perform([.vote(id: $0.id, delta: 1)]) } ?? .stay
        case .unvote:
            return selected(state).map { .perform([.vote(id: $0.id, delta: -1)]) } ?? .stay
        case .quickWin:
            return selected(state).map { .perform([.quickWin(id: $0.id, on: !$0.quickWin)]) } ?? .stay
        case .theme:
            guard let postIt = selected(state) else { return .stay }
            themeEntry = ThemeEntry(editor: LineEditor(postIt.theme ?? "", maxLength: 80), choice: nil)
        case .search: searching = true
        case .kind:
            let kinds = state.captureKinds(in: block).filter { k in state.postIts(in: block).contains { $0.kind == k } }
            let used = kinds + state.postIts(in: block).map(\.kind).filter { !kinds.contains($0) }.uniqued()
            if let kind, let i = used.firstIndex(of: kind) { self.kind = i + 1 < used.count ? used[i + 1] : nil } else { kind = used.first }
            row = 0
        case .previousBlock, .nextBlock:
            guard let i = state.index(of: block) else { return .stay }
            let j = action == .previousBlock ? i - 1 : i + 1
            if state.agenda.indices.contains(j) { block = state.agenda[j].id; row = 0 }
        case .themes: return .themes
        case .back:
            if !search.text.isEmpty || kind != nil { search.clear(); kind = nil; return .stay }
            return .close
        case .close: return .close
        case .stay: return .stay
        }
        return .stay
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
