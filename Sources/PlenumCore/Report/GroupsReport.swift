/// The seating of a day as text for paper (`plenum groups`): a block of text per table of each
/// groups block, names with their segment, the hosts at the table; and the same as JSON.
public struct GroupsReport {
    public let plan: Plan
    public let day: DaySeating
    /// People who came without being in the plan (a session's walk-ins), for their segments.
    public let walkIns: [Attendee]

    public init(plan: Plan, day: DaySeating, walkIns: [Attendee] = []) {
        self.plan = plan
        self.day = day
        self.walkIns = walkIns
    }

    public func text() -> String {
        let words = plan.language.report
        var lines: [String] = []
        for entry in day.entries {
            var heading = "\(entry.index + 1). \(entry.round.title)"
            if let track = entry.track { heading += " · " + words.track(track) }
            if entry.isRotation, entry.stationHosts.isEmpty {
                heading += " · " + words.sameGroupsAtStations
            } else {
                heading += " · " + words.formation(entry.round.formation)
                if entry.isRotation { heading += words.withoutStationHosts }
            }
            lines.append(heading)
            lines.append(String(repeating: "=", count: min(DisplayWidth.of(heading), 78)))
            if entry.skipped {
                lines += ["", words.skippedNoGroups, "", ""]
                continue
            }
            if let problem = entry.problem { lines.append(words.cannotSeatBlock(problem.message)) }
            lines += entry.bent.map { words.bentRule($0, plan: plan) }
            let tables = entry.round.tables.map(\.name)
            for table in tables {
                let groups = entry.seating.groups.filter { $0.table == table }
                guard !groups.isEmpty else { continue }
                lines.append("")
                lines.append(table)
                if let hosts = day.hosts.first(where: { $0.table == table })?.names, !hosts.isEmpty {
                    lines += hostLines(hosts).map { "  " + $0 }
                }
                for group in groups {
                    let label = words.groupLabel(group.group)
                    if group.members.isEmpty {
                        lines.append("  \(label)")
                        continue
                    }
                    for (k, name) in group.members.enumerated() {
                        let first = k == 0 ? DisplayWidth.pad(label, to: 11) : String(repeating: " ", count: 11)
                        // Names are never cut on paper; a long one pushes its segment right.
                        let who = name + String(repeating: " ", count: max(1, 27 - DisplayWidth.of(name)))
                        lines.append("  \(first)\(who)\(segmentName(of: name))".trailingSpacesRemoved)
                    }
                }
            }
            if !entry.stationRounds.isEmpty {
                lines.append("")
                lines.append(words.stations)
                for (station, hosts) in entry.stationHosts.sorted(by: { $0.key < $1.key }) {
                    let text = words.stationHosts(station, hosts)
                    lines += DisplayWidth.wrap(text, to: 76).enumerated().map { ($0.offset == 0 ? "  " : "    ") + $0.element }
                }
                for (k, round) in entry.stationRounds.enumerated() {
                    let minutes = round.seconds / 60
                    let start = entry.start.map { CheckReport.clock(seconds: $0.minutes * 60 + round.offsetSeconds) + ", " } ?? ""
                    lines.append("  " + words.round(k + 1).capitalizedFirst + " (\(start)\(minutes) min)")
                    let oneGroup = Set(plan.tables.filter { $0.groups <= 1 }.map(\.name))
                    for visit in round.visits {
                        let group = visit.group.label(plan.language, tableHasOneGroup: oneGroup.contains(visit.group.table))
                        let station = visit.station ?? words.atTheTable
                        lines.append("    " + DisplayWidth.pad(group, to: 20) + " → " + station)
                    }
                }
            }
            lines.append("")
            lines.append("")
        }
        if !day.roamingHosts.isEmpty {
            lines += hostLines(day.roamingHosts).map { words.withoutATable + $0 }
        }
        if day.entries.isEmpty {
            lines.append(words.noGroupsBlocks)
        } else {
            lines.append(words.pairsMeetingAgain(day.repeatedPairs))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() -> JSONValue {
        let blocks: [JSONValue] = day.entries.map { entry in
            var pairs: [(String, JSONValue)] = [
                ("index", .int(entry.index)), ("title", .string(entry.round.title)),
                ("formation", .string(entry.isRotation ? "rotation" : entry.round.formation.rawValue)),
            ]
            if let track = entry.track { pairs.append(("track", .string(track))) }
            if entry.skipped { pairs.append(("skipped", .bool(true))) }
            if let problem = entry.problem { pairs.append(("problem", .string(problem.message))) }
            if !entry.bent.isEmpty {
                let words = Language.en.report
                pairs.append(("bent_rules", .array(entry.bent.map { bent in
                    .object([("kind", .string(bent.rule.kind.rawValue)),
                             ("names", .array(bent.rule.names.map(JSONValue.string))),
                             ("broken", .int(bent.broken)),
                             ("why", .optional(bent.reason.map { words.reason($0, plan: plan) }))])
                })))
            }
            pairs.append(("groups", .array(entry.seating.groups.map { group in
                .object([("table", .string(group.table)), ("group", .int(group.group)),
                         ("members", .array(group.members.map(JSONValue.string)))])
            })))
            if !entry.stationRounds.isEmpty {
                pairs.append(("stations", .array(entry.stationRounds.enumerated().map { k, round in
                    .object([("round", .int(k + 1)),
                              ("start", .optional(entry.start.map { ClockTime(minutes: ($0.minutes * 60 + round.offsetSeconds) / 60).description })),
                              ("minutes", .int(round.seconds / 60)),
                             ("visits", .array(round.visits.map { visit in
                                 .object([("table", .string(visit.group.table)), ("group", .int(visit.group.group)),
                                          ("station", .optional(visit.station))])
                             }))])
                })))
            }
            if !entry.stationHosts.isEmpty {
                pairs.append(("station_hosts", .array(entry.stationHosts.sorted { $0.key < $1.key }.map { station, names in
                    .object([("station", .string(station)), ("names", .array(names.map(JSONValue.string)))])
                })))
            }
            let tables = Set(entry.round.tables.map(\.name))
            pairs.append(("hosts", .array(day.hosts.filter { tables.contains($0.table) }.map { host in
                .object([("table", .string(host.table)), ("names", .array(host.names.map(JSONValue.string)))])
            })))
            return .object(pairs)
        }
        return .object([("blocks", .array(blocks)), ("repeat_pairs", .int(day.repeatedPairs))])
    }

    /// The people at a table who are not in its groups, one line per role: "Referent: Bo Lund",
    /// "Facilitatorer: Anne, Carl" (never a notetaker called a host).
    private func hostLines(_ names: [String]) -> [String] {
        let roles: [Person.Role] = [.facilitator, .notetaker, .participant]
        return roles.compactMap { role -> String? in
            let these = names.filter { name in (plan.people.first { $0.name == name }?.role ?? .facilitator) == role }
            guard !these.isEmpty else { return nil }
            return plan.language.report.role(role, count: these.count) + ": " + these.joined(separator: ", ")
        }
    }

    private func segmentName(of name: String) -> String {
        guard let key = plan.people.first(where: { $0.name == name })?.segment
                ?? walkIns.first(where: { $0.name == name })?.segment else { return "" }
        return plan.segment(key)?.name ?? key
    }
}

extension String {
    /// The text with its first letter in upper case ("runde 1" → "Runde 1").
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
