/// The words for a seating's bent rules and blocks that cannot be seated (`plenum groups`, the groups screen, `plenum check`).
public protocol SeatingVocabulary: Sendable {
    /// "Rule bent: A, B and C kept apart as far as this block allows, 1 pair together (only 2 groups
    /// of Borgere here)".
    func bentRule(_ bent: BentRule, plan: Plan) -> String
    /// Why a block cannot hold a rule, as a sentence part: "only 2 groups of Borgere here".
    func reason(_ reason: BendReason, plan: Plan, block: String?) -> String
    /// The heading line of a block that cannot be seated.
    func cannotSeatBlock(_ why: String) -> String
    /// "A, B og C" / "A, B and C".
    func names(_ names: [String]) -> String
}

extension SeatingVocabulary {
    /// Why a block cannot hold a rule, said of the block at hand ("here").
    public func reason(_ reason: BendReason, plan: Plan) -> String { self.reason(reason, plan: plan, block: nil) }
}
