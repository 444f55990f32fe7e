/// Reads JSON text into a `JSONValue` (object keys in their order). Made for the journal's fact
/// payloads, which every open reads by the thousand: a plain pass over the UTF-8 bytes, several
/// times faster here than Foundation's JSONSerialization. Accepts exactly RFC 8259 JSON.
struct JSONReader {
    /// Where and why the text is not JSON.
    struct Malformed: Error, Sendable {
        var offset: Int
    }

    /// The value `text` holds (nothing but white space may follow it).
    static func parse(_ text: String) throws(Malformed) -> JSONValue {
        var text = text
        return try text.withUTF8 { bytes in Result { () throws(Malformed) in try parse(utf8: bytes) } }.get()
    }

    /// The value UTF-8 `bytes` hold (nothing but white space may follow it): where the text is
    /// read from elsewhere (a database column), without making a `String` of it first. Strings
    /// in it that are not UTF-8 are read with U+FFFD in place of the bad bytes.
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) throws(Malformed) -> JSONValue {
        var reader = JSONReader(bytes: bytes)
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.at == bytes.count else { throw Malformed(offset: reader.at) }
        return value
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private var failure: Malformed { Malformed(offset: at) }

    private mutating func skipSpace() {
        while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 { at += 1 }
    }

    private mutating func value(depth: Int) throws(Malformed) -> JSONValue {
        guard depth < 64 else { throw failure }
        skipSpace()
        guard at < bytes.count else { throw failure }
        switch bytes[at] {
        case UInt8(ascii: "{"):
            at += 1
            var pairs: [(String, JSONValue)] = []
            // Room for a fact's fields at once: grown from empty, the list was made four times over.
            pairs.reserveCapacity(8)
            skipSpace()
            if at < bytes.count, bytes[at] == UInt8(ascii: "}") { at += 1; return .object(pairs) }
            while true {
                skipSpace()
                guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { throw failure }
                let key = try string()
                skipSpace()
                guard at < bytes.count, bytes[at] == UInt8(ascii: ":") else { throw failure }
                at += 1
                pairs.append((key, try value(depth: depth + 1)))
                skipSpace()
                guard at < bytes.count else { throw failure }
                if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
                guard bytes[at] == UInt8(ascii: "}") else { throw failure }
                at += 1
                return .object(pairs)
            }
        case UInt8(ascii: "["):
            at += 1
            var values: [JSONValue] = []
            skipSpace()
            if at < bytes.count, bytes[at] == UInt8(ascii: "]") { at += 1; return .array(values) }
            while true {
                values.append(try value(depth: depth + 1))
                skipSpace()
                guard at < bytes.count else { throw failure }
                if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
                guard bytes[at] == UInt8(ascii: "]") else { throw failure }
                at += 1
                return .array(values)
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"): try word("true"); return .bool(true)
        case UInt8(ascii: "f"): try word("false"); return .bool(false)
        case UInt8(ascii: "n"): try word("null"); return .null
        default:
            return try number()
        }
    }

    private mutating func word(_ w: StaticString) throws(Malformed) {
        let count = w.utf8CodeUnitCount
        guard at + count <= bytes.count else { throw failure }
        for k in 0..<count where bytes[at + k] != w.utf8Start[k] { throw failure }
        at += count
    }

    private mutating func number() throws(Malformed) -> JSONValue {
        let start = at
        var integral = true
        if at < bytes.count, bytes[at] == UInt8(ascii: "-") { at += 1 }
        let digitsStart = at
        while at < bytes.count, bytes[at] >= 0x30, bytes[at] <= 0x39 { at += 1 }
        guard at > digitsStart, !(bytes[digitsStart] == 0x30 && at - digitsStart > 1) else { throw failure }
        if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
            integral = false
            at += 1
            let fraction = at
            while at < bytes.count, bytes[at] >= 0x30, bytes[at] <= 0x39 { at += 1 }
            guard at > fraction else { throw failure }
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
            integral = false
            at += 1
            if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
            let exponent = at
            while at < bytes.count, bytes[at] >= 0x30, bytes[at] <= 0x39 { at += 1 }
            guard at > exponent else { throw failure }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
        if integral, let n = Int(text) { return .int(n) }
        guard let d = Double(text) else { throw failure }
        return .double(d)
    }

    /// A string at `at` (its opening quote), unescaped; runs without escapes are copied whole.
    private mutating func string() throws(Malformed) -> String {
        at += 1
        var out = ""
        var run = at
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") {
                out += String(decoding: UnsafeBufferPointer(rebasing: bytes[run..<at]), as: UTF8.self)
                at += 1
                return out
            }
            guard byte >= 0x20 else { throw failure }
            guard byte == UInt8(ascii: "\\") else { at += 1; continue }
            out += String(decoding: UnsafeBufferPointer(rebasing: bytes[run..<at]), as: UTF8.self)
            at += 1
            guard at < bytes.count else { throw failure }
            let escape = bytes[at]
            at += 1
            switch escape {
            case UInt8(ascii: "\""): out += "\""
            case UInt8(ascii: "\\"): out += "\\"
            case UInt8(ascii: "/"): out += "/"
            case UInt8(ascii: "b"): out += "\u{8}"
            case UInt8(ascii: "f"): out += "\u{C}"
            case UInt8(ascii: "n"): out += "\n"
            case UInt8(ascii: "r"): out += "\r"
            case UInt8(ascii: "t"): out += "\t"
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if scalar >= 0xD800, scalar < 0xDC00 {
                    // A surrogate pair: the second half must follow as \uDC00–\uDFFF.
                    guard at + 1 < bytes.count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") else { throw failure }
                    at += 2
                    let low = try hex4()
                    guard low >= 0xDC00, low < 0xE000 else { throw failure }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw failure }
                out.unicodeScalars.append(unicode)
            default:
                throw failure
            }
            run = at
        }
        throw failure
    }

    private mutating func hex4() throws(Malformed) -> UInt32 {
        guard at + 4 <= bytes.count else { throw failure }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[at]
            let digit: UInt32
            switch b {
            case 0x30...0x39: digit = UInt32(b - 0x30)
            case 0x41...0x46: digit = UInt32(b - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(b - 0x61 + 10)
            default: throw failure
            }
            value = value * 16 + digit
            at += 1
        }
        return value
    }
}

extension JSONValue {
    /// The value under `key` in an object (nil for another value or a missing key).
    subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    /// The text of a `.string`.
    var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The number of an `.int` (or of a `.double` that is a whole number).
    var intValue: Int? {
        switch self {
        case .int(let n): return n
        case .double(let d) where d.rounded() == d && abs(d) < 1e15: return Int(d)
        default: return nil
        }
    }

    /// The truth of a `.bool`.
    var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }
}
