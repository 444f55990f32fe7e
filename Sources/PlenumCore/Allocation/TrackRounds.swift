/// Who takes part in each round of the day: a track's round seats its track's people (see
/// `TrackMembership`), and a rotation with station hosts seats everyone but the hosts, who staff
/// the stations for that block and are back in the groups in the next.
enum TrackRounds {
    typealias Listed = (index: Int, round: SeatingRound, track: String?, rotation: Bool)

    static func withPeople(_ rounds: [Listed], agenda: [AgendaItem], plan: Plan, attendees: [Attendee],
                           fixed: [String: RoundSeating]) -> [Listed] {
        var members: [Int: [[String]]] = [:]
        // Where people sat in rounds of tracks that ran: they stay in those tracks.
        var seatedBefore: [String: String] = [:]
        for (id, seating) in fixed where TrackPart(id: id) != nil {
            for group in seating.groups { for name in group.members { seatedBefore[name] = group.table } }
        }
        for (i, item) in agenda.enumerated() where item.block.kind == .tracks {
            members[i] = TrackMembership.assign(item.block, attendees: attendees, tables: plan.tables,
                                                segments: plan.segments.map(\.key), seatedBefore: seatedBefore)
        }
        let everyone = attendees.map(\.name)
        return rounds.map { listed in
            var listed = listed
            guard let block = agenda[safe: listed.index]?.block else { return listed }
            if let part = TrackPart(id: listed.round.id), let track = members[listed.index]?[safe: part.track] {
                let hosts = Set(block.tracks[safe: part.track]?.blocks[safe: part.index]?.allStationHosts ?? [])
                listed.round.people = track.filter { !hosts.contains($0) }
            } else if listed.rotation, !block.stationHosts.isEmpty {
                let hosts = Set(block.allStationHosts)
                listed.round.people = everyone.filter { !hosts.contains($0) }
            }
            return listed
        }
    }

    /// The station hosts of a rotation round's block.
    static func hosts(_ listed: Listed, agenda: [AgendaItem]) -> [String: [String]] {
        guard listed.rotation, let block = agenda[safe: listed.index]?.block else { return [:] }
        if let part = TrackPart(id: listed.round.id) {
            return block.tracks[safe: part.track]?.blocks[safe: part.index]?.stationHosts ?? [:]
        }
        return block.stationHosts
    }

    /// When each round's block starts as planned (a track's block as its track has it), by round id.
    static func starts(_ agenda: [AgendaItem], plan: Plan) -> [String: ClockTime] {
        var copy = plan
        copy.blocks = agenda.map(\.block)
        let schedule = Schedule.plan(copy)
        var result: [String: ClockTime] = [:]
        for (i, item) in agenda.enumerated() {
            guard let entry = schedule.entries[safe: i] else { continue }
            result[item.id] = entry.start
            for (t, track) in entry.tracks.enumerated() {
                for (j, inner) in track.entries.enumerated() { result[TrackPart(parent: item.id, track: t, index: j).id] = inner.start }
            }
        }
        return result
    }
}
