/// The one cleaning path for text from outside (plans, post-its, names, options, file names) on
/// its way to a terminal or an export: nothing it lets through can drive a terminal (C0 and C1
/// controls, DEL, so no escape sequence), turn text around (bidi embeddings, overrides, isolates
/// and marks), or paint down a page (a storm of combining marks on one letter).
///
/// Screens use `printable` for every character they store; the command line's output and the
/// text exports use `clean`; JSON escapes what `isHarmful` names instead of dropping it.
public enum SafeText {
    /// Combining marks kept on one letter: enough for any script's accents (Vietnamese, Hebrew
    /// points, Thai), far below a "Zalgo" storm.
    public static let combiningMarks = 4
    /// Scalars kept in one character (a family emoji has 7).
    public static let scalarsPerCharacter = 12

    /// Whether a scalar would drive a terminal or turn text around. Every Bidi_Control scalar is
    /// U+061C or within U+200E–U+2069, so the property (a table lookup that was half the cost
    /// of a large json export) is asked only there.
    public static func isHarmful(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x7F || (0x80..<0xA0).contains(v)
            || ((v == 0x061C || (0x200E...0x2069).contains(v)) && scalar.properties.isBidiControl)
    }

    /// One character as it may be shown: harmful scalars dropped, a tab as a space, at most
    /// `combiningMarks` marks; empty when nothing of it may be shown.
    public static func printable(_ character: Character) -> String {
        if character == "\t" { return " " }
        return kept(character)
    }

    /// A text as it may be written: harmful scalars dropped, combining storms capped; line breaks
    /// (`\n`, `\r\n`) kept as `\n` and tabs kept when `lines` is true, else each made a space.
    public static func clean(_ text: String, lines: Bool = true) -> String {
        // Clean text is taken whole; without lines, only if it has no line break or tab to make a space.
        if isClean(text), lines || !text.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\n", "\r\n": out.append(lines ? "\n" : " ")
            case "\t": out.append(lines ? "\t" : " ")
            default: out += kept(character)
            }
        }
        return out
    }

    /// Whether `text` is already as `clean` (keeping lines) would make it: one pass over the
    /// scalars, so the common case (clean text) costs next to nothing.
    public static func isClean(_ text: String) -> Bool {
        var marks = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v >= 0x20, v < 0x7F { marks = 0; continue }
            if v == 0x0A || v == 0x09 { marks = 0; continue }
            if isHarmful(scalar) { return false }
            if v >= 0x300, [.nonspacingMark, .enclosingMark, .spacingMark].contains(scalar.properties.generalCategory) {
                marks += 1
                if marks > combiningMarks { return false }
            } else {
                marks = 0
            }
        }
        // A long cluster (many joiners) is rare; only then is it measured character by character.
        return text.unicodeScalars.count - text.count < scalarsPerCharacter
            || text.allSatisfy { $0.unicodeScalars.count <= scalarsPerCharacter }
    }

    private static func kept(_ character: Character) -> String {
        if let a = character.asciiValue, a >= 0x20, a != 0x7F { return String(character) }
        var kept = String.UnicodeScalarView()
        var marks = 0
        var count = 0
        for scalar in character.unicodeScalars where !isHarmful(scalar) {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark:
                marks += 1
                if marks > combiningMarks { continue }
            default:
                break
            }
            count += 1
            if count > scalarsPerCharacter { break }
            kept.append(scalar)
        }
        return String(kept)
    }
}
