import Foundation
import PlenumCore

/// The projector view: the block title, the remaining time in digits that scale with the terminal
/// (readable from the back of a room), the current card or presenter, and what comes next.
/// Read-only; it follows the journal.
public struct StageView {
    public static let minimumWidth = 40
    public static let minimumHeight = 12

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
        guard width >= Self.minimumWidth, height >= Self.minimumHeight else {
            return TooSmallView.render(width: width, height: height, strings: strings,
                                       minimum: (Self.minimumWidth, Self.minimumHeight))
        }
        var screen = Screen(width: width, height: height)
        if state.stageContent == .findTable {
            FindTableView(state: state, seating: seating, strings: strings, now: now, track: track).draw(on: &screen)
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
            heading = strings.backAt(clock.time(end.addingTimeInterval(59)))
        }
        if let turn = state.presenterTurn(id, at: now) {
            heading = strings.presents(turn.name)
            timerSeconds = turn.secondsLeft
            if let next = turn.next { below.append((strings.nextPresenter(next), .dim)) }
        }
        if let (turn, _) = state.rotationRound(id, at: now) {
            heading = strings.roundOf(turn.index + 1, turn.count) + " · " + strings.switchIn(BigDigits.clock(turn.secondsLeft))
        }
        if let card = state.currentCard(id, at: now) {
            below.insert((block.cards[card.card], .accent), at: 0)
        }
        if let heading { screen.center(heading, row: 2, style: .accent) }
        let top = heading == nil ? 3 : 4
        let reserved = min(6, below.count * 2 + 2)
        let text = BigDigits.clock(timerSeconds)
        let scale = BigDigits.scale(for: text, columns: width - 2, rows: height - top - reserved - 1)
        var row = top
        let style: Style = timerSeconds < 0 ? .alarm : (state.isPaused ? .dim : .plain)
        if scale > 0 {
            let w = BigDigits.width(text, scale: scale)
            BigDigits.draw(text, into: &screen, row: row, column: (width - w) / 2, scale: scale, style: style)
            row += BigDigits.glyphRows * scale + 1
        } else {
            screen.center(text, row: row, style: style)
            row += 2
        }
        for (line, lineStyle) in below {
            for l in DisplayWidth.wrap(line, to: width - 4) where row < height - 2 {
                screen.center(l, row: row, style: lineStyle)
                row += 1
            }
        }
        if let next = state.nextItem {
            let start = projection.item(next.id)?.start.map { clock.time($0).description + "  " } ?? ""
            screen.center(strings.next(start + next.block.title), row: height - 1, style: .dim)
        }
        return screen
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
