/// The eight terminal colours.
public enum Color: Int, Sendable, CaseIterable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn. Colours are dropped on terminals without them (and with NO_COLOR); the
/// other attributes still say what matters (bold current block, reverse selection, dim done).
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false

    public init(foreground: Color? = nil, background: Color? = nil, bold: Bool = false, dim: Bool = false,
                reverse: Bool = false, underline: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let dim = Style(dim: true)
    public static let reverse = Style(reverse: true)
    public static let title = Style(bold: true, reverse: true)
    public static let warning = Style(foreground: .yellow, bold: true)
    public static let alarm = Style(foreground: .red, bold: true)
    public static let good = Style(foreground: .green)
    public static let accent = Style(foreground: .cyan, bold: true)

    /// This style with `reverse` switched on (for a selected row).
    public var selected: Style {
        var s = self
        s.reverse = true
        return s
    }
}
