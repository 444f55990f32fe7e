import PlenumCore

/// The wall: a block's post-its in columns by table, newest last, each with its dots (●), quick
/// win (★) and theme; the selected post-it in reverse; a theme being typed with the existing
/// themes offered below it.
struct WallView {
    let state: SessionState
    let strings: UIStrings
    let cursor: WallCursor

    func draw(on screen: inout Screen, top: Int, bottom: Int) {
        for row in top...bottom { screen.fill(row: row, style: .plain) }
        let width = screen.width
        let index = state.index(of: cursor.block)
        let title = (index.map { "\($0 + 1). " } ?? "") + (state.item(cursor.block)?.block.title ?? "")
        screen.put(strings.wallTitle + " · " + title, row: top, column: 1, style: .bold, limit: width - 16)
        if let index {
            let position = "[ \(index + 1)/\(state.agenda.count) ]"
            screen.put(position, row: top, column: width - DisplayWidth.of(position) - 1, style: .dim)
        }
        let columns = cursor.columns(state)
        let shown = columns.reduce(0) { $0 + $1.postIts.count }
        var status = [strings.wallCount(shown, votes: columns.reduce(0) { $0 + state.dots(in: $1.postIts) })]
        if let kind = cursor.kind { status.append(strings.onlyKind(kind)) }
        if !cursor.search.text.isEmpty || cursor.searching { status.append(strings.searchLabel + " " + cursor.search.text) }
        screen.put(status.joined(separator: " · "), row: top + 1, column: 1,
                   style: cursor.kind != nil || !cursor.search.text.isEmpty ? .accent : .dim, limit: width - 2)
        if cursor.searching {
            screen.cursor = (top + 1, min(width - 2, 1 + DisplayWidth.of(status.joined(separator: " · "))))
        }
        guard !columns.isEmpty, bottom - top >= 4 else { return }
        let columnWidth = max(20, min(40, (width - 1) / columns.count))
        let fitting = max(1, (width - 1) / columnWidth)
        let selectedColumn = max(0, min(cursor.column, columns.count - 1))
        let firstColumn = max(0, min(selectedColumn - fitting + 1, columns.count - fitting))
        let listTop = top + 4, visible = bottom - listTop + 1
        for (slot, c) in (firstColumn..<min(columns.count, firstColumn + fitting)).enumerated() {
            let left = 1 + slot * columnWidth
            let column = columns[c]
            let header = " " + column.table + " (\(column.postIts.count)) "
            screen.put(header, row: top + 3, column: left, style: c == selectedColumn ? .title : .bold, limit: columnWidth - 1)
            // Only the post-its on screen are laid out (a column may hold thousands).
            var laidOut: [Int: [(String, Style)]] = [:]
            func block(_ k: Int) -> [(String, Style)] {
                if let done = laidOut[k] { return done }
                let made = lines(column.postIts[k], width: columnWidth - 3)
                laidOut[k] = made
                return made
            }
            let selectedRow = c == selectedColumn ? max(0, min(cursor.row, column.postIts.count - 1)) : -1
            // The selected post-it in view: start as late as needed, as early as possible.
            var first = 0
            if selectedRow >= 0, !column.postIts.isEmpty {
                var used = 0
                first = selectedRow
                while first >= 0, used + block(first).count <= visible { used += block(first).count; first -= 1 }
                first = min(selectedRow, first + 1)
            }
            var y = listTop
            if column.postIts.isEmpty { screen.put(strings.wallEmpty, row: y, column: left, style: .dim) }
            var k = first
            while k < column.postIts.count, y <= bottom {
                for (text, style) in block(k) where y <= bottom {
                    var s = style
                    if k == selectedRow { s.reverse = true; screen.fill(row: y, column: left, count: columnWidth - 1, style: s) }
                    screen.put(text, row: y, column: left, style: s, limit: columnWidth - 1)
                    y += 1
                }
                k += 1
            }
            if first > 0 { screen.put("▲", row: top + 3, column: left + columnWidth - 2, style: .dim) }
        }
        if firstColumn > 0 { screen.put("◀", row: top + 3, column: 0, style: .dim) }
        if firstColumn + fitting < columns.count { screen.put("▶", row: top + 3, column: width - 1, style: .dim) }
        if let entry = cursor.themeEntry { drawThemeEntry(entry, on: &screen) }
        cursor.actorPicker?.draw(on: &screen, state: state, strings: strings)
    }

    /// A post-it's lines: kind and group, the text, then its dots, quick win and theme.
    private func lines(_ postIt: PostIt, width: Int) -> [(String, Style)] {
        let group = postIt.group.map { "g\($0) " } ?? ""
        var result: [(String, Style)] = []
        for (i, line) in DisplayWidth.wrap("[" + group + postIt.kind + "] " + postIt.text, to: width).enumerated() {
            result.append(((i == 0 ? "• " : "  ") + line, .plain))
        }
        var marks: [String] = []
        if postIt.quickWin { marks.append("★ quick win") }
        let dots = state.dots(of: postIt)
        if dots > 0 { marks.append(dots <= 6 ? String(repeating: "●", count: dots) : "●×\(dots)") }
        if let theme = postIt.theme { marks.append("#" + theme) }
        let actors = state.priorities.actors(of: postIt.id)
        if !actors.isEmpty { marks.append("→ " + actors.joined(separator: ", ")) }
        if !marks.isEmpty {
            for line in DisplayWidth.wrap(marks.joined(separator: "  "), to: width) { result.append(("  " + line, .accent)) }
        }
        return result
    }

    private func drawThemeEntry(_ entry: ThemeEntry, on screen: inout Screen) {
        let width = min(screen.width - 10, 56)
        let shown = entry.editor.visible(width: width - 4)
        var lines: [(String, Style)] = [(shown.text, .bold)]
        let suggestions = entry.suggestions(state)
        for (i, name) in suggestions.prefix(8).enumerated() {
            lines.append(((i == entry.choice ? "▶ " : "  ") + name, i == entry.choice ? .accent : .plain))
        }
        if suggestions.isEmpty { lines.append((strings.newTheme, .dim)) }
        let origin = screen.box(title: strings.themeTitle, lines: lines, footer: strings.themeHint, minimumWidth: width)
        if entry.choice == nil { screen.cursor = (origin.row, origin.column + shown.cursorColumn) }
    }
}
