/// `plenum check PROCESS --format json`: the process's days in order with their dates, times and
/// states, its phases and milestones, and every problem (for scripts and tests).
public enum ProcessJSON {
    public static func check(_ timeline: ProcessTimeline, problems: [String]) -> JSONValue {
        let process = timeline.process
        let days: [JSONValue] = timeline.days.map { day in
            .object([("id", .string(day.day.id)), ("plan", .string(day.day.plan)), ("title", .string(day.title)),
                     ("date", .optional(day.date?.description)), ("time", .optional(day.span)),
                     ("state", .string(day.state.rawValue)), ("phase", .optional(phase(of: day, in: timeline)))])
        }
        let phases: [JSONValue] = process.phases.map { phase in
            .object([("title", .string(phase.title)), ("from", .optional(phase.span?.from.description)),
                     ("to", .optional(phase.span?.to.description))])
        }
        let milestones: [JSONValue] = process.milestones.map { milestone in
            .object([("title", .string(milestone.title)), ("date", .string(milestone.date.description))])
        }
        return .object([("title", .string(process.title)), ("language", .string(process.language.rawValue)),
                        ("phases", .array(phases)), ("milestones", .array(milestones)), ("days", .array(days)),
                        ("problems", .array(problems.map(JSONValue.string)))])
    }

    /// The phase a day is shown under on the timeline.
    static func phase(of day: ProcessDayInfo, in timeline: ProcessTimeline) -> String? {
        var current: String?
        for row in timeline.rows {
            switch row.item {
            case .phase(let phase): current = phase.title
            case .day(let other) where other.day.id == day.day.id: return row.depth == 1 ? current : nil
            default: break
            }
        }
        return nil
    }
}
