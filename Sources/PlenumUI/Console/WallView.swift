import PlenumCore

/// Where the facilitator is on the wall: which block's post-its, which table column is selected,
/// and how far the columns are scrolled.
public struct WallCursor: Sendable, Equatable {
    public var block: BlockID
    public var column = 0
    public var scroll = 0

    public init(block: BlockID) {
        self.block = block
    }
}

/// The wall: every post-it of a block, in columns by table (the plan's table order), newest last.
struct WallView {
    let state: SessionState
    let strings: UIStrings
    let cursor: WallCursor

    func draw(on screen: inout Screen, top: Int, bottom: Int) {
        for row in top...bottom { screen.fill(row: row, style: .plain) }
        let title = state.item(cursor.block)?.block.title ?? ""
        screen.put(strings.wallTitle + " · " + title, row: top, column: 1, style: .bold, limit: screen.width - 2)
        let tables = state.plan.tables.map(\.name)
        guard !tables.isEmpty, bottom - top >= 3 else { return }
        let columnWidth = max(18, min(40, (screen.width - 1) / tables.count))
        let fitting = max(1, (screen.width - 1) / columnWidth)
        let firstColumn = max(0, min(cursor.column - fitting + 1, tables.count - fitting))
        for (slot, index) in (firstColumn..<min(tables.count, firstColumn + fitting)).enumerated() {
            let left = 1 + slot * columnWidth
            let postIts = state.postIts(in: cursor.block, table: tables[index])
            let header = " " + tables[index] + " (\(postIts.count)) "
            screen.put(header, row: top + 2, column: left, style: index == cursor.column ? .title : .bold,
                       limit: columnWidth - 1)
            var lines: [(String, Style)] = []
            for postIt in postIts {
                let group = postIt.group.map { "g\($0) " } ?? ""
                let wrapped = DisplayWidth.wrap("[" + group + postIt.kind + "] " + postIt.text, to: columnWidth - 3)
                for (i, line) in wrapped.enumerated() { lines.append(((i == 0 ? "• " : "  ") + line, .plain)) }
            }
            if postIts.isEmpty { lines.append((strings.wallEmpty, .dim)) }
            let visible = bottom - (top + 3) + 1
            let start = max(0, min(cursor.scroll, lines.count - visible))
            for (offset, line) in lines.dropFirst(start).prefix(visible).enumerated() {
                screen.put(line.0, row: top + 3 + offset, column: left, style: line.1, limit: columnWidth - 1)
            }
        }
        if firstColumn > 0 { screen.put("◀", row: top + 2, column: 0, style: .dim) }
        if firstColumn + fitting < tables.count { screen.put("▶", row: top + 2, column: screen.width - 1, style: .dim) }
    }
}
