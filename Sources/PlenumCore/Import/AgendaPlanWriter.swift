/// Writes one day of an imported agenda as a plan file: a comment at the top that lists what was
/// guessed (kinds, lengths, afternoon times, anchors, tables, days, warnings), then plain TOML that
/// `plenum check` accepts: texts are cut to what `PlanLimits` allows.
public enum AgendaPlanWriter {
    /// The plan for day `dayIndex`; `source` names the input in the comment, `files` the plan files
    /// of all days (for "the next day is in …"), empty when written to standard output.
    public static func plan(_ agenda: ImportedAgenda, day dayIndex: Int, source: String, files: [String] = []) -> String {
        let day = agenda.days[dayIndex]
        let words = agenda.language.imported
        var out: [String] = []
        out.append("# " + words.header(source))
        out += guesses(agenda, day: dayIndex, files: files, words: words).map {
            ($0.hasPrefix("  ") ? "#     " : "#   - ") + oneLine($0)
        }
        // A day's warnings are those from its first block's line up to the next day's first block.
        let lower = dayIndex == 0 ? 0 : (day.blocks.map(\.line).min() ?? 0)
        let upper = agenda.days.indices.contains(dayIndex + 1)
            ? (agenda.days[dayIndex + 1].blocks.map(\.line).min() ?? Int.max) : Int.max
        let dayWarnings = agenda.warnings.filter { warning in
            guard let line = warning.position?.line else { return dayIndex == 0 }
            return line >= lower && line < upper
        }
        if !dayWarnings.isEmpty {
            out.append("# " + words.warningsHeading)
            out += dayWarnings.prefix(maximumWarnings).map { "#   - " + oneLine(words.line($0.position?.line) + $0.message) }
            if dayWarnings.count > maximumWarnings { out.append("#   - …") }
        }
        out.append("")
        out.append("title    = " + quoted(fit(title(agenda, day: dayIndex, words: words), PlanLimits.titleLength)))
        if let date = day.date { out.append("date     = \(date)") }
        out.append("start    = " + quoted("\(day.start)"))
        if let end = day.end, end >= dayEnd(day) { out.append("end      = " + quoted("\(end)")) }
        out.append("language = " + quoted(agenda.language.rawValue))
        if let venue = agenda.venue { out.append("venue    = " + quoted(fit(venue, PlanLimits.titleLength))) }
        let notes = planNotes(agenda, day: dayIndex, words: words)
        if !notes.isEmpty { out.append("notes    = " + quoted(fit(notes.joined(separator: "\n"), PlanLimits.notesLength))) }
        if day.blocks.contains(where: { $0.kind == .groups || $0.present != nil }) {
            out.append("")
            out.append("[tables]                       # " + words.tablesComment)
            out.append("count  = 4")
            out.append("groups = 2")
        }
        for block in day.blocks {
            out.append("")
            out.append("[[blocks]]")
            out.append("title   = " + quoted(fit(block.title, PlanLimits.titleLength)))
            out.append("kind    = " + quoted(block.kind.rawValue))
            out.append("minutes = \(min(max(block.minutes, 1), PlanLimits.dayMinutes))")
            if let at = block.at { out.append("at      = " + quoted("\(at)")) }
            if let formation = block.formation { out.append("formation = " + quoted(formation.rawValue)) }
            if let present = block.present { out.append("present = " + quoted(present.rawValue)) }
            if !block.cards.isEmpty {
                out.append("cards   = [")
                out += block.cards.map { "    " + quoted($0) + "," }
                out.append("]")
            }
            if let minutes = block.cardMinutes, !block.cards.isEmpty { out.append("card_minutes = \(minutes)") }
            if let carried = block.carried, agenda.isProcess {
                let ids = carried.days.compactMap { agenda.days[$0].id }.map(quoted)
                let key = block.kind == .groups && block.cards.isEmpty ? "cards_from" : "material_from"
                let day = ids.count == 1 ? ids[0] : "[" + ids.joined(separator: ", ") + "]"
                out.append("\(key) = { day = \(day), what = \"\(carried.what.rawValue)\" }")
            }
            if !block.notes.isEmpty { out.append("notes   = " + quoted(fit(block.notes.joined(separator: "\n"), PlanLimits.notesLength))) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Warnings listed in a plan's comment; the rest are on standard error.
    static let maximumWarnings = 100

    /// `text` cut to `limit` characters (ending in "…"), so the plan stays within `PlanLimits`.
    static func fit(_ text: String, _ limit: Int) -> String {
        guard text.unicodeScalars.count > limit, text.prefix(limit + 1).count > limit else { return text }
        return String(text.prefix(limit - 1)).trimmingWhitespace + "…"
    }

    /// When the day's last block ends.
    static func dayEnd(_ day: ImportedDay) -> ClockTime {
        var cursor = day.start
        for block in day.blocks { cursor = (block.at ?? cursor) + block.minutes }
        return cursor
    }

    private static func title(_ agenda: ImportedAgenda, day: Int, words: ImportWords) -> String {
        if let name = agenda.days[day].name, agenda.days.count > 1 || agenda.isProcess { return name }
        // A day of a process that is one workshop is called by it ("Kick-off for direktion og chefer").
        if agenda.isProcess, agenda.days[day].blocks.count == 1 { return agenda.days[day].blocks[0].title }
        let base = agenda.title ?? words.defaultTitle
        guard agenda.days.count > 1 else { return base }
        return base + " – " + (agenda.days[day].label ?? words.dayNumber(day + 1))
    }

    private static func planNotes(_ agenda: ImportedAgenda, day dayIndex: Int, words: ImportWords) -> [String] {
        let day = agenda.days[dayIndex]
        var notes: [String] = []
        if dayIndex == 0 { notes += agenda.preamble }
        if agenda.days.count == 1, !agenda.isProcess { notes += [day.name, day.label].compactMap { $0 } }
        notes += day.notes
        if dayIndex == 0, !agenda.processSteps.isEmpty, !agenda.isProcess {
            notes.append(words.processHeading)
            notes += agenda.processSteps
        }
        return notes
    }

    private static func guesses(_ agenda: ImportedAgenda, day dayIndex: Int, files: [String],
                                words: ImportWords) -> [String] {
        let day = agenda.days[dayIndex]
        var result: [String] = []
        result.append(words.kindsHeading)
        for block in day.blocks {
            result.append("  " + words.kind(block))
        }
        for block in day.blocks where block.lastsUntilNextTime {
            result.append(words.lastsUntilNext(block))
        }
        result += day.afternoonReadings.map(words.afternoon)
        for block in day.blocks {
            if let at = block.at { result.append(words.anchor(block, at: at)) }
        }
        if let heading = agenda.columnHeading { result.append(words.columns(heading.names, line: heading.line)) }
        for block in day.blocks {
            if block.formation == .table { result.append(words.merge(block)) }
            if let present = block.present { result.append(words.present(block, present)) }
        }
        for block in day.blocks {
            guard let carried = block.carried, agenda.isProcess else { continue }
            result.append(words.carried(block, from: carried.days.compactMap { agenda.days[$0].name }, what: carried.what))
        }
        for list in agenda.questionLists where day.blocks.contains(where: { $0.title == list.block && !$0.cards.isEmpty }) {
            result.append(words.questions(list))
        }
        if day.blocks.contains(where: { $0.kind == .groups || $0.present != nil }) { result.append(words.tablesGuess) }
        if let end = day.end { result.append(words.endOfDay(end)) }
        if let yearless = day.dateWithoutYear { result.append(words.yearMissing(yearless)) }
        if agenda.days.count > 1 {
            result.append(words.days(dayIndex + 1, of: agenda.days.count, label: day.label, files: files))
        }
        result.append(words.language(agenda.language))
        return result
    }

    /// A TOML basic string: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Text for a comment line: no line breaks.
    private static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}
