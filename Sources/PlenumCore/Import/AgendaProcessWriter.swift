/// Writes an imported process as a process file (see docs/process-format.md): a comment that lists
/// what was guessed (phases from periods, milestones from dates without times, one plan per day),
/// then the phases, the milestones and the days, which `plenum check` accepts.
public enum AgendaProcessWriter {
    /// The process file; `planFiles` are the names of the days' plans, relative to it.
    public static func process(_ agenda: ImportedAgenda, source: String, planFiles: [String]) -> String {
        let words = agenda.language.imported
        let quoted = AgendaPlanWriter.quoted
        var comment = [words.header(source)]
        for phase in agenda.phases {
            comment.append(words.phase(phase.title, line: phase.line, span: phase.span))
        }
        let dated = agenda.milestones.filter { $0.date != nil }
        if !dated.isEmpty { comment.append(words.milestones(dated.map(\.line))) }
        if !planFiles.isEmpty { comment.append(words.planPerDay(planFiles)) }
        var out = ["# " + comment[0]] + comment.dropFirst().map { "#   - " + $0.map { $0.isNewline ? " " : $0 } }
        out.append("")
        out.append("title    = " + quoted(agenda.title ?? words.defaultTitle))
        out.append("language = " + quoted(agenda.language.rawValue))
        let covered = Set(dated.map(\.text))
        let notes = agenda.processSteps.filter { !covered.contains($0) }
        if !notes.isEmpty { out.append("notes    = " + quoted(notes.joined(separator: "\n"))) }
        for phase in agenda.phases {
            out += ["", "[[phases]]", "title = " + quoted(phase.title)]
            if let span = phase.span { out += ["from  = \(span.from)", "to    = \(span.to)"] }
            if !phase.notes.isEmpty { out.append("notes = " + quoted(phase.notes.joined(separator: "\n"))) }
        }
        for milestone in dated {
            guard let date = milestone.date else { continue }
            out += ["", "[[milestones]]", "date  = \(date)", "title = " + quoted(milestone.title)]
        }
        for (day, file) in zip(agenda.days, planFiles) {
            out += ["", "[[days]]"]
            if let id = day.id { out.append("id    = " + quoted(id)) }
            out.append("plan  = " + quoted(file))
            // A day written under a phase is in it, unless its date falls outside the phase's span.
            if let name = day.phase, let phase = agenda.phases.first(where: { $0.title == name }),
               day.date.flatMap({ date in phase.span.map { $0.contains(date) } }) ?? true {
                out.append("phase = " + quoted(name))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
