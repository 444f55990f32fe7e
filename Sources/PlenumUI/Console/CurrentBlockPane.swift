import Foundation
import PlenumCore

/// The right side of the console: the current block with its big remaining time, progress, the
/// current card, presenters, rotation rounds or tracks, the facilitator's notes and what is next.
struct CurrentBlockPane {
    let view: ConsoleView
    var state: SessionState { view.state }
    var strings: UIStrings { view.strings }
    var now: Date { view.now }

    func draw(_ screen: inout Screen, top: Int, bottom: Int, left: Int, right: Int) {
        var writer = PaneWriter(row: top, bottom: bottom, left: left, width: right - left + 1)
        guard let current = state.current else {
            drawIdle(&screen, &writer)
            return
        }
        let id = current.id
        let block = current.block
        let number = (state.currentIndex ?? 0) + 1
        var about = [strings.blockOf(number, state.agenda.count), strings.report.kind(block.kind)]
        if let f = block.formation { about.append(strings.report.formation(f)) }
        writer.line(&screen, about.joined(separator: " · "), style: .dim)
        writer.wrapped(&screen, block.title, style: .bold, maxLines: 2)
        drawTimer(&screen, &writer, id: id)
        writer.skip()
        if block.kind == .break, let end = view.projection.item(id)?.end {
            writer.line(&screen, strings.backAt(view.clock.time(end)), style: .accent)
        }
        drawPresenters(&screen, &writer, id: id)
        drawRounds(&screen, &writer, id: id, block: block)
        drawTracks(&screen, &writer, id: id)
        drawCard(&screen, &writer, id: id, block: block)
        drawPostItCounts(&screen, &writer, id: id)
        if let vote = block.vote {
            let tally = VoteTally(state, block: id)
            writer.wrapped(&screen, strings.voteRunning(vote, voters: tally.voters.count, tables: state.plan.tables.count,
                                                        closed: tally.closed), style: tally.closed ? .warning : .accent, maxLines: 2)
        }
        drawBasis(&screen, &writer, id: id, block: block)
        if let notes = block.notes {
            writer.skip()
            writer.wrapped(&screen, strings.notes + ": " + notes, style: .dim, maxLines: 3)
        }
        drawNext(&screen, &writer)
    }

    private func drawIdle(_ screen: inout Screen, _ writer: inout PaneWriter) {
        if state.hasEnded {
            writer.line(&screen, strings.endedAt(view.clock.time(state.dayEndedAt ?? now)), style: .bold)
            writer.line(&screen, strings.thanks, style: .dim)
            return
        }
        guard let first = state.nextItem else { return }
        let start = view.projection.item(first.id)?.start.map { view.clock.time($0) } ?? ClockTime(minutes: 0)
        writer.line(&screen, strings.notStarted, style: .warning)
        writer.skip()
        writer.wrapped(&screen, strings.firstBlockAt(start, first.block.title), style: .bold, maxLines: 2)
        writer.skip()
        writer.line(&screen, strings.pressSpace, style: .accent)
        if let path = view.ui.sessionPath {
            writer.skip()
            for line in strings.connectLines(path) { writer.wrapped(&screen, line, style: .dim, maxLines: 3) }
        }
    }

    private func drawTimer(_ screen: inout Screen, _ writer: inout PaneWriter, id: BlockID) {
        let remaining = state.remaining(id, at: now)
        let total = Double(state.effectiveMinutes(id) * 60)
        let text = BigDigits.clock(remaining)
        var style: Style = remaining < 0 ? .alarm : (remaining <= total * 0.2 ? .warning : .good)
        if state.isPaused { style = .dim }
        let scale = BigDigits.scale(for: text, columns: writer.width, rows: min(5, writer.bottom - writer.row - 6))
        writer.skip()
        if scale > 0 {
            BigDigits.draw(text, into: &screen, row: writer.row, column: writer.left, scale: scale, style: style)
            writer.row += BigDigits.glyphRows * scale
        } else {
            writer.line(&screen, strings.timeLeft(remaining), style: style)
        }
        let elapsed = max(0, min(1, 1 - remaining / max(total, 1)))
        let filled = Int((Double(writer.width) * elapsed).rounded())
        writer.line(&screen, String(repeating: "█", count: filled) + String(repeating: "░", count: writer.width - filled),
                    style: style)
        if remaining < 0 { writer.line(&screen, strings.timeLeft(remaining), style: .alarm) }
    }

    private func drawPresenters(_ screen: inout Screen, _ writer: inout PaneWriter, id: BlockID) {
        guard let turn = state.presenterTurn(id, at: now) else { return }
        writer.wrapped(&screen, strings.presenting(turn.presenter.name) + " (" + strings.presenterOf(turn.index + 1, turn.count) + ")",
                       style: .accent, maxLines: 2)
        writer.line(&screen, "  " + strings.timeLeft(turn.secondsLeft) + " " + strings.slotOf(turn.slotSeconds),
                    style: turn.secondsLeft < 0 ? .alarm : .plain)
        if let next = turn.next, let later = turn.laterSlotSeconds {
            writer.wrapped(&screen, "  " + strings.nextPresenter(next.name) + " · "
                           + strings.laterSlots(turn.count - turn.index - 1, later, planned: turn.plannedSlotSeconds),
                           style: .plain, maxLines: 2)
        } else {
            writer.line(&screen, "  " + strings.lastPresenterNow, style: .dim)
        }
        writer.line(&screen, "  " + strings.presenterKeys, style: .dim)
    }

