import PlenumCore

/// Which round the groups screen shows and how far it is scrolled.
public struct GroupsCursor: Sendable, Equatable {
    /// An index into the day's seating entries.
    public var entry: Int
    public var scroll = 0

    public init(entry: Int) {
        self.entry = entry
    }

    /// The round to open from an agenda row: the row's own round, else the next one after it, else
    /// the last round of the day.
    /// The first round of the block at `agendaIndex` (or after it); for the running tracks block, the
    /// round of the first track's running (or next) block.
    public static func entry(for agendaIndex: Int, in seating: DaySeating, state: SessionState? = nil) -> Int {
        if let state, agendaIndex == state.currentIndex, let now = seating.entriesNow(state).first,
           let i = seating.entries.firstIndex(where: { $0.round.id == now.round.id }) {
            return i
        }
        return seating.entries.firstIndex { $0.index >= agendaIndex } ?? max(0, seating.entries.count - 1)
    }
}

/// Colours for segments, in the plan's order, so a name's segment shows at a glance; the segment's
/// key is always written next to the name too, for terminals without colour.
enum SegmentColors {
    static let palette: [Color] = [.cyan, .magenta, .yellow, .green, .blue, .red]

    static func style(_ key: String?, plan: Plan) -> Style {
        guard let key, let i = plan.segments.firstIndex(where: { $0.key == key }) else { return .dim }
        return Style(foreground: palette[i % palette.count], bold: true)
    }
}

/// Console `g`: one round's seating, table by table — the hosts, then each group with its people
/// and their segments. ←/→ go through the day's rounds.
struct GroupsView {
    let state: SessionState
    let strings: UIStrings
    let cache: SeatingCache?
    let cursor: GroupsCursor

    /// One line of the laid-out tables: pieces at columns.
    private typealias Line = [(column: Int, text: String, style: Style, limit: Int)]

    func draw(on screen: inout Screen, top: Int, bottom: Int) {
        for row in top...bottom { screen.fill(row: row, style: .plain) }
        let width = screen.width
        guard let seating = cache?.seating, !seating.entries.isEmpty else {
            screen.put(strings.groupsTitle, row: top, column: 1, style: .bold)
            let why = cache?.problem.map { strings.cannotSeat($0.message) }
                ?? (cache?.revision == nil ? strings.seatingInProgress : strings.noGroupsBlocks)
            for (i, line) in DisplayWidth.wrap(why, to: width - 2).enumerated() where top + 2 + i <= bottom {
                screen.put(line, row: top + 2 + i, column: 1, style: cache?.problem == nil ? .dim : .alarm)
            }
            return
        }
        let index = max(0, min(cursor.entry, seating.entries.count - 1))
        let entry = seating.entries[index]
        var title = strings.groupsTitle + " · \(entry.index + 1). " + entry.round.title
        if let track = entry.track { title += " · " + strings.report.track(track) }
        title += " · " + (entry.isRotation && entry.stationHosts.isEmpty ? strings.rotationGroups
                                                                          : strings.report.formation(entry.round.formation))
        let position = "◀ \(index + 1)/\(seating.entries.count) ▶"
        screen.put(DisplayWidth.truncateAtWord(title, to: width - DisplayWidth.of(position) - 3), row: top, column: 1, style: .bold)
        screen.put(position, row: top, column: width - DisplayWidth.of(position) - 1, style: .dim)
        if entry.skipped {
            screen.put(DisplayWidth.truncateAtWord(strings.skippedRound, to: width - 2), row: top + 1, column: 1, style: .dim)
            return
        }
        let everyone = entry.seating.groups.flatMap(\.members)
        let (names, seats) = state.namedMembers(everyone)
        let formed = state.formations[entry.round.id] != nil
        // A plan that names nobody has seats, not people: they are counted, never given names.
        let count = seats > 0 ? strings.seatsCount(seats) + (names.isEmpty ? "" : " + " + strings.peopleCount(names.count))
                              : strings.peopleCount(everyone.count)
        let summary = [count, strings.groupsCount(entry.seating.groups.count),
                       formed ? strings.formedWord : strings.plannedWord, strings.metBefore(seating.pairsMetBefore(index))]
        screen.put(DisplayWidth.truncateAtWord(summary.joined(separator: " · "), to: width - 2), row: top + 1, column: 1,
                   style: formed ? .dim : .plain)
        var bodyTop = top + 2
        // What the seating could not do: the day (last good seating shown), this block, bent rules.
        var notices: [(text: String, style: Style)] = []
        if let problem = cache?.problem { notices.append((strings.cannotSeat(problem.message), .alarm)) }
        if let problem = entry.problem { notices.append((strings.report.cannotSeatBlock(problem.message), .alarm)) }
        notices += entry.bent.map { (strings.report.bentRule($0, plan: state.plan), .warning) }
        let room = max(2, (bottom - top) / 3)
        for notice in notices {
            for line in DisplayWidth.wrap(notice.text, to: width - 2, lines: 2) where bodyTop < top + 2 + room {
                screen.put(line, row: bodyTop, column: 1, style: notice.style, limit: width - 2)
                bodyTop += 1
            }
        }
        for (station, hosts) in entry.stationHosts.sorted(by: { $0.key < $1.key }) where bodyTop < bottom - 2 {
            screen.put(DisplayWidth.truncateAtWord("◆ " + strings.stationHosts(station, hosts), to: width - 2), row: bodyTop,
                       column: 1, style: .accent)
            bodyTop += 1
        }
        bodyTop += 1
        let legendRow = bottom
        drawLegend(&screen, row: legendRow)
        let lines = layout(entry, seating: seating, width: width)
        let visible = max(1, legendRow - 1 - bodyTop)
        let start = max(0, min(cursor.scroll, lines.count - visible))
        for (offset, line) in lines.dropFirst(start).prefix(visible).enumerated() {
            for piece in line {
                screen.put(piece.text, row: bodyTop + offset, column: piece.column, style: piece.style, limit: piece.limit)
            }
        }
        if start > 0 { screen.put("▲", row: bodyTop, column: width - 1, style: .dim) }
        if start + visible < lines.count { screen.put("▼", row: legendRow - 2, column: width - 1, style: .dim) }
    }

