import Foundation

/// A CSV file read into rows of cells, each cell with its place in the file, so a problem in a
/// survey export can be pointed at by line and column.
public struct CSVTable: Sendable, Equatable {
    /// One field of a row, as text, and where it starts.
    public struct Cell: Sendable, Equatable {
        public var text: String
        public var position: SourcePosition
    }

    /// The rows in file order (empty lines left out); the first is the header.
    public var rows: [[Cell]]
    /// The separator the file uses: `,` `;` or a tab.
    public var separator: Character
}

/// Reads CSV as spreadsheets and survey tools write it: `,` or `;` (Danish Excel) or tab
/// separators (the one the header line uses most), quoted fields with `""` inside and line breaks,
/// a byte order mark, CRLF or LF line ends. Every row must have as many fields as the header.
public enum CSVReader {
    /// The most rows and columns a material file may have (see plan-format.md#bounds).
    public static let maximumRows = 10_000
    public static let maximumColumns = 100
    /// The longest field, in characters.
    public static let maximumField = 1_000

    /// The table, or the first problem with its place (line and column in the file); the
    /// separator is the one the header line uses most unless `separator` says; problems in `language`.
    public static func read(_ text: String, separator given: Character? = nil, language: Language) -> Result<CSVTable, Diagnostic> {
        read(text, separator: given, says: language.planMessages)
    }

    static func read(_ text: String, separator given: Character? = nil, says: any MaterialMessages) -> Result<CSVTable, Diagnostic> {
        var scalars = Substring(text).unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        let separator = given ?? guessSeparator(scalars)
        var rows: [[CSVTable.Cell]] = []
        var row: [CSVTable.Cell] = []
        var field = String.UnicodeScalarView()
        var fieldStart = SourcePosition(line: 1, column: 1)
        var line = 1, column = 1
        var quoted = false, wasQuoted = false, afterQuote = false
        var fieldLength = 0
        var rowStarted = false

        func problem(_ message: String, _ at: SourcePosition) -> Result<CSVTable, Diagnostic> {
            .failure(Diagnostic(.error, message, at: at))
        }
        var iterator = scalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            let here = SourcePosition(line: line, column: column)
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        fieldLength += 1
                        pending = iterator.next()
                        column += 2
                        continue
                    }
                    quoted = false
                    afterQuote = true
                    column += 1
                    continue
                }
                if scalar == "\r", pending == "\n" { column += 1; continue }
                field.append(scalar)
                fieldLength += 1
                if scalar == "\n" || scalar == "\r" { line += 1; column = 1 } else { column += 1 }
                if fieldLength > maximumField {
                    return problem(says.fieldTooLong(most: maximumField), fieldStart)
                }
                continue
            }
            if scalar == "\r" || scalar == "\n" {
                if scalar == "\r", pending == "\n" { pending = iterator.next() }
                if rowStarted || !row.isEmpty {
                    row.append(CSVTable.Cell(text: finish(field, wasQuoted), position: fieldStart))
                    if let failure = check(row, rows: &rows, says: says) { return .failure(failure) }
                }
                row = []
                field = String.UnicodeScalarView()
                fieldLength = 0
                wasQuoted = false
                afterQuote = false
                rowStarted = false
                line += 1
                column = 1
                fieldStart = SourcePosition(line: line, column: column)
                continue
            }
            if scalar == "\0" { return problem(says.csvNulByte, here) }
            if Character(scalar) == separator {
                row.append(CSVTable.Cell(text: finish(field, wasQuoted), position: fieldStart))
                if row.count > maximumColumns {
                    return problem(says.tooManyFields(most: maximumColumns), here)
                }
                field = String.UnicodeScalarView()
                fieldLength = 0
                wasQuoted = false
                afterQuote = false
                rowStarted = true
                column += 1
                fieldStart = SourcePosition(line: line, column: column)
                continue
            }
            if afterQuote {
                if scalar == " " || scalar == "\t" { column += 1; continue }
                return problem(says.textAfterQuote, here)
            }
            if scalar == "\"", field.isEmpty {
                quoted = true
                wasQuoted = true
                rowStarted = true
                field = String.UnicodeScalarView()
                column += 1
                continue
            }
            field.append(scalar)
            fieldLength += 1
            rowStarted = true
            column += 1
            if fieldLength > maximumField {
                return problem(says.fieldTooLong(most: maximumField), fieldStart)
            }
        }
        if quoted { return problem(says.unclosedQuote, fieldStart) }
        if rowStarted || !row.isEmpty {
            row.append(CSVTable.Cell(text: finish(field, wasQuoted), position: fieldStart))
            if let failure = check(row, rows: &rows, says: says) { return .failure(failure) }
        }
        guard !rows.isEmpty else { return .failure(Diagnostic(.error, says.csvEmpty)) }
        return .success(CSVTable(rows: rows, separator: separator))
    }

    /// Adds a finished row, or says why it does not fit (too many rows, a field count unlike the header's).
    private static func check(_ row: [CSVTable.Cell], rows: inout [[CSVTable.Cell]], says: any MaterialMessages) -> Diagnostic? {
        // A line of nothing but separators (Excel writes them under a table) is empty.
        if row.allSatisfy({ $0.text.isEmpty }), !rows.isEmpty { return nil }
        if row.count > maximumColumns {
            return Diagnostic(.error, says.tooManyFields(most: maximumColumns),
                              at: row[maximumColumns].position)
        }
        if let header = rows.first, row.count != header.count {
            let at = row.count > header.count ? row[header.count].position : (row.last?.position ?? SourcePosition(line: 1, column: 1))
            return Diagnostic(.error, says.fieldCount(row.count, headerLine: header[0].position.line, header: header.count), at: at)
        }
        if rows.count >= maximumRows {
            return Diagnostic(.error, says.tooManyRows(most: maximumRows), at: row.first?.position)
        }
        rows.append(row)
        return nil
    }

    /// A field's text, as written (what it means is the summary's business).
    private static func finish(_ field: String.UnicodeScalarView, _ quoted: Bool) -> String {
        String(field)
    }

    /// The separator the first line uses most, outside quotes (`,` when it has none).
    static func guessSeparator(_ scalars: Substring.UnicodeScalarView.SubSequence) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for scalar in scalars {
            if scalar == "\"" { quoted.toggle(); continue }
            if !quoted, scalar == "\n" || scalar == "\r" { break }
            if !quoted, counts[Character(scalar)] != nil { counts[Character(scalar), default: 0] += 1 }
        }
        let best = counts.max { a, b in a.value != b.value ? a.value < b.value : rank(a.key) > rank(b.key) }
        return (best?.value ?? 0) > 0 ? (best?.key ?? ",") : ","
    }

    private static func rank(_ c: Character) -> Int { c == ";" ? 0 : (c == "," ? 1 : 2) }
}
