/// Typed access to TOML values, each with one clear sentence when the type or range is wrong.
extension PlanReader {
    /// Text at `key`; an error if it is there but not text (or empty), or missing though required.
    mutating func text(_ table: TOMLNode, _ key: String, in context: String, required: Bool = false) -> String? {
        guard let node = table[key] else {
            if required, context != "the plan" { error("\(context) has no `\(key)`", at: table.position) }
            return nil
        }
        guard case .string(let s) = node.value else {
            error("`\(key)` of \(context) must be text in quotes, not \(node.typeDescription)", node)
            return nil
        }
        let trimmed = s.trimmingWhitespace
        if trimmed.isEmpty {
            if required { error("`\(key)` of \(context) is empty", node) }
            return nil
        }
        guard fitsLength(trimmed, key: key, context: context, node: node) else { return nil }
        return trimmed
    }

    /// Whether `text` is within the length a `key` may hold; an error at `node` if not.
    mutating func fitsLength(_ text: String, key: String, context: String, node: TOMLNode) -> Bool {
        let limit = PlanLimits.length(of: key)
        // Counting stops just past the limit, so a huge text costs no more than a short one.
        guard text.unicodeScalars.count > limit, text.prefix(limit + 1).count > limit else { return true }
        error("`\(key)` of \(context) is longer than \(limit) characters; shorten it", node)
        return false
    }

    /// A whole number at `key`, from `minimum` to `maximum` (`why` says what the maximum is).
    mutating func integer(_ table: TOMLNode, _ key: String, in context: String, minimum: Int = 1,
                          maximum: Int, why: String, required: Bool = false) -> Int? {
        guard let node = table[key] else {
            if required { error("\(context) has no `\(key)`", at: table.position) }
            return nil
        }
        switch node.value {
        case .integer(let n) where n >= minimum && n <= maximum:
            return n
        case .integer(let n) where n > maximum:
            error("`\(key)` of \(context) is \(n); at most \(maximum) (\(why))", node)
        case .integer(let n):
            error("`\(key)` of \(context) must be at least \(minimum), not \(n)", node)
        case .string(let s) where Int(s.trimmingWhitespace) != nil:
            error("`\(key)` of \(context) must be a number without quotes: \(key) = \(s.trimmingWhitespace)", node)
        case .float(let d):
            error("`\(key)` of \(context) must be a whole number, not \(d)", node)
        default:
            error("`\(key)` of \(context) must be a whole number, not \(node.typeDescription)", node)
        }
        return nil
    }

    /// A time of day at `key`: "HH:MM" (or a TOML local time such as 16:15:00).
    mutating func time(_ table: TOMLNode, _ key: String, in context: String) -> ClockTime? {
        guard let node = table[key] else { return nil }
        switch node.value {
        case .string(let s):
            if let t = ClockTime.parse(s.trimmingWhitespace) { return t }
            error("`\(key)` of \(context): " + Self.explainBadTime(s), node)
        case .time(let t) where t.second == 0:
            return ClockTime(hour: t.hour, minute: t.minute)
        case .time:
            error("`\(key)` of \(context) must be whole minutes, written \"HH:MM\"", node)
        default:
            error("`\(key)` of \(context) must be a time written \"HH:MM\" in quotes, not \(node.typeDescription)", node)
        }
        return nil
    }

    /// Why `text` is not a time, with the likely intended time where there is one.
    static func explainBadTime(_ text: String) -> String {
        let separators = CharacterSet(charactersIn: ".:,;h ")
        let parts = text.trimmingWhitespace.components(separatedBy: separators).filter { !$0.isEmpty }
        let numbers = parts.compactMap { Int($0) }
        if numbers.count == 2, parts.count == 2, parts[1].count == 2 {
            let (h, m) = (numbers[0], numbers[1])
            if h < 24, m < 60 {
                return "\"\(text)\" is not a time; write it as \"\(String(format2: h)):\(String(format2: m))\""
            }
            return "\"\(text)\" is not a time of day; hours go from 00 to 23 and minutes from 00 to 59"
        }
        return "\"\(text)\" is not a time; write times as \"HH:MM\", e.g. \"09:30\""
    }

    /// A list of non-empty texts at `key`.
    mutating func textList(_ table: TOMLNode, _ key: String, in context: String, nonEmpty: Bool = false) -> [String]? {
        guard let node = table[key] else { return nil }
        guard case .array(let elements) = node.value else {
            if case .string(let s) = node.value {
                error("`\(key)` of \(context) must be a list in brackets: \(key) = [\"\(s)\"]", node)
            } else {
                error("`\(key)` of \(context) must be a list of texts, not \(node.typeDescription)", node)
            }
            return nil
        }
        let most = PlanLimits.count(of: key)
        if elements.count > most {
            error("`\(key)` of \(context) has \(elements.count) entries; at most \(most) are allowed", node)
            return nil
        }
        var result: [String] = []
        for element in elements {
            guard case .string(let s) = element.value else {
                error("`\(key)` of \(context) must hold only texts in quotes; this is \(element.typeDescription)", element)
                continue
            }
            let trimmed = s.trimmingWhitespace
            if trimmed.isEmpty {
                error("`\(key)` of \(context) has an empty entry", element)
            } else if fitsLength(trimmed, key: key, context: context, node: element) {
                result.append(trimmed)
            }
        }
        if nonEmpty, elements.isEmpty { error("`\(key)` of \(context) is an empty list", node) }
        return result
    }

    /// One of an enum's raw values at `key`, with the nearest one suggested for a typo.
    mutating func choice<E: RawRepresentable & CaseIterable>(_ table: TOMLNode, _ key: String, in context: String,
                                                             as type: E.Type) -> E? where E.RawValue == String {
        guard let node = table[key] else { return nil }
        let names = E.allCases.map(\.rawValue)
        guard case .string(let s) = node.value else {
            error("`\(key)` of \(context) must be one of \(Self.list(names)), not \(node.typeDescription)", node)
            return nil
        }
        if let value = E(rawValue: s.trimmingWhitespace.lowercased()) { return value }
        let hint = Suggestion.nearest(to: s, in: names).map { "did you mean \"\($0)\"? " } ?? ""
        error("unknown \(key) \"\(s)\" for \(context); \(hint)use one of \(Self.list(names))", node)
        return nil
    }

    /// The array of tables at `key` (e.g. `[[people]]`), or nil with an error if it is something else.
    mutating func tables(_ node: TOMLNode?, key: String) -> [TOMLNode]? {
        guard let node else { return nil }
        guard case .array(let elements) = node.value else {
            error("`\(key)` must be a list of tables, written [[\(key)]] for each", node)
            return nil
        }
        var result: [TOMLNode] = []
        for element in elements {
            if case .table = element.value {
                result.append(element)
            } else {
                error("each entry of `\(key)` must be a table ([[\(key)]] or { … }), not \(element.typeDescription)", element)
            }
        }
        return result
    }

    /// "a, b or c" (or "a, b and c").
    static func list(_ names: [String], quote: String = "\"", conjunction: String = "or") -> String {
        let quoted = names.map { quote + $0 + quote }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + (quoted.last ?? "")
    }
}

import Foundation

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
