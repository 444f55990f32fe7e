/// Who belongs to which track of a tracks block: everyone present belongs to exactly one track and
/// is seated in every groups block of that track. A person pinned to a table goes to the track
/// working at it; someone who already sat in one of the track's blocks stays in that track; the
/// rest are shared out evenly (by the seats of each track's tables, else their groups), each
/// segment spread over the tracks as evenly as it goes.
public enum TrackMembership {
    /// For each track of `block`, the names of its people, in `attendees`' order.
    /// `seatedBefore` maps a person to a table they sat at in a round of these tracks that ran.
    public static func assign(_ block: Block, attendees: [Attendee], tables: [Table], segments: [String],
                              seatedBefore: [String: String] = [:]) -> [[String]] {
        let tracks = block.tracks
        guard !tracks.isEmpty else { return [] }
        let trackOfTable = Dictionary(tracks.enumerated().flatMap { t, track in track.tables.map { ($0, t) } },
                                      uniquingKeysWith: { a, _ in a })
        var chosen = [Int?](repeating: nil, count: attendees.count)
        for (p, person) in attendees.enumerated() {
            if let pin = person.table, let t = trackOfTable[pin] { chosen[p] = t }
            else if let table = seatedBefore[person.name], let t = trackOfTable[table] { chosen[p] = t }
        }
        // Each track's share of the room: its tables' seats, or its groups where seats are not given.
        let weights = tracks.map { track -> Int in
            let own = tables.filter { track.tables.contains($0.name) }
            let seats = own.compactMap(\.seats)
            return max(1, seats.count == own.count ? seats.reduce(0, +) : own.reduce(0) { $0 + $1.groups })
        }
        var count = [Int](repeating: 0, count: tracks.count)
        var perSegment: [String: [Int]] = [:]
        for (p, t) in chosen.enumerated() {
            guard let t else { continue }
            count[t] += 1
            perSegment[attendees[p].segment ?? "", default: Array(repeating: 0, count: tracks.count)][t] += 1
        }
        // The rest, segment by segment (the plan's order, then people without one): each to the
        // track with the fewest of that segment for its share, then the fewest for its share.
        let order = attendees.indices.filter { chosen[$0] == nil }.sorted { a, b in
            let sa = segments.firstIndex(of: attendees[a].segment ?? "") ?? segments.count
            let sb = segments.firstIndex(of: attendees[b].segment ?? "") ?? segments.count
            return sa != sb ? sa < sb : a < b
        }
        for p in order {
            let key = attendees[p].segment ?? ""
            let here = perSegment[key, default: Array(repeating: 0, count: tracks.count)]
            let best = tracks.indices.min { a, b in
                // Compare count/weight without dividing: a/wa < b/wb ⇔ a·wb < b·wa.
                let segA = (here[a] + 1) * weights[b], segB = (here[b] + 1) * weights[a]
                if segA != segB { return segA < segB }
                let allA = (count[a] + 1) * weights[b], allB = (count[b] + 1) * weights[a]
                if allA != allB { return allA < allB }
                return a < b
            } ?? 0
            chosen[p] = best
            count[best] += 1
            perSegment[key, default: Array(repeating: 0, count: tracks.count)][best] += 1
        }
        return tracks.indices.map { t in attendees.indices.filter { chosen[$0] == t }.map { attendees[$0].name } }
    }
}
