/// Finds the mistakes the TOML library stops the whole program on (an assertion inside it)
/// instead of reporting them, so plenum can report them as the syntax errors they are. All were
/// found by fuzzing (`scripts/fuzz`):
/// - a table header that does not start with a name (`[=`, `[ #`, `[[,`, `[æ]`, `[` then a new line);
/// - a date followed by a one-digit time (`1979-05-27 8`);
/// - a `}` where an array expects a value (`x = [}`, `x = [1, }`).
/// It also refuses nesting no plan needs and that would cost depth (recursion) and time for every
/// key under it: more than `keyParts` dotted parts in a header or key, or arrays and inline tables
/// more than `nesting` deep.
enum TOMLLibraryGuard {
    /// What the guard stops at, said by `PlanMessages.syntaxStop` in the file's language.
    enum Stop: Sendable, Equatable {
        case braceStartsArrayElement
        case tooManyKeyParts(Int)
        case headerWithoutName
        case nestedTooDeep(Int)
        case oneDigitHour
    }

    static let keyParts = 8
    static let nesting = 16

    /// The place and sentence for the first such mistake, or nil when there is none.
    static func firstStop(_ text: String) -> TOMLDocument.SyntaxError? {
        // Unicode scalars, not characters: "[" followed by a combining mark is one character.
        let chars = Array(text.unicodeScalars)
        enum Quote { case none, basic, literal, multiBasic, multiLiteral }
        var quote = Quote.none
        var comment = false, inHeader = false, lineStart = true
        var open: [Unicode.Scalar] = []
        var expectingElement = false
        var inKey = false, dots = 0
        var line = 1, column = 1
        var i = 0
        func starts(_ s: String, at k: Int) -> Bool {
            let piece = Array(s.unicodeScalars)
            return k + piece.count <= chars.count && Array(chars[k..<(k + piece.count)]) == piece
        }
        func advance(_ n: Int) {
            for _ in 0..<n where i < chars.count {
                if chars[i] == "\n" { line += 1; column = 1 } else if chars[i] != "\r" { column += 1 }
                i += 1
            }
        }
        func stop(_ stop: Stop, at k: Int) -> TOMLDocument.SyntaxError {
            TOMLDocument.SyntaxError(message: Language.en.planMessages.syntaxStop(stop),
                                     position: SourcePosition(line: line, column: column + (k - i)), stop: stop)
        }
        while i < chars.count {
            let c = chars[i]
            if comment {
                if c == "\n" { comment = false; lineStart = true; inHeader = false }
                advance(1)
                continue
            }
            switch quote {
            case .basic, .literal:
                if c == "\\", quote == .basic { advance(2); continue }
                if (c == "\"" && quote == .basic) || (c == "'" && quote == .literal) || c == "\n" { quote = .none }
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
            if c == "\n" {
                lineStart = true
                inHeader = false
                inKey = false
                advance(1)
                continue
            }
            if c == " " || c == "\t" || c == "\r" { advance(1); continue }
            if c == "#" { comment = true; advance(1); continue }
            let wasLineStart = lineStart, wasExpecting = expectingElement
            if wasLineStart, open.isEmpty, c != "[" { inKey = true; dots = 0 }
            lineStart = false
            expectingElement = false
            if wasExpecting, c == "}" {
                return stop(.braceStartsArrayElement, at: i)
            }
            switch c {
            case "\"":
                quote = starts("\"\"\"", at: i) ? .multiBasic : .basic
                if quote == .multiBasic { advance(3); continue }
            case "'":
                quote = starts("'''", at: i) ? .multiLiteral : .literal
                if quote == .multiLiteral { advance(3); continue }
            case "." where inKey || inHeader:
                dots += 1
                if dots >= keyParts {
                    return stop(.tooManyKeyParts(keyParts), at: i)
                }
            case "=" where inKey:
                inKey = false
            case "[" where open.isEmpty && wasLineStart:
                inHeader = true
                dots = 0
                var j = i + 1
                if j < chars.count, chars[j] == "[" { j += 1 }
                while j < chars.count, chars[j] == " " || chars[j] == "\t" { j += 1 }
                if j < chars.count, !startsAName(chars[j]) {
                    return stop(.headerWithoutName, at: j)
                }
                advance(j - i)
                continue
            case "[", "{":
                if !inHeader {
                    open.append(c)
                    expectingElement = c == "["
                    if c == "{" { inKey = true; dots = 0 }
                    if open.count > nesting {
                        return stop(.nestedTooDeep(nesting), at: i)
                    }
                }
            case "]", "}":
                if !inHeader, !open.isEmpty { open.removeLast() }
            case ",":
                expectingElement = open.last == "["
                if open.last == "{" { inKey = true; dots = 0 }
            default:
                if !inHeader, let length = shortTimeAfterDate(chars, at: i) {
                    return stop(.oneDigitHour, at: i + length - 1)
                }
            }
            advance(1)
        }
        return nil
    }

    /// The length up to the lone hour digit when `chars[i...]` is a date, a space and one digit that
    /// ends the value ("1979-05-27 8"), at the start of a value.
    private static func shortTimeAfterDate(_ chars: [Unicode.Scalar], at i: Int) -> Int? {
        func digit(_ k: Int) -> Bool { k < chars.count && chars[k].value >= 0x30 && chars[k].value <= 0x39 }
        if i > 0, chars[i - 1].properties.isAlphabetic || digit(i - 1) || "_.:+-".unicodeScalars.contains(chars[i - 1]) {
            return nil
        }
        guard digit(i), digit(i + 1), digit(i + 2), digit(i + 3), i + 12 < chars.count, chars[i + 4] == "-", digit(i + 5),
              digit(i + 6), chars[i + 7] == "-", digit(i + 8), digit(i + 9), chars[i + 10] == " ", digit(i + 11) else { return nil }
        return " \t\r\n,]}#".unicodeScalars.contains(chars[i + 12]) ? 12 : nil
    }

    /// What a header's name may start with: a bare-key character, a quote, or `]` (an empty header,
    /// which the library reports itself).
    private static func startsAName(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
            || c == "_" || c == "-" || c == "\"" || c == "'" || c == "]"
    }
}
