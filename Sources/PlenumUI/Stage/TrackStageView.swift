import Foundation
import PlenumCore

/// The stage in a tracks block: one track's room (`plenum stage --track N`) shows that track's
/// running block as the stage shows a block (title, big clock, card, presenters or rounds, next);
/// the plain stage shows every track side by side, a column each.
struct TrackStageView {
    let state: SessionState
    let now: Date
    let strings: UIStrings

    /// One track's running block, full screen; false when the track has nothing running (finished).
    func drawTrack(_ track: Int, parent: BlockID, on screen: inout Screen) -> Bool {
        guard let block = state.item(parent)?.block, block.tracks.indices.contains(track) else { return false }
        let info = block.tracks[track]
        guard let part = state.runningParts()[safe: track] ?? nil, let inner = state.block(of: part) else {
            screen.center(strings.trackDone(info.title), row: screen.height / 2, style: .accent)
            return true
        }
        screen.center(strings.trackPlace(info, part: part.index), row: 0, style: .dim)
        let lines = TrackPartLines(state: state, part: part, strings: strings, now: now)
        screen.center(inner.title, row: 1, style: .bold)
        var timer = state.remaining(of: part, at: now)
        var below: [(String, Style)] = []
        if let card = lines.card { below.append((card, .accent)) }
        if let turn = presenterTurn(part, inner) {
            screen.center(strings.presents(turn.name), row: 2, style: .accent)
            timer = turn.secondsLeft
            if let next = turn.next { below.append((strings.nextPresenter(next), .dim)) }
        }
        below += lines.rounds.map { ($0, Style.plain) }
        let top = 3
        // The part's evaluation or material, as on the stage of a block.
        let panel = StagePanel.make(part.id, state: state, strings: strings, width: screen.width - 4)
        let others = min(8, below.count * 2 + 2)
        let reserved = others + (panel?.rows(free: screen.height - top - others - 1) ?? 0)
        let text = BigDigits.clock(timer)
        let scale = BigDigits.scale(for: text, columns: screen.width - 2, rows: screen.height - top - reserved - 1)
        var row = top
        let style: Style = timer < 0 ? .alarm : (state.isPaused ? .dim : .plain)
        if scale > 0 {
            let w = BigDigits.width(text, scale: scale)
            BigDigits.draw(text, into: &screen, row: row, column: (screen.width - w) / 2, scale: scale, style: style)
            row += BigDigits.glyphRows * scale + 1
        } else {
            screen.center(text, row: row, style: style)
            row += 2
        }
        for (line, lineStyle) in below {
            for l in DisplayWidth.wrap(line, to: screen.width - 4) where row < screen.height - 2 {
                screen.center(l, row: row, style: lineStyle)
                row += 1
            }
        }
        if let panel { panel.draw(on: &screen, top: row, bottom: screen.height - 3) }
        if let next = info.blocks[safe: part.index + 1] {
            screen.center(strings.next(next.title), row: screen.height - 1, style: .dim)
        }
        return true
    }

    /// Every track in a column of its own: track, room, block, time left, card, round.
    func drawColumns(parent: BlockID, title: String, on screen: inout Screen) {
        guard let block = state.item(parent)?.block, !block.tracks.isEmpty else { return }
        screen.center(title, row: 0, style: .bold)
        let count = block.tracks.count
        let width = (screen.width - (count - 1)) / count
        let parts = state.runningParts()
        for (t, track) in block.tracks.enumerated() {
            let left = t * (width + 1)
            var writer = PaneWriter(row: 2, bottom: screen.height - 1, left: left, width: width)
            writer.wrapped(&screen, track.title, style: .bold, maxLines: 2)
            if let room = track.room { writer.wrapped(&screen, room, style: .dim, maxLines: 1) }
            writer.skip()
            guard let part = parts[safe: t] ?? nil, let inner = state.block(of: part) else {
                writer.line(&screen, strings.trackDone, style: .dim)
                continue
            }
            let lines = TrackPartLines(state: state, part: part, strings: strings, now: now)
            writer.wrapped(&screen, inner.title, style: .accent, maxLines: 2)
            let remaining = state.remaining(of: part, at: now)
            writer.line(&screen, strings.timeLeft(remaining),
                        style: remaining < 0 ? .alarm : .bold)
            writer.skip()
            if let card = lines.card { writer.wrapped(&screen, card, maxLines: 4) }
            for line in lines.rounds { writer.wrapped(&screen, line, style: .dim, maxLines: 3) }
            // Its material named (the track's own stage shows it whole) and its evaluation's histograms.
            if let material = BasisLines(part.id, state: state, strings: strings).material {
                writer.wrapped(&screen, material, style: .dim, maxLines: 2)
            }
            for tally in state.ratingTallies(part.id) {
                writer.skip()
                for line in RatingLines(tally, strings: strings).lines(width: width - 1) where writer.row <= writer.bottom {
                    line.draw(on: &screen, row: writer.row, column: left, width: width - 1)
                    writer.row += 1
                }
            }
            if let next = track.blocks[safe: part.index + 1] { writer.wrapped(&screen, strings.next(next.title), style: .dim, maxLines: 2) }
        }
        for t in 1..<count {
            for row in 2..<screen.height { screen.put("│", row: row, column: t * (width + 1) - 1, style: .dim) }
        }
    }

    /// Whose turn it is in a plenum with presenters inside a track (its own tables or groups).
    private func presenterTurn(_ part: TrackPart, _ inner: Block) -> (name: String, next: String?, secondsLeft: TimeInterval)? {
        guard inner.present != nil, let track = state.item(part.parent)?.block.tracks[safe: part.track] else { return nil }
        let tables = state.plan.tables.filter { track.tables.contains($0.name) }
        let slices = Schedule.presenterSlices(inner, tables: tables, language: state.plan.language)
        guard !slices.isEmpty else { return nil }
        let slice = TimeInterval(inner.minutes * 60) / TimeInterval(slices.count)
        let elapsed = state.elapsed(of: part, at: now)
        let index = min(slices.count - 1, Int(elapsed / slice))
        return (slices[index].presenter, slices[safe: index + 1]?.presenter, TimeInterval(index + 1) * slice - elapsed)
    }
}
