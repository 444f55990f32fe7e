/// Large digits drawn as a seven-segment display, scaled to the room available: readable from the
/// back of a room on a projector. A glyph is 3 × 5 pixels; each pixel is `scale` rows × `2·scale`
/// columns (terminal cells are about twice as tall as wide). The segments stay thin as the digits
/// grow (`thickness`): as large and as legible, and a second that turns changes fewer cells — what
/// a projector's terminal is sent each second.
public enum BigDigits {
    /// The segments: a top, b upper right, c lower right, d bottom, e lower left, f upper left,
    /// g middle; `+` adds a short upright bar across g; `:` is two dots.
    private enum Segment: CaseIterable { case a, b, c, d, e, f, g }

    private static let glyphs: [Character: [Segment]] = [
        "0": [.a, .b, .c, .d, .e, .f], "1": [.b, .c], "2": [.a, .b, .g, .e, .d], "3": [.a, .b, .g, .c, .d],
        "4": [.f, .g, .b, .c], "5": [.a, .f, .g, .c, .d], "6": [.a, .f, .g, .e, .c, .d], "7": [.a, .b, .c],
        "8": [.a, .b, .c, .d, .e, .f, .g], "9": [.a, .b, .c, .d, .f, .g], "-": [.g], "+": [.g],
    ]

    /// Rows of the font at scale 1.
    public static let glyphRows = 5

    /// Pixels a glyph is wide (the colon 1, the rest 3).
    private static func pixels(_ character: Character) -> Int? {
        character == ":" ? 1 : glyphs[character] == nil ? nil : 3
    }

    /// The scale of the seconds (the digits after the last colon) next to minutes at `scale`: on a
    /// large stage they are drawn smaller, bottom-aligned, as on a sports clock; the minutes are what
    /// the back of the room reads, and the digits that turn every second then cost a third of the
    /// cells (and of the bytes sent to the projector).
    public static func secondsScale(_ scale: Int) -> Int { max(1, (scale * 3 + 2) / 5) }

    /// Each character of `text` that has a glyph, with the scale it is drawn at.
    private static func layout(_ text: String, scale: Int) -> [(character: Character, pixels: Int, scale: Int)] {
        let lastColon = text.lastIndex(of: ":")
        return text.indices.compactMap { i in
            guard let wide = pixels(text[i]) else { return nil }
            let small = lastColon.map { i > $0 } ?? false
            return (text[i], wide, small ? secondsScale(scale) : scale)
        }
    }

    /// Columns `text` takes at `scale`.
    public static func width(_ text: String, scale: Int) -> Int {
        let glyphs = layout(text, scale: scale)
        guard let last = glyphs.last else { return 0 }
        return glyphs.reduce(0) { $0 + ($1.pixels + 1) * 2 * $1.scale } - 2 * last.scale
    }

    /// The largest scale at which `text` fits in `columns` × `rows` (0 when not even scale 1 fits),
    /// as if the seconds were as large as the minutes: smaller seconds never make the minutes larger.
    public static func scale(for text: String, columns: Int, rows: Int) -> Int {
        let pixels = text.compactMap(pixels)
        let perScale = (pixels.reduce(0, +) + pixels.count - 1) * 2
        var s = 0
        while perScale * (s + 1) <= columns, glyphRows * (s + 1) <= rows { s += 1 }
        return s
    }

    /// A segment's thickness in rows (twice that in columns) at `scale`: a whole pixel up to scale
    /// 2, then growing half as fast as the digits.
    public static func thickness(_ scale: Int) -> Int { scale <= 2 ? max(1, scale) : (scale + 2) / 2 }

    /// Draws `text` with its top-left corner at (row, column), `glyphRows × scale` rows high.
    public static func draw(_ text: String, into screen: inout Screen, row: Int, column: Int, scale: Int, style: Style) {
        guard scale > 0 else { return }
        var x = column
        for glyph in layout(text, scale: scale) {
            let top = row + glyphRows * (scale - glyph.scale)
            drawGlyph(glyph.character, pixels: glyph.pixels, into: &screen, row: top, column: x, scale: glyph.scale, style: style)
            x += (glyph.pixels + 1) * 2 * glyph.scale
        }
    }

    private static func drawGlyph(_ character: Character, pixels wide: Int, into screen: inout Screen, row: Int, column x: Int,
                                  scale: Int, style: Style) {
        let t = thickness(scale), height = glyphRows * scale, width = wide * 2 * scale
        func fill(_ top: Int, _ left: Int, rows: Int, columns: Int) {
            guard rows > 0, columns > 0 else { return }
            for y in top..<top + rows { screen.put(String(repeating: "█", count: columns), row: y, column: left, style: style) }
        }
        let middle = row + (height - t) / 2
        if character == ":" {
            // Two square dots, centred in the upper and lower halves.
            let dot = min(t, scale)
            for centre in [row + height / 4, row + height - 1 - height / 4] {
                fill(centre - dot / 2, x + (width - 2 * dot) / 2, rows: dot, columns: 2 * dot)
            }
        }
        for segment in glyphs[character] ?? [] {
            switch segment {
            case .a: fill(row, x, rows: t, columns: width)
            case .g: fill(middle, x, rows: t, columns: width)
            case .d: fill(row + height - t, x, rows: t, columns: width)
            case .f: fill(row, x, rows: middle + t - row, columns: 2 * t)
            case .b: fill(row, x + width - 2 * t, rows: middle + t - row, columns: 2 * t)
            case .e: fill(middle, x, rows: row + height - middle, columns: 2 * t)
            case .c: fill(middle, x + width - 2 * t, rows: row + height - middle, columns: 2 * t)
            }
        }
        if character == "+" {
            // The upright bar of the plus: as thick as a segment, three fifths of the glyph high.
            fill(row + scale, x + (width - 2 * t) / 2, rows: height - 2 * scale, columns: 2 * t)
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
