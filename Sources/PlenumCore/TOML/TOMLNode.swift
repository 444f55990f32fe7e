/// A TOML value as plenum reads it: decoded by TOMLKit, placed in the file by `TOMLLocator`.
public struct TOMLNode: Sendable {
    /// One key of a table with its value, in the order the file gives them.
    public struct Entry: Sendable {
        public var key: String
        public var node: TOMLNode
    }

    /// A local date, e.g. `2012-10-31`.
    public struct LocalDate: Sendable, Equatable {
        public var year: Int, month: Int, day: Int
    }

    /// A local time, e.g. `16:15:00`.
    public struct LocalTime: Sendable, Equatable {
        public var hour: Int, minute: Int, second: Int
    }

    /// The decoded value.
    public enum Value: Sendable {
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

    public var value: Value
    public var path: TOMLPath
    /// Where the key stands (nil for array elements and the root).
    public var keyPosition: SourcePosition?
    /// Where the value begins (for a `[[table]]` element, its header).
    public var valuePosition: SourcePosition?

    /// The best place to point at for a problem with this value.
    public var position: SourcePosition? { valuePosition ?? keyPosition }

    /// The table's entry for `key`, if the node is a table that has it.
    public subscript(key: String) -> TOMLNode? {
        guard case .table(let entries) = value else { return nil }
        return entries.first { $0.key == key }?.node
    }

    /// What kind of value this is, in the words an error message uses ("a number", "text" …).
    public var typeDescription: String {
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
