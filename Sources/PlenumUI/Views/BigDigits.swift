/// Large digits drawn with block characters, scaled to the room available: readable from the back
/// of a room on a projector. The font is 3×5; each pixel becomes `scale` rows × `2·scale` columns
/// (terminal cells are about twice as tall as wide).
public enum BigDigits {
    private static let font: [Character: [String]] = [
        "0": ["███", "█ █", "█ █", "█ █", "███"],
        "1": [" █ ", "██ ", " █ ", " █ ", "███"],
        "2": ["███", "  █", "███", "█  ", "███"],
        "3": ["███", "  █", "███", "  █", "███"],
        "4": ["█ █", "█ █", "███", "  █", "  █"],
        "5": ["███", "█  ", "███", "  █", "███"],
        "6": ["███", "█  ", "███", "█ █", "███"],
        "7": ["███", "  █", "  █", "  █", "  █"],
        "8": ["███", "█ █", "███", "█ █", "███"],
        "9": ["███", "█ █", "███", "  █", "███"],
        ":": [" ", "█", " ", "█", " "],
        "+": ["   ", " █ ", "███", " █ ", "   "],
        "-": ["   ", "   ", "███", "   ", "   "],
    ]

    /// Rows of the font at scale 1.
    public static let glyphRows = 5

    /// Columns `text` takes at `scale`.
    public static func width(_ text: String, scale: Int) -> Int {
        let glyphs = text.compactMap { font[$0] }
        guard !glyphs.isEmpty else { return 0 }
        let pixels = glyphs.reduce(0) { $0 + ($1.first?.count ?? 0) } + glyphs.count - 1
        return pixels * 2 * scale
    }

    /// The largest scale at which `text` fits in `columns` × `rows` (0 when not even scale 1 fits).
    public static func scale(for text: String, columns: Int, rows: Int) -> Int {
        var s = 0
        while width(text, scale: s + 1) <= columns, glyphRows * (s + 1) <= rows { s += 1 }
        return s
    }

    /// Draws `text` with its top-left corner at (row, column).
    public static func draw(_ text: String, into screen: inout Screen, row: Int, column: Int, scale: Int, style: Style) {
        guard scale > 0 else { return }
        var x = column
        for character in text {
            guard let glyph = font[character] else { continue }
            let glyphWidth = glyph.first?.count ?? 0
            for (gy, line) in glyph.enumerated() {
                for (gx, pixel) in line.enumerated() where pixel == "█" {
                    for dy in 0..<scale {
                        screen.put(String(repeating: "█", count: 2 * scale), row: row + gy * scale + dy,
                                   column: x + gx * 2 * scale, style: style)
                    }
                }
            }
            x += (glyphWidth + 1) * 2 * scale
        }
    }

    /// "mm:ss", or "h:mm:ss" from an hour; a leading "+" when counting up past the end.
    public static func clock(_ seconds: Double) -> String {
        let over = seconds < 0
        let total = Int(abs(seconds).rounded(over ? .down : .up))
        let h = total / 3600, m = (total % 3600) / 60, s = total % 60
        let body = h > 0 ? "\(h):\(pad(m)):\(pad(s))" : "\(pad(m)):\(pad(s))"
        return (over ? "+" : "") + body
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
