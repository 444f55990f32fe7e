import Foundation

/// The day as it went, ready for a report: every block planned vs actual with its cards and
/// post-its, the themes with their votes, the quick wins, and who took part. Every export reads
/// this, so they all tell the same story.
public struct SessionDigest: Sendable {
    /// One block of the day.
    public struct BlockLine: Sendable {
        public var index: Int
        public var id: BlockID
        public var block: Block
        public var status: BlockStatus
        /// From the plan as written (nil for a block inserted live).
        public var plannedStart: ClockTime?
        public var plannedMinutes: Int?
        /// When it ran (first start, last end); nil if it did not.
        public var actualStart: Date?
        public var actualEnd: Date?
        /// Minutes it ran (time paused not counted).
        public var actualMinutes: Int?
        /// Projected start and end for a block that has not run in a day that is running (its place
        /// in the day as it stands), or for a block inserted live.
        public var projectedStart: Date?
        public var projectedEnd: Date?
        /// The cards that were shown (all of them, for a block that has not run).
        public var cards: [String]
        /// Its post-its (not removed), in the order they were saved (read from the session's board,
        /// not copied: a day of 100,000 is reported without a second copy of them).
        public var postIts: PostItList
        /// In a block where tables or groups presented: each presenter's planned and actual time.
        public var presenters: [SessionState.PresenterTime] = []

        /// Whether the block ran (or runs): a block skipped or still to come has no questions
        /// or presenters to report.
        public var ran: Bool { actualStart != nil }
        /// For a tracks block: each track with its blocks, as lines of their own.
        public var tracks: [TrackLines] = []

        /// Actual minus planned minutes, for a block that ran and was planned.
        public var overMinutes: Int? {
            guard status == .done, let actualMinutes, let plannedMinutes else { return nil }
            return actualMinutes - plannedMinutes
        }
    }

    /// One theme: its post-its (quick wins first, then by votes) and their votes together.
    public struct Theme: Sendable {
        public var name: String
        public var votes: Int
        /// The theme's post-its where they stand in the session (a list of positions, not copies).
        public var postIts: PostItList
    }

    /// The actors the post-its of a theme are tagged with, in the plan's order: who contributes.
    public static func actors(of theme: Theme, in state: SessionState) -> [String] {
        let tagged = Set(theme.postIts.flatMap { state.priorities.actors(of: $0.id) })
        return state.plan.actors.filter(tagged.contains)
    }

    public let state: SessionState
    public let clock: SessionClock
    public let blocks: [BlockLine]
    /// Themes by votes (most first), then by when they were named.
    public let themes: [Theme]
    /// Quick wins in the facilitator's order (the rest by dots, most first).
    public let quickWins: [PostIt]
    /// Every vote of the day counted, in agenda order.
    public let tallies: [VoteTally]
    /// Participants taking part (the plan's, without those who sent word, and walk-ins), per
    /// segment in the plan's order; people without a segment last under "".
    public let participantsBySegment: [(key: String, name: String, count: Int)]
    public var participantCount: Int { participantsBySegment.reduce(0) { $0 + $1.count } }
    /// Post-its not removed.
    public var postItCount: Int { allLines.reduce(0) { $0 + $1.postIts.count } }

