/// Reads a `Plan` from a TOML tree, collecting every problem (with its place) instead of
/// stopping at the first, so the facilitator can fix a plan in one go.
struct PlanReader {
    private(set) var diagnostics: [Diagnostic] = []
    let defaultLanguage: Language

    // What block reading needs to know about the rest of the plan.
    var language: Language = .en
    var segments: [Segment] = []
    var tables: [Table] = []
    var people: [Person] = []
    /// What earlier days of the process gave, for `cards_from` and `material_from`.
    var carried: CarriedMaterial = [:]
    /// The material files the plan's blocks name, as the caller read them (or as a session wrote them).
    var materials: MaterialFiles = [:]
    /// The material files read so far (a file named by two blocks is read once) and their size together.
    var materialsRead: [String: Material] = [:]
    var materialBytes = 0

    init(defaultLanguage: Language) {
        self.defaultLanguage = defaultLanguage
        self.language = defaultLanguage
    }

    /// The sentences about the file, in the plan's language (the default until `language` is read).
    var says: any PlanMessages { language.planMessages }

    /// The plan, or nil when the file lacks what a plan cannot do without (title, blocks).
    mutating func read(_ root: TOMLNode) -> Plan? {
        language = readLanguage(root)
        checkKeys(root, allowed: PlanKeys.topLevel, context: says.thePlan)
        let title = text(root, "title", in: says.thePlan, required: true)
        if title == nil, root["title"] == nil {
            error(says.noTitle, nil)
        }
        let date = readDate(root)
        let start = time(root, "start", in: says.thePlan)
        let end = time(root, "end", in: says.thePlan)
        let venue = text(root, "venue", in: says.thePlan)
        let notes = text(root, "notes", in: says.thePlan)
        segments = readSegments(root["segments"])
        tables = readTables(root["tables"])
        people = readPeople(root["people"])
        let kinds = textList(root, "kinds", in: says.thePlan, nonEmpty: true)
        carried.merge(readCarried(root)) { _, written in written }
        let actors = readActors(root)
        materials.merge(readMaterialTexts(root)) { _, written in written }
        let blocks = readBlocks(root)
        let rules = readRules(root["rules"], blocks: blocks)
        checkSeats()
        checkPlacements(blocks ?? [])
        if let start, let end, end <= start, let node = root["end"] {
            error(says.endBeforeStart(end: end, start: start), node)
        }
        if root["start"] == nil, let blocks, let first = blocks.first, first.at == nil {
            error(says.noStart, nil)
        }
        guard let title, let blocks else { return nil }
        var plan = Plan(title: title, date: date, start: start, end: end, language: language, venue: venue,
                        notes: notes, segments: segments, tables: tables, people: people, rules: rules,
                        kinds: kinds, blocks: blocks, seed: readSeed(root))
        plan.actors = actors
        return plan
    }

    // MARK: - Reporting

    mutating func error(_ message: String, _ node: TOMLNode?) {
        diagnostics.append(Diagnostic(.error, message, at: node?.position))
    }

    mutating func error(_ message: String, at position: SourcePosition?) {
        diagnostics.append(Diagnostic(.error, message, at: position))
    }

    /// A problem found elsewhere (in a block's material file), as it is.
    mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    mutating func warning(_ message: String, _ node: TOMLNode?) {
        diagnostics.append(Diagnostic(.warning, message, at: node?.position))
    }

    /// Reports every key of `table` that is not in `allowed`, with the nearest known key suggested.
    /// `misplaced` may explain a key that is known elsewhere (e.g. `formation` on a plenum block).
    mutating func checkKeys(_ table: TOMLNode, allowed: [String], context: String,
                            misplaced: ((String) -> String?)? = nil) {
        guard case .table(let entries) = table.value else { return }
        for entry in entries where !allowed.contains(entry.key) {
            let place = entry.node.keyPosition ?? entry.node.position
            if let explanation = misplaced?(entry.key) {
                error(explanation, at: place)
            } else if !isTopLevel(context), PlanKeys.topLevel.contains(entry.key) {
                error(says.misplacedKey(entry.key, in: context), at: place)
            } else {
                error(says.unknownKey(entry.key, in: context, didYouMean: Suggestion.nearest(to: entry.key, in: allowed)), at: place)
            }
        }
    }

    /// Whether `context` is the file as a whole ("the plan", "the process"), not a table in it.
    func isTopLevel(_ context: String) -> Bool { context == says.thePlan || context == says.theProcess }

    // MARK: - Top-level values

    mutating func readLanguage(_ root: TOMLNode) -> Language {
        guard let node = root["language"] else { return defaultLanguage }
        guard case .string(let s) = node.value else {
            error(says.languageNotText(says.type(of: node)), node)
            return defaultLanguage
        }
        guard let language = Language(rawValue: s.lowercased()) else {
            error(says.languageUnknown(s), node)
            return defaultLanguage
        }
        return language
    }

    private mutating func readDate(_ root: TOMLNode) -> PlanDate? {
        guard let node = root["date"] else { return nil }
        switch node.value {
        case .date(let d):
            return PlanDate(year: d.year, month: d.month, day: d.day)
        case .string(let s):
            let parts = s.split(separator: "-").map { Int($0) }
            if parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2], s.count == 10 {
                let date = PlanDate(year: y, month: m, day: d)
                if date.isValid { return date }
            }
            error(says.dateUnreadable(s), node)
        default:
            error(says.dateNotText(says.type(of: node)), node)
        }
        return nil
    }

    private mutating func checkSeats() {
        let seats = tables.compactMap(\.seats)
        guard seats.count == tables.count, !tables.isEmpty else { return }
        let total = seats.reduce(0, +)
        let count = people.filter { !$0.isHost }.count
        if count > total {
            diagnostics.append(Diagnostic(.warning,
                says.tooFewSeats(participants: count, seats: total, tables: tables.count)))
        }
    }
}
