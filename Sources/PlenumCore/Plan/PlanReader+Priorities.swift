/// Reading what the day prioritises: a block's `vote` and the plan's `actors`.
extension PlanReader {
    /// `vote = { dots = 3 }` or `vote = { rank = 5 }`, with an optional `scope = "own" | "all"`.
    mutating func readVote(_ node: TOMLNode, context: String) -> Vote? {
        guard let voteNode = node["vote"] else { return nil }
        guard case .table = voteNode.value else {
            error("`vote` of \(context) must be a table such as vote = { dots = 3 } or vote = { rank = 5 }, not \(voteNode.typeDescription)", voteNode)
            return nil
        }
        checkKeys(voteNode, allowed: PlanKeys.vote, context: "`vote` of \(context)")
        let voteContext = "`vote` of \(context)"
        let dots = integer(voteNode, "dots", in: voteContext, maximum: PlanLimits.voteDots, why: "the dots one table spreads")
        let rank = integer(voteNode, "rank", in: voteContext, maximum: PlanLimits.voteRanks, why: "the places of one table's top list")
        let scope = choice(voteNode, "scope", in: voteContext, as: Vote.Scope.self) ?? .own
        switch (voteNode["dots"], voteNode["rank"]) {
        case (nil, nil):
            error("\(voteContext) needs `dots` (dots to spread) or `rank` (a top list), e.g. vote = { dots = 3 }", voteNode)
            return nil
        case (.some, .some):
            error("\(voteContext) has both `dots` and `rank`; a vote is one or the other", voteNode["rank"])
            return nil
        default:
            if let dots { return Vote(.dots(dots), scope: scope) }
            if let rank { return Vote(.rank(rank), scope: scope) }
            return nil
        }
    }

    /// `actors = ["kommunen", "erhvervslivet", …]`: each once, within the bounds.
    mutating func readActors(_ root: TOMLNode) -> [String] {
        guard let list = textList(root, "actors", in: "the plan") else { return [] }
        var seen = Set<String>()
        var actors: [String] = []
        guard case .array(let elements)? = root["actors"]?.value else { return list }
        for element in elements {
            guard case .string(let raw) = element.value else { continue }
            let name = raw.trimmingWhitespace
            guard list.contains(name) else { continue }
            if seen.insert(name.lowercased()).inserted {
                actors.append(name)
            } else {
                error("`actors` names \"\(name)\" twice", element)
            }
        }
        return actors
    }
}
