/// `plenum check --format json`: the computed schedule for scripts (shape in plan-format.md).
public enum CheckJSON {
    /// The schedule of a plan that checked clean (warnings included).
    public static func schedule(_ plan: Plan, _ schedule: Schedule, date: PlanDate,
                                warnings: [Diagnostic]) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("title", .string(plan.title)),
            ("date", .string(date.description)),
            ("start", .string(schedule.start.description)),
            ("end", .string(schedule.end.description)),
            ("language", .string(plan.language.rawValue)),
        ]
        if let venue = plan.venue { pairs.append(("venue", .string(venue))) }
        if let end = plan.end { pairs.append(("planned_end", .string(end.description))) }
        pairs.append(("blocks", .array(schedule.entries.map { entry($0, plan: plan) })))
        pairs.append(("warnings", .array(warnings.map { .string($0.message) })))
        return .object(pairs)
    }

    /// `{ "errors": [ { "line", "column", "message" } ], "warnings": [...] }`.
    public static func problems(_ diagnostics: [Diagnostic]) -> JSONValue {
        func item(_ d: Diagnostic) -> JSONValue {
            .object([("line", d.position.map { .int($0.line) } ?? .null),
                     ("column", d.position.map { .int($0.column) } ?? .null),
                     ("message", .string(d.message))] + (d.file.map { [("file", JSONValue.string($0))] } ?? []))
        }
        return .object([("errors", .array(diagnostics.errors.map(item))),
                        ("warnings", .array(diagnostics.warnings.map(item)))])
    }

    static func entry(_ e: Schedule.Entry, plan: Plan) -> JSONValue {
        let b = e.block
        var pairs: [(String, JSONValue)] = [
            ("index", .int(e.index)),
            ("title", .string(b.title)),
            ("kind", .string(b.kind.rawValue)),
            ("start", .string(e.start.description)),
            ("end", .string(e.end.description)),
            ("minutes", .int(e.minutes)),
            ("anchor", .bool(e.isAnchor)),
            ("cards", .int(b.cards.count)),
            ("min_minutes", .int(b.minMinutes)),
            ("slack_before", .int(e.slackBefore)),
        ]
        if let at = b.at { pairs.append(("at", .string(at.description))) }
        if let f = b.formation { pairs.append(("formation", .string(f.rawValue))) }
        if let p = b.present { pairs.append(("present", .string(p.rawValue))) }
        if !b.capture.isEmpty { pairs.append(("capture", .array(b.capture.map(JSONValue.string)))) }
        if !b.cards.isEmpty {
            let cards = zip(b.cards, e.cardTimes).map { text, due in
                JSONValue.object([("due", .string(due.description)), ("text", .string(text))])
            }
            pairs.append(("card_list", .array(cards)))
        }
        if !e.slices.isEmpty {
            pairs.append(("slices", .array(e.slices.map { s in
                .object([("presenter", .string(s.presenter)),
                         ("start", .string(clock(e.start, plus: s.offsetSeconds))),
                         ("offset_seconds", .int(s.offsetSeconds)), ("seconds", .int(s.seconds))])
            })))
        }
        if !e.rounds.isEmpty {
            pairs.append(("rounds", .array(e.rounds.map { r in
                .object([("start", .string(clock(e.start, plus: r.offsetSeconds))),
                         ("offset_seconds", .int(r.offsetSeconds)), ("seconds", .int(r.seconds)),
                         ("visits", .array(r.visits.map { v in
                             .object([("table", .string(v.group.table)), ("group", .int(v.group.group)),
                                      ("station", .optional(v.station))])
                         }))])
            })))
        }
        if !e.tracks.isEmpty {
            pairs.append(("tracks", .array(e.tracks.map { t in
                .object([("title", .string(t.track.title)), ("room", .optional(t.track.room)),
                         ("tables", .array(t.track.tables.map(JSONValue.string))),
                         ("end", .string(t.end.description)),
                         ("blocks", .array(t.entries.map { entry($0, plan: plan) }))])
            })))
        }
        return .object(pairs)
    }

    /// "HH:MM" of a block start plus seconds (floored to the minute).
    static func clock(_ start: ClockTime, plus seconds: Int) -> String {
        (start + seconds / 60).description
    }
}
