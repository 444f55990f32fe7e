import Foundation

/// Turns the bytes of a plan file into a plan and its schedule, or the sentences that say why not.
///
/// Reading the file is the caller's job (PlenumCore touches no disk); everything after the bytes
/// is here: size, encoding, BOM, TOML syntax, every key, the schedule.
public enum PlanLoader {
    /// What loading a plan gave.
    public struct Outcome: Sendable {
        /// The plan, when it can be run (no errors).
        public var plan: Plan?
        public var schedule: Schedule?
        /// Errors and warnings in file order.
        public var diagnostics: [Diagnostic]
    }

    /// Plans are hand-written text; anything larger than this is not a plan.
    public static let maximumBytes = 2 * 1024 * 1024

    public static func load(_ bytes: [UInt8], defaultLanguage: Language, carried: CarriedMaterial = [:],
                            materials: MaterialFiles = [:]) -> Outcome {
        let declared = Language.declared(in: String(decoding: bytes.prefix(64 * 1024), as: UTF8.self)[...])
        switch decode(bytes, language: declared ?? defaultLanguage) {
        case .failure(let diagnostic):
            return Outcome(plan: nil, schedule: nil, diagnostics: [diagnostic])
        case .success(let text):
            return load(text: text, defaultLanguage: defaultLanguage, carried: carried, materials: materials)
        }
    }

    /// `carried` is what earlier days of the plan's process gave (for `cards_from`/`material_from`);
    /// `materials` the files the blocks name in `material`, as the caller read them.
    public static func load(text: String, defaultLanguage: Language, carried: CarriedMaterial = [:],
                            materials: MaterialFiles = [:]) -> Outcome {
        let root: TOMLNode
        do {
            root = try TOMLDocument.parse(text)
        } catch {
            let says = (Language.declared(in: text[...]) ?? defaultLanguage).planMessages
            let message = says.notTOML(error.stop.map(says.syntaxStop) ?? PlanLoader.explain(error.message, says))
            return Outcome(plan: nil, schedule: nil, diagnostics: [Diagnostic(.error, message, at: error.position)])
        }
        var reader = PlanReader(defaultLanguage: defaultLanguage)
        reader.carried = carried
        reader.materials = materials
        let plan = reader.read(root)
        var diagnostics = reader.diagnostics
        var schedule: Schedule?
        if let plan {
            let planned = Schedule.plan(plan)
            diagnostics += planned.diagnostics
            if let tooLong = PlanReader.dayLengthProblem(planned, language: plan.language) { diagnostics.append(tooLong) }
            schedule = planned
            if !diagnostics.hasErrors { diagnostics += SeatingCheck.warnings(plan, root: root) }
        }
        diagnostics = inFileOrder(diagnostics)
        let ok = !diagnostics.hasErrors
        return Outcome(plan: ok ? plan : nil, schedule: ok ? schedule : nil, diagnostics: diagnostics)
    }

    /// The text of a plan file, or why the bytes cannot be one.
    /// The sentences are in `language` (the plan's, where its text declares one).
    public static func decode(_ bytes: [UInt8], language: Language = .en) -> Result<String, Diagnostic> {
        let says = language.planMessages
        if bytes.count > maximumBytes {
            let mb = Double(bytes.count) / 1_048_576
            let size = (mb * 10).rounded() / 10
            return .failure(Diagnostic(.error, says.tooBig(megabytes: size)))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return .failure(Diagnostic(.error, says.empty))
        }
        var line = 1, column = 1
        var iterator = body.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" {
                    return .failure(Diagnostic(.error, says.nulByte,
                                               at: SourcePosition(line: line, column: column)))
                }
                scalars.append(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                break loop
            case .error:
                return .failure(Diagnostic(.error, says.notUTF8,
                                           at: SourcePosition(line: line, column: column)))
            }
        }
        return .success(String(scalars))
    }

    /// toml++'s wording, shortened to what a facilitator needs.
    static func explain(_ message: String, _ says: any PlanMessages = Language.en.planMessages) -> String {
        var text = message
        for prefix in ["Error while parsing "] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
        }
        if text.contains("unescaped control characters") {
            return says.unclosedText
        }
        return text
            .replacingOccurrences(of: "saw '\\n'", with: says.foundEndOfLine)
            .replacingOccurrences(of: "saw '\\r'", with: says.foundEndOfLine)
            .replacingOccurrences(of: "saw EOF", with: says.foundEndOfFile)
    }

    /// Problems sorted by their place in the file (those without a place first); problems in a
    /// material file come after the plan's, in the order they were found.
    public static func inFileOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            if (a.element.file == nil) != (b.element.file == nil) { return a.element.file == nil }
            if a.element.file != nil { return a.offset < b.offset }
            switch (a.element.position, b.element.position) {
            case let (p?, q?): return p == q ? a.offset < b.offset : p < q
            case (nil, nil): return a.offset < b.offset
            case (nil, _): return true
            case (_, nil): return false
            }
        }.map(\.element)
    }
}
