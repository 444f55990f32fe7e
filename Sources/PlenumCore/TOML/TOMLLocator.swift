/// Finds where every key and value of a TOML document stands in its source text.
///
/// TOMLKit parses TOML faithfully but keeps no positions and no key order. This scanner reads
/// the same text structurally (headers, keys, strings, arrays, inline tables) without decoding
/// values, so that a plan error can point at `FILE:LINE:COLUMN`. It runs only on text that TOMLKit
/// has already accepted, and it always makes progress, so odd input cannot hang it.
struct TOMLLocator {
    /// Where one key (if it has one) and its value begin.
    struct Entry: Sendable {
        var key: SourcePosition?
        var value: SourcePosition
    }

    private(set) var entries: [TOMLPath: Entry] = [:]
    private(set) var keyOrder: [TOMLPath: [String]] = [:]

    private let chars: [Character]
    private var index = 0
    private var line = 1
    private var column = 1
    private var arrayOfTablesCounts: [TOMLPath: Int] = [:]

    init(source: String) {
        chars = Array(source)
        scanDocument()
    }

    // MARK: - Document level

    private mutating func scanDocument() {
        var tablePath: TOMLPath = []
        while true {
            skipBlank(newlines: true)
            guard let c = peek() else { return }
            let start = index
            if c == "[" {
                tablePath = scanHeader()
                skipToLineEnd()
            } else {
                scanKeyValue(base: tablePath)
                skipToLineEnd()
            }
            if index == start { advance() }
        }
    }

    private mutating func scanHeader() -> TOMLPath {
        let position = here
        advance()
        let isArray = peek() == "["
        if isArray { advance() }
        let keys = scanKeyParts()
        if isArray, peek() == "]" { advance() }
        if peek() == "]" { advance() }
        guard let last = keys.last else { return [] }
        let parent = resolve(Array(keys.dropLast()))
        noteKey(last, in: parent)
        let path = parent + [.key(last)]
        if entries[path] == nil { entries[path] = Entry(key: position, value: position) }
        guard isArray else { return path }
        let n = arrayOfTablesCounts[path, default: 0]
        arrayOfTablesCounts[path] = n + 1
        let element = path + [.index(n)]
        entries[element] = Entry(key: position, value: position)
        return element
    }

    /// Turns header keys into a path, stepping into the latest element of each array of tables.
    private func resolve(_ keys: [String]) -> TOMLPath {
        var path: TOMLPath = []
        for key in keys {
            path.append(.key(key))
            if let n = arrayOfTablesCounts[path] { path.append(.index(n - 1)) }
        }
        return path
    }

    private mutating func scanKeyValue(base: TOMLPath) {
        let keyPosition = here
        let keys = scanKeyParts()
        guard !keys.isEmpty else { return }
        skipBlank(newlines: false)
        guard peek() == "=" else { return }
        advance()
        skipBlank(newlines: false)
        var path = base
        for (i, key) in keys.enumerated() {
            noteKey(key, in: path)
            path.append(.key(key))
            if i < keys.count - 1, entries[path] == nil {
                entries[path] = Entry(key: keyPosition, value: keyPosition)
            }
        }
        entries[path] = Entry(key: keyPosition, value: here)
        scanValue(path: path)
    }

    private mutating func noteKey(_ key: String, in table: TOMLPath) {
        if keyOrder[table]?.contains(key) != true { keyOrder[table, default: []].append(key) }
    }

    // MARK: - Keys

    private mutating func scanKeyParts() -> [String] {
        var parts: [String] = []
        while true {
            skipBlank(newlines: false)
            guard let c = peek() else { break }
            if c == "\"" {
                parts.append(scanBasicString())
            } else if c == "'" {
                parts.append(scanLiteralString())
            } else if Self.isBareKeyCharacter(c) {
                var key = ""
                while let d = peek(), Self.isBareKeyCharacter(d) { key.append(d); advance() }
                parts.append(key)
            } else {
                break
            }
            skipBlank(newlines: false)
            if peek() == "." { advance() } else { break }
        }
        return parts
    }

