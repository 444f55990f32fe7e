import TOMLKit

/// Parses TOML text into a `TOMLNode` tree with source positions and the file's key order.
enum TOMLDocument {
    /// A TOML syntax error, at the place TOMLKit reports.
    struct SyntaxError: Error, Sendable {
        var message: String
        var position: SourcePosition
    }

    /// Parses `text`; throws `SyntaxError` for text that is not TOML.
    static func parse(_ text: String) throws(SyntaxError) -> TOMLNode {
        if let stop = TOMLLibraryGuard.firstStop(text) { throw stop }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let begin = error.source.begin
            throw SyntaxError(message: error.description,
                              position: SourcePosition(line: max(begin.line, 1), column: max(begin.column, 1)))
        } catch {
            throw SyntaxError(message: "\(error)", position: SourcePosition(line: 1, column: 1))
        }
        let locator = TOMLLocator(source: text)
        return node(table: table, path: [], locator: locator, entry: nil)
    }

    private static func node(table: TOMLTable, path: TOMLPath, locator: TOMLLocator,
                             entry: TOMLLocator.Entry?) -> TOMLNode {
        // No [String: TOMLValue] here: TOMLKit makes Dictionary a TOMLValueConvertible, and its
        // subscripts then convert (deep-copy) whole tables instead of looking a key up.
        var values: [(key: String, value: TOMLValue)] = []
        for (key, value) in table { values.append((key, value.tomlValue)) }
        let order = Dictionary((locator.keyOrder[path] ?? []).enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        let rank = { (key: String) -> Int in order[key] ?? Int.max }
        values.sort { a, b in
            let (ra, rb) = (rank(a.key), rank(b.key))
            return ra != rb ? ra < rb : a.key < b.key
        }
        let entries = values.map { pair in
            TOMLNode.Entry(key: pair.key, node: node(value: pair.value, path: path + [.key(pair.key)], locator: locator))
        }
        return TOMLNode(value: .table(entries), path: path, keyPosition: entry?.key, valuePosition: entry?.value)
    }

    private static func node(value: TOMLValue, path: TOMLPath, locator: TOMLLocator) -> TOMLNode {
        let entry = locator.entries[path]
        if value.type == .table, let table = value.table {
            return node(table: table, path: path, locator: locator, entry: entry)
        }
        return TOMLNode(value: decode(value, path: path, locator: locator), path: path,
                        keyPosition: entry?.key, valuePosition: entry?.value)
    }

    private static func decode(_ value: TOMLValue, path: TOMLPath, locator: TOMLLocator) -> TOMLNode.Value {
        switch value.type {
        case .table:
            return .table([])
        case .array:
            let elements = (value.array.map(Array.init) ?? []).enumerated().map { i, element in
                node(value: element.tomlValue, path: path + [.index(i)], locator: locator)
            }
            return .array(elements)
        case .string: return .string(value.string ?? "")
        case .int: return .integer(value.int ?? 0)
        case .double: return .float(value.double ?? 0)
        case .bool: return .boolean(value.bool ?? false)
        case .date: return .date(localDate(value.date))
        case .time: return .time(localTime(value.time))
        case .dateTime: return .dateTime(localDate(value.dateTime?.date), localTime(value.dateTime?.time))
        }
    }

    private static func localDate(_ d: TOMLDate?) -> TOMLNode.LocalDate {
        .init(year: d?.year ?? 0, month: d?.month ?? 0, day: d?.day ?? 0)
    }

    private static func localTime(_ t: TOMLTime?) -> TOMLNode.LocalTime {
        .init(hour: t?.hour ?? 0, minute: t?.minute ?? 0, second: t?.second ?? 0)
    }
}
