import Foundation

/// A survey's answers as charts per segment, from either shape of CSV (see plan-format.md,
/// "Material"): a summary table as it is, or an export with one row per answer and a `segment`
/// column, counted here so no spreadsheet is needed in between.
public enum SurveySummary {
    /// A question with more different answers than this is free text: counted, not charted.
    public static let maximumAnswers = 12
    /// The problems reported of one file before the rest are left out.
    static let maximumProblems = 10

    /// A summary table as given: one or two label columns (question, answer), then a column of
    /// numbers per segment. Every cell after the labels must be a number or empty.
    static func given(_ csv: CSVTable, decimalComma: Bool, segments plan: [Segment],
                      says: any MaterialMessages) -> Result<MaterialTable, MaterialProblems> {
        let header = csv.rows[0]
        let first = csv.rows[1]
        let labels = header.count >= 3 && !first[1].text.isEmpty
            && MaterialReader.number(first[1].text, decimalComma: decimalComma) == nil ? 2 : 1
        guard header.count > labels else {
            return .failure(MaterialProblems([Diagnostic(.error, says.noNumberColumn, at: header[0].position)]))
        }
        let segments = header[labels...].map { segmentName($0.text.trimmingCharacters(in: .whitespaces), plan) }
        var problems: [Diagnostic] = []
        var charts: [MaterialChart] = []
        let after = header[labels - 1].text
        for row in csv.rows.dropFirst() {
            var values: [Double?] = []
            for cell in row[labels...] {
                if cell.text.trimmingCharacters(in: .whitespaces).isEmpty { values.append(nil); continue }
                if let value = MaterialReader.number(cell.text, decimalComma: decimalComma) {
                    values.append(value)
                } else {
                    values.append(nil)
                    if problems.count < maximumProblems {
                        problems.append(Diagnostic(.error, says.notANumber(cell.text, after: after.isEmpty ? nil : after),
                                                   at: cell.position))
                    }
                }
            }
            // An empty question continues the one above (as a spreadsheet writes merged cells).
            let written = (labels == 2 ? row[0].text : header[0].text).trimmingCharacters(in: .whitespaces)
            let title = written.isEmpty && labels == 2 ? (charts.last?.title ?? "") : written
            let label = row[labels - 1].text.trimmingCharacters(in: .whitespaces)
            if let last = charts.last, last.title == title, labels == 2 || charts.count == 1 {
                charts[charts.count - 1].rows.append(MaterialChart.Row(label: label, values: values))
            } else {
                charts.append(MaterialChart(title: title, measure: .given, rows: [MaterialChart.Row(label: label, values: values)], fullScale: []))
            }
        }
        guard problems.isEmpty else { return .failure(MaterialProblems(problems)) }
        for c in charts.indices {
            let top = charts[c].rows.flatMap { $0.values.compactMap { $0 } }.max() ?? 0
            charts[c].fullScale = Array(repeating: top, count: segments.count)
        }
        return .success(MaterialTable(segments: segments, charts: charts))
    }

    /// A survey export: one row per respondent with a `segment` column and a column per question
    /// (or, with `question`/`spørgsmål` and `answer`/`svar` columns, one row per answer). A
    /// question whose answers are all numbers gets its mean per segment; any other, its counts.
    static func summarise(_ csv: CSVTable, segments plan: [Segment]) -> Result<MaterialTable, MaterialProblems> {
        let header = csv.rows[0].map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() }
        let decimalComma = csv.separator != ","
        guard let segmentColumn = header.firstIndex(of: "segment") else { return .failure(MaterialProblems([])) }
        let questionColumn = header.firstIndex { ["question", "spørgsmål", "spoergsmaal"].contains($0) }
        let answerColumn = header.firstIndex { ["answer", "svar"].contains($0) }
        // Every answer: its question, its segment's column, its text.
        var questions: [String] = []
        var answers: [String: [(segment: Int, text: String)]] = [:]
        var segments: [String] = []
        var respondents: [Int] = []
        func column(of given: String) -> Int {
            let segment = given.trimmingCharacters(in: .whitespaces)
            let name = segment.isEmpty ? "–" : segmentName(segment, plan)
            if let k = segments.firstIndex(of: name) { return k }
            segments.append(name)
            respondents.append(0)
            return segments.count - 1
        }
        func add(_ question: String, _ segment: Int, _ given: String) {
            let text = given.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return }
            if answers[question] == nil { questions.append(question) }
            answers[question, default: []].append((segment, text))
        }
        for row in csv.rows.dropFirst() {
            let s = column(of: row[segmentColumn].text)
            respondents[s] += 1
            if let q = questionColumn, let a = answerColumn {
                add(row[q].text, s, row[a].text)
            } else {
                for (k, cell) in row.enumerated() where k != segmentColumn && !header[k].isEmpty {
                    add(csv.rows[0][k].text.trimmingCharacters(in: .whitespaces), s, cell.text)
                }
            }
        }
        var charts: [MaterialChart] = []
        var means = MaterialChart(title: nil, measure: .mean, rows: [], fullScale: [])
        var meansAt: Int?
        var top = 0.0
        for question in questions {
            let given = answers[question] ?? []
            let numbers = given.map { MaterialReader.number($0.text, decimalComma: decimalComma) }
            if numbers.allSatisfy({ $0 != nil }) {
                var sums = Array(repeating: 0.0, count: segments.count), counts = Array(repeating: 0, count: segments.count)
                for (answer, value) in zip(given, numbers) {
                    sums[answer.segment] += value ?? 0
                    counts[answer.segment] += 1
                    top = max(top, value ?? 0)
                }
                let values = segments.indices.map { counts[$0] > 0 ? sums[$0] / Double(counts[$0]) : nil }
                means.rows.append(MaterialChart.Row(label: question, values: values))
                if meansAt == nil { meansAt = charts.count }
                continue
            }
            var order: [String] = []
            var counts: [String: [Int]] = [:]
            var perSegment = Array(repeating: 0, count: segments.count)
            for answer in given {
                if counts[answer.text] == nil { order.append(answer.text); counts[answer.text] = Array(repeating: 0, count: segments.count) }
                counts[answer.text]?[answer.segment] += 1
                perSegment[answer.segment] += 1
            }
            let full = perSegment.map(Double.init)
            guard order.count <= maximumAnswers else {
                charts.append(MaterialChart(title: question, measure: .count, rows: [], freeTextAnswers: given.count, fullScale: full))
                continue
            }
            let total = { (answer: String) in (counts[answer] ?? []).reduce(0, +) }
            let sorted = order.enumerated().sorted { a, b in
                total(a.element) != total(b.element) ? total(a.element) > total(b.element) : a.offset < b.offset
            }.map(\.element)
            let rows = sorted.map { answer in MaterialChart.Row(label: answer, values: (counts[answer] ?? []).map { Double($0) }) }
            charts.append(MaterialChart(title: question, measure: .count, rows: rows, fullScale: full))
        }
        if let at = meansAt {
            means.fullScale = Array(repeating: top, count: segments.count)
            charts.insert(means, at: at)
        }
        let long = questionColumn != nil && answerColumn != nil
        return .success(MaterialTable(segments: segments, charts: charts, respondents: long ? nil : respondents))
    }

    /// A segment as the plan names it, when the file gives its key ("BUU" → "Børne- og Ungdomsudvalget").
    static func segmentName(_ text: String, _ plan: [Segment]) -> String {
        plan.first { $0.key.caseInsensitiveCompare(text) == .orderedSame }?.name ?? text
    }
}
