/// A TOML value as plenum reads it: decoded by TOMLKit, placed in the file by `TOMLLocator`.
struct TOMLNode: Sendable {
    /// One key of a table with its value, in the order the file gives them.
    struct Entry: Sendable {
        var key: String
        var node: TOMLNode
    }

    /// A local date, e.g. `2012-10-31`.
    struct LocalDate: Sendable, Equatable {
        var year: Int, month: Int, day: Int
    }

    /// A local time, e.g. `16:15:00`.
    struct LocalTime: Sendable, Equatable {
        var hour: Int, minute: Int, second: Int
    }

    /// The decoded value.
    enum Value: Sendable {
        case string(String)
        case integer(Int)
        case float(Double)
        case boolean(Bool)
        case date(LocalDate)
        case time(LocalTime)
        case dateTime(LocalDate, LocalTime)
        case array([TOMLNode])
        case table([Entry])
    }

    var value: Value
    var path: TOMLPath
    /// Where the key stands (nil for array elements and the root).
    var keyPosition: SourcePosition?
    /// Where the value begins (for a `[[table]]` element, its header).
    var valuePosition: SourcePosition?

    /// The best place to point at for a problem with this value.
    var position: SourcePosition? { valuePosition ?? keyPosition }

    /// The table's entry for `key`, if the node is a table that has it.
    subscript(key: String) -> TOMLNode? {
        guard case .table(let entries) = value else { return nil }
        return entries.first { $0.key == key }?.node
    }

    /// What kind of value this is, in the words an error message uses ("a number", "text" …).
    var typeDescription: String {
        switch value {
        case .string: return "text"
        case .integer: return "a whole number"
        case .float: return "a decimal number"
        case .boolean: return "true/false"
        case .date: return "a date"
        case .time: return "a time"
        case .dateTime: return "a date and time"
        case .array: return "a list"
        case .table: return "a table"
        }
    }
}