    /// The tables side by side, as many as fit, in rows of tables.
    private func layout(_ entry: DaySeating.Entry, seating: DaySeating, width: Int) -> [Line] {
        let tables = entry.round.tables.map(\.name).filter { name in entry.seating.groups.contains { $0.table == name } }
        guard !tables.isEmpty else { return [] }
        let columns = max(1, min(tables.count, (width - 1) / 28))
        let columnWidth = (width - 1) / columns
        var lines: [Line] = []
        for rowStart in stride(from: 0, to: tables.count, by: columns) {
            let blocks = tables[rowStart..<min(tables.count, rowStart + columns)].map {
                tableLines($0, entry: entry, seating: seating, width: columnWidth - 2)
            }
            let height = blocks.map(\.count).max() ?? 0
            for r in 0..<height {
                var line: Line = []
                for (c, block) in blocks.enumerated() where r < block.count {
                    for piece in block[r] {
                        line.append((1 + c * columnWidth + piece.column, piece.text, piece.style, piece.limit))
                    }
                }
                lines.append(line)
            }
            lines.append([])
        }
        return lines
    }

    /// One table: its name, its hosts, and its groups with their people.
    private func tableLines(_ table: String, entry: DaySeating.Entry, seating: DaySeating, width: Int) -> [Line] {
        let plan = state.plan
        let groups = entry.seating.groups.filter { $0.table == table }
        let count = groups.reduce(0) { $0 + $1.members.count }
        var lines: [Line] = [[(0, DisplayWidth.truncate(" " + table + " · \(count) ", to: width), .title, width)]]
        for host in seating.hosts.first(where: { $0.table == table })?.names ?? [] {
            let role = plan.people.first { $0.name == host }?.role ?? .facilitator
            lines.append([(0, DisplayWidth.truncate("◆ " + host + " · " + strings.roleWord(role), to: width), .dim, width)])
        }
        for group in groups {
            let (names, seats) = state.namedMembers(group.members)
            if groups.count > 1 || group.members.isEmpty || seats > 0 {
                let size = seats > 0 ? strings.seatsCount(group.members.count) : "\(group.members.count)"
                lines.append([(0, strings.groupLabel(group.group) + " · " + size, .accent, width)])
            }
            for name in names {
                let segment = segmentOf(name)
                let key = segment ?? ""
                let nameWidth = width - 2 - DisplayWidth.of(key) - 1
                lines.append([(2, DisplayWidth.truncate(name, to: nameWidth), .plain, nameWidth),
                              (width - DisplayWidth.of(key), key, SegmentColors.style(segment, plan: plan), DisplayWidth.of(key))])
            }
        }
        return lines
    }

    private func segmentOf(_ name: String) -> String? {
        state.plan.people.first { $0.name == name }?.segment ?? state.walkIns.first { $0.name == name }?.segment
    }

    private func drawLegend(_ screen: inout Screen, row: Int) {
        var x = 1
        // A segment is shown whole or not at all: a name is never cut.
        for segment in state.plan.segments {
            let name = " " + segment.name
            guard x + DisplayWidth.of(segment.key + name) <= screen.width - 1 else { break }
            x += screen.put(segment.key, row: row, column: x, style: SegmentColors.style(segment.key, plan: state.plan))
            x += screen.put(name + "   ", row: row, column: x, style: .dim, limit: max(0, screen.width - x - 1))
        }
    }
}
