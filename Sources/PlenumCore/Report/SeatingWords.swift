/// The words for a seating's bent rules and blocks that cannot be seated (`plenum groups`, the
/// groups screen, `plenum check`), in Danish and English.
extension ReportWords {
    private var danish: Bool { language == .da }

    /// "Rule bent: A, B and C kept apart as far as this block allows, 1 pair together (only 2 groups
    /// of Borgere here)".
    public func bentRule(_ bent: BentRule, plan: Plan) -> String {
        let who = names(bent.rule.names)
        var text: String
        switch bent.rule.kind {
        case .apart:
            let pairs = danish ? "\(bent.broken) par sammen" : "\(bent.broken) pair\(bent.broken == 1 ? "" : "s") together"
            text = danish ? "Regel bøjet: \(who) holdes adskilt så vidt blokken tillader, \(pairs)"
                          : "Rule bent: \(who) kept apart as far as this block allows, \(pairs)"
        case .together:
            let groups = bent.broken + 1
            text = danish ? "Regel bøjet: \(who) holdes sammen så vidt blokken tillader, fordelt på \(groups) grupper"
                          : "Rule bent: \(who) kept together as far as this block allows, in \(groups) groups"
        }
        if let reason = bent.reason { text += " (" + self.reason(reason, plan: plan) + ")" }
        return text
    }

    /// Why a block cannot hold a rule, as a sentence part: "only 2 groups of Borgere here".
    public func reason(_ reason: BendReason, plan: Plan, block: String? = nil) -> String {
        let place = block.map { danish ? "i »\($0)«" : "in \"\($0)\"" } ?? (danish ? "her" : "here")
        switch reason {
        case .groups(let n):
            return danish ? "kun \(n) grupper \(place)" : "only \(n) group\(n == 1 ? "" : "s") \(place)"
        case .segmentGroups(let key, let n):
            let name = plan.segment(key)?.name ?? (key.isEmpty ? (danish ? "uden segment" : "without a segment") : key)
            return danish ? "kun \(n) grupper af \(name) \(place)" : "only \(n) group\(n == 1 ? "" : "s") of \(name) \(place)"
        case .table(let table, let n):
            return danish ? "de er fastsat til \(table), som kun har \(n) grupper \(place)"
                          : "they are pinned to \(table), which has only \(n) group\(n == 1 ? "" : "s") \(place)"
        case .groupSize(let n):
            return danish ? "grupperne har højst \(n) pladser \(place)" : "the groups hold at most \(n) \(place)"
        }
    }

    /// The heading line of a block that cannot be seated.
    public func cannotSeatBlock(_ why: String) -> String {
        danish ? "Blokken kan ikke sættes: \(why)" : "This block cannot be seated: \(why)"
    }

    /// "A, B og C" / "A, B and C".
    public func names(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + (danish ? " og " : " and ") + (names.last ?? "")
    }
}
