import Foundation
import PlenumCore

/// `plenum review`'s screen: the day as a text timeline (planned vs actual, minutes over, skipped,
/// extended, with bars), a block's cards and post-its, search results, the themes, the export
/// form. A pure function of the session and the review state.
public struct ReviewView {
    let digest: SessionDigest
    let ui: ReviewUI
    var strings: UIStrings { ui.strings }

    public init(state: SessionState, clock: SessionClock, now: Date, ui: ReviewUI) {
        digest = SessionDigest(state: state, clock: clock, now: now)
        self.ui = ui
    }

    public func render(width: Int, height: Int) -> Screen {
        if let small = MinimumSize(width: 60, height: 14).refusal(width: width, height: height, strings: strings) { return small }
        var screen = Screen(width: width, height: height)
        let plan = digest.state.plan
        screen.titleBar(plan.title, time: digest.clock.day.description + " · " + strings.reviewWord
                        + (digest.state.rehearsal == nil ? "" : " · " + strings.report.rehearsal))
        let bottom = height - 3
        var hint = ReviewKeys.timeline.hintBar(strings, width: width - 2)
        switch ui.mode {
        case .timeline, .export:
            drawTimeline(&screen, top: 1, bottom: bottom)
        case .block(let id, let scroll):
            drawBlock(id, scroll: scroll, on: &screen, top: 1, bottom: bottom)
            hint = ReviewKeys.block.hintBar(strings, width: width - 2)
        case .search(let editor, let selected, let typing):
            drawSearch(editor, selected: selected, typing: typing, on: &screen, top: 1, bottom: bottom)
            hint = ReviewKeys.results.hintBar(strings, width: width - 2)
        case .themes(let cursor):
            ThemesView(state: digest.state, strings: strings, cursor: cursor).draw(on: &screen, top: 1, bottom: bottom)
        }
        if case .export(let form) = ui.mode { drawExport(form, on: &screen) }
        if let message = ui.message {
            screen.put(DisplayWidth.truncateAtWord(message, to: width - 2), row: height - 2, column: 1,
                       style: ui.messageIsError ? .alarm : .accent, limit: width - 2)
        }
        HintBar(hint).draw(on: &screen)
        return screen
    }

    // MARK: - Timeline

    private func drawTimeline(_ screen: inout Screen, top: Int, bottom: Int) {
        let width = screen.width
        let titleWidth = max(16, min(36, width - 70))
        let barLeft = 1 + 3 + 12 + 14 + 5 + 5 + titleWidth + 1
        let barWidth = width - barLeft - 1
        let header = "   " + DisplayWidth.pad(strings.plannedColumn, to: 12) + DisplayWidth.pad(strings.actualColumn, to: 14)
            + DisplayWidth.pad("Min", to: 5, right: true) + DisplayWidth.pad(strings.overColumn, to: 5, right: true) + " "
            + strings.blockColumn
        screen.put(header, row: top, column: 1, style: .dim, limit: width - 2)
        let scale = timeScale()
        if barWidth >= 12, let scale {
            screen.put(scale.first.description, row: top, column: barLeft, style: .dim)
            let last = scale.last.description
            screen.put(last, row: top, column: barLeft + barWidth - DisplayWidth.of(last), style: .dim)
        }
        let rows = bottom - top - 2
        let count = digest.blocks.count
        let first = max(0, min(ui.selected - rows / 2, count - rows))
        for (offset, line) in digest.blocks.dropFirst(first).prefix(rows).enumerated() {
            let y = top + 1 + offset
            let isSelected = line.index == ui.selected
            var base: Style = line.status == .skipped || line.status == .pending ? .dim : .plain
            if line.status == .current { base = .accent }
            if isSelected { base.reverse = true; screen.fill(row: y, column: 0, count: barLeft - 1, style: base) }
            let marker: String
            switch line.status {
            case .done: marker = "✓"
            case .current: marker = "▶"
            case .skipped: marker = "–"
            case .pending: marker = " "
            }
            let planned = digest.plannedSpan(line) ?? "   –"
            let actual = digest.actualSpan(line, running: "", skipped: strings.skippedWord, notRun: strings.notRunWord)
            var x = 1 + screen.put(" \(marker) ", row: y, column: 1, style: base)
            x += screen.put(DisplayWidth.pad(planned, to: 12), row: y, column: x, style: base)
            x += screen.put(DisplayWidth.pad(actual, to: 14), row: y, column: x, style: base)
            x += screen.put(DisplayWidth.pad(line.actualMinutes.map { String($0) } ?? "", to: 5, right: true), row: y, column: x, style: base)
            var overStyle = base
            if let over = line.overMinutes, over != 0 { overStyle = over > 0 ? .warning : .good; overStyle.reverse = isSelected }
            x += screen.put(DisplayWidth.pad(line.overMinutes.map(MinutesOver.text) ?? "", to: 5, right: true),
                            row: y, column: x, style: overStyle)
            var title = line.block.title
            if let run = digest.state.runs[line.id], run.extendedMinutes != 0 { title += " (" + strings.extendedBy(run.extendedMinutes) + ")" }
            let written = line.postItsWithTracks.count
            if written > 0 { title += " · \(written)✎" }
            screen.put(" " + DisplayWidth.pad(title, to: titleWidth), row: y, column: x, style: base, limit: titleWidth + 1)
            if barWidth >= 12, let scale { drawBar(line, scale: scale, on: &screen, row: y, left: barLeft, width: barWidth) }
        }
        screen.put(summary(), row: bottom, column: 1, style: .bold, limit: width - 2)
    }

