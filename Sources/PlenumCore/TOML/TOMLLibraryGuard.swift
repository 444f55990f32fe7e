/// Finds the mistakes the TOML library stops the whole program on (an assertion inside it)
/// instead of reporting them, so plenum can report them as the syntax errors they are: a table
/// header that does not start with a name (`[=`, `[ #`, `[[,`, `[æ]`, `[` then a new line), and a
/// date followed by a one-digit time (`1979-05-27 8`). Both were found by fuzzing.
enum TOMLLibraryGuard {
    /// The place and sentence for the first such mistake, or nil when there is none.
    static func firstStop(_ text: String) -> TOMLDocument.SyntaxError? {
        let chars = Array(text)
        enum Quote { case none, basic, literal, multiBasic, multiLiteral }
        var quote = Quote.none
        var comment = false, inHeader = false, lineStart = true
        var depth = 0, line = 1, column = 1
        var i = 0
        func starts(_ s: String, at k: Int) -> Bool {
            let piece = Array(s)
            return k + piece.count <= chars.count && Array(chars[k..<(k + piece.count)]) == piece
        }
        func advance(_ n: Int) {
            for _ in 0..<n where i < chars.count {
                if chars[i] == "\n" || chars[i] == "\r\n" { line += 1; column = 1 } else { column += 1 }
                i += 1
            }
        }
        while i < chars.count {
            let c = chars[i]
            let newline = c == "\n" || c == "\r\n"
            if comment {
                if newline { comment = false; lineStart = true; inHeader = false }
                advance(1)
                continue
            }
            switch quote {
            case .basic, .literal:
                if c == "\\", quote == .basic { advance(2); continue }
                if (c == "\"" && quote == .basic) || (c == "'" && quote == .literal) || newline { quote = .none }
                advance(1)
                continue
            case .multiBasic:
                if c == "\\" { advance(2); continue }
                if starts("\"\"\"", at: i) { quote = .none; advance(3); continue }
                advance(1)
                continue
            case .multiLiteral:
                if starts("'''", at: i) { quote = .none; advance(3); continue }
                advance(1)
                continue
            case .none:
                break
            }
            if newline {
                lineStart = true
                inHeader = false
                advance(1)
                continue
            }
            if c == " " || c == "\t" { advance(1); continue }
            let wasLineStart = lineStart
            lineStart = false
            switch c {
            case "#": comment = true
            case "\"": quote = starts("\"\"\"", at: i) ? .multiBasic : .basic; if quote == .multiBasic { advance(3); continue }
            case "'": quote = starts("'''", at: i) ? .multiLiteral : .literal; if quote == .multiLiteral { advance(3); continue }
            case "[" where depth == 0 && wasLineStart:
                inHeader = true
                var j = i + 1
                if j < chars.count, chars[j] == "[" { j += 1 }
                while j < chars.count, chars[j] == " " || chars[j] == "\t" { j += 1 }
                if j < chars.count, !startsAName(chars[j]) {
                    let at = SourcePosition(line: line, column: column + (j - i))
                    return TOMLDocument.SyntaxError(message: "a table header starts with a name, e.g. [tables] or [[blocks]]",
                                                    position: at)
                }
                advance(j - i)
                continue
            case "[", "{":
                if !inHeader { depth += 1 }
            case "]", "}":
                if !inHeader { depth = max(0, depth - 1) }
            default:
                if !inHeader, let length = shortTimeAfterDate(chars, at: i) {
                    return TOMLDocument.SyntaxError(
                        message: "a date and a time are written 1979-05-27T08:00 or 1979-05-27 08:00, with two digits for the hour",
                        position: SourcePosition(line: line, column: column + length - 1))
                }
            }
            advance(1)
        }
        return nil
    }

    /// The length up to the lone hour digit when `chars[i...]` is a date, a space and one digit that
    /// ends the value ("1979-05-27 8"), at the start of a value.
    private static func shortTimeAfterDate(_ chars: [Character], at i: Int) -> Int? {
        func digit(_ k: Int) -> Bool { k < chars.count && chars[k].isASCII && chars[k].isNumber }
        if i > 0, let before = chars[i - 1].asciiValue,
           before == UInt8(ascii: "_") || before == UInt8(ascii: ".") || before == UInt8(ascii: ":")
            || before == UInt8(ascii: "+") || before == UInt8(ascii: "-") || chars[i - 1].isLetter || chars[i - 1].isNumber {
            return nil
        }
        guard digit(i), digit(i + 1), digit(i + 2), digit(i + 3), i + 10 < chars.count, chars[i + 4] == "-", digit(i + 5),
              digit(i + 6), chars[i + 7] == "-", digit(i + 8), digit(i + 9), chars[i + 10] == " ", digit(i + 11),
              i + 12 < chars.count else { return nil }
        let after = chars[i + 12]
        let ends = after == " " || after == "\t" || after == "\n" || after == "\r\n" || after == "," || after == "]"
            || after == "}" || after == "#"
        return ends ? 12 : nil
    }

    /// What a header's name may start with: a bare-key character, a quote, or `]` (an empty header,
    /// which the library reports itself).
    private static func startsAName(_ c: Character) -> Bool {
        guard c.isASCII, let v = c.asciiValue else { return false }
        return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            || c == "_" || c == "-" || c == "\"" || c == "'" || c == "]"
    }
}
