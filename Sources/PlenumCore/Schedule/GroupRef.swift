/// One dialog group at one table ("Bord 2, gruppe 1"), numbered from 1.
public struct GroupRef: Sendable, Hashable {
    public var table: String
    public var group: Int

    public init(table: String, group: Int) {
        self.table = table
        self.group = group
    }

    /// Every group of these tables, table by table.
    public static func all(of tables: [Table]) -> [GroupRef] {
        tables.flatMap { t in (1...max(t.groups, 1)).map { GroupRef(table: t.name, group: $0) } }
    }

    /// "Bord 2" when the table is one group, else "Bord 2 · gruppe 1".
    public func label(_ language: Language, tableHasOneGroup: Bool) -> String {
        guard !tableHasOneGroup else { return table }
        return "\(table) · \(language.report.groupWord) \(group)"
    }
}
