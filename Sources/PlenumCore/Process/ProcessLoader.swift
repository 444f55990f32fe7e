/// Turns the text of a process file into a `ProcessFile`, or the sentences (with their places) that
/// say why not. The plans the days name are read by the caller (PlenumCore touches no disk).
public enum ProcessLoader {
    /// What loading a process file gave.
    public struct Outcome: Sendable {
        /// The process, when it has no errors.
        public var process: ProcessFile?
        /// Errors and warnings in file order.
        public var diagnostics: [Diagnostic]
    }

    /// Whether `text` is a process file rather than a plan: TOML with `days`, `phases` or
    /// `milestones` at the top and no `blocks`.
    public static func isProcess(_ text: String) -> Bool {
        guard let root = try? TOMLDocument.parse(text) else { return false }
        return root["blocks"] == nil && (root["days"] != nil || root["phases"] != nil || root["milestones"] != nil)
    }

    public static func load(text: String, defaultLanguage: Language) -> Outcome {
        let root: TOMLNode
        do {
            root = try TOMLDocument.parse(text)
        } catch {
            return Outcome(process: nil, diagnostics: [syntaxProblem(error, in: text, defaultLanguage: defaultLanguage)])
        }
        var reader = ProcessReader(defaultLanguage: defaultLanguage)
        let process = reader.read(root)
        let diagnostics = PlanLoader.inFileOrder(reader.diagnostics)
        return Outcome(process: diagnostics.hasErrors ? nil : process, diagnostics: diagnostics)
    }

    /// Why `text` is not TOML at all (in the language it declares, else `defaultLanguage`), or nil
    /// when it is TOML.
    public static func syntaxProblem(in text: String, defaultLanguage: Language) -> Diagnostic? {
        do {
            _ = try TOMLDocument.parse(text)
            return nil
        } catch {
            return syntaxProblem(error, in: text, defaultLanguage: defaultLanguage)
        }
    }

    private static func syntaxProblem(_ error: TOMLDocument.SyntaxError, in text: String, defaultLanguage: Language) -> Diagnostic {
        let says = (Language.declared(in: text[...]) ?? defaultLanguage).planMessages
        let message = says.notTOML(error.stop.map(says.syntaxStop) ?? PlanLoader.explain(error.message, says))
        return Diagnostic(.error, message, at: error.position)
    }
}

/// Reads a process file's TOML tree, collecting every problem with its place. It borrows the plan
/// reader's typed readers, so a process and a plan say the same sentence for the same mistake.
struct ProcessReader {
    private var values: PlanReader
    private var extra: [Diagnostic] = []
    var diagnostics: [Diagnostic] { values.diagnostics + extra }

    init(defaultLanguage: Language) {
        values = PlanReader(defaultLanguage: defaultLanguage)
    }

    mutating func read(_ root: TOMLNode) -> ProcessFile? {
        let language = values.readLanguage(root)
        values.language = language
        values.checkKeys(root, allowed: ProcessFile.topKeys, context: says.theProcess)
        let title = values.text(root, "title", in: says.theProcess)
        if title == nil, root["title"] == nil {
            error(says.processNoTitle, nil)
        }
        let notes = values.text(root, "notes", in: says.theProcess)
        let phases = readPhases(root)
        let milestones = readMilestones(root)
        let days = readDays(root, phases: phases)
        if days.isEmpty, phases.isEmpty, milestones.isEmpty {
            error(says.processEmpty, nil)
        }
        guard let title else { return nil }
        return ProcessFile(title: title, language: language, notes: notes, phases: phases,
                           milestones: milestones, days: days)
    }

