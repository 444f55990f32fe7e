/// Building the planned schedule from a plan: start, anchors and slack, tracks, and the timed
/// parts inside blocks.
extension Schedule {
    /// The day as planned. Unmeetable anchors are errors in `diagnostics`; a day past `end` a warning.
    public static func plan(_ plan: Plan) -> Schedule {
        var diagnostics: [Diagnostic] = []
        let says = plan.language.planMessages
        let first = plan.blocks.first
        var cursor: ClockTime
        if let start = plan.start {
            cursor = start
            if let at = first?.at, at < start {
                diagnostics.append(Diagnostic(.error, says.firstBlockBeforeStart(title: first?.title ?? "", at: at, start: start),
                                              at: first?.atPosition))
            }
        } else if let at = first?.at {
            cursor = at
        } else {
            cursor = ClockTime(hour: 9, minute: 0)  // PlanReader refuses a plan with neither.
        }
        let dayStart = first?.at.map { Swift.min($0, cursor) } ?? cursor
        var entries: [Entry] = []
        var lastAnchor: (number: Int, block: Block, at: ClockTime)?
        for (i, block) in plan.blocks.enumerated() {
            var slack = 0
            var start = cursor
            if let at = block.at {
                if let anchor = lastAnchor, at < anchor.at {
                    diagnostics.append(Diagnostic(.error,
                        says.anchorsOutOfOrder(i + 1, title: block.title, at: at, earlier: anchor.number,
                                               earlierTitle: anchor.block.title, earlierAt: anchor.at),
                        at: block.atPosition))
                } else if cursor > at, i > 0 {
                    let before = plan.blocks[i - 1]
                    let missing = cursor.minutes - at.minutes
                    diagnostics.append(Diagnostic(.error,
                        says.anchorMissed(i + 1, title: block.title, at: at, before: before.title, endsAt: cursor, missing: missing),
                        at: block.atPosition))
                } else {
                    slack = at.minutes - cursor.minutes
                }
                start = at
                lastAnchor = (i + 1, block, at)
            }
            let entry = scheduled(block, index: i, start: start, slack: slack, tables: plan.tables,
                                  language: plan.language, diagnostics: &diagnostics)
            entries.append(entry)
            cursor = entry.end
        }
        if let end = plan.end, cursor > end {
            let over = cursor.minutes - end.minutes
            diagnostics.append(Diagnostic(.warning, says.dayPastEnd(cursor, over: over, end: end)))
        }
        if cursor.minutes > 24 * 60 {
            diagnostics.append(Diagnostic(.warning, says.pastMidnight(cursor)))
        }
        return Schedule(start: dayStart, end: cursor, entries: entries, diagnostics: diagnostics)
    }

    private static func scheduled(_ block: Block, index: Int, start: ClockTime, slack: Int, tables: [Table],
                                  language: Language, diagnostics: inout [Diagnostic]) -> Entry {
        var tracks: [TrackSchedule] = []
        var end = start + block.minutes
        if block.kind == .tracks {
            let rotations = trackRotationRounds(block, tables: tables, language: language, diagnostics: &diagnostics)
            for (t, track) in block.tracks.enumerated() {
                let trackTables = tables.filter { track.tables.contains($0.name) }
                var cursor = start
                var trackEntries: [Entry] = []
                for (j, inner) in track.blocks.enumerated() {
                    var entry = scheduled(inner, index: j, start: cursor, slack: 0, tables: trackTables,
                                          language: language, diagnostics: &diagnostics)
                    if let rounds = rotations[t]?[j] { entry.rounds = rounds }
                    trackEntries.append(entry)
                    cursor = entry.end
                }
                tracks.append(TrackSchedule(track: track, entries: trackEntries, end: cursor))
            }
            end = tracks.map(\.end).max() ?? start
        }
        return Entry(index: index, block: block, start: start, end: end, slackBefore: slack,
                     cardOffsets: cardOffsets(block, language: language, diagnostics: &diagnostics),
                     rounds: rotationRounds(block, tables: tables),
                     slices: presenterSlices(block, tables: tables, language: language),
                     tracks: tracks)
    }

    /// Card i is due `i × card_minutes` after the block starts; cards that would fall after the end warn.
    static func cardOffsets(_ block: Block, language: Language = .en, diagnostics: inout [Diagnostic]) -> [Int] {
        guard let interval = block.cardMinutes, !block.cards.isEmpty else { return [] }
        let offsets = block.cards.indices.map { $0 * interval }
        let late = offsets.filter { $0 >= block.minutes }.count
        if late > 0 {
            diagnostics.append(Diagnostic(.warning,
                language.planMessages.lateCards(late, of: block.cards.count, block: block.title, minutes: block.minutes,
                                                interval: interval),
                at: block.position))
        }
        return offsets
    }

    /// Equal rounds in which every group visits every station once; with more groups than stations
    /// the others work at their table (rounds = number of groups).
    static func rotationRounds(_ block: Block, tables: [Table]) -> [RotationRound] {
        guard block.kind == .rotation, !block.stations.isEmpty else { return [] }
        let groups = GroupRef.all(of: tables)
        let count = Swift.max(groups.count, block.stations.count)
        guard count > 0 else { return [] }
        let seconds = block.minutes * 60 / count
        return (0..<count).map { r in
            let visits = groups.enumerated().map { g, group -> (group: GroupRef, station: String?) in
                let s = (g + r) % count
                return (group, s < block.stations.count ? block.stations[s] : nil)
            }
            return RotationRound(offsetSeconds: r * seconds, seconds: seconds, visits: visits)
        }
    }

    /// Equal turns for each table (or group) presenting in a plenum block.
    public static func presenterSlices(_ block: Block, tables: [Table], language: Language) -> [PresenterSlice] {
        guard let present = block.present else { return [] }
        let presenters: [String]
        switch present {
        case .tables:
            presenters = tables.map(\.name)
        case .groups:
            presenters = GroupRef.all(of: tables).map { ref in
                ref.label(language, tableHasOneGroup: tables.first { $0.name == ref.table }?.groups == 1)
            }
        }
        guard !presenters.isEmpty else { return [] }
        let seconds = block.minutes * 60 / presenters.count
        return presenters.enumerated().map { i, name in
            PresenterSlice(presenter: name, offsetSeconds: i * seconds, seconds: seconds)
        }
    }
}
