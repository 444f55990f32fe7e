import PlenumCore

/// One line of a panel made of pieces in their own styles (a label, a bar, a number).
public struct StyledLine: Sendable, Equatable {
    public var spans: [Span]

    /// A piece of a line and its style.
    public struct Span: Sendable, Equatable {
        public var text: String
        public var style: Style
    }

    public init(_ text: String = "", style: Style = .plain) {
        spans = text.isEmpty ? [] : [Span(text: text, style: style)]
    }

    public mutating func add(_ text: String, _ style: Style = .plain) {
        spans.append(Span(text: text, style: style))
    }

    /// The line's text without styles.
    public var text: String { spans.map(\.text).joined() }

    /// Draws the line at `row` from `column`, in at most `width` columns.
    public func draw(on screen: inout Screen, row: Int, column: Int, width: Int) {
        var x = column
        for span in spans where x < column + width {
            x += screen.put(span.text, row: row, column: x, style: span.style, limit: column + width - x)
        }
    }
}

/// A block's material as lines for a panel of a given width: a text wrapped (a `#` heading in
/// bold), a table as horizontal bars per segment — side by side where the width allows, else
/// one under the other.
public struct MaterialLines {
    let material: Material
    let strings: UIStrings

    public init(_ material: Material, strings: UIStrings) {
        self.material = material
        self.strings = strings
    }

    public func lines(width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        switch material.content {
        case .text(let text): return textLines(text, width: width)
        case .table(let table): return tableLines(table, width: width)
        }
    }

    private func textLines(_ text: String, width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = SafeText.clean(String(raw)).trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                if let last = out.last, !last.spans.isEmpty { out.append(StyledLine()) }
                continue
            }
            if line.hasPrefix("#") {
                let heading = line.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
                out += DisplayWidth.wrap(heading, to: width).map { StyledLine($0, style: .bold) }
                continue
            }
            let bullet = line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("• ")
            let body = bullet ? String(line.dropFirst(2)) : line
            let wrapped = DisplayWidth.wrap(body, to: width - (bullet ? 2 : 0))
            out += wrapped.enumerated().map { StyledLine((bullet ? ($0.offset == 0 ? "• " : "  ") : "") + $0.element) }
        }
        while out.last?.spans.isEmpty == true { out.removeLast() }
        return out
    }

    private func tableLines(_ table: MaterialTable, width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        let segments = table.segments.map { SafeText.clean($0) }
        if let respondents = table.respondents {
            let parts = zip(segments, respondents).map { "\($0) \($1)" }
            out += DisplayWidth.wrap(strings.respondents(respondents.reduce(0, +)) + ": " + parts.joined(separator: " · "), to: width)
                .map { StyledLine($0, style: .dim) }
        }
        for chart in table.charts {
            if !out.isEmpty { out.append(StyledLine()) }
            let title = chart.title.map { SafeText.clean($0) } ?? strings.meanWord
            let heading = chart.freeTextAnswers > 0 ? title + " · " + strings.freeTextAnswers(chart.freeTextAnswers) : title
            out += DisplayWidth.wrap(heading, to: width).map { StyledLine($0, style: .bold) }
            guard !chart.rows.isEmpty else { continue }
            let labels = chart.rows.map { SafeText.clean($0.label) }
            let labelWidth = min(labels.map { DisplayWidth.of($0) }.max() ?? 0, max(10, width / 3))
            let column = (width - labelWidth - 1) / max(1, segments.count)
            if segments.count == 1 || column >= 12 {
                out += sideBySide(chart, labels: labels, segments: segments, labelWidth: labelWidth, column: column)
            } else {
                out += stacked(chart, labels: labels, segments: segments, width: width)
            }
        }
        return out
    }

    /// A row per answer: its label, then a bar and a number per segment in columns.
    private func sideBySide(_ chart: MaterialChart, labels: [String], segments: [String], labelWidth: Int, column: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        if segments.count > 1 || !(segments.first ?? "").isEmpty {
            var header = StyledLine(String(repeating: " ", count: labelWidth + 1))
            for name in segments { header.add(DisplayWidth.pad(name, to: column), .dim) }
            out.append(header)
        }
        let numberWidth = numberWidth(chart)
        let barWidth = max(1, column - numberWidth - 2)
        for (row, label) in zip(chart.rows, labels) {
            var line = StyledLine(DisplayWidth.pad(label, to: labelWidth) + " ")
            for (k, value) in row.values.enumerated() {
                line.spans += bar(chart, value, segment: k, barWidth: barWidth, numberWidth: numberWidth, column: column).spans
            }
            out.append(line)
        }
        return out
    }

    /// A label line per answer, then a line per segment: its name, its bar, its number.
    private func stacked(_ chart: MaterialChart, labels: [String], segments: [String], width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        let nameWidth = min(segments.map { DisplayWidth.of($0) }.max() ?? 0, max(6, width / 4))
        let numberWidth = numberWidth(chart)
        let barWidth = max(1, width - nameWidth - numberWidth - 5)
        for (row, label) in zip(chart.rows, labels) {
            out.append(StyledLine(DisplayWidth.truncate(label, to: width)))
            for (k, value) in row.values.enumerated() {
                var line = StyledLine("  " + DisplayWidth.pad(segments[k], to: nameWidth) + " ", style: .dim)
                line.spans += bar(chart, value, segment: k, barWidth: barWidth, numberWidth: numberWidth, column: barWidth + numberWidth + 2).spans
                out.append(line)
            }
        }
        return out
    }

    /// The widest number of a chart, as written.
    private func numberWidth(_ chart: MaterialChart) -> Int {
        chart.rows.flatMap { $0.values.compactMap { $0.map { DisplayWidth.of($0.materialText(strings.language)) } } }.max() ?? 1
    }

    private func bar(_ chart: MaterialChart, _ value: Double?, segment: Int, barWidth: Int, numberWidth: Int, column: Int) -> StyledLine {
        var line = StyledLine()
        guard let value else {
            line.add(DisplayWidth.pad("–", to: column), .dim)
            return line
        }
        let length = chart.barLength(value, column: segment, width: barWidth)
        line.add(String(repeating: "█", count: length), .accent)
        let number = value.materialText(strings.language)
        line.add(String(repeating: " ", count: barWidth - length + 1) + DisplayWidth.pad(number, to: numberWidth, right: true) + " ", .plain)
        let used = barWidth + 1 + numberWidth + 1
        if column > used { line.add(String(repeating: " ", count: column - used)) }
        return line
    }
}
