/// A process in time order: its phases with the days and milestones that fall in them, the days and
/// milestones between phases, and today where it falls. A pure value: the same for the terminal,
/// the plain text and the exports.
public struct ProcessTimeline: Sendable {
    /// One row of the timeline.
    public enum Item: Sendable {
        case phase(ProcessFile.Phase)
        case day(ProcessDayInfo)
        case milestone(ProcessFile.Milestone)
        case today(PlanDate)
    }

    /// A row and how deep it sits (1 inside a phase).
    public struct Row: Sendable {
        public var item: Item
        public var depth: Int
    }

    public let process: ProcessFile
    public let days: [ProcessDayInfo]
    public let today: PlanDate
    public let rows: [Row]

    public init(process: ProcessFile, days: [ProcessDayInfo], today: PlanDate) {
        self.process = process
        self.days = days
        self.today = today
        rows = Self.arrange(process: process, days: days, today: today)
    }

    /// A day or milestone with the date it sorts by (nil: undated, last).
    private struct Member {
        var item: Item
        var date: PlanDate?
        var order: Int
    }

    private static func arrange(process: ProcessFile, days: [ProcessDayInfo], today: PlanDate) -> [Row] {
        var members: [Member] = []
        for (k, day) in days.enumerated() { members.append(Member(item: .day(day), date: day.date, order: k)) }
        for (k, milestone) in process.milestones.enumerated() {
            members.append(Member(item: .milestone(milestone), date: milestone.date, order: days.count + k))
        }
        // Which phase each member is in: the one its day names, else the first whose span holds its date.
        var byPhase: [[Member]] = Array(repeating: [], count: process.phases.count)
        var loose: [Member] = []
        for member in members {
            var home: Int?
            if case .day(let day) = member.item, let name = day.day.phase {
                home = process.phases.firstIndex { $0.title == name }
            }
            if home == nil, let date = member.date {
                home = process.phases.firstIndex { $0.span?.contains(date) ?? false }
            }
            if let home { byPhase[home].append(member) } else { loose.append(member) }
        }
        // Top-level entries: each phase with its members, and the loose members, sorted by date.
        var top: [(date: PlanDate?, order: Int, rows: [Row], span: DateSpan?)] = []
        for (k, phase) in process.phases.enumerated() {
            let inside = sorted(byPhase[k])
            let first = phase.span?.from ?? inside.compactMap(\.date).min()
            let last = phase.span?.to ?? inside.compactMap(\.date).max()
            let span = first.flatMap { f in last.map { DateSpan(from: f, to: $0) } }
            var rows = [Row(item: .phase(phase), depth: 0)] + inside.map { Row(item: $0.item, depth: 1) }
            if let span, span.contains(today) {
                let at = rows.firstIndex { row in (row.date.map { $0 > today } ?? true) && row.depth == 1 } ?? rows.count
                rows.insert(Row(item: .today(today), depth: 1), at: max(1, at))
            }
            top.append((first, -1000 + k, rows, span))
        }
        for member in loose { top.append((member.date, member.order, [Row(item: member.item, depth: 0)], nil)) }
        top.sort { inOrder(($0.date, $0.order), ($1.date, $1.order)) }
        var rows: [Row] = []
        let todayInPhase = top.contains { $0.span?.contains(today) ?? false }
        var placed = todayInPhase
        for entry in top {
            if !placed, let date = entry.date, date > today {
                rows.append(Row(item: .today(today), depth: 0))
                placed = true
            }
            rows += entry.rows
        }
        if !placed {
            let undated = rows.firstIndex { $0.depth == 0 && $0.date == nil } ?? rows.count
            rows.insert(Row(item: .today(today), depth: 0), at: undated)
        }
        return rows
    }

    private static func sorted(_ members: [Member]) -> [Member] {
        members.sorted { inOrder(($0.date, $0.order), ($1.date, $1.order)) }
    }

    /// By date, undated last, then in the order of the file.
    private static func inOrder(_ a: (date: PlanDate?, order: Int), _ b: (date: PlanDate?, order: Int)) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?): return x != y ? x < y : a.order < b.order
        case (nil, nil): return a.order < b.order
        case (nil, _): return false
        case (_, nil): return true
        }
    }
}

extension ProcessTimeline.Row {
    /// The date the row stands at (a phase: its first day).
    public var date: PlanDate? {
        switch item {
        case .phase(let phase): return phase.span?.from
        case .day(let day): return day.date
        case .milestone(let milestone): return milestone.date
        case .today(let date): return date
        }
    }
}
