/// Typed access to TOML values, each with one clear sentence when the type or range is wrong.
extension PlanReader {
    /// Text at `key`; an error if it is there but not text (or empty), or missing though required.
    mutating func text(_ table: TOMLNode, _ key: String, in context: String, required: Bool = false) -> String? {
        guard let node = table[key] else {
            if required, !isTopLevel(context) { error(says.missingKey(key, in: context), at: table.position) }
            return nil
        }
        guard case .string(let s) = node.value else {
            error(says.notText(key, of: context, type: says.type(of: node)), node)
            return nil
        }
        let trimmed = s.trimmingWhitespace
        if trimmed.isEmpty {
            if required { error(says.emptyText(key, of: context), node) }
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
        error(says.tooLong(key, of: context, limit: limit), node)
        return false
    }

    /// A whole number at `key`, from `minimum` to `maximum` (`why` says what the maximum is).
    mutating func integer(_ table: TOMLNode, _ key: String, in context: String, minimum: Int = 1,
                          maximum: Int, why: PlanBound, required: Bool = false) -> Int? {
        guard let node = table[key] else {
            if required { error(says.missingKey(key, in: context), at: table.position) }
            return nil
        }
        switch node.value {
        case .integer(let n) where n >= minimum && n <= maximum:
            return n
        case .integer(let n) where n > maximum:
            error(says.aboveMaximum(key, of: context, value: n, maximum: maximum, why: says.bound(why)), node)
        case .integer(let n):
            error(says.belowMinimum(key, of: context, value: n, minimum: minimum), node)
        case .string(let s) where Int(s.trimmingWhitespace) != nil:
            error(says.quotedNumber(key, of: context, written: s.trimmingWhitespace), node)
        case .float(let d):
            error(says.notWholeNumber(key, of: context, value: "\(d)"), node)
        default:
            error(says.notWholeNumber(key, of: context, value: says.type(of: node)), node)
        }
        return nil
    }

    /// A time of day at `key`: "HH:MM" (or a TOML local time such as 16:15:00).
    mutating func time(_ table: TOMLNode, _ key: String, in context: String) -> ClockTime? {
        guard let node = table[key] else { return nil }
        switch node.value {
        case .string(let s):
            if let t = ClockTime.parse(s.trimmingWhitespace) { return t }
            error(says.badTime(key, of: context, why: Self.explainBadTime(s, says)), node)
        case .time(let t) where t.second == 0:
            return ClockTime(hour: t.hour, minute: t.minute)
        case .time:
            error(says.timeWithSeconds(key, of: context), node)
        default:
            error(says.timeNotText(key, of: context, type: says.type(of: node)), node)
        }
        return nil
    }

    /// Why `text` is not a time, with the likely intended time where there is one.
    static func explainBadTime(_ text: String, _ says: any PlanMessages) -> String {
        let separators = CharacterSet(charactersIn: ".:,;h ")
        let parts = text.trimmingWhitespace.components(separatedBy: separators).filter { !$0.isEmpty }
        let numbers = parts.compactMap { Int($0) }
        if numbers.count == 2, parts.count == 2, parts[1].count == 2 {
            let (h, m) = (numbers[0], numbers[1])
            if h < 24, m < 60 {
                return says.notATime(text, meant: "\(String(format2: h)):\(String(format2: m))")
            }
            return says.notATimeOfDay(text)
        }
        return says.notATime(text, meant: nil)
    }

    /// A list of non-empty texts at `key`.
    mutating func textList(_ table: TOMLNode, _ key: String, in context: String, nonEmpty: Bool = false) -> [String]? {
        guard let node = table[key] else { return nil }
        guard case .array(let elements) = node.value else {
            if case .string(let s) = node.value {
                error(says.listNotBracketed(key, of: context, written: s), node)
            } else {
                error(says.listNotTexts(key, of: context, type: says.type(of: node)), node)
            }
            return nil
        }
        let most = PlanLimits.count(of: key)
        if elements.count > most {
            error(says.tooManyEntries(key, of: context, count: elements.count, most: most), node)
            return nil
        }
        var result: [String] = []
        for element in elements {
            guard case .string(let s) = element.value else {
                error(says.entryNotText(key, of: context, type: says.type(of: element)), element)
                continue
            }
            let trimmed = s.trimmingWhitespace
            if trimmed.isEmpty {
                error(says.emptyEntry(key, of: context), element)
            } else if fitsLength(trimmed, key: key, context: context, node: element) {
                result.append(trimmed)
            }
        }
        if nonEmpty, elements.isEmpty { error(says.emptyList(key, of: context), node) }
        return result
    }

    /// One of an enum's raw values at `key`, with the nearest one suggested for a typo.
    mutating func choice<E: RawRepresentable & CaseIterable>(_ table: TOMLNode, _ key: String, in context: String,
                                                             as type: E.Type) -> E? where E.RawValue == String {
        guard let node = table[key] else { return nil }
        let names = E.allCases.map(\.rawValue)
        guard case .string(let s) = node.value else {
            error(says.choiceNotText(key, of: context, names: list(names), type: says.type(of: node)), node)
            return nil
        }
        if let value = E(rawValue: s.trimmingWhitespace.lowercased()) { return value }
        error(says.unknownChoice(key, value: s, for: context, suggestion: Suggestion.nearest(to: s, in: names),
                                 names: list(names)), node)
        return nil
    }

    /// The array of tables at `key` (e.g. `[[people]]`), or nil with an error if it is something else.
    mutating func tables(_ node: TOMLNode?, key: String) -> [TOMLNode]? {
        guard let node else { return nil }
        guard case .array(let elements) = node.value else {
            error(says.notListOfTables(key), node)
            return nil
        }
        var result: [TOMLNode] = []
        for element in elements {
            if case .table = element.value {
                result.append(element)
            } else {
                error(says.entryNotTable(key, type: says.type(of: element)), element)
            }
        }
        return result
    }

    /// "a, b or c" (`and`: "a, b and c"), in the plan's language.
    func list(_ names: [String], quote: String = "\"", and: Bool = false) -> String {
        says.list(names, quote: quote, and: and)
    }

    /// "; did you mean "x"?" when `word` is a likely typo of one of `candidates`, else "".
    func didYouMean(_ word: String, in candidates: [String], quote: String = "\"") -> String {
        Suggestion.nearest(to: word, in: candidates).map { says.didYouMean($0, quote: quote) } ?? ""
    }
}

import Foundation

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
