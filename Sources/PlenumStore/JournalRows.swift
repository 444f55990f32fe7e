import Foundation
import GRDB
import GRDBSQLite
import PlenumCore

/// Reads journal rows straight off SQLite's statement: each column is looked at where SQLite
/// holds it, and a fact's JSON is read from the column's bytes without a `String` of it or a
/// `DatabaseValue` in between. Opening a session of 100,000 facts spent a third of its time
/// making those (GRDB's row decoding), which this takes away; what is accepted is what GRDB's
/// conversions accepted (numbers as integers or reals, texts as TEXT or UTF-8 BLOBs).
enum JournalRows {
    /// Runs `sql` (which selects `SessionStore.journalColumns`) and hands each row to `body`, read
    /// as a `StoredFact`. SQLite's errors (a page it cannot read) are thrown as `DatabaseError`.
    static func forEach(_ db: Database, sql: String, arguments: StatementArguments = [],
                        _ body: (StoredFact) throws -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let raw = statement.sqliteStatement
        defer { sqlite3_reset(raw) }
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
            }
            try body(StoredFact(raw))
        }
    }
}

/// One row of the journal as stored: its number and the entry, or why it cannot be read.
struct StoredFact {
    let seq: Int64
    let entry: Result<JournalEntry, UnreadableFact>

    /// The row `statement` stands on (columns as `SessionStore.journalColumns` selects them).
    init(_ statement: SQLiteStatement) {
        let seq = Self.integer(statement, 0) ?? -1
        self.seq = seq
        guard let ms = Self.integer(statement, 1), let actor = Self.text(statement, 2),
              let type = Self.text(statement, 3) else {
            entry = .failure(UnreadableFact(seq: seq, kind: nil, flaw: .badColumns))
            return
        }
        let fact = Self.withUTF8(statement, 4) { payload -> Result<Fact, FactCoding.Unreadable>? in
            guard let payload else { return nil }
            return Result { () throws(FactCoding.Unreadable) in try FactCoding.fact(type: type, payloadUTF8: payload) }
        }
        switch fact {
        case nil:
            entry = .failure(UnreadableFact(seq: seq, kind: nil, flaw: .badColumns))
        case .success(let fact)?:
            entry = .success(JournalEntry(seq: seq, at: Date(timeIntervalSince1970: Double(ms) / 1000), actor: actor, fact: fact))
        case .failure(let error)?:
            let legible = !type.isEmpty && type.unicodeScalars.allSatisfy { $0.isASCII && $0.properties.isAlphabetic }
            entry = .failure(UnreadableFact(seq: seq, kind: legible ? type : nil, flaw: error.flaw))
        }
    }

    /// An INTEGER column, or a REAL one within Int64's range (as GRDB reads `Int64`); nil otherwise.
    private static func integer(_ statement: SQLiteStatement, _ column: CInt) -> Int64? {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER:
            return sqlite3_column_int64(statement, column)
        case SQLITE_FLOAT:
            let value = sqlite3_column_double(statement, column)
            guard value >= Double(Int64.min), value < Double(Int64.max) else { return nil }
            return Int64(value)
        default:
            return nil
        }
    }

    /// A TEXT column, or a BLOB that is UTF-8 (as GRDB reads `String`); nil otherwise.
    private static func text(_ statement: SQLiteStatement, _ column: CInt) -> String? {
        withUTF8(statement, column) { bytes in bytes.map { String(decoding: $0, as: UTF8.self) } }
    }

    /// Calls `body` with a text column's UTF-8 bytes where SQLite holds them (valid only during
    /// the call): a TEXT as it is (bad bytes become U+FFFD where it is read), a BLOB only if it is
    /// UTF-8; nil for any other column.
    private static func withUTF8<T>(_ statement: SQLiteStatement, _ column: CInt,
                                    _ body: (UnsafeBufferPointer<UInt8>?) -> T) -> T {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_TEXT:
            // SQLite's order: the pointer first, then the length of what it points at.
            let start = sqlite3_column_text(statement, column)
            let count = Int(sqlite3_column_bytes(statement, column))
            guard count == 0 || start != nil else { return body(nil) }
            return body(UnsafeBufferPointer(start: count > 0 ? start : nil, count: count))
        case SQLITE_BLOB:
            let start = sqlite3_column_blob(statement, column)?.assumingMemoryBound(to: UInt8.self)
            let count = Int(sqlite3_column_bytes(statement, column))
            guard count == 0 || start != nil else { return body(nil) }
            let bytes = UnsafeBufferPointer(start: count > 0 ? start : nil, count: count)
            return body(String(validating: bytes, as: UTF8.self) == nil ? nil : bytes)
        default:
            return body(nil)
        }
    }
}
