import PlenumCore

/// One terminal cell: a grapheme (empty for the right half of a wide character) and its style.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var style: Style

    public static let blank = Cell(text: " ", style: .plain)
    /// The right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }
}

/// A grid of cells that views draw into and the terminal layer copies to the screen. Text is placed
/// by terminal width: wide characters take two cells, combining marks join the cell before, and
/// every character passes `SafeText.printable`, so nothing drawn can drive the terminal.
public struct Screen: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (nil: hidden).
    public var cursor: (row: Int, column: Int)?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public static func == (a: Screen, b: Screen) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
            && a.cursor?.row == b.cursor?.row && a.cursor?.column == b.cursor?.column
    }

    public subscript(row: Int, column: Int) -> Cell {
        guard row >= 0, row < height, column >= 0, column < width else { return .blank }
        return cells[row * width + column]
    }

    /// Writes `text` at (row, column), clipped to `limit` columns (default: to the right edge).
    /// Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < height, column < width else { return 0 }
        let end = min(width, column + (limit ?? width))
        var x = column
        for character in text {
            let visible = SafeText.printable(character)
            guard !visible.isEmpty else { continue }
            let w = DisplayWidth.of(Character(visible))
            if w == 0 {
                if x > column, x - 1 >= 0 { appendCombining(visible, row: row, column: x - 1) }
                continue
            }
            if x + w > end { break }
            if x >= 0 {
                set(Cell(text: visible, style: style), row: row, column: x)
                if w == 2 { set(Cell(text: "", style: style), row: row, column: x + 1) }
            }
            x += w
        }
        return max(0, x - column)
    }

    /// Fills `count` cells of a row with spaces in `style`.
    public mutating func fill(row: Int, column: Int = 0, count: Int? = nil, style: Style) {
        let n = count ?? (width - column)
        for x in max(0, column)..<min(width, column + n) { set(Cell(text: " ", style: style), row: row, column: x) }
    }

    /// Writes `text` centred in the row (or in `column..<column+span`).
    @discardableResult
    public mutating func center(_ text: String, row: Int, style: Style = .plain, column: Int = 0, span: Int? = nil) -> Int {
        let span = span ?? width - column
        let w = min(DisplayWidth.of(text), span)
        return put(DisplayWidth.truncate(text, to: span), row: row, column: column + (span - w) / 2, style: style, limit: span)
    }

    /// The text of one row, trailing spaces removed.
    public func line(_ row: Int) -> String {
        var s = ""
        for x in 0..<width { s += self[row, x].text }
        while s.last == " " { s.removeLast() }
        return s
    }

    /// All rows as text, for snapshots.
    public var text: String { (0..<height).map(line).joined(separator: "\n") }

    private mutating func set(_ cell: Cell, row: Int, column: Int) {
        guard row >= 0, row < height, column >= 0, column < width else { return }
        let i = row * width + column
        if cells[i].isContinuation, column > 0 { cells[i - 1] = Cell(text: " ", style: cells[i - 1].style) }
        if column + 1 < width, cells[i + 1].isContinuation, DisplayWidth.of(cells[i].text) == 2 {
            cells[i + 1] = Cell(text: " ", style: cells[i + 1].style)
        }
        cells[i] = cell
    }

    private mutating func appendCombining(_ mark: String, row: Int, column: Int) {
        var x = column
        if self[row, x].isContinuation, x > 0 { x -= 1 }
        let i = row * width + x
        guard i >= 0, i < cells.count else { return }
        cells[i].text += mark
    }
}

extension Screen {
    /// The top row of every screen: " plenum · TEXT" in reverse, with the time of day at the right.
    public mutating func titleBar(_ text: String, time: String?) {
        fill(row: 0, style: .title)
        var limit = width
        if let time {
            put(" " + time + " ", row: 0, column: width - DisplayWidth.of(time) - 2, style: .title)
            limit = width - DisplayWidth.of(time) - 3
        }
        // A title too long for the bar ends after a whole word, with …, never in the middle of one.
        put(DisplayWidth.truncateAtWord(" plenum · " + text, to: limit), row: 0, column: 0, style: .title, limit: limit)
    }
}