    /// The day's span in whole hours, for the bars.
    private func timeScale() -> (first: ClockTime, last: ClockTime)? {
        var minutes: [Int] = []
        for line in digest.blocks {
            if let p = line.plannedStart { minutes += [p.minutes, p.minutes + (line.plannedMinutes ?? 0)] }
            if let s = line.actualStart { minutes.append(digest.clock.time(s).minutes) }
            if let e = line.actualEnd { minutes.append(digest.clock.time(e).minutes) }
        }
        guard let low = minutes.min(), let high = minutes.max(), high > low else { return nil }
        return (ClockTime(minutes: low / 60 * 60), ClockTime(minutes: min(24 * 60, (high + 59) / 60 * 60)))
    }

    /// Planned time as a light bar, actual time as a solid one over it (orange where it ran over).
    private func drawBar(_ line: SessionDigest.BlockLine, scale: (first: ClockTime, last: ClockTime), on screen: inout Screen,
                         row: Int, left: Int, width: Int) {
        let span = Double(max(1, scale.last.minutes - scale.first.minutes))
        func column(_ minute: Int) -> Int { left + Int((Double(minute - scale.first.minutes) / span * Double(width - 1)).rounded()) }
        if let p = line.plannedStart {
            let a = column(p.minutes), b = max(a, column(p.minutes + (line.plannedMinutes ?? 0)) - 1)
            screen.put(String(repeating: "░", count: b - a + 1), row: row, column: a, style: .dim)
        }
        if let s = line.actualStart {
            let start = digest.clock.time(s).minutes
            let end = line.actualEnd.map { digest.clock.time($0).minutes } ?? start + (line.actualMinutes ?? 0)
            let a = column(start), b = max(a, column(end) - 1)
            let style: Style = (line.overMinutes ?? 0) > 0 ? Style(foreground: .yellow) : Style(foreground: .cyan)
            screen.put(String(repeating: "█", count: b - a + 1), row: row, column: a, style: style)
        }
    }

    private func summary() -> String {
        let planned = Schedule.plan(digest.state.plan)
        let plannedText = "\(planned.start)–\(planned.end)"
        let starts = digest.blocks.compactMap(\.actualStart)
        let ends = digest.blocks.compactMap(\.actualEnd)
        guard let first = starts.min() else { return strings.daySummary(planned: plannedText, actual: "–", over: nil) }
        let last = ends.max()
        let actual = digest.clock.time(first).description + "–" + (last.map { digest.clock.time($0).description } ?? "")
        let over = digest.state.hasEnded ? last.map { digest.clock.time($0).minutes - planned.end.minutes } : nil
        return strings.daySummary(planned: plannedText, actual: actual, over: over)
    }

    // MARK: - One block

