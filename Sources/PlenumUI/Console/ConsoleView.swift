import Foundation
import PlenumCore

/// The facilitator's console: title and clock, where the day stands, the agenda (planned vs
/// projected), the current block, the last message and the key hints. A pure function of its inputs.
public struct ConsoleView {
    public static let minimumWidth = 60
    public static let minimumHeight = 16
    public static let minimumSize = MinimumSize(width: minimumWidth, height: minimumHeight)

    let state: SessionState
    let projection: Projection
    let clock: SessionClock
    let now: Date
    let ui: ConsoleUI
    let readOnlyReason: String?
    /// The day's seating (for `g` and check-in); nil where the screen does not seat.
    let seating: SeatingCache?
    /// The plan file's name, on the title bar after the plan's title ("" leaves it out).
    let planName: String
    var strings: UIStrings { ui.strings }

    public init(state: SessionState, projection: Projection, clock: SessionClock, now: Date, ui: ConsoleUI,
                readOnlyReason: String? = nil, seating: SeatingCache? = nil, planName: String = "") {
        self.state = state
        self.projection = projection
        self.clock = clock
        self.now = now
        self.ui = ui
        self.readOnlyReason = readOnlyReason
        self.seating = seating
        self.planName = planName
    }

    public func render(width: Int, height: Int) -> Screen {
        if let small = Self.minimumSize.refusal(width: width, height: height, strings: strings) { return small }
        var screen = Screen(width: width, height: height)
        drawTitle(&screen)
        drawStatus(&screen, row: 1)
        let agendaWidth = max(34, min(56, width * 46 / 100))
        let bodyTop = 3, bodyBottom = height - 3
        drawAgenda(&screen, top: bodyTop, bottom: bodyBottom, width: agendaWidth)
        for row in (bodyTop - 1)...bodyBottom { screen.put("│", row: row, column: agendaWidth, style: .dim) }
        CurrentBlockPane(view: self).draw(&screen, top: bodyTop - 1, bottom: bodyBottom,
                                          left: agendaWidth + 2, right: width - 1)
        if let message = ui.message {
            screen.put(DisplayWidth.truncateAtWord(message, to: width - 2), row: height - 2, column: 1,
                       style: ui.messageIsError ? .alarm : .accent)
        }
        HintBar(ConsoleKeys.map.hintBar(strings, width: width - 2)).draw(on: &screen)
        if let overlay = ui.overlay {
            OverlayView(view: self).draw(overlay, on: &screen)
        }
        return screen
    }

    // MARK: - Title and status

    /// Which plan runs (its title and file) and, at the right, the time of day, after the word
    /// "PRØVEKØRSEL"/"REHEARSAL" when the session is a rehearsal.
    private func drawTitle(_ screen: inout Screen) {
        var time = clock.time(now).description
        if state.rehearsal != nil { time = strings.rehearsalBadge + " · " + time }
        // The file's name stays whole; a long title gives way after a whole word (" plenum · ", and the clock's margins).
        let file = planName.isEmpty ? "" : " · " + planName
        let room = screen.width - DisplayWidth.of(time) - 3 - DisplayWidth.of(" plenum · ") - DisplayWidth.of(file)
        let title = room > 8 ? DisplayWidth.truncateAtWord(state.plan.title, to: room) : state.plan.title
        screen.titleBar(title + file, time: time)
    }

    private func drawStatus(_ screen: inout Screen, row: Int) {
        var x = 1
        // Each piece where the last one ended; one that does not fit ends after a whole word.
        @discardableResult
        func piece(_ text: String, _ style: Style) -> Int {
            let shown = DisplayWidth.truncateAtWord(text, to: max(0, screen.width - 1 - x))
            let width = shown.isEmpty ? 0 : screen.put(shown, row: row, column: x, style: style)
            x += width
            return width
        }
        let word: String
        let style: Style
        if state.hasEnded { (word, style) = (strings.dayOver, .dim) }
        else if !state.hasStarted { (word, style) = (strings.notStarted, .warning) }
        else if state.isPaused { (word, style) = ("⏸ " + strings.pausedWord, .warning) }
        else { (word, style) = ("● " + strings.running, .good) }
        piece(word, style)
        if let reason = readOnlyReason { piece(" · " + strings.readOnly + ": " + reason, .alarm) }
        guard state.hasStarted, !state.hasEnded else { return }
        let behind = projection.behindMinutes
        piece(" · ", .dim)
        piece(strings.behind(behind), behind > 0 ? .warning : (behind < 0 ? .good : .plain))
        piece(" · " + strings.dayEnds(clock.time(projection.dayEnd), planned: projection.plannedEnd),
              (projection.endLateMinutes ?? 0) > 0 ? .alarm : .plain)
        let gift = CatchUp.giveBack(state, clock: clock, now: now)
        if !gift.changes.isEmpty {
            // Time won would otherwise sit as a gap before the next fixed start: say so.
            piece(" · " + strings.minutesToGiveBack(gift.minutesGivenBack), .accent)
        } else if let (minutes, title) = slackBeforeNextAnchor() {
            piece(" · " + strings.slackBefore(minutes, title), .plain)
        }
        if let late = projection.items.first(where: { ($0.anchorLateMinutes ?? 0) > 0 }),
           let item = state.item(late.id), let at = item.block.at {
            piece(" · " + strings.anchorLate(item.block.title, at, late.anchorLateMinutes ?? 0), .alarm)
        }
    }

