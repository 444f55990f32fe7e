import PlenumCore

/// A one-line text editor that works by grapheme (what a person sees as one character), so æ, 👍🏽,
/// 会 and e + combining accent each move and delete as one. Control characters never get in.
public struct LineEditor: Equatable, Sendable {
    public private(set) var text: String = ""
    /// Cursor position in graphemes from the start.
    public private(set) var cursor = 0
    public let maxLength: Int
    /// Set when input was cut because `maxLength` was reached (cleared by the next edit).
    public private(set) var hitLimit = false

    public init(_ text: String = "", maxLength: Int = 500) {
        self.maxLength = maxLength
        self.text = ""
        insert(text)
        cursor = self.text.count
        hitLimit = false
    }

    /// What a key does to the text; false when the key is not an editing key.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        hitLimit = false
        switch key {
        case .character(let c): insert(String(c)); return true
        case .paste(let s): insert(String(s.map { $0.isNewline ? " " : $0 })); return true
        default: break
        }
        switch TextKeys.line.action(for: key) {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .start: cursor = 0
        case .end: cursor = text.count
        case .deleteBack:
            guard cursor > 0 else { return true }
            remove(from: cursor - 1, to: cursor)
            cursor -= 1
        case .deleteForward:
            guard cursor < text.count else { return true }
            remove(from: cursor, to: cursor + 1)
        case .deleteWord:
            let chars = Array(text)
            var start = cursor
            while start > 0, chars[start - 1] == " " { start -= 1 }
            while start > 0, chars[start - 1] != " " { start -= 1 }
            remove(from: start, to: cursor)
            cursor = start
        case .deleteToStart:
            remove(from: 0, to: cursor)
            cursor = 0
        case .deleteToEnd:
            remove(from: cursor, to: text.count)
        case nil:
            return false
        }
        return true
    }

    /// Inserts text at the cursor, dropping control characters and stopping at `maxLength`.
    public mutating func insert(_ input: String) {
        var chars = Array(text)
        for character in input {
            let clean = SafeText.printable(character)
            guard !clean.isEmpty else { continue }
            guard chars.count < maxLength else { hitLimit = true; break }
            chars.insert(Character(clean), at: cursor)
            cursor += 1
        }
        text = String(chars)
    }

    /// Empties the editor.
    public mutating func clear() {
        text = ""
        cursor = 0
    }

    private mutating func remove(from: Int, to: Int) {
        var chars = Array(text)
        chars.removeSubrange(max(0, from)..<min(chars.count, to))
        text = String(chars)
    }

    /// The visible part for a field `width` columns wide, and the cursor's column in it.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        let chars = Array(text)
        guard width > 1 else { return ("", 0) }
        var start = 0
        while DisplayWidth.of(String(chars[start..<cursor])) > width - 1 { start += 1 }
        var shown = ""
        var used = 0
        for c in chars[start...] {
            let w = DisplayWidth.of(c)
            if used + w > width { break }
            shown.append(c)
            used += w
        }
        return (shown, DisplayWidth.of(String(chars[start..<cursor])))
    }

    /// The whole text wrapped to lines of at most `width` columns (breaking after a space where it
    /// can), and the cursor's row and column in them.
    public func wrapped(width: Int) -> (lines: [String], row: Int, column: Int) {
        let width = max(2, width)
        let chars = Array(text)
        var lines: [[Character]] = [[]]
        var starts = [0]
        var used = 0
        for (i, c) in chars.enumerated() {
            let w = DisplayWidth.of(c)
            if used + w > width, let current = lines.last, !current.isEmpty {
                if let space = current.lastIndex(of: " "), space < current.count - 1 {
                    let tail = Array(current[(space + 1)...])
                    lines[lines.count - 1] = Array(current[...space])
                    lines.append(tail)
                    starts.append(i - tail.count)
                    used = DisplayWidth.of(String(tail))
                } else {
                    lines.append([])
                    starts.append(i)
                    used = 0
                }
            }
            lines[lines.count - 1].append(c)
            used += w
        }
        let row = starts.lastIndex { $0 <= cursor } ?? 0
        var column = DisplayWidth.of(String(chars[starts[row]..<cursor]))
        var result = lines.map { String($0) }
        var cursorRow = row
        if column >= width {
            cursorRow += 1
            column = 0
            if cursorRow == result.count { result.append("") }
        }
        return (result, cursorRow, column)
    }
}
