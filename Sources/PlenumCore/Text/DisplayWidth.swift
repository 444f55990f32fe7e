/// How many terminal columns text takes: by grapheme, 2 for East Asian wide characters and emoji,
/// 0 for combining marks and other invisible scalars. `String.count` is not a layout measure.
///
/// This is a pure table (no locale, no `wcwidth`), so layout is the same in tests and on any
/// machine; it follows the Unicode East Asian Width and emoji presentation properties.
public enum DisplayWidth {
    /// Columns of a whole string.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// Columns of one grapheme (one user-perceived character).
    public static func of(_ character: Character) -> Int {
        var base = 0
        var emojiVariant = false
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F { emojiVariant = true }
            if base == 0 { base = of(scalar) }
        }
        if emojiVariant, base == 1, character.unicodeScalars.first?.properties.isEmoji == true { return 2 }
        return base
    }

    /// Columns of one scalar on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return v == 0xAD ? 1 : 0
        default:
            break
        }
        if (0x1160...0x11FF).contains(v) || v == 0x200B { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(v) } ? 2 : 1
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18AFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// The longest prefix of `text` that fits in `width` columns, ending in "…" when cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 0 else { return "" }
        var result = ""
        var used = 0
        for c in text {
            let w = of(c)
            if used + w > width - 1 { break }
            result.append(c)
            used += w
        }
        return result + "…"
    }

    /// A sentence that fits in `width` columns: whole when it fits, else cut after its last whole
    /// word that fits and ended in "…" (a single word longer than the line is cut where it must be).
    public static func truncateAtWord(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 0 else { return "" }
        let cut = truncate(text, to: width).dropLast()
        guard let space = cut.lastIndex(of: " ") else { return String(cut) + "…" }
        var head = String(cut[..<space])
        while let last = head.last, " ,;:·–—".contains(last) { head.removeLast() }
        return head.isEmpty ? String(cut) + "…" : head + "…"
    }

    /// `text` cut or padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, right: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let fill = String(repeating: " ", count: max(0, width - of(cut)))
        return right ? fill + cut : cut + fill
    }

    /// Lines of at most `width` columns, broken at spaces where possible. Linear in the text: every
    /// character is measured once, however long a word is.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var used = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let size = of(word)
            if line.isEmpty, size <= width { line = String(word); used = size; continue }
            if !line.isEmpty, used + 1 + size <= width { line += " " + word; used += 1 + size; continue }
            if !line.isEmpty { lines.append(line); line = ""; used = 0 }
            // A word longer than the line: cut into pieces of at most `width` columns.
            for c in word {
                let w = of(c)
                if used + w > width, !line.isEmpty { lines.append(line); line = ""; used = 0 }
                line.append(c)
                used += w
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// At most `count` lines of `wrap(text, to: width)`; when the text needs more, the last line
    /// shown ends after its last whole word that fits, with "…", so a sentence is never cut silently.
    public static func wrap(_ text: String, to width: Int, lines count: Int) -> [String] {
        let all = wrap(text, to: width)
        guard all.count > count, count > 0 else { return all }
        return all.prefix(count - 1) + [truncateAtWord(all[(count - 1)...].joined(separator: " "), to: width)]
    }
}