    private func drawBlock(_ id: BlockID, scroll: Int, on screen: inout Screen, top: Int, bottom: Int) {
        guard var line = digest.blocks.first(where: { $0.id == id }) else { return }
        line.postIts = line.postItsWithTracks
        let width = screen.width
        screen.put("\(line.index + 1). " + line.block.title, row: top, column: 1, style: .bold, limit: width - 2)
        var facts: [String] = [strings.report.kind(line.block.kind)]
        if let planned = digest.plannedSpan(line) { facts.append(strings.plannedColumn + " " + planned) }
        if let s = line.actualStart {
            facts.append(strings.actualColumn + " " + digest.clock.time(s).description + "–"
                         + (line.actualEnd.map { digest.clock.time($0).description } ?? strings.runningWord))
        } else {
            facts.append(line.status == .skipped ? strings.skippedWord : strings.notRunWord)
        }
        if let over = line.overMinutes { facts.append(MinutesOver.text(over) + " min") }
        screen.put(facts.joined(separator: " · "), row: top + 1, column: 1, style: .dim, limit: width - 2)
        var lines: [(String, Style)] = []
        if let notes = line.block.notes { for l in DisplayWidth.wrap(notes, to: width - 4) { lines.append((l, .dim)) } ; lines.append(("", .plain)) }
        if !line.presenters.isEmpty {
            lines.append((strings.presentationsWord, .bold))
            for p in line.presenters {
                lines.append(("  " + DisplayWidth.pad(p.presenter.name, to: 24) + " " + strings.plannedActual(p.plannedSeconds, p.actualSeconds), .plain))
            }
            lines.append(("", .plain))
        }
        if !line.cards.isEmpty {
            // A block that did not run had its questions planned, never asked.
            lines.append((line.ran ? strings.cardsWord : strings.plannedCardsWord, .bold))
            for (k, card) in line.cards.enumerated() {
                for (i, l) in DisplayWidth.wrap(card, to: width - 8).enumerated() { lines.append(((i == 0 ? " \(k + 1). " : "    ") + l, .plain)) }
            }
            lines.append(("", .plain))
        }
        if line.postIts.isEmpty { lines.append((strings.noPostItsInBlock, .dim)) }
        for table in digest.tables(in: line) {
            let atTable = line.postIts.filter { $0.table == table }
            lines.append((table + " (\(atTable.count))", .title))
            for kind in digest.kinds(in: atTable) {
                lines.append(("  " + kind, .bold))
                for p in atTable where p.kind == kind {
                    var marks = ""
                    if p.quickWin { marks += "★ " }
                    if p.votes > 0 { marks += String(repeating: "●", count: min(p.votes, 6)) + " " }
                    let track = p.block == line.id ? "" : "  [" + digest.blockTitle(of: p) + "]"
                    let tail = (p.group.map { "  (g\($0))" } ?? "") + (p.theme.map { "  #" + $0 } ?? "") + track
                    for (i, l) in DisplayWidth.wrap(marks + p.text + tail, to: width - 8).enumerated() {
                        lines.append(((i == 0 ? "   • " : "     ") + l, p.quickWin ? .accent : .plain))
                    }
                }
            }
            lines.append(("", .plain))
        }
        // The block's basis and its evaluation, as the stage showed them, after what the tables wrote.
        if let material = line.block.material {
            lines.append((strings.materialHeading(material.file), .bold))
            lines += MaterialLines(material, strings: strings).lines(width: width - 4).map { ("  " + $0.text, .plain) }
            lines.append(("", .plain))
        }
        let tallies = digest.state.ratingTallies(line.id).filter { $0.total > 0 }
        if !tallies.isEmpty {
            lines.append((strings.evaluationWord, .bold))
            for tally in tallies { lines += RatingLines(tally, strings: strings).lines(width: min(60, width - 4)).map { ("  " + $0.text, .plain) } }
            lines.append(("", .plain))
        }
        let visible = bottom - top - 2
        let start = max(0, min(scroll, lines.count - visible))
        for (offset, l) in lines.dropFirst(start).prefix(visible).enumerated() {
            screen.put(l.0, row: top + 3 + offset, column: 1, style: l.1, limit: width - 2)
        }
    }

    // MARK: - Search

    private func drawSearch(_ editor: LineEditor, selected: Int, typing: Bool, on screen: inout Screen, top: Int, bottom: Int) {
        let width = screen.width
        let label = strings.searchLabel + " "
        let shown = editor.visible(width: width - 4 - DisplayWidth.of(label))
        screen.put(label + shown.text, row: top, column: 1, style: .bold)
        if typing { screen.cursor = (top, 1 + DisplayWidth.of(label) + shown.cursorColumn) }
        let results = ReviewUI.search(digest.state, editor.text)
        screen.put(editor.text.isEmpty ? strings.typeToSearch : strings.results(results.count), row: top + 1, column: 1, style: .dim)
        let visible = bottom - top - 2
        let first = max(0, min(selected - visible / 2, results.count - visible))
        for (offset, p) in results.dropFirst(first).prefix(visible).enumerated() {
            let index = digest.state.index(of: p.block).map { "\($0 + 1). " } ?? ""
            let place = DisplayWidth.pad(index + digest.blockTitle(of: p), to: 24) + "  " + DisplayWidth.pad(p.table, to: 10) + "  "
            let isSelected = first + offset == selected && !typing
            let style: Style = isSelected ? Style.plain.selected : .plain
            if isSelected { screen.fill(row: top + 3 + offset, style: style) }
            screen.put(place + p.text, row: top + 3 + offset, column: 1, style: style, limit: width - 2)
        }
    }

    // MARK: - Export

    private func drawExport(_ form: ReviewUI.ExportForm, on screen: inout Screen) {
        let labels = [strings.formatField, strings.fileField, strings.anonymousField]
        let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
        let width = min(screen.width - 10, 60)
        let path = form.path.visible(width: width - labelWidth - 4)
        let values = ["‹ " + form.format.rawValue + " ›", path.text, "‹ " + (form.anonymous ? strings.yes : strings.no) + " ›"]
        let lines = labels.enumerated().map { i, label in
            (DisplayWidth.pad(label, to: labelWidth) + "  " + values[i], i == form.field ? Style.bold : .plain)
        }
        let origin = screen.box(title: strings.exportTitle, lines: lines, footer: ReviewKeys.export.hintBar(strings, width: .max), minimumWidth: width)
        if form.field == 1 { screen.cursor = (origin.row + 1, origin.column + labelWidth + 2 + path.cursorColumn) }
    }
}
