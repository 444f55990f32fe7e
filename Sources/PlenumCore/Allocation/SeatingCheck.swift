/// What `plenum check` says about seating a plan as written: a warning at a rule for each groups
/// block whose shape cannot hold it (the block and why: "only 2 groups of Borgere in …"), and at a
/// block that cannot be seated at all. The plan still runs: the seating bends such a rule only in
/// that block, and seats every other block.
enum SeatingCheck {
    /// Only the first deal: the shape of each round is what tells, not the search.
    static let firstDeal = Allocation.Effort(perRound: 0, whole: 0, tabu: 0)

    static func warnings(_ plan: Plan, root: TOMLNode) -> [Diagnostic] {
        // Only rules, pins and segment blocks can make a block's shape refuse something.
        let inner = plan.blocks + plan.blocks.flatMap { $0.tracks.flatMap(\.blocks) }
        let segmentBlocks = inner.contains { $0.kind == .groups && $0.formation == .segment }
        guard !plan.participants.isEmpty, !plan.rules.isEmpty || segmentBlocks || plan.participants.contains(where: { $0.table != nil }),
              plan.blocks.contains(where: { [.groups, .rotation, .tracks].contains($0.kind) })
        else { return [] }
        let state = SessionState(plan: plan)
        guard case .success(let day) = DaySeating.make(plan: plan, agenda: state.agenda, seed: 0, effort: firstDeal)
        else { return [] }
        let words = plan.language.report, says = plan.language.planMessages
        var result: [Diagnostic] = []
        var said = Set<String>()
        for entry in day.entries {
            if let problem = entry.problem {
                result.append(Diagnostic(.warning, says.blockCannotBeSeated(problem.message),
                                         at: blockNode(entry, root: root)?.position))
            }
            for bent in entry.bent {
                guard let reason = bent.reason, let k = plan.rules.firstIndex(of: bent.rule),
                      said.insert("\(k)/\(entry.round.title)").inserted else { continue }
                let element = ruleNode(k, root: root)
                let node = element?[bent.rule.kind.rawValue] ?? element
                let why = words.reason(reason, plan: plan, block: entry.round.title)
                let text = says.ruleCannotHoldEverywhere(k + 1, names: words.names(bent.rule.names), why: why,
                                                         apart: bent.rule.kind == .apart)
                result.append(Diagnostic(.warning, text, at: node?.position))
            }
        }
        return result
    }

    private static func ruleNode(_ k: Int, root: TOMLNode) -> TOMLNode? {
        guard case .array(let rules)? = root["rules"]?.value, rules.indices.contains(k) else { return nil }
        return rules[k]
    }

    /// The block (or the block inside a track) a round comes from: "p3", or "p5.t1.b2".
    private static func blockNode(_ entry: DaySeating.Entry, root: TOMLNode) -> TOMLNode? {
        guard case .array(let blocks)? = root["blocks"]?.value, blocks.indices.contains(entry.index) else { return nil }
        let block = blocks[entry.index]
        let parts = entry.round.id.split(separator: ".")
        guard parts.count == 3, let t = Int(parts[1].dropFirst()), let b = Int(parts[2].dropFirst()),
              case .array(let tracks)? = block["tracks"]?.value, tracks.indices.contains(t - 1),
              case .array(let inner)? = tracks[t - 1]["blocks"]?.value, inner.indices.contains(b - 1)
        else { return block["formation"] ?? block }
        return inner[b - 1]["formation"] ?? inner[b - 1]
    }
}
