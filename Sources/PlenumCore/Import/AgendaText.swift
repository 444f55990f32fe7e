/// One line of a pasted agenda after cleaning, with the line number it had in the input.
struct AgendaSourceLine: Sendable, Equatable {
    /// 1-based line number in the input text.
    var number: Int
    var text: String
    /// Whether a blank line came before it: text after a blank line is not a block's continuation.
    var afterBlank = false
}

/// Cleans pasted agenda text into plain lines: HTML remnants, character entities, non-breaking and
/// zero-width spaces, control characters and markdown table pipes are turned into plain text and tabs.
enum AgendaText {
    /// The input's lines, cleaned. A `<br>` or `</p>` inside a line splits it; both parts keep the
    /// line's number. Blank lines and pure decoration (`|---|---|`, `=====`) are dropped.
    static func lines(_ text: String) -> [AgendaSourceLine] {
        var result: [AgendaSourceLine] = []
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        let raw = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var blank = false
        for (index, line) in raw.enumerated() {
            for part in splitHTML(String(line)) {
                let cleaned = clean(part)
                if cleaned.isEmpty {
                    blank = true
                } else if !isDecoration(cleaned) {
                    result.append(AgendaSourceLine(number: index + 1, text: cleaned, afterBlank: blank))
                    blank = false
                }
            }
        }
        return result
    }

    /// Breaks a line at block-level HTML tags, turns table cells into tabs and drops other tags.
    static func splitHTML(_ line: String) -> [String] {
        guard line.contains("<") else { return [line] }
        var parts: [String] = []
        var current = ""
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == "<", let close = line[index...].firstIndex(of: ">") {
                let tag = line[line.index(after: index)..<close].lowercased()
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
                if name.isEmpty, !tag.hasPrefix("!") {
                    current.append(character)
                    index = line.index(after: index)
                    continue
                }
                switch name {
                case "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table":
                    parts.append(current)
                    current = ""
                case "td", "th":
                    if tag.hasPrefix("/") { current.append("\t") }
                default:
                    break
                }
                index = line.index(after: close)
            } else {
                current.append(character)
                index = line.index(after: index)
            }
        }
        parts.append(current)
        return parts
    }

    /// Entities decoded, odd spaces made plain, control characters removed, markdown pipes made tabs,
    /// runs of spaces kept (they may separate columns), ends trimmed.
    static func clean(_ line: String) -> String {
        var text = decodeEntities(line)
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{00A0}", "\u{2007}", "\u{202F}", "\u{2002}", "\u{2003}", "\u{2009}":
                out.unicodeScalars.append(" ")
            case "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}":
                continue
            case "\t":
                out.unicodeScalars.append("\t")
            default:
                if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        text = out
        let trimmed = text.strippingEnds(of: " \t")
        if trimmed.hasPrefix("|") || (trimmed.hasSuffix("|") && trimmed.contains("|")) {
            let cells = trimmed.split(separator: "|", omittingEmptySubsequences: false)
                .map { String($0).strippingEnds(of: " \t") }
            var kept = cells[...]
            while kept.first == "" { kept = kept.dropFirst() }
            while kept.last == "" { kept = kept.dropLast() }
            return kept.joined(separator: "\t")
        }
        return trimmed
    }

    /// Lines with nothing to read: empty, or only table rules and underlines.
    static func isDecoration(_ line: String) -> Bool {
        line.allSatisfy { " \t|-=_:+*~#.–—".contains($0) }
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ndash": "–", "mdash": "—", "hellip": "…", "laquo": "«", "raquo": "»", "rsquo": "’", "lsquo": "‘",
        "rdquo": "”", "ldquo": "„", "bull": "•", "middot": "·",
        "aelig": "æ", "AElig": "Æ", "oslash": "ø", "Oslash": "Ø", "aring": "å", "Aring": "Å",
        "auml": "ä", "Auml": "Ä", "ouml": "ö", "Ouml": "Ö", "uuml": "ü", "Uuml": "Ü",
        "eacute": "é", "Eacute": "É", "egrave": "è", "szlig": "ß",
    ]

    /// `&amp;`, `&aelig;`, `&#230;`, `&#xE6;` → the characters; unknown entities stay as written.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character == "&",
                  let semicolon = text[index...].prefix(12).firstIndex(of: ";") else {
                out.append(character)
                index = text.index(after: index)
                continue
            }
            let name = String(text[text.index(after: index)..<semicolon])
            if let value = named[name] ?? numericEntity(name) {
                out += value
                index = text.index(after: semicolon)
            } else {
                out.append(character)
                index = text.index(after: index)
            }
        }
        return out
    }

    private static func numericEntity(_ name: String) -> String? {
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let code = digits.first == "x" || digits.first == "X"
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let code, let scalar = Unicode.Scalar(code), code >= 0x20 else { return nil }
        return String(Character(scalar))
    }
}

extension String {
    /// The string without leading and trailing characters from `set`.
    func strippingEnds(of set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
