import Foundation
import PlenumCore

/// Where the facilitator is among the day's themes, and a new name being typed for one.
public struct ThemesCursor: Sendable, Equatable {
    public var selected = 0
    public var rename: LineEditor?

    public init() {}

    /// What a key on the themes screen leads to: intents, or closing (back to the wall).
    public mutating func handle(_ key: Key, themes: [SessionDigest.Theme]) -> (intents: [Intent], close: Bool) {
        if var editor = rename {
            switch WallKeys.rename.action(for: key) {
            case .cancel: rename = nil
            case .save:
                rename = nil
                guard themes.indices.contains(selected) else { return ([], false) }
                return ([.renameTheme(from: themes[selected].name, to: editor.text)], false)
            case nil:
                _ = editor.handle(key)
                rename = editor
            }
            return ([], false)
        }
        switch WallKeys.themes.action(for: key) {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, themes.count - 1), selected + 1)
        case .first: selected = 0
        case .last: selected = max(0, themes.count - 1)
        case .rename:
            if themes.indices.contains(selected) { rename = LineEditor(themes[selected].name, maxLength: 80) }
        case .close: return ([], true)
        case nil: break
        }
        return ([], false)
    }
}

/// The day's themes for the closing plenum: each theme with its votes and its post-its from every
/// table and block (quick wins first, then by votes), most votes first; the quick wins after.
struct ThemesView {
    let state: SessionState
    let strings: UIStrings
    let cursor: ThemesCursor

    func draw(on screen: inout Screen, top: Int, bottom: Int) {
        for row in top...bottom { screen.fill(row: row, style: .plain) }
        let width = screen.width
        // Only the themes and the quick wins are gathered (not the whole digest): this redraws often.
        let themes = SessionDigest.themes(of: state)
        let quickWins = SessionDigest.quickWins(of: state)
        screen.put(strings.themesTitle + " · " + strings.themesCount(themes.count, quickWins: quickWins.count),
                   row: top, column: 1, style: .bold, limit: width - 2)
        var lines: [(String, Style, Int?)] = []
        for (t, theme) in themes.enumerated() {
            let votes = theme.votes > 0 ? "  " + strings.votesWord(theme.votes) : ""
            lines.append(("# " + theme.name + votes + "  (\(theme.postIts.count))", t == cursor.selected ? Style.title : .bold, t))
            for p in theme.postIts {
                let marks = (p.quickWin ? "★ " : "") + (p.votes > 0 ? String(repeating: "●", count: min(p.votes, 6)) + " " : "")
                let place = "  — " + p.table + " · " + (state.item(p.block)?.block.title ?? "")
                for (i, line) in DisplayWidth.wrap(marks + p.text + place, to: width - 6).enumerated() {
                    lines.append(((i == 0 ? "  • " : "    ") + line, p.quickWin ? .accent : .plain, nil))
                }
            }
            lines.append(("", .plain, nil))
        }
        if themes.isEmpty { lines.append((strings.noThemesYet, .dim, nil)) }
        if !quickWins.isEmpty {
            lines.append(("★ Quick wins", .bold, nil))
            for p in quickWins {
                let votes = p.votes > 0 ? String(repeating: "●", count: min(p.votes, 6)) + " " : ""
                for (i, line) in DisplayWidth.wrap(votes + p.text + "  — " + p.table, to: width - 6).enumerated() {
                    lines.append(((i == 0 ? "  • " : "    ") + line, .accent, nil))
                }
            }
        }
        let listTop = top + 2, visible = bottom - listTop + 1
        let selectedLine = lines.firstIndex { $0.2 == cursor.selected } ?? 0
        let first = max(0, min(selectedLine - 2, lines.count - visible))
        for (offset, line) in lines.dropFirst(first).prefix(visible).enumerated() {
            if line.1 == .title { screen.fill(row: listTop + offset, column: 1, count: width - 2, style: .title) }
            screen.put(line.0, row: listTop + offset, column: 1, style: line.1, limit: width - 2)
        }
        if let editor = cursor.rename, themes.indices.contains(cursor.selected) {
            let boxWidth = min(width - 10, 56)
            let shown = editor.visible(width: boxWidth - 4)
            let origin = screen.box(title: strings.renameThemeTitle(themes[cursor.selected].name),
                                    lines: [(shown.text, .bold)], footer: strings.renameHint, minimumWidth: boxWidth)
            screen.cursor = (origin.row, origin.column + shown.cursorColumn)
        }
    }
}
