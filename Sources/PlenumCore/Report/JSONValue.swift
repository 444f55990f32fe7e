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
        var out = JSONText()
        write(into: &out, indent: pretty ? 0 : nil)
        return out.string
    }

    /// Appends the value to `out`, pretty-printed as if it stood at nesting depth `indent` (nil: compact).
    public func write(into out: inout JSONText, indent: Int?) {
        let inner = indent.map { $0 + 1 }
        switch self {
        case .object(let pairs):
            guard !pairs.isEmpty else { out.append("{}"); return }
            out.append("{")
            var first = true
            for (key, value) in pairs {
                if !first { out.append(",") }
                first = false
                out.newline(indent: inner)
                out.quote(key)
                out.append(indent == nil ? ":" : ": ")
                value.write(into: &out, indent: inner)
            }
            out.newline(indent: indent)
            out.append("}")
        case .array(let values):
            Self.writeArray(values, into: &out, indent: indent) { $0 }
        case .string(let s):
            out.quote(s)
        case .int(let n):
            out.append(n)
        case .double(let d):
            if d.isFinite { out.append(String(d)) } else { out.append("null") }
        case .bool(let b):
            out.append(b ? "true" : "false")
        case .null:
            out.append("null")
        }
    }

    /// Appends a JSON array of `items` to `out`, making each element only as it is written: a
    /// long list (every post-it, every fact) never stands in memory as values all at once.
    /// `drain` is called after each element (to hand finished text on and empty `out`).
    public static func writeArray<S: Collection>(_ items: S, into out: inout JSONText, indent: Int?,
                                                 element: (S.Element) -> JSONValue, drain: (inout JSONText) -> Void = { _ in }) {
        guard !items.isEmpty else { out.append("[]"); return }
        let inner = indent.map { $0 + 1 }
        out.append("[")
        var first = true
        for item in items {
            if !first { out.append(",") }
            first = false
            out.newline(indent: inner)
            element(item).write(into: &out, indent: inner)
            drain(&out)
        }
        out.newline(indent: indent)
        out.append("]")
    }

    /// How JSON writes `scalar` inside a string, or nil when it is written as it is.
    fileprivate static func escape(_ scalar: Unicode.Scalar) -> String? {
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

/// JSON text as it is written: UTF-8 bytes, appended without `String`'s bookkeeping (its
/// character counts and flags were half the time of a JSON export of 100,000 post-its).
public struct JSONText {
    /// The text so far.
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// The text as a `String`.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// How many bytes are written.
    public var count: Int { bytes.count }

    public mutating func reserveCapacity(_ n: Int) { bytes.reserveCapacity(n) }

    /// Empties the text, keeping its room.
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Appends JSON's punctuation or any text that needs no escape (as it is).
    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends `text` as it is (no quotes, no escapes).
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends a whole number's digits.
    public mutating func append(_ n: Int) {
        guard n >= 0, n < 10 else { append(String(n)); return }
        bytes.append(0x30 + UInt8(n))
    }

    /// A line break and the indentation of depth `indent` (nothing when compact).
    mutating func newline(indent: Int?) {
        guard let indent else { return }
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * indent))
    }

    /// `s` as a JSON string: runs that need no escape are copied whole, not a character at a time.
    public mutating func quote(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            // Controls (C0, C1) and direction marks stay in the data, escaped: the output drives no terminal.
            // Their UTF-8 starts with one of these bytes; every other byte is copied as it is, in runs.
            var run = 0
            var i = 0
            while i < utf8.count {
                let byte = utf8[i]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2 else {
                    i += 1
                    continue
                }
                // An ASCII byte or a lead byte: a scalar starts here.
                let (scalar, length) = Self.scalar(in: utf8, at: i)
                if let escaped = JSONValue.escape(scalar) {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                    append(escaped)
                    run = i + length
                }
                i += length
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<utf8.count]))
        }
        bytes.append(0x22)
    }

    /// The scalar whose UTF-8 starts at `i` of valid UTF-8 `utf8`, and its length in bytes.
    private static func scalar(in utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(utf8[i])
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = length == 1 ? lead : lead & (0xFF >> (length + 1))
        for k in 1..<max(1, length) { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