    private mutating func readPhases(_ root: TOMLNode) -> [ProcessFile.Phase] {
        guard let elements = values.tables(root["phases"], key: "phases") else { return [] }
        var result: [ProcessFile.Phase] = []
        var seen = Set<String>()
        for (i, node) in elements.enumerated() {
            let context = says.phase(i + 1)
            values.checkKeys(node, allowed: ProcessFile.phaseKeys, context: context)
            guard let title = values.text(node, "title", in: context, required: true) else { continue }
            if !seen.insert(title).inserted { error(says.twoPhasesCalled(title), node) }
            let from = date(node, "from", in: context)
            let to = date(node, "to", in: context)
            var span: DateSpan?
            if let from, let to {
                if to < from { error(says.phaseEndsBeforeStart(title, from: from, to: to), node["to"]) }
                span = DateSpan(from: from, to: to)
            } else if from != nil || to != nil {
                error(says.phaseNeedsBoth(title), node["from"] ?? node["to"])
            } else {
                span = PeriodText.read(title, year: nil)?.span
            }
            result.append(ProcessFile.Phase(title: title, span: span, notes: values.text(node, "notes", in: context),
                                            position: node.position))
        }
        return result
    }

    private mutating func readMilestones(_ root: TOMLNode) -> [ProcessFile.Milestone] {
        guard let elements = values.tables(root["milestones"], key: "milestones") else { return [] }
        var result: [ProcessFile.Milestone] = []
        for (i, node) in elements.enumerated() {
            let context = says.milestone(i + 1)
            values.checkKeys(node, allowed: ProcessFile.milestoneKeys, context: context)
            let title = values.text(node, "title", in: context, required: true)
            let day = date(node, "date", in: context)
            if node["date"] == nil { error(says.milestoneNoDate(context), node) }
            guard let title, let day else { continue }
            result.append(ProcessFile.Milestone(title: title, date: day, notes: values.text(node, "notes", in: context),
                                                position: node.position))
        }
        return result
    }

    private mutating func readDays(_ root: TOMLNode, phases: [ProcessFile.Phase]) -> [ProcessFile.Day] {
        guard let elements = values.tables(root["days"], key: "days") else { return [] }
        var result: [ProcessFile.Day] = []
        for (i, node) in elements.enumerated() {
            let context = says.day(i + 1)
            values.checkKeys(node, allowed: ProcessFile.dayKeys, context: context)
            guard let plan = values.text(node, "plan", in: context, required: true) else { continue }
            let stem = String((plan.split(separator: "/").last ?? Substring(plan)).prefix { $0 != "." })
            let id = values.text(node, "id", in: context) ?? (stem.isEmpty ? "\(i + 1)" : stem)
            if result.contains(where: { $0.id == id }) {
                error(says.twoDaysWithID(id), node["id"] ?? node["plan"])
            }
            let phase = values.text(node, "phase", in: context)
            if let phase, !phases.contains(where: { $0.title == phase }) {
                error(says.dayInUnknownPhase(context, phase: phase) + values.didYouMean(phase, in: phases.map(\.title)),
                      node["phase"])
            }
            result.append(ProcessFile.Day(id: id, plan: plan, session: values.text(node, "session", in: context),
                                          phase: phase, position: node.position, planPosition: node["plan"]?.position))
        }
        return result
    }

    /// A TOML date (2019-03-11), or text written the same way.
    private mutating func date(_ node: TOMLNode, _ key: String, in context: String) -> PlanDate? {
        guard let value = node[key] else { return nil }
        switch value.value {
        case .date(let d):
            let day = PlanDate(year: d.year, month: d.month, day: d.day)
            if day.isValid { return day }
        case .string(let s):
            let parts = s.split(separator: "-").map { Int($0) }
            if s.count == 10, parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2] {
                let day = PlanDate(year: y, month: m, day: d)
                if day.isValid { return day }
            }
        default:
            break
        }
        error(says.notADay(key, of: context), value)
        return nil
    }

    /// The sentences, in the process's language (the default until `language` is read).
    private var says: any PlanMessages { values.says }

    private mutating func error(_ message: String, _ node: TOMLNode?) {
        extra.append(Diagnostic(.error, message, at: node?.position))
    }
}
