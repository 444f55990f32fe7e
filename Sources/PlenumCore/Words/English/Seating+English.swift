/// The words for a seating's bent rules and blocks that cannot be seated (`plenum groups`, the groups screen, `plenum check`): in English.
extension EnglishReport: SeatingVocabulary {
    func bentRule(_ bent: BentRule, plan: Plan) -> String {
        let who = names(bent.rule.names)
        var text: String
        switch bent.rule.kind {
        case .apart:
            let pairs = Plural.count(bent.broken, "pair", "pairs") + " together"
            text = "Rule bent: \(who) kept apart as far as this block allows, \(pairs)"
        case .together:
            let groups = bent.broken + 1
            text = "Rule bent: \(who) kept together as far as this block allows, in \(groups) groups"
        }
        if let reason = bent.reason { text += " (" + self.reason(reason, plan: plan) + ")" }
        return text
    }
    func reason(_ reason: BendReason, plan: Plan, block: String?) -> String {
        let place = block.map { "in \"\($0)\"" } ?? "here"
        switch reason {
        case .groups(let n):
            return "only \(Plural.count(n, "group", "groups")) \(place)"
        case .segmentGroups(let key, let n):
            let name = plan.segment(key)?.name ?? (key.isEmpty ? "without a segment" : key)
            return "only \(Plural.count(n, "group", "groups")) of \(name) \(place)"
        case .table(let table, let n):
            return "they are pinned to \(table), which has only \(Plural.count(n, "group", "groups")) \(place)"
        case .groupSize(let n):
            return "the groups hold at most \(n) \(place)"
        }
    }
    func cannotSeatBlock(_ why: String) -> String {
        "This block cannot be seated: \(why)"
    }
    func names(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
    }
}
