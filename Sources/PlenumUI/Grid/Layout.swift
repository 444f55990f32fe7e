/// A rectangle of cells on a screen (rows from the top, columns from the left), as ratatui's
/// `Rect`: layout helpers split it and widgets draw into it.
public struct Rect: Sendable, Equatable {
    public var top: Int
    public var left: Int
    public var width: Int
    public var height: Int

    public init(top: Int = 0, left: Int = 0, width: Int, height: Int) {
        self.top = top
        self.left = left
        self.width = width
        self.height = height
    }

    /// The whole of a screen.
    public init(_ screen: Screen) {
        self.init(width: screen.width, height: screen.height)
    }

    /// The row below the last one.
    public var bottom: Int { top + height }

    /// Whether a screen of at least `width`×`height` fits here.
    public func holds(width minimumWidth: Int, height minimumHeight: Int) -> Bool {
        width >= minimumWidth && height >= minimumHeight
    }

    /// The last `rows` rows (the last row for a hint bar, the two above it for a message).
    public func lastRows(_ rows: Int) -> Rect {
        Rect(top: bottom - rows, left: left, width: width, height: rows)
    }
}

/// The dim bar of key hints on a screen's last row: the words padded by a column on each side.
public struct HintBar {
    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    /// Draws into the first row of `area`.
    public func draw(on screen: inout Screen, in area: Rect) {
        guard area.height > 0, area.width > 2 else { return }
        screen.fill(row: area.top, column: area.left, count: area.width, style: .dim)
        screen.put(text, row: area.top, column: area.left + 1, style: .dim, limit: area.width - 2)
    }

    /// Draws on the last row of `screen`.
    public func draw(on screen: inout Screen) {
        draw(on: &screen, in: Rect(screen).lastRows(1))
    }
}

/// The smallest terminal a screen can be drawn on; below it the screen says so instead
/// (`TooSmallView`), never a crash.
public struct MinimumSize: Sendable, Equatable {
    public let width: Int
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The "too small" screen when `width`×`height` is below this size; nil when it fits.
    public func refusal(width: Int, height: Int, strings: UIStrings) -> Screen? {
        guard !Rect(width: width, height: height).holds(width: self.width, height: self.height) else { return nil }
        return TooSmallView.render(width: width, height: height, strings: strings, minimum: (self.width, self.height))
    }
}
