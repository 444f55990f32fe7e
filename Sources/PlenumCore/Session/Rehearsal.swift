/// A session that runs a plan on another day than its `date`: a rehearsal. The plan's times are
/// moved so its day starts when the rehearsal does (as the demo does); every screen and export
/// says it is a rehearsal, so its post-its are never taken for the day's.
public struct Rehearsal: Sendable, Equatable {
    /// Minutes every time of the plan is moved (negative: earlier).
    public var shiftMinutes: Int

    public init(shiftMinutes: Int) {
        self.shiftMinutes = shiftMinutes
    }

    /// How `plan` runs when opened on `today` at `now`: for real (nil) when it has no `date`, when
    /// `date` is today, or when the facilitator asks for it (`forToday`); otherwise a rehearsal
    /// whose day starts at `now`.
    public static func of(_ plan: Plan, today: PlanDate, now: ClockTime, forToday: Bool) -> Rehearsal? {
        guard !forToday, let date = plan.date, date != today else { return nil }
        return Rehearsal(shiftMinutes: now.minutes - Schedule.plan(plan).start.minutes)
    }
}

extension Plan {
    /// The plan with `start`, `end` and every anchor (`at`) moved by `minutes`, keeping every gap.
    public func shifted(byMinutes minutes: Int) -> Plan {
        guard minutes != 0 else { return self }
        var plan = self
        plan.start = start.map { $0 + minutes }
        plan.end = end.map { $0 + minutes }
        for i in plan.blocks.indices {
            plan.blocks[i].at = plan.blocks[i].at.map { $0 + minutes }
        }
        return plan
    }
}