    public init(state: SessionState, clock: SessionClock, now: Date) {
        self.state = state
        self.clock = clock
        let planned = Schedule.plan(state.plan)
        let projection = Projection.project(state, clock: clock, now: now)
        blocks = state.agenda.enumerated().map { index, item in
            let run = state.runs[item.id]
            let plannedEntry = item.planIndex.flatMap { $0 < planned.entries.count ? planned.entries[$0] : nil }
            let end = state.currentID == item.id ? now : run?.lastEnd
            let shown = run == nil ? Array(item.block.cards.indices)
                                   : state.cardsShown(item.id, at: end ?? now).map(\.card)
            // A block still to come in a running day is where the day now puts it; otherwise as planned.
            let projected = run == nil && (state.hasStarted && !state.hasEnded || item.planIndex == nil) ? projection.item(item.id) : nil
            return BlockLine(index: index, id: item.id, block: item.block, status: state.status(of: item.id),
                             plannedStart: plannedEntry?.start, plannedMinutes: plannedEntry?.minutes,
                             actualStart: run?.firstStart, actualEnd: state.currentID == item.id ? nil : run?.lastEnd,
                             actualMinutes: run.map { Int(($0.elapsed(at: end ?? now) / 60).rounded()) },
                             projectedStart: projected?.start, projectedEnd: projected?.end,
                             cards: shown.compactMap { item.block.cards.indices.contains($0) ? item.block.cards[$0] : nil },
                             postIts: state.board.list(in: item.id),
                             presenters: run == nil ? [] : state.presenterTimes(item.id, at: now),
                             tracks: Self.trackLines(item, state: state, planned: plannedEntry, projected: projected, now: now))
        }
        themes = Self.themes(of: state)
        quickWins = Self.quickWins(of: state)
        tallies = state.voteBlocks.map { VoteTally(state, block: $0) }
        let gone = Set(state.attendance.filter { $0.value == .absent }.map(\.key))
        var counts: [String: Int] = [:]
        for person in state.plan.participants where !gone.contains(person.name) { counts[person.segment ?? "", default: 0] += 1 }
        for walkIn in state.walkIns where !gone.contains(walkIn.name) { counts[walkIn.segment ?? "", default: 0] += 1 }
        var segments = state.plan.segments.map { (key: $0.key, name: $0.name, count: counts[$0.key] ?? 0) }.filter { $0.count > 0 }
        for (key, count) in counts where state.plan.segment(key) == nil { segments.append((key: key, name: key, count: count)) }
        participantsBySegment = segments
    }

    /// The session's themes with their post-its (quick wins first, then by votes), most votes first.
    public static func themes(of state: SessionState) -> [Theme] {
        // Positions, not copies: a day of 100,000 post-its would otherwise copy every themed one.
        let all = state.postIts
        var byTheme: [String: [Int]] = [:]
        for p in all.indices {
            guard !all[p].deleted, let theme = all[p].theme else { continue }
            byTheme[theme, default: []].append(p)
        }
        let dotsByPostIt = state.priorities.dotsByPostIt
        func dots(_ p: Int) -> Int { all[p].votes + (dotsByPostIt.isEmpty ? 0 : dotsByPostIt[all[p].id] ?? 0) }
        return state.themes.enumerated().compactMap { order, name -> (Int, Theme)? in
            guard let positions = byTheme[name], !positions.isEmpty else { return nil }
            let members = positions.map { (p: $0, dots: dots($0)) }.sorted { a, b in
                if all[a.p].quickWin != all[b.p].quickWin { return all[a.p].quickWin }
                if a.dots != b.dots { return a.dots > b.dots }
                return a.p < b.p
            }
            return (order, Theme(name: name, votes: members.reduce(0) { $0 + $1.dots },
                                 postIts: PostItList(board: all, positions: members.map(\.p))))
        }.sorted { $0.1.votes != $1.1.votes ? $0.1.votes > $1.1.votes : $0.0 < $1.0 }.map(\.1)
    }

    /// The session's quick wins in the facilitator's order (the rest by dots, most first).
    public static func quickWins(of state: SessionState) -> [PostIt] { state.orderedQuickWins }

    /// "Prøvekørsel af dagen fredag 5. december 2026" for a rehearsal; nil for the day itself.
    public func rehearsalNote(_ words: ReportWords) -> String? {
        state.rehearsal.map { _ in words.rehearsalOf(state.plan.date) }
    }

    /// "Bord 2 · gruppe 1" (or "Bord 2" for a table working as one).
    public func place(of postIt: PostIt) -> String {
        guard let group = postIt.group else { return postIt.table }
        return "\(postIt.table) · \(state.plan.language.report.groupWord) \(group)"
    }