    private func drawRounds(_ screen: inout Screen, _ writer: inout PaneWriter, id: BlockID, block: Block) {
        guard let (turn, round) = state.rotationRound(id, at: now) else { return }
        writer.line(&screen, strings.roundOf(turn.index + 1, turn.count) + " · "
                    + strings.switchIn(strings.span(turn.secondsLeft)), style: .accent)
        for station in block.stations {
            guard let visit = round.visits.first(where: { $0.station == station }) else { continue }
            let label = visit.group.label(state.plan.language,
                                          tableHasOneGroup: state.plan.tables.first { $0.name == visit.group.table }?.groups == 1)
            writer.line(&screen, "  " + station + " ← " + label)
        }
    }

    private func drawTracks(_ screen: inout Screen, _ writer: inout PaneWriter, id: BlockID) {
        for track in state.trackStatuses(id, at: now) {
            let head = "[\(track.track + 1)] " + track.title + ": "
            guard let block = track.block else {
                writer.line(&screen, head + strings.trackDone, style: .dim)
                continue
            }
            let style: Style = track.secondsLeft < 0 ? .alarm : .plain
            writer.line(&screen, head + block.title + " · " + strings.timeLeft(track.secondsLeft), style: style)
            if let index = track.blockIndex {
                let lines = TrackPartLines(state: state, part: TrackPart(parent: id, track: track.track, index: index),
                                           strings: strings, now: now)
                if let card = lines.card { writer.line(&screen, "    " + card, style: .accent) }
                if let round = lines.rounds.first { writer.line(&screen, "    " + round, style: .dim) }
                // The track's material and evaluation, as the track's own stage shows them.
                let basis = BasisLines(lines.part.id, state: state, strings: strings)
                if let material = basis.material { writer.line(&screen, "    " + material, style: .dim) }
                for line in basis.ratings { writer.wrapped(&screen, "    " + line, maxLines: 2) }
            }
            if let next = track.next { writer.line(&screen, "    " + strings.next(next.title), style: .dim) }
        }
    }

    private func drawCard(_ screen: inout Screen, _ writer: inout PaneWriter, id: BlockID, block: Block) {
        guard let card = state.currentCard(id, at: now) else { return }
        writer.skip()
        var head = strings.cardOf(card.card + 1, block.cards.count) + " · "
        head += state.secondsToNextCard(id, at: now).map { strings.nextCardIn(strings.span($0)) } ?? strings.lastCard
        let fresh = state.elapsed(id, at: now) - card.atElapsed < 5 && card.card > 0
        if fresh { head = strings.newCard + " · " + head }
        writer.line(&screen, head, style: fresh ? .reverse : .dim)
        writer.wrapped(&screen, block.cards[card.card], style: .accent, maxLines: 4)
    }

    /// How many post-its each table has saved in this block (they arrive live from the notetakers).
    private func drawPostItCounts(_ screen: inout Screen, _ writer: inout PaneWriter, id: BlockID) {
        let counts = state.postItCounts(in: id)
        guard !counts.isEmpty, counts.contains(where: { $0.count > 0 }) || state.item(id)?.block.kind == .groups else { return }
        writer.skip()
        let text = counts.map { "\($0.table): \($0.count)" }.joined(separator: " · ")
        writer.wrapped(&screen, strings.postItsWord + ": " + text + "  (w)", style: .dim, maxLines: 2)
        if let kind = state.item(id)?.block.kind, kind == .groups || kind == .rotation || kind == .tracks {
            writer.line(&screen, strings.groupsPaneHint, style: .dim)
        }
    }

    /// The block's material (shown on the stage) and, in an evaluation, each question's ratings
    /// so far: how many rated each value, and the mean.
    private func drawBasis(_ screen: inout Screen, _ writer: inout PaneWriter, id: BlockID, block: Block) {
        let basis = BasisLines(id, state: state, strings: strings)
        if let material = basis.material {
            writer.skip()
            // The stage shows the material where the block has no ratings to show instead.
            writer.line(&screen, material + (block.rate.isEmpty ? " " + strings.onStage : ""), style: .dim)
        }
        guard !basis.ratings.isEmpty else { return }
        writer.skip()
        writer.line(&screen, strings.evaluationWord, style: .bold)
        for line in basis.ratings { writer.wrapped(&screen, line, style: .plain, maxLines: 2) }
    }

    private func drawNext(_ screen: inout Screen, _ writer: inout PaneWriter) {
        writer.skip()
        guard let next = state.nextItem else {
            writer.line(&screen, strings.lastBlock, style: .dim)
            return
        }
        // In a break the time to be back is said above; the next block starts then.
        let inBreak = state.current?.block.kind == .break
        let start = inBreak ? "" : view.projection.item(next.id)?.start.map { view.clock.time($0).description + " " } ?? ""
        writer.wrapped(&screen, strings.next(start + next.block.title + " (\(state.effectiveMinutes(next.id)) min)"),
                       style: .plain, maxLines: 2)
    }
}

/// Writes lines down a pane, stopping at its bottom.
struct PaneWriter {
    var row: Int
    let bottom: Int
    let left: Int
    let width: Int

    mutating func line(_ screen: inout Screen, _ text: String, style: Style = .plain) {
        guard row <= bottom else { return }
        screen.put(text, row: row, column: left, style: style, limit: width)
        row += 1
    }

    mutating func wrapped(_ screen: inout Screen, _ text: String, style: Style = .plain, maxLines: Int) {
        let lines = DisplayWidth.wrap(text, to: width)
        for (i, l) in lines.prefix(maxLines).enumerated() {
            line(&screen, i == maxLines - 1 && lines.count > maxLines ? DisplayWidth.truncate(l + " …", to: width) : l, style: style)
        }
    }

    mutating func skip() {
        if row <= bottom { row += 1 }
    }
}
