/// A JSON value whose objects keep their key order, so output reads in the documented order.
public indirect enum JSONValue: Sendable, Equatable {
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
        // Their UTF-8 starts with one of these bytes; text without them is taken whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) {
            out += s
            out += "\""
            return
        }
        let scalars = s.unicodeScalars
        var run = scalars.startIndex
        var i = run
        while i < scalars.endIndex {
            let value = scalars[i].value
            let escaped: String?
            switch value {
            case 0x22: escaped = "\\\""
            case 0x5C: escaped = "\\\\"
            case 0x0A: escaped = "\\n"
            case 0x0D: escaped = "\\r"
            case 0x09: escaped = "\\t"
            case _ where SafeText.isHarmful(scalars[i]) || value == 0x2028 || value == 0x2029:
                let hex = String(value, radix: 16)
                escaped = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escaped = nil
            }
            if let escaped {
                out += Substring(scalars[run..<i])
                out += escaped
                run = scalars.index(after: i)
            }
            i = scalars.index(after: i)
        }
        out += Substring(scalars[run..<scalars.endIndex])
        out += "\""
    }
}
