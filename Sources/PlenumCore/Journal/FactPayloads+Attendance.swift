/// The stored form of attendance: check-in, walk-ins, the groups a round was seated in.
extension FactCoding {
    /// `attendanceMarked`: `name`, `status`.
    struct AttendanceMarked: FactPayload {
        static let kind = "attendanceMarked"
        var name: String, status: Fact.Attendance
        var fields: [(String, JSONValue)] { [("name", .string(name)), ("status", .string(status.rawValue))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            let status: Fact.Attendance = try f.named("status", unknown: "unknown attendance status")
            return .attendanceMarked(name: try f.string("name"), status: status)
        }
    }

    /// `walkInAdded`: `name`, `segment` (null: none).
    struct WalkInAdded: FactPayload {
        static let kind = "walkInAdded"
        var name: String, segment: String?
        var fields: [(String, JSONValue)] { [("name", .string(name)), ("segment", .optional(segment))] }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            .walkInAdded(name: try f.string("name"), segment: f["segment"]?.stringValue)
        }
    }

    /// `groupsFormed`: `block`, `groups` (each a `table`, a `group` number and its `members`).
    struct GroupsFormed: FactPayload {
        static let kind = "groupsFormed"
        var block: String, groups: [SeatedGroup]
        var fields: [(String, JSONValue)] {
            [("block", .string(block)), ("groups", .array(groups.map { group in
                .object([("table", .string(group.table)), ("group", .int(group.group)),
                         ("members", .array(group.members.map(JSONValue.string)))])
            }))]
        }
        static func read(_ f: FactFields) throws(Unreadable) -> Fact {
            guard case .array(let list)? = f["groups"] else { throw f.unreadable("no `groups`") }
            var groups: [SeatedGroup] = []
            for item in list {
                guard let table = item["table"]?.stringValue, let number = item["group"]?.intValue,
                      case .array(let names)? = item["members"] else {
                    throw f.unreadable("a group without `table`, `group` or `members`")
                }
                let members = names.compactMap(\.stringValue)
                guard members.count == names.count else { throw f.unreadable("a group without `table`, `group` or `members`") }
                groups.append(SeatedGroup(table: table, group: number, members: members))
            }
            return .groupsFormed(block: try f.string("block"), groups: groups)
        }
    }
}
