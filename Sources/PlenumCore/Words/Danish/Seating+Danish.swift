/// The words for a seating's bent rules and blocks that cannot be seated (`plenum groups`, the groups screen, `plenum check`): in Danish.
extension DanishReport: SeatingVocabulary {
    func bentRule(_ bent: BentRule, plan: Plan) -> String {
        let who = names(bent.rule.names)
        var text: String
        switch bent.rule.kind {
        case .apart:
            let pairs = "\(bent.broken) par sammen"
            text = "Regel bøjet: \(who) holdes adskilt så vidt blokken tillader, \(pairs)"
        case .together:
            let groups = bent.broken + 1
            text = "Regel bøjet: \(who) holdes sammen så vidt blokken tillader, fordelt på \(groups) grupper"
        }
        if let reason = bent.reason { text += " (" + self.reason(reason, plan: plan) + ")" }
        return text
    }
    func reason(_ reason: BendReason, plan: Plan, block: String?) -> String {
        let place = block.map { "i »\($0)«" } ?? "her"
        switch reason {
        case .groups(let n):
            return "kun \(Plural.count(n, "gruppe", "grupper")) \(place)"
        case .segmentGroups(let key, let n):
            let name = plan.segment(key)?.name ?? (key.isEmpty ? "uden segment" : key)
            return "kun \(Plural.count(n, "gruppe", "grupper")) af \(name) \(place)"
        case .table(let table, let n):
            return "de er fastsat til \(table), som kun har \(Plural.count(n, "gruppe", "grupper")) \(place)"
        case .groupSize(let n):
            return "grupperne har højst \(Plural.count(n, "plads", "pladser")) \(place)"
        }
    }
    func cannotSeatBlock(_ why: String) -> String {
        "Blokken kan ikke sættes: \(why)"
    }
    func names(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " og " + (names.last ?? "")
    }
}