    private static func isBareKeyCharacter(_ c: Character) -> Bool {
        c == "_" || c == "-" || (c.isASCII && (c.isLetter || c.isNumber))
    }

    // MARK: - Values

    private mutating func scanValue(path: TOMLPath) {
        guard let c = peek() else { return }
        switch c {
        case "\"":
            if lookingAt("\"\"\"") { skipMultiline(quote: "\"") } else { _ = scanBasicString() }
        case "'":
            if lookingAt("'''") { skipMultiline(quote: "'") } else { _ = scanLiteralString() }
        case "[":
            scanArray(path: path)
        case "{":
            scanInlineTable(path: path)
        default:
            while let d = peek(), !",]}#".contains(d), !d.isNewline { advance() }
        }
    }

    private mutating func scanArray(path: TOMLPath) {
        advance()
        var n = 0
        while true {
            skipBlank(newlines: true)
            guard let c = peek() else { return }
            if c == "]" { advance(); return }
            let start = index
            let element = path + [.index(n)]
            entries[element] = Entry(key: nil, value: here)
            scanValue(path: element)
            n += 1
            skipBlank(newlines: true)
            if peek() == "," { advance() } else if peek() == "]" { advance(); return } else if index == start { return }
        }
    }

    private mutating func scanInlineTable(path: TOMLPath) {
        advance()
        while true {
            skipBlank(newlines: true)
            guard let c = peek() else { return }
            if c == "}" { advance(); return }
            let start = index
            scanKeyValue(base: path)
            skipBlank(newlines: true)
            if peek() == "," { advance() } else if peek() == "}" { advance(); return } else if index == start { return }
        }
    }

    private mutating func scanBasicString() -> String {
        advance()
        var text = ""
        while let c = peek(), c != "\"", !c.isNewline {
            advance()
            guard c == "\\" else { text.append(c); continue }
            guard let e = peek() else { break }
            advance()
            switch e {
            case "n": text.append("\n")
            case "t": text.append("\t")
            case "r": text.append("\r")
            case "b": text.append("\u{8}")
            case "f": text.append("\u{C}")
            case "u", "U":
                var hex = ""
                for _ in 0..<(e == "u" ? 4 : 8) { if let h = peek(), h.isHexDigit { hex.append(h); advance() } }
                if let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) { text.unicodeScalars.append(s) }
            default: text.append(e)
            }
        }
        if peek() == "\"" { advance() }
        return text
    }

    private mutating func scanLiteralString() -> String {
        advance()
        var text = ""
        while let c = peek(), c != "'", !c.isNewline { text.append(c); advance() }
        if peek() == "'" { advance() }
        return text
    }

    private mutating func skipMultiline(quote: Character) {
        advance(); advance(); advance()
        while let c = peek() {
            if quote == "\"", c == "\\" { advance(); advance(); continue }
            if c == quote, lookingAt(String(repeating: quote, count: 3)) {
                advance(); advance(); advance()
                var extra = 0
                while extra < 2, peek() == quote { advance(); extra += 1 }
                return
            }
            advance()
        }
    }

    // MARK: - Characters

    private var here: SourcePosition { SourcePosition(line: line, column: column) }

    private func peek() -> Character? { index < chars.count ? chars[index] : nil }

    private func lookingAt(_ s: String) -> Bool {
        var i = index
        for c in s {
            guard i < chars.count, chars[i] == c else { return false }
            i += 1
        }
        return true
    }

    private mutating func advance() {
        guard index < chars.count else { return }
        if chars[index].isNewline { line += 1; column = 1 } else { column += 1 }
        index += 1
    }

    private mutating func skipBlank(newlines: Bool) {
        while let c = peek() {
            if c == " " || c == "\t" || (newlines && c.isNewline) {
                advance()
            } else if c == "#" {
                while let d = peek(), !d.isNewline { advance() }
            } else {
                return
            }
        }
    }

    private mutating func skipToLineEnd() {
        while let c = peek(), !c.isNewline { advance() }
    }
}
