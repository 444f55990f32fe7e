import PlenumCore

/// What the stage shows under the clock of a block with an evaluation or a basis: the live
/// histogram of each `rate` question (side by side as the width allows), or the block's material
/// (a survey as bars per segment, a text wrapped).
struct StagePanel {
    /// The panel's columns, each its lines.
    let columns: [[StyledLine]]
    let columnWidth: Int

    /// The panel of the block `id`, or nil when it has neither ratings nor material.
    static func make(_ id: BlockID, state: SessionState, strings: UIStrings, width: Int) -> StagePanel? {
        guard let block = state.anyBlock(id) else { return nil }
        let tallies = state.ratingTallies(id)
        if !tallies.isEmpty {
            let count = min(tallies.count, max(1, width / 36))
            let columnWidth = min(60, (width - 2 * (count - 1)) / count)
            let columns = (0..<count).map { k in
                stride(from: k, to: tallies.count, by: count).flatMap { i -> [StyledLine] in
                    (i == k ? [] : [StyledLine()]) + RatingLines(tallies[i], strings: strings).lines(width: columnWidth)
                }
            }
            return StagePanel(columns: columns, columnWidth: columnWidth)
        }
        if let material = block.material {
            let columnWidth = min(width, 160)
            return StagePanel(columns: [MaterialLines(material, strings: strings).lines(width: columnWidth)], columnWidth: columnWidth)
        }
        return nil
    }

    /// The rows the panel needs.
    var height: Int { columns.map(\.count).max() ?? 0 }

    /// The rows the panel takes (with the blank line above it) when `free` rows are left under the
    /// title besides what else is reserved: it leaves the clock room for its smallest big digits.
    func rows(free: Int) -> Int {
        let room = free - BigDigits.glyphRows - 2
        return room > 2 ? min(height, room) + 1 : 0
    }

    /// Draws the panel centred from `top` to `bottom`; a column cut short ends in "…".
    func draw(on screen: inout Screen, top: Int, bottom: Int) {
        guard bottom >= top else { return }
        let gap = 2
        let total = columns.count * columnWidth + (columns.count - 1) * gap
        var left = max(0, (screen.width - total) / 2)
        for column in columns {
            let room = bottom - top + 1
            let shown = column.count > room ? Array(column.prefix(max(0, room - 1))) + [StyledLine("…", style: .dim)] : column
            for (k, line) in shown.enumerated() {
                line.draw(on: &screen, row: top + k, column: left, width: columnWidth)
            }
            left += columnWidth + gap
        }
    }
}
