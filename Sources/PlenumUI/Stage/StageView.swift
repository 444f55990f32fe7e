import Foundation
import PlenumCore

/// The projector view: the block title, the remaining time in digits that scale with the terminal
/// (readable from the back of a room), the current card or presenter, and what comes next.
/// Read-only; it follows the journal.
public struct StageView {
    public static let minimumWidth = 40
    public static let minimumHeight = 12
    public static let minimumSize = MinimumSize(width: minimumWidth, height: minimumHeight)

    let state: SessionState
    let projection: Projection
    let clock: SessionClock
    let now: Date
    let strings: UIStrings
    /// The day's seating, for "find your table".
    let seating: DaySeating?
    /// The track whose room this stage is in (`--track`), from 0; nil: the whole day.
    let track: Int?

    public init(state: SessionState, projection: Projection, clock: SessionClock, now: Date, strings: UIStrings,
                seating: DaySeating? = nil, track: Int? = nil) {
        self.track = track
        self.state = state
        self.projection = projection
        self.clock = clock
        self.now = now
        self.strings = strings
        self.seating = seating
    }

    public func render(width: Int, height: Int) -> Screen {
        if let small = Self.minimumSize.refusal(width: width, height: height, strings: strings) { return small }
        var screen = Screen(width: width, height: height)
        if state.stageContent == .findTable {
            FindTableView(state: state, seating: seating, strings: strings, now: now, track: track).draw(on: &screen)
            return screen
        }
        if state.stageContent == .tally || state.stageContent == .quickWins {
            PriorityScreens(state: state, strings: strings).drawStage(state.stageContent, on: &screen)
            return screen
        }
        guard let current = state.current else {
            drawIdle(&screen)
            return screen
        }
        let id = current.id
        let block = current.block
        if block.kind == .tracks {
            let tracks = TrackStageView(state: state, now: now, strings: strings)
            if let track, tracks.drawTrack(track, parent: id, on: &screen) { return screen }
            tracks.drawColumns(parent: id, title: block.title, on: &screen)
            return screen
        }
        screen.center(block.title, row: 1, style: .bold)
        var below: [(String, Style)] = []
        var timerSeconds = state.remaining(id, at: now)
        var heading: String?
        if block.kind == .break, let end = projection.item(id)?.end {
            heading = strings.backAt(clock.time(end))
        }
        var reports: (marked: Bool, postIts: [PostIt])?
        if let turn = state.presenterTurn(id, at: now) {
            heading = strings.presents(turn.presenter.name) + " (" + strings.presenterOf(turn.index + 1, turn.count) + ")"
            timerSeconds = turn.secondsLeft
            if let next = turn.next, let later = turn.laterSlotSeconds {
                below.append((strings.nextPresenter(next.name) + " · "
                              + strings.laterSlots(turn.count - turn.index - 1, later, planned: turn.plannedSlotSeconds), .dim))
            }
            reports = state.presenterPostIts(turn.presenter)
        }
        if let (turn, _) = state.rotationRound(id, at: now) {
            heading = strings.roundOf(turn.index + 1, turn.count) + " · " + strings.switchIn(strings.span(turn.secondsLeft))
        }
        if let card = state.currentCard(id, at: now) {
            below.insert((block.cards[card.card], .accent), at: 0)
        }
        if state.isPaused { heading = strings.pausedWord + (heading.map { " · " + $0 } ?? "") }
        if let heading { screen.center(heading, row: 2, style: state.isPaused ? .warning : .accent) }
        let top = heading == nil ? 3 : 4
        let reportRows = reports.map { $0.postIts.isEmpty ? 0 : min(6, $0.postIts.count + 1) } ?? 0
        // The evaluation's histograms or the block's material take up to two thirds of the stage.
        let panel = reports == nil ? StagePanel.make(id, state: state, strings: strings, width: width - 4) : nil
        let others = min(6, below.count * 2 + 2) + reportRows + 1
        let reserved = others + (panel?.rows(free: height - top - others) ?? 0)
        let text = BigDigits.clock(timerSeconds)
        let scale = BigDigits.scale(for: text, columns: width - 2, rows: height - top - reserved - 1)
        var row = top
        let style: Style = timerSeconds < 0 ? .alarm : (state.isPaused ? .dim : .plain)
        if scale > 0 {
            let w = BigDigits.width(text, scale: scale)
            BigDigits.draw(text, into: &screen, row: row, column: (width - w) / 2, scale: scale, style: style)
            row += BigDigits.glyphRows * scale
        } else {
            screen.center(text, row: row, style: style)
            row += 1
        }
        // Under the digits, what they are: a time left, not a time of day.
        screen.center(timerSeconds < 0 ? strings.over : strings.left, row: row, style: timerSeconds < 0 ? .alarm : .dim)
        row += 2
        for (line, lineStyle) in below {
            for l in DisplayWidth.wrap(line, to: width - 4) where row < height - 2 {
                screen.center(l, row: row, style: lineStyle)
                row += 1
            }
        }
        if let reports, !reports.postIts.isEmpty { drawReports(&screen, reports, row: row + 1) }
        if let panel { panel.draw(on: &screen, top: row, bottom: height - 3) }
        if let next = state.nextItem {
            // In a break the time to be back is the heading's; the next block starts then.
            let start = block.kind == .break ? "" : projection.item(next.id)?.start.map { clock.time($0).description + "  " } ?? ""
            screen.center(strings.next(start + next.block.title), row: height - 1, style: .dim)
        }
        return screen
    }

    /// What the presenting table reports: its post-its marked for the plenum, or its highlights.
    private func drawReports(_ screen: inout Screen, _ reports: (marked: Bool, postIts: [PostIt]), row top: Int) {
        var row = top
        let bottom = screen.height - 3
        guard row <= bottom else { return }
        screen.center(reports.marked ? strings.forPlenumWord : strings.highlightsWord, row: row, style: .dim)
        row += 1
        let width = min(screen.width - 4, 100)
        let left = (screen.width - width) / 2
        for p in reports.postIts where row <= bottom {
            var mark = p.quickWin ? "★ " : "• "
            if p.votes > 0 { mark += "(\(p.votes)●) " }
            let lines = DisplayWidth.wrap(mark + p.text, to: width)
            for line in lines.prefix(2) where row <= bottom {
                screen.put(line, row: row, column: left, style: .plain, limit: width)
                row += 1
            }
        }
    }

    private func drawIdle(_ screen: inout Screen) {
        let middle = screen.height / 2
        screen.center(state.plan.title, row: max(1, middle - 3), style: .bold)
        if state.hasEnded {
            screen.center(strings.thanks, row: middle, style: .accent)
        } else if let first = state.nextItem, let start = projection.item(first.id)?.start {
            screen.center(strings.weBeginAt(clock.time(start)), row: middle, style: .accent)
            screen.center(first.block.title, row: middle + 2)
        }
    }
}