    /// The block title of a post-it.
    public func blockTitle(of postIt: PostIt) -> String {
        if let part = TrackPart(id: postIt.block), let block = state.block(of: part),
           let track = state.item(part.parent)?.block.tracks[part.track] {
            return track.title + ": " + block.title
        }
        return state.item(postIt.block)?.block.title ?? ""
    }

    /// The tables in the plan's order, then any other table a post-it names.
    public func tables(in line: BlockLine) -> [String] {
        var names = state.plan.tables.map(\.name)
        for p in line.postIts where !names.contains(p.table) { names.append(p.table) }
        return names.filter { name in line.postIts.contains { $0.table == name } }
    }

    /// The kinds in the plan's order, then any other kind used.
    public func kinds(in postIts: [PostIt]) -> [String] {
        var kinds = state.plan.kinds
        for p in postIts where !kinds.contains(p.kind) { kinds.append(p.kind) }
        return kinds.filter { kind in postIts.contains { $0.kind == kind } }
    }

    /// "09:00–09:20" as planned, or nil for a block inserted live.
    public func plannedSpan(_ line: BlockLine) -> String? {
        line.plannedStart.map { "\($0)–\(ClockTime(minutes: $0.minutes + (line.plannedMinutes ?? 0)))" }
    }

    /// "09:02–09:25" as it ran ("09:02–" + `running` while it runs), or `skipped` / `notRun`.
    public func actualSpan(_ line: BlockLine, running: String, skipped: String, notRun: String) -> String {
        switch line.status {
        case .done, .current:
            return (line.actualStart.map { clock.time($0).description } ?? "") + "–"
                + (line.actualEnd.map { clock.time($0).description } ?? running)
        case .skipped: return skipped
        case .pending: return notRun
        }
    }

    /// What is said after a post-it in a report: where it was written (for lists across the day)
    /// or its group (within its table), and its dots; plain text, for the format to escape.
    public func notes(for postIt: PostIt, showPlace: Bool, words: ExportWords) -> [String] {
        var notes: [String] = []
        if showPlace {
            notes.append(place(of: postIt))
            notes.append(blockTitle(of: postIt))
        } else if let group = postIt.group {
            notes.append(state.plan.language.report.groupWord + " \(group)")
        }
        if let station = postIt.station { notes.append(station) }
        let dots = state.dots(of: postIt)
        if dots > 0 { notes.append(words.votes(dots)) }
        let actors = state.priorities.actors(of: postIt.id)
        if !actors.isEmpty { notes.append(state.plan.language.priorities.contributes(actors)) }
        return notes
    }

    /// The blocks the minutes tell about: those with post-its, and those that ran with questions
    /// or presenters (a skipped block's questions were never asked).
    public var reportedBlocks: [BlockLine] { blocks.filter(reported) }

    /// Whether a block (or a block inside a track) has anything for the minutes: post-its, or
    /// questions or presenters in a block that ran; its material (the basis) when it ran, or
    /// before the day starts (the day as planned: `plenum export PLAN`).
    public func reported(_ line: BlockLine) -> Bool {
        !line.postIts.isEmpty || (line.ran && (!line.cards.isEmpty || !line.presenters.isEmpty))
            || (line.block.material != nil && (line.ran || !state.hasStarted))
            || state.ratingTallies(line.id).contains { $0.total > 0 }
    }

    /// When a block starts and ends as reported: actual if it ran, else as it stands planned.
    public func span(_ line: BlockLine) -> (start: Date, end: Date)? {
        if let start = line.actualStart {
            return (start, line.actualEnd ?? start.addingTimeInterval(TimeInterval((line.actualMinutes ?? 0) * 60)))
        }
        if let start = line.projectedStart, let end = line.projectedEnd { return (start, end) }
        if let planned = line.plannedStart {
            let start = clock.date(planned)
            return (start, start.addingTimeInterval(TimeInterval((line.plannedMinutes ?? line.block.minutes) * 60)))
        }
        return nil
    }
}
