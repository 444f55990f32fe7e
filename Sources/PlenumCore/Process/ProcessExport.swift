/// `plenum export PROCESS`: the process calendar (ics: each day at its planned times, each milestone
/// and phase as whole days, with UIDs that stay the same so importing again updates) and its report
/// (md, html: the timeline with every day's state, then the learning side by side).
public struct ProcessExport {
    /// The formats a process exports to.
    public enum Format: String, Sendable, CaseIterable {
        case ics, md, html
    }

    let timeline: ProcessTimeline
    let text: ProcessText
    var words: ProcessWords { text.words }

    public init(_ timeline: ProcessTimeline) {
        self.timeline = timeline
        text = ProcessText(timeline)
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .ics: return calendar()
        case .md: return markdown()
        case .html: return html()
        }
    }

    // MARK: - Calendar

    private func calendar() -> String {
        let process = timeline.process
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//plenum//plenum//\(process.language.rawValue.uppercased())",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + ICSExport.text(process.title)]
        let stamp = compact(timeline.today) + "T000000Z"
        let base = "plenum-process-" + Self.stableID(process.title)
        func event(_ uid: String, _ start: String, _ end: String, _ summary: String, _ about: [String]) {
            lines += ["BEGIN:VEVENT", "UID:\(base)-\(uid)@plenum", "DTSTAMP:\(stamp)", start, end,
                      "SUMMARY:" + ICSExport.text(summary)]
            if !about.isEmpty { lines.append("DESCRIPTION:" + ICSExport.text(about.joined(separator: "\n"))) }
            lines.append("END:VEVENT")
        }
        for day in timeline.days {
            guard let date = day.date else { continue }
            let about = [words.state(day.state), day.day.plan] + [day.plan?.venue].compactMap { $0 }
            if let plan = day.plan, let first = Schedule.plan(plan).entries.first, let last = Schedule.plan(plan).entries.last {
                event("day-" + Self.stableID(day.day.id), "DTSTART:\(compact(date))T\(clock(first.start))",
                      "DTEND:\(compact(date))T\(clock(last.end))", day.title, about)
            } else {
                event("day-" + Self.stableID(day.day.id), "DTSTART;VALUE=DATE:\(compact(date))",
                      "DTEND;VALUE=DATE:\(compact(date.adding(days: 1)))", day.title, about)
            }
        }
        for milestone in timeline.process.milestones {
            event("milestone-" + Self.stableID(milestone.title + "\(milestone.date)"),
                  "DTSTART;VALUE=DATE:\(compact(milestone.date))", "DTEND;VALUE=DATE:\(compact(milestone.date.adding(days: 1)))",
                  milestone.title, [words.milestone] + [milestone.notes].compactMap { $0 })
        }
        for phase in timeline.process.phases {
            guard let span = phase.span else { continue }
            event("phase-" + Self.stableID(phase.title), "DTSTART;VALUE=DATE:\(compact(span.from))",
                  "DTEND;VALUE=DATE:\(compact(span.to.adding(days: 1)))", phase.title,
                  [words.phase] + [phase.notes].compactMap { $0 })
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICSExport.fold).joined(separator: "\r\n") + "\r\n"
    }

    private func compact(_ date: PlanDate) -> String { date.description.replacingOccurrences(of: "-", with: "") }
    private func clock(_ time: ClockTime) -> String { String(format2: time.minutes / 60 % 24) + String(format2: time.minutes % 60) + "00" }

    /// A short id made of the text's FNV-1a hash: the same text gives the same UID in every export.
    static func stableID(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    // MARK: - Report

    /// One row of the timeline as the report's table shows it: date, time, what, state.
    private func cells(_ row: ProcessTimeline.Row) -> (date: String, time: String, what: String, state: String, strong: Bool) {
        let when: (PlanDate?) -> String = { $0.map { "\($0) \(self.words.weekday($0))" } ?? self.words.undated }
        switch row.item {
        case .phase(let phase):
            return (phase.span.map(words.span) ?? "", "", "\(words.phase): \(phase.title)" + (phase.notes.map { " — " + $0 } ?? ""), "", true)
        case .day(let day):
            return (when(day.date), day.span ?? "", day.title, words.state(day.state), false)
        case .milestone(let milestone):
            return (when(milestone.date), "", "◆ " + milestone.title, words.milestone, false)
        case .today(let date):
            return (when(date), "", "▶ " + words.today, "", true)
        }
    }

    private func markdown() -> String {
        let process = timeline.process
        var out = "# \(MarkdownExport.escape(process.title))\n\n_\(words.counts(process, days: timeline.days.count))_\n\n"
        if let notes = process.notes { out += MarkdownExport.escape(notes) + "\n\n" }
        out += "## \(words.timeline)\n\n| \(words.dateHeader) | \(words.timeHeader) | \(words.whatHeader) | \(words.stateHeader) |\n|---|---|---|---|\n"
        for row in timeline.rows {
            let c = cells(row)
            let what = (row.depth > 0 ? "↳ " : "") + MarkdownExport.escape(c.what)
            out += "| \(c.date) | \(c.time) | \(c.strong ? "**\(what)**" : what) | \(c.state) |\n"
        }
        out += "\n## \(words.learning)\n\n"
        let learning = text.learning
        guard !learning.isEmpty else { return out + words.nothingHeld + "\n" }
        out += "| \(words.theme) | " + learning.columns.map { MarkdownExport.escape($0.title) }.joined(separator: " | ") + " |\n"
        out += "|---|" + String(repeating: "---|", count: learning.columns.count) + "\n"
        for row in learning.rows {
            let cells = row.cells.map { cell -> String in
                guard let cell else { return words.noLearning }
                return ([ProcessLearning.summary(cell, words: words)]
                        + cell.quickWins.map { "★ " + ProcessLearning.describe($0, words: words) })
                    .map(MarkdownExport.escape).joined(separator: "<br>")
            }
            out += "| **\(MarkdownExport.escape(row.theme ?? words.noTheme))** | " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    private func html() -> String {
        let process = timeline.process
        let e = HTMLExport.escape
        let style = "\n.held{color:#2e7d32}.rehearsed{color:#1565c0}.milestone{color:#b35a00}.today{background:#ffe08a}"
            + ".phase{font-weight:600;background:#f3f3f3}\ntable.learning{border-collapse:collapse;width:100%}"
            + ".learning th,.learning td{border:1px solid #e3e3e3;padding:.3rem .5rem;vertical-align:top;text-align:left}\n"
        var out = HTMLExport.pageStart(title: process.title, language: process.language, style: style)
        out += "<p class=\"meta\">\(e(words.counts(process, days: timeline.days.count)))</p>\n"
        if let notes = process.notes { out += "<p class=\"meta\">\(e(notes))</p>\n" }
        out += "</header>\n<section>\n<h2>\(e(words.timeline))</h2>\n<table class=\"agenda\">\n<tr><th>\(e(words.dateHeader))</th>"
            + "<th>\(e(words.timeHeader))</th><th>\(e(words.whatHeader))</th><th>\(e(words.stateHeader))</th></tr>\n"
        for row in timeline.rows {
            let c = cells(row)
            let css: String
            switch row.item {
            case .phase: css = "phase"
            case .day(let day): css = day.state.rawValue
            case .milestone: css = "milestone"
            case .today: css = "today"
            }
            let indent = row.depth > 0 ? "&nbsp;&nbsp;" : ""
            out += "<tr class=\"\(css)\"><td>\(e(c.date))</td><td>\(e(c.time))</td><td>\(indent)\(e(c.what))</td><td>\(e(c.state))</td></tr>\n"
        }
        out += "</table>\n</section>\n<section>\n<h2>\(e(words.learning))</h2>\n"
        let learning = text.learning
        if learning.isEmpty {
            out += "<p>\(e(words.nothingHeld))</p>\n"
        } else {
            out += "<table class=\"learning\">\n<tr><th>\(e(words.theme))</th>"
                + learning.columns.map { "<th>\(e($0.title))</th>" }.joined() + "</tr>\n"
            for row in learning.rows {
                out += "<tr><th>\(e(row.theme ?? words.noTheme))</th>"
                for cell in row.cells {
                    guard let cell else { out += "<td>\(e(words.noLearning))</td>"; continue }
                    out += "<td><span class=\"votes\">\(e(ProcessLearning.summary(cell, words: words)))</span>"
                    if !cell.quickWins.isEmpty {
                        out += "<ul>" + cell.quickWins.map { "<li><span class=\"qw\">★</span> \(e(ProcessLearning.describe($0, words: words)))</li>" }.joined() + "</ul>"
                    }
                    out += "</td>"
                }
                out += "</tr>\n"
            }
            out += "</table>\n"
        }
        return out + "</section>\n<footer>\(e(process.language.export.made))</footer>\n</body>\n</html>\n"
    }
}
