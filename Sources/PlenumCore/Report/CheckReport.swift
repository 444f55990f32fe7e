/// `plenum check PLAN`: the planned day as a readable table in the plan's language, laid out by
/// terminal width (Danish and wide characters included).
public struct CheckReport {
    let plan: Plan
    let schedule: Schedule
    let date: PlanDate
    let width: Int
    let words: ReportWords

    public init(plan: Plan, schedule: Schedule, date: PlanDate, width: Int = 100) {
        self.plan = plan
        self.schedule = schedule
        self.date = date
        self.width = max(width, 60)
        self.words = plan.language.report
    }

    // Column widths: number, time range, minutes, kind; then title and details share the rest.
    private let numberWidth = 3, timeWidth = 11, minutesWidth = 4, kindWidth = 9
    private var fixedWidth: Int { numberWidth + timeWidth + minutesWidth + kindWidth + 8 }
    private var titleWidth: Int { min(40, max(20, (width - fixedWidth) / 2)) }
    private var detailsWidth: Int { max(10, width - fixedWidth - titleWidth - 2) }

    /// The whole report, one line per element, ending with a newline.
    public func render() -> String {
        var lines = header()
        lines.append("")
        lines.append(row(number: "#", time: words.time, minutes: words.minutesHeader, kind: words.kindHeader,
                         title: words.titleHeader, details: words.detailsHeader).first ?? "")
        for entry in schedule.entries {
            lines += blockLines(entry, number: "\(entry.index + 1)", titleIndent: 0)
        }
        lines.append("")
        var footer = words.dayEnds(schedule.end)
        if let spare = schedule.minutesToSpare(plan), let end = plan.end {
            footer += " · " + words.spare(spare, end: end)
        }
        lines.append(footer)
        return lines.map { $0.trailingSpacesRemoved }.joined(separator: "\n") + "\n"
    }

    private func header() -> [String] {
        var lines = DisplayWidth.wrap(plan.title, to: width)
        var second = [words.longDate(date), "\(schedule.start)–\(schedule.end)"]
        if let venue = plan.venue { second.append(venue) }
        lines.append(second.joined(separator: " · "))
        var third: [String] = []
        if !plan.tables.isEmpty {
            let groups = plan.tables.map(\.groups).max() ?? 1
            third.append(words.tables(plan.tables.count, groups: groups))
        }
        if !plan.participants.isEmpty {
            third.append(words.participants(plan.participants.count, segments: plan.segments.count))
        }
        let hosts = plan.people.filter(\.isHost).count
        if hosts > 0 { third.append(words.hosts(hosts)) }
        if !third.isEmpty { lines.append(third.joined(separator: " · ")) }
        return lines
    }

    private func blockLines(_ e: Schedule.Entry, number: String, titleIndent: Int) -> [String] {
        let b = e.block
        var details: [String] = []
        if let at = b.at { details.append(words.fixed(at)) }
        if e.slackBefore > 0 { details.append(words.slack(e.slackBefore)) }
        if let f = b.formation { details.append(words.formation(f)) }
        if let interval = b.cardMinutes, !b.cards.isEmpty { details.append(words.cards(b.cards.count, every: interval)) }
        if let first = e.slices.first { details.append(words.presenters(e.slices.count, seconds: first.seconds)) }
        if let first = e.rounds.first { details.append(words.rounds(e.rounds.count, seconds: first.seconds)) }
        if !b.capture.isEmpty { details.append(words.capture + ": " + b.capture.joined(separator: ", ")) }
        var lines = row(number: number, time: "\(e.start)–\(e.end)", minutes: "\(e.minutes)",
                        kind: words.kind(b.kind), title: b.title, details: details.joined(separator: " · "),
                        titleIndent: titleIndent)
        for (i, (text, due)) in zip(b.cards, e.cardTimes).enumerated() {
            lines += subRows(time: due.description, label: words.card(i + 1), text: text)
        }
        for slice in e.slices {
            let start = e.start.minutes * 60 + slice.offsetSeconds
            lines += subRows(time: Self.clock(seconds: start), label: "", text: slice.presenter)
        }
        for (i, round) in e.rounds.enumerated() {
            let visits = b.stations.compactMap { station -> String? in
                round.visits.first { $0.station == station }.map { "\(station): \(shortLabel($0.group))" }
            }
            let start = e.start.minutes * 60 + round.offsetSeconds
            lines += subRows(time: Self.clock(seconds: start), label: words.round(i + 1),
                             text: visits.joined(separator: " · "))
        }
        for (t, track) in e.tracks.enumerated() {
            var about = [words.track(track.track.title)]
            if let room = track.track.room { about.append(words.room(room)) }
            if !track.track.tables.isEmpty { about.append(track.track.tables.joined(separator: ", ")) }
            lines += subRows(time: "", label: "", text: about.joined(separator: " · "), indent: titleIndent)
            let letter = TrackLetters.letter(t)
            for inner in track.entries {
                lines += blockLines(inner, number: "\(letter)\(inner.index + 1)", titleIndent: titleIndent + 2)
            }
        }
        return lines
    }

    /// "Bord 2/1" (table 2, group 1), or just "Bord 2" for a table that is one group.
    private func shortLabel(_ group: GroupRef) -> String {
        plan.tables.first { $0.name == group.table }?.groups == 1 ? group.table : "\(group.table)/\(group.group)"
    }

    private func row(number: String, time: String, minutes: String, kind: String,
                     title: String, details: String, titleIndent: Int = 0) -> [String] {
        let left = DisplayWidth.pad(number, to: numberWidth, right: true) + "  "
            + DisplayWidth.pad(time, to: timeWidth) + "  "
            + DisplayWidth.pad(minutes, to: minutesWidth, right: true) + "  "
            + DisplayWidth.pad(kind, to: kindWidth) + "  "
        let indent = String(repeating: " ", count: titleIndent)
        let titleLines = DisplayWidth.wrap(title, to: titleWidth - titleIndent).map { indent + $0 }
        let detailLines = details.isEmpty ? [] : DisplayWidth.wrap(details, to: detailsWidth)
        let blank = String(repeating: " ", count: DisplayWidth.of(left))
        return (0..<max(titleLines.count, detailLines.count, 1)).map { i in
            let t = i < titleLines.count ? titleLines[i] : ""
            let d = i < detailLines.count ? detailLines[i] : ""
            return (i == 0 ? left : blank) + DisplayWidth.pad(t, to: titleWidth) + "  " + d
        }
    }

    /// A line under a block (a card, a round, a presenter, a track), wrapped under the title column.
    private func subRows(time: String, label: String, text: String, indent: Int = 0) -> [String] {
        let left = String(repeating: " ", count: numberWidth + 2) + DisplayWidth.pad(time, to: timeWidth) + "  "
            + String(repeating: " ", count: minutesWidth + 2) + DisplayWidth.pad(label, to: kindWidth) + "  "
            + String(repeating: " ", count: indent)
        let blank = String(repeating: " ", count: DisplayWidth.of(left))
        return DisplayWidth.wrap(text, to: max(10, width - DisplayWidth.of(left))).enumerated().map { i, line in
            (i == 0 ? left : blank) + line
        }
    }

    /// "HH:MM" for seconds after midnight, to the nearest minute (a half minute rounds up): a
    /// programme reads in minutes, never "20:22:30".
    static func clock(seconds: Int) -> String {
        ClockTime(minutes: (seconds + 30) / 60).description
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