    /// Free minutes before the next fixed start, where the day waits for it (a gap the agenda
    /// would otherwise show without a word).
    private func slackBeforeNextAnchor() -> (Int, String)? {
        var previousEnd: Date?
        for item in projection.items {
            if item.status == .pending, state.item(item.id)?.block.at != nil, let start = item.start, let end = previousEnd {
                let minutes = Int((start.timeIntervalSince(end) / 60).rounded(.down))
                return minutes >= 1 ? (minutes, state.item(item.id)?.block.title ?? "") : nil
            }
            if item.status == .current || item.status == .pending { previousEnd = item.end ?? previousEnd }
        }
        return nil
    }

    // MARK: - Agenda

    private func drawAgenda(_ screen: inout Screen, top: Int, bottom: Int, width: Int) {
        screen.put(" " + DisplayWidth.pad(strings.planColumn, to: 6) + DisplayWidth.pad(strings.nowColumn, to: 6)
                   + strings.blockColumn, row: top - 1, column: 1, style: .dim, limit: width - 1)
        let rows = bottom - top + 1
        let count = state.agenda.count
        let first = max(0, min(ui.selected - rows / 2, count - rows))
        for (offset, index) in (first..<min(count, first + rows)).enumerated() {
            drawAgendaRow(&screen, index: index, row: top + offset, width: width)
        }
    }

    private func drawAgendaRow(_ screen: inout Screen, index: Int, row: Int, width: Int) {
        let item = state.agenda[index]
        let p = projection.item(item.id)
        let status = p?.status ?? .pending
        var style: Style
        let marker: String
        switch status {
        case .current: (marker, style) = ("▶", .accent)
        case .done: (marker, style) = ("✓", .dim)
        case .skipped: (marker, style) = ("–", .dim)
        case .pending: (marker, style) = (" ", .plain)
        }
        let late = (p?.anchorLateMinutes ?? 0) > 0
        if index == ui.selected { style = style.selected; screen.fill(row: row, column: 0, count: width, style: style) }
        let planned = p?.plannedStart?.description ?? "  ·  "
        let actual = p?.start.map { clock.time($0).description } ?? "  —  "
        let minutes = String(state.effectiveMinutes(item.id))
        var x = screen.put(" " + marker + " ", row: row, column: 0, style: style)
        x += screen.put(planned + " ", row: row, column: x, style: style)
        var nowStyle = style
        if late { nowStyle = Style.alarm; nowStyle.reverse = index == ui.selected }
        else if status == .pending, let start = p?.start, let plannedStart = p?.plannedStart,
                clock.time(start) != plannedStart { nowStyle.foreground = nowStyle.foreground ?? .yellow }
        x += screen.put(actual + " ", row: row, column: x, style: nowStyle)
        let anchor = item.block.at != nil ? "⚓" : ""
        let titleWidth = width - x - DisplayWidth.of(minutes) - 2
        x += screen.put(DisplayWidth.pad(item.block.title + (anchor.isEmpty ? "" : " " + anchor), to: titleWidth),
                        row: row, column: x, style: style)
        screen.put(" " + minutes, row: row, column: x, style: style)
    }
}

/// Shown instead of a screen when the terminal is below its minimum size; never a crash.
public enum TooSmallView {
    public static func render(width: Int, height: Int, strings: UIStrings, minimum: (Int, Int)) -> Screen {
        var screen = Screen(width: width, height: height)
        guard height > 0 else { return screen }
        let lines = [strings.tooSmall, strings.atLeast(minimum.0, minimum.1), "\(width)×\(height)"]
        let top = max(0, (height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < height {
            screen.center(line, row: top + i, style: i == 0 ? .warning : .plain)
        }
        return screen
    }
}
