import PlenumCore

extension Screen {
    /// Draws a bordered box in the middle of the screen: a title in the top border, the lines
    /// (wrapped), then a dim footer; returns where its first text line starts.
    @discardableResult
    public mutating func box(title: String, lines: [(String, Style)], footer: String?,
                             minimumWidth: Int = 0) -> (row: Int, column: Int) {
        let contentWidth = min(width - 6,
                               max(minimumWidth, DisplayWidth.of(title) + 4, footer.map { DisplayWidth.of($0) } ?? 0,
                                   lines.map { DisplayWidth.of($0.0) }.max() ?? 0))
        var wrapped: [(String, Style)] = []
        for (text, style) in lines {
            // A line that fits keeps its spacing (aligned labels); a longer one is wrapped at spaces.
            if DisplayWidth.of(text) <= contentWidth { wrapped.append((text, style)); continue }
            for l in DisplayWidth.wrap(text, to: contentWidth) { wrapped.append((l, style)) }
        }
        let footerLines = footer.map { DisplayWidth.wrap($0, to: contentWidth) } ?? []
        let boxHeight = min(height - 2, wrapped.count + footerLines.count + (footerLines.isEmpty ? 2 : 3))
        let boxWidth = contentWidth + 4
        let top = max(1, (height - boxHeight) / 2), left = max(0, (width - boxWidth) / 2)
        // A blank column either side: the screen behind never shows a stray letter against the border.
        for row in top..<(top + boxHeight) { fill(row: row, column: left - 1, count: boxWidth + 2, style: .plain) }
        put("┌" + String(repeating: "─", count: boxWidth - 2) + "┐", row: top, column: left, style: .bold)
        put(" " + title + " ", row: top, column: left + 2, style: .bold)
        for row in (top + 1)..<(top + boxHeight - 1) {
            put("│", row: row, column: left, style: .bold)
            put("│", row: row, column: left + boxWidth - 1, style: .bold)
        }
        put("└" + String(repeating: "─", count: boxWidth - 2) + "┘", row: top + boxHeight - 1, column: left, style: .bold)
        var row = top + 1
        for (text, style) in wrapped where row < top + boxHeight - 1 {
            put(text, row: row, column: left + 2, style: style, limit: contentWidth)
            row += 1
        }
        if !footerLines.isEmpty { row += 1 }
        for line in footerLines where row < top + boxHeight - 1 {
            put(line, row: row, column: left + 2, style: .dim, limit: contentWidth)
            row += 1
        }
        return (top + 1, left + 2)
    }
}
