import Foundation

/// The board: post-its saved, edited, removed, restored and moved; themes, dots, quick wins and
/// plenum marks.
extension SessionState {
    /// Folds `entry`'s fact in if it is the board's; false for any other fact.
    mutating func foldBoard(_ entry: JournalEntry, at: Date) -> Bool {
        switch entry.fact {
        case .postItAdded(let draft):
            _ = board.add(draft, createdAt: at, seq: entry.seq)
        case .postItEdited(let id, let text, let kind):
            guard !text.isEmpty else { break }
            board.modify(id) { $0.text = text; $0.kind = kind; $0.edited = true }
        case .postItDeleted(let id):
            board.modify(id) { $0.deleted = true }
        case .postItRestored(let id):
            board.modify(id) { $0.deleted = false }
        case .postItMoved(let id, let block):
            guard index(of: block) != nil else { break }
            board.modify(id) { $0.block = block }
        case .voted(let id, let delta):
            board.modify(id) { $0.votes = max(0, $0.votes + delta) }
        case .themed(let id, let theme):
            let trimmed = theme?.withoutOuterSpaces
            let name = (trimmed?.isEmpty ?? true) ? nil : trimmed
            guard board.modify(id, { $0.theme = name }) else { break }
            if let name, !themes.contains(name) { themes.append(name) }
        case .themeRenamed(let from, let to):
            let to = to.withoutOuterSpaces
            guard let k = themes.firstIndex(of: from), !to.isEmpty, to != from else { break }
            board.renameTheme(from, to: to)
            if themes.contains(to) { themes.remove(at: k) } else { themes[k] = to }
        case .quickWinMarked(let id, let on):
            board.modify(id) { $0.quickWin = on }
        case .plenumMarked(let id, let on):
            board.modify(id) { $0.forPlenum = on }
        default:
            return false
        }
        return true
    }
}

extension String {
    /// The text without the spaces and tabs it starts and ends with (`trimmingCharacters(in:
    /// .whitespaces)`), taken whole when it has none: a theme is trimmed for every post-it put
    /// under it, again each time a session is opened, and Foundation's trimming was 3 % of that.
    var withoutOuterSpaces: String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar == " " || (!scalar.isASCII && scalar.properties.generalCategory == .spaceSeparator)
        }
        guard let first = unicodeScalars.first, let last = unicodeScalars.last, isSpace(first) || isSpace(last) else { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
