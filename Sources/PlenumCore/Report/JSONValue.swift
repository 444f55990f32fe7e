/// A JSON value whose objects keep their key order, so output reads in the documented order.
public enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }

    /// `.string` or `.null`.
    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

    /// Pretty-printed with two-space indentation (or compact), ending without a newline.
    public func rendered(pretty: Bool = true) -> String {
        var out = ""
        write(into: &out, indent: pretty ? 0 : nil)
        return out
    }

    /// Appends the value to `out`, pretty-printed as if it stood at nesting depth `indent` (nil: compact).
    public func write(into out: inout String, indent: Int?) {
        let inner = indent.map { $0 + 1 }
        switch self {
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out += "," }
                Self.newline(into: &out, indent: inner)
                Self.quote(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.write(into: &out, indent: inner)
            }
            Self.newline(into: &out, indent: indent)
            out += "}"
        case .array(let values):
            Self.writeArray(values, into: &out, indent: indent) { $0 }
        case .string(let s):
            Self.quote(s, into: &out)
        case .int(let n):
            out += String(n)
        case .double(let d):
            out += d.isFinite ? String(d) : "null"
        case .bool(let b):
            out += b ? "true" : "false"
        case .null:
            out += "null"
        }
    }

    /// Appends a JSON array of `items` to `out`, making each element only as it is written: a
    /// long list (every post-it, every fact) never stands in memory as values all at once.
    /// `drain` is called after each element (to hand finished text on and empty `out`).
    public static func writeArray<S: Collection>(_ items: S, into out: inout String, indent: Int?,
                                                 element: (S.Element) -> JSONValue, drain: (inout String) -> Void = { _ in }) {
        guard !items.isEmpty else { out += "[]"; return }
        let inner = indent.map { $0 + 1 }
        out += "["
        var first = true
        for item in items {
            if !first { out += "," }
            first = false
            newline(into: &out, indent: inner)
            element(item).write(into: &out, indent: inner)
            drain(&out)
        }
        newline(into: &out, indent: indent)
        out += "]"
    }

    private static func newline(into out: inout String, indent: Int?) {
        guard let indent else { return }
        out += indent < newlines.count ? newlines[indent] : "\n" + String(repeating: "  ", count: indent)
    }

    /// A line break and the indentation of each depth, made once (appended 500,000 times in an export).
    private static let newlines: [String] = (0..<12).map { "\n" + String(repeating: "  ", count: $0) }

    /// `s` as a JSON string: runs that need no escape are copied whole, not a character at a time.
    private static func quote(_ s: String, into out: inout String) {
        out += "\""
        // Controls (C0, C1) and direction marks stay in the data, escaped: the output drives no terminal.
        // Their UTF-8 starts with one of these bytes; every other byte is copied as it is, in runs.
        let utf8 = s.utf8
        var run = utf8.startIndex
        var i = run
        while i < utf8.endIndex {
            let byte = utf8[i]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2 else {
                i = utf8.index(after: i)
                continue
            }
            // An ASCII byte or a lead byte: a scalar starts here.
            let scalar = s.unicodeScalars[i]
            let next = s.unicodeScalars.index(after: i)
            if let escaped = escape(scalar) {
                out += String(decoding: utf8[run..<i], as: UTF8.self)
                out += escaped
                run = next
            }
            i = next
        }
        if run == utf8.startIndex {
            out += s
        } else {
            out += String(decoding: utf8[run..<utf8.endIndex], as: UTF8.self)
        }
        out += "\""
    }

    /// How JSON writes `scalar` inside a string, or nil when it is written as it is.
    private static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x22: return "\\\""
        case 0x5C: return "\\\\"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case let value where SafeText.isHarmful(scalar) || value == 0x2028 || value == 0x2029:
            let hex = String(value, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: return nil
        }
    }
}
