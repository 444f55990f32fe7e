import Foundation

/// A block's basis (its material: a survey summarised per segment, or a text) and its evaluation
/// (the distribution and mean of each rated question), as every export writes them.
public enum BasisExport {
    /// The minutes' lines: "**Grundlag: survey.csv**" with a table per question (or the text
    /// quoted), then "**Evaluering**" with a row per question.
    static func markdown(_ block: Block, tallies: [RatingTally], words: ExportWords) -> [String] {
        var out: [String] = []
        let esc = MarkdownExport.escape
        if let material = block.material {
            out += ["**\(esc(words.basis(material.file)))**", ""]
            switch material.content {
            case .text(let text):
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    out.append(trimmed.isEmpty ? ">" : "> " + esc(trimmed))
                }
                out.append("")
            case .table(let table):
                if let respondents = table.respondents {
                    let parts = zip(table.segments, respondents).map { "\(esc($0)) \($1)" }
                    out += ["\(words.respondents(respondents.reduce(0, +))): " + parts.joined(separator: ", "), ""]
                }
                for chart in table.charts {
                    let title = chart.title.map(esc) ?? words.mean
                    if chart.freeTextAnswers > 0 {
                        out += ["_\(title)_: \(words.freeText(chart.freeTextAnswers))", ""]
                        continue
                    }
                    out.append("| \(title) | " + table.segments.map(esc).joined(separator: " | ") + " |")
                    out.append("|---|" + table.segments.map { _ in "---:|" }.joined())
                    for row in chart.rows {
                        out.append("| \(esc(row.label)) | " + row.values.map { $0.map { $0.materialText(words.language) } ?? "–" }.joined(separator: " | ") + " |")
                    }
                    out.append("")
                }
            }
        }
        let rated = tallies.filter { $0.total > 0 }
        if !rated.isEmpty, let scale = rated.first?.scale {
            out += ["**\(words.evaluation)**", ""]
            out.append("| \(words.question) | " + (1...scale).map { String($0) }.joined(separator: " | ") + " | \(words.answers) | \(words.mean) |")
            out.append("|---|" + String(repeating: "---:|", count: scale + 2))
            for tally in rated {
                out.append("| \(esc(tally.question)) | " + tally.counts.map { String($0) }.joined(separator: " | ")
                           + " | \(tally.total) | \(tally.mean.map { $0.materialText(words.language) } ?? "–") |")
            }
            out.append("")
        }
        return out
    }

    /// The report's part: the material as a table with bars per segment (or its text), the
    /// evaluation as a table of counts with the mean.
    static func html(_ block: Block, tallies: [RatingTally], words: ExportWords) -> String {
        var html = ""
        let user = HTMLExport.user
        if let material = block.material {
            html += "<h4>\(user(words.basis(material.file)))</h4>\n"
            switch material.content {
            case .text(let text):
                html += "<div class=\"basis\">" + text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { user(String($0)) }.joined(separator: "<br>\n") + "</div>\n"
            case .table(let table):
                if let respondents = table.respondents {
                    let parts = zip(table.segments, respondents).map { "\(user($0)) \($1)" }
                    html += "<p class=\"about\">\(words.respondents(respondents.reduce(0, +))): \(parts.joined(separator: ", "))</p>\n"
                }
                for chart in table.charts {
                    let title = chart.title.map(user) ?? words.mean
                    if chart.freeTextAnswers > 0 {
                        html += "<p><em>\(title)</em>: \(words.freeText(chart.freeTextAnswers))</p>\n"
                        continue
                    }
                    html += "<table class=\"basis\"><tr><th>\(title)</th>" + table.segments.map { "<th>\(user($0))</th>" }.joined() + "</tr>\n"
                    for row in chart.rows {
                        html += "<tr><td>\(user(row.label))</td>"
                        for (k, value) in row.values.enumerated() {
                            guard let value else { html += "<td>–</td>"; continue }
                            let percent = chart.barLength(value, column: k, width: 100)
                            html += "<td><span class=\"bar\" style=\"width:\(percent)px\"></span> \(value.materialText(words.language))</td>"
                        }
                        html += "</tr>\n"
                    }
                    html += "</table>\n"
                }
            }
        }
        let rated = tallies.filter { $0.total > 0 }
        if !rated.isEmpty, let scale = rated.first?.scale {
            html += "<h4>\(words.evaluation)</h4>\n<table class=\"basis\"><tr><th>\(words.question)</th>"
                + (1...scale).map { "<th>\($0)</th>" }.joined() + "<th>\(words.answers)</th><th>\(words.mean)</th></tr>\n"
            for tally in rated {
                let most = max(1, tally.counts.max() ?? 1)
                html += "<tr><td>\(user(tally.question))</td>" + tally.counts.map { count in
                    "<td><span class=\"bar\" style=\"width:\(count * 60 / most)px\"></span> \(count)</td>"
                }.joined() + "<td>\(tally.total)</td><td>\(tally.mean.map { $0.materialText(words.language) } ?? "–")</td></tr>\n"
            }
            html += "</table>\n"
        }
        return html
    }

    /// The report's style for these tables.
    static let style = ".basis{border-collapse:collapse;margin:.3rem 0}.basis th,.basis td{padding:.15rem .5rem;text-align:left;border-bottom:1px solid #eee}"
        + ".bar{display:inline-block;height:.7em;background:#3b7dd8;vertical-align:middle;-webkit-print-color-adjust:exact;print-color-adjust:exact}div.basis{background:#f6f6f6;padding:.4rem .8rem}"

    /// The JSON fields of a block: `material` and `ratings`.
    static func json(_ block: Block, tallies: [RatingTally]) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = []
        if let material = block.material {
            var fields: [(String, JSONValue)] = [("file", .string(material.file))]
            switch material.content {
            case .text(let text):
                fields += [("kind", .string("text")), ("text", .string(text))]
            case .table(let table):
                fields += [("kind", .string("table")), ("segments", .array(table.segments.map(JSONValue.string))),
                           ("respondents", table.respondents.map { .array($0.map(JSONValue.int)) } ?? .null),
                           ("charts", .array(table.charts.map { chart in
                               .object([("title", .optional(chart.title)), ("measure", .string(chart.measure.rawValue)),
                                        ("free_text_answers", .int(chart.freeTextAnswers)),
                                        ("rows", .array(chart.rows.map { row in
                                            .object([("label", .string(row.label)),
                                                     ("values", .array(row.values.map { $0.map { .double(($0 * 100).rounded() / 100) } ?? .null }))])
                                        }))])
                           }))]
            }
            pairs.append(("material", .object(fields)))
        }
        if !block.rate.isEmpty {
            pairs.append(("ratings", .array(tallies.map { tally in
                .object([("question", .string(tally.question)), ("scale", .int(tally.scale)),
                         ("counts", .array(tally.counts.map(JSONValue.int))), ("total", .int(tally.total)),
                         ("mean", tally.mean.map { .double(($0 * 100).rounded() / 100) } ?? .null)])
            })))
        }
        return pairs
    }
}
