/// A process as lines of text: the timeline (phases, days with their state, milestones, today) and
/// the learning side by side. `plenum process` prints these when its output is not a terminal, and
/// the terminal screen draws the same lines with colours by kind.
public struct ProcessText: Sendable {
    /// One line and what it shows, for the screen to style.
    public struct Line: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            case title, heading, phase, day(DayState), milestone, today, plain, dim
        }

        public var text: String
        public var kind: Kind
    }

    public let timeline: ProcessTimeline
    public let learning: ProcessLearning
    public let words: ProcessWords

    public init(_ timeline: ProcessTimeline, language: Language? = nil) {
        self.timeline = timeline
        learning = ProcessLearning(days: timeline.days)
        words = (language ?? timeline.process.language).process
    }

    /// The whole text `plenum process` prints: the timeline, then the learning.
    public func render(width: Int) -> String {
        (timelineLines(width: width) + [Line(text: "", kind: .plain)] + learningLines(width: width))
            .map(\.text).joined(separator: "\n") + "\n"
    }

    /// The timeline; like every line here, without control or direction characters, so a title
    /// from a file never reaches a terminal as an escape sequence.
    public func timelineLines(width: Int) -> [Line] {
        timelineLinesAsWritten(width: width).map(Self.printable)
    }

    private func timelineLinesAsWritten(width: Int) -> [Line] {
        let process = timeline.process
        var lines = [Line(text: process.title, kind: .title)]
        lines.append(Line(text: words.counts(process, days: timeline.days.count), kind: .dim))
        if let notes = process.notes {
            lines += notes.split(separator: "\n").map { Line(text: String($0), kind: .dim) }
        }
        lines.append(Line(text: "", kind: .plain))
        for row in timeline.rows {
            let indent = String(repeating: "  ", count: row.depth)
            switch row.item {
            case .phase(let phase):
                let span = phase.span.map { "  " + words.span($0) } ?? ""
                lines.append(Line(text: fit(phase.title + span, width), kind: .phase))
                if let notes = phase.notes {
                    lines += notes.split(separator: "\n").map { Line(text: fit("    " + $0, width), kind: .dim) }
                }
            case .day(let day):
                let marker = ["○", "◐", "●"][DayState.allCases.firstIndex(of: day.state) ?? 0]
                let state = DisplayWidth.pad(words.state(day.state), to: 9)
                let time = DisplayWidth.pad(day.span ?? "", to: 11)
                var text = "\(indent)\(marker) \(dateColumn(day.date))  \(time)  \(state)  \(day.title)"
                if day.plan == nil { text += "  (" + words.planProblem + " " + day.planPath + ")" }
                lines.append(Line(text: fit(text, width), kind: .day(day.state)))
            case .milestone(let milestone):
                let text = "\(indent)◆ \(dateColumn(milestone.date))  \(DisplayWidth.pad("", to: 11))  "
                    + DisplayWidth.pad(words.milestone, to: 9) + "  " + milestone.title
                lines.append(Line(text: fit(text, width), kind: .milestone))
            case .today(let date):
                lines.append(Line(text: fit("\(indent)▶ \(dateColumn(date))  ── \(words.today) ──", width), kind: .today))
            }
        }
        return lines
    }

    /// The learning: a column per held day, a row per theme, quick wins under their theme.
    public func learningLines(width: Int) -> [Line] {
        learningLinesAsWritten(width: width).map(Self.printable)
    }

    static func printable(_ line: Line) -> Line {
        var kept = String.UnicodeScalarView()
        for scalar in line.text.unicodeScalars {
            let v = scalar.value
            if v < 0x20 || v == 0x7F || (0x80..<0xA0).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) { continue }
            kept.append(scalar)
        }
        return Line(text: String(kept), kind: line.kind)
    }

    private func learningLinesAsWritten(width: Int) -> [Line] {
        var lines = [Line(text: words.learning, kind: .heading)]
        guard !learning.isEmpty else {
            return lines + DisplayWidth.wrap(words.nothingHeld, to: max(20, width)).map { Line(text: $0, kind: .dim) }
        }
        let themeWidth = min(24, max(12, width / 4))
        let columnWidth = max(16, (width - themeWidth - 2) / max(1, learning.columns.count) - 2)
        var header = DisplayWidth.pad(words.theme, to: themeWidth)
        for column in learning.columns { header += "  " + DisplayWidth.pad(DisplayWidth.truncate(column.title, to: columnWidth), to: columnWidth) }
        lines.append(Line(text: fit(header, width), kind: .heading))
        for row in learning.rows {
            let themeLines = DisplayWidth.wrap(row.theme ?? words.noTheme, to: themeWidth)
            let cells = row.cells.map { cell -> [String] in
                guard let cell else { return [words.noLearning] }
                var out = [ProcessLearning.summary(cell, words: words)]
                for win in cell.quickWins {
                    let wrapped = DisplayWidth.wrap(ProcessLearning.describe(win, words: words), to: columnWidth - 2)
                    out += wrapped.enumerated().map { ($0.offset == 0 ? "★ " : "  ") + $0.element }
                }
                return out
            }
            let height = max(themeLines.count, cells.map(\.count).max() ?? 0)
            lines.append(Line(text: "", kind: .plain))
            for k in 0..<height {
                var text = DisplayWidth.pad(k < themeLines.count ? themeLines[k] : "", to: themeWidth)
                for cell in cells { text += "  " + DisplayWidth.pad(k < cell.count ? cell[k] : "", to: columnWidth) }
                lines.append(Line(text: fit(text.trimmingTrailingSpaces, width), kind: k == 0 ? .phase : .plain))
            }
        }
        return lines
    }

    /// "2019-02-06 ons", or blanks of the same width for an undated item.
    private func dateColumn(_ date: PlanDate?) -> String {
        guard let date else { return DisplayWidth.pad(words.undated, to: 14) }
        return "\(date) \(words.weekday(date))"
    }

    private func fit(_ text: String, _ width: Int) -> String {
        DisplayWidth.of(text) <= width ? text : DisplayWidth.truncate(text, to: width)
    }
}

extension String {
    /// The text without spaces at its end.
    var trimmingTrailingSpaces: String {
        var slice = Substring(self)
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }
}
