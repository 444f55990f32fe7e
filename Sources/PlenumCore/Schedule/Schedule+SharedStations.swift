/// Rotations inside parallel tracks: a station named in the rotations of several tracks of one
/// tracks block is one station (a politicians' panel), visited by one group at a time. Its visits
/// are staggered over the tracks (track 1's first group, track 2's first group, … then the second
/// groups) in equal slots of the time the rotations share, so it is never double-booked.
extension Schedule {
    /// The fewest minutes a visit to a shared station should get before `check` warns.
    public static let shortestSharedVisitMinutes = 5

    /// One rotation inside a track, where it stands in its tracks block.
    struct TrackRotation {
        var track: Int
        var index: Int
        var block: Block
        /// Minutes after the tracks block starts.
        var offset: Int
        var groups: [GroupRef]
        var end: Int { offset + block.minutes }
    }

    /// The stations of `block` (a tracks block) that rotations in more than one track name.
    public static func sharedStations(_ block: Block) -> [String] {
        var tracksOf: [String: Set<Int>] = [:]
        var order: [String] = []
        for (t, track) in block.tracks.enumerated() {
            for sub in track.blocks where sub.kind == .rotation {
                for station in sub.stations {
                    if tracksOf[station] == nil { order.append(station) }
                    tracksOf[station, default: []].insert(t)
                }
            }
        }
        return order.filter { (tracksOf[$0]?.count ?? 0) > 1 }
    }

    /// The rounds of every rotation inside a tracks block, by track and block index, as seconds after
    /// that rotation's planned start. Rotations without a shared station rotate on their own.
    public static func trackRotationRounds(_ block: Block, tables: [Table], language: Language = .en,
                                           diagnostics: inout [Diagnostic]) -> [Int: [Int: [RotationRound]]] {
        var rotations: [TrackRotation] = []
        for (t, track) in block.tracks.enumerated() {
            let trackTables = tables.filter { track.tables.contains($0.name) }
            var offset = 0
            for (j, sub) in track.blocks.enumerated() {
                if sub.kind == .rotation {
                    rotations.append(TrackRotation(track: t, index: j, block: sub, offset: offset,
                                                   groups: GroupRef.all(of: trackTables)))
                }
                offset += sub.minutes
            }
        }
        var result: [Int: [Int: [RotationRound]]] = [:]
        let shared = sharedStations(block)
        for rotation in rotations where !rotation.block.stations.contains(where: shared.contains) {
            let trackTables = tables.filter { block.tracks[rotation.track].tables.contains($0.name) }
            result[rotation.track, default: [:]][rotation.index] = rotationRounds(rotation.block, tables: trackTables)
        }
        var placed = Set<String>()
        for station in shared {
            let visiting = rotations.filter { $0.block.stations.contains(station) && !placed.contains("\($0.track).\($0.index)") }
            guard !visiting.isEmpty else { continue }
            for r in visiting { placed.insert("\(r.track).\(r.index)") }
            let rounds = staggered(station, visiting, block: block, language: language, diagnostics: &diagnostics)
            for (r, list) in zip(visiting, rounds) { result[r.track, default: [:]][r.index] = list }
        }
        return result
    }

    /// Equal slots of the time the rotations share, one group at `station` in each, the tracks taking turns.
    private static func staggered(_ station: String, _ rotations: [TrackRotation], block: Block, language: Language,
                                  diagnostics: inout [Diagnostic]) -> [[RotationRound]] {
        let from = rotations.map(\.offset).max() ?? 0
        let to = rotations.map(\.end).min() ?? 0
        let visits = rotations.reduce(0) { $0 + $1.groups.count }
        let window = max(0, to - from) * 60
        let slot = visits > 0 ? window / visits : 0
        if visits > 0, slot < shortestSharedVisitMinutes * 60 {
            let minutes = max(0, to - from)
            let each = slot / 60
            let text = language.planMessages.sharedStationTooShort(station, tracks: rotations.count, block: block.title,
                                                                   visits: visits, minutes: minutes, each: each,
                                                                   shortest: shortestSharedVisitMinutes)
            diagnostics.append(Diagnostic(.warning, text, at: rotations.first?.block.position))
        }
        // The order of visits: the first group of every track, then the second groups, and so on.
        var order: [(rotation: Int, group: Int)] = []
        for g in 0..<(rotations.map(\.groups.count).max() ?? 0) {
            for (k, r) in rotations.enumerated() where g < r.groups.count { order.append((k, g)) }
        }
        var result = Array(repeating: [RotationRound](), count: rotations.count)
        for (n, visit) in order.enumerated() {
            let r = rotations[visit.rotation]
            let others = r.block.stations.filter { $0 != station }
            let round = result[visit.rotation].count
            let visits = r.groups.enumerated().map { g, group -> (group: GroupRef, station: String?) in
                if g == visit.group { return (group, station) }
                // The track's own stations meanwhile, in turn, among the groups not at the shared one.
                let free = (g - visit.group + r.groups.count) % r.groups.count - 1
                let s = (free + round) % max(r.groups.count - 1, 1)
                return (group, s < others.count ? others[s] : nil)
            }
            let offset = (from - r.offset) * 60 + n * slot
            result[visit.rotation].append(RotationRound(offsetSeconds: offset, seconds: slot, visits: visits))
        }
        return result
    }
}
