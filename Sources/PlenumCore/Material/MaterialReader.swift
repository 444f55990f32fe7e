import Foundation

/// What the caller read from a block's material file (PlenumCore touches no disk): its bytes
/// decoded as text, or why it could not be read (there is no such file).
public enum MaterialSource: Sendable, Equatable {
    case text(String)
    case unreadable(MaterialUnreadable)
}

/// Why a material file cannot be shown: its problems, each with its place in the file.
public struct MaterialProblems: Error, Sendable, Equatable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}

/// The material files a plan names, by their name in the plan.
public typealias MaterialFiles = [String: MaterialSource]

/// Turns a material file's text into what the screens and exports show: a CSV into charts per
/// segment (a summary table as is, or a survey export counted), any other file into text.
public enum MaterialReader {
    /// The largest material file, and all of a plan's material files together (see plan-format.md#bounds).
    public static let maximumBytes = 1024 * 1024
    public static let maximumTotalBytes = 2 * 1024 * 1024

    /// The text of a material file: UTF-8 (with or without a byte order mark), else Windows-1252
    /// as older Danish Excel saves "CSV (semikolonsepareret)"; refused with a place if it holds a NUL byte.
    public static func decode(_ bytes: [UInt8]) -> MaterialSource {
        if bytes.count > maximumBytes {
            let mb = (Double(bytes.count) / 1_048_576 * 10).rounded() / 10
            return .unreadable(.tooBig(megabytes: mb))
        }
        if let nul = bytes.firstIndex(of: 0) {
            let before = bytes[..<nul]
            let line = before.filter { $0 == 0x0A }.count + 1
            return .unreadable(.nulByte(line: line))
        }
        if let text = String(validating: bytes, as: UTF8.self) { return .text(text) }
        return .text(String(bytes.map { Character(Unicode.Scalar(windows1252($0)) ?? " ") }))
    }

    /// A byte of Windows-1252 as a Unicode scalar value (its 0x80–0x9F differ from Latin-1).
    private static func windows1252(_ byte: UInt8) -> UInt32 {
        let high: [UInt32] = [0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F,
                              0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178]
        return (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
    }

    /// The material in `text`, read as the file's name says (CSV or text); problems carry `file`
    /// and their line and column in it, in `language`. `segments` turns a segment key in the file
    /// into its name.
    public static func read(file: String, text: String, segments: [Segment] = [],
                            language: Language) -> Result<Material, MaterialProblems> {
        read(file: file, text: text, segments: segments, says: language.planMessages)
    }

    static func read(file: String, text: String, segments: [Segment], says: any MaterialMessages) -> Result<Material, MaterialProblems> {
        guard Material.isTable(file) else {
            var body = Substring(text)
            if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
            let clean = body.replacingOccurrences(of: "\r\n", with: "\n")
            guard !clean.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                return .failure(MaterialProblems([Diagnostic(.error, says.textEmpty, in: file)]))
            }
            return .success(Material(file: file, content: .text(clean)))
        }
        switch CSVReader.read(text, says: says) {
        case .failure(var problem):
            problem.file = file
            return .failure(MaterialProblems([problem]))
        case .success(let csv):
            guard csv.rows.count >= 2 else {
                return .failure(MaterialProblems([Diagnostic(.error, says.headerOnly, at: csv.rows.first?.first?.position, in: file)]))
            }
            let header = csv.rows[0].map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() }
            let result = header.contains("segment") ? SurveySummary.summarise(csv, segments: segments)
                                                    : SurveySummary.given(csv, decimalComma: csv.separator != ",", segments: segments,
                                                                          says: says)
            return result.map { Material(file: file, content: .table($0)) }.mapError { MaterialProblems($0.diagnostics.map { d in var d = d; d.file = file; return d }) }
        }
    }

    /// A number as a survey or spreadsheet writes it: "4", "3.5", "3,5" (with `;` separators),
    /// "45 %"; nil for anything else.
    public static func number(_ text: String, decimalComma: Bool) -> Double? {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("%") { t = String(t.dropLast()).trimmingCharacters(in: .whitespaces) }
        if decimalComma { t = t.replacingOccurrences(of: ",", with: ".") }
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
              let value = Double(t), value.isFinite, abs(value) < 1e12 else { return nil }
        return value
    }
}
