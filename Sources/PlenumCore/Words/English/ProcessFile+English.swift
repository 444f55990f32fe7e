/// The sentences about a process file and about seating problems, in English.
extension EnglishPlanMessages {
    var theProcess: String { "the process" }
    var processNoTitle: String { "the process has no `title`; add a line like title = \"Visionsproces 2019\" at the top" }
    var processEmpty: String { "the process has no days, phases or milestones; add [[days]] with plan = \"day-1.toml\"" }
    func phase(_ number: Int) -> String { "phase \(number)" }
    func milestone(_ number: Int) -> String { "milestone \(number)" }
    func day(_ number: Int) -> String { "day \(number)" }
    func twoPhasesCalled(_ title: String) -> String { "two phases are called \"\(title)\"" }
    func phaseEndsBeforeStart(_ title: String, from: PlanDate, to: PlanDate) -> String {
        "`to` (\(to)) of phase \"\(title)\" comes before its `from` (\(from))"
    }
    func phaseNeedsBoth(_ title: String) -> String { "phase \"\(title)\" needs both `from` and `to`, or neither" }
    func milestoneNoDate(_ context: String) -> String { "\(context) has no `date`; add e.g. date = 2019-03-11" }
    func twoDaysWithID(_ id: String) -> String { "two days have the id \"\(id)\"; give each day its own `id`" }
    func dayInUnknownPhase(_ context: String, phase: String) -> String {
        "\(context) is in phase \"\(phase)\", which the process does not have"
    }
    func notADay(_ key: String, of context: String) -> String { "`\(key)` of \(context) must be a day written like 2019-03-11" }

    func seatingProblem(_ reason: SeatingProblem.Reason) -> String {
        switch reason {
        case .contradiction(let names):
            "\(list(names, quote: "", and: true)) must be both together and apart; drop one of the two rules"
        case .lonelySegment(let segment, let person, let block):
            "segment \(segment ?? "without a segment") has only one person (\(person)) in \"\(block)\", and a group needs two; "
                + "use formation = \"mixed\" or add people to the segment"
        case .tooManySegments(let block, let segments, let groups):
            "\"\(block)\" forms one group per segment, but its \(segments) segments need more groups than the \(groups) there are"
        case .overPinned(let pins, let table, let names, let capacity, let block):
            "\(pins) people are pinned to \(table) (\(list(names, quote: "", and: true))), "
                + "but its groups seat \(capacity) in \"\(block)\"; pin fewer people there"
        }
    }
}
