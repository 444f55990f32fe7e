/// Reading what the day prioritises: a block's `vote` and the plan's `actors`.
extension PlanReader {
    /// `vote = { dots = 3 }` or `vote = { rank = 5 }`, with an optional `scope = "own" | "all"`.
    mutating func readVote(_ node: TOMLNode, context: String) -> Vote? {
        guard let voteNode = node["vote"] else { return nil }
        guard case .table = voteNode.value else {
            error(says.voteNotTable(context, type: says.type(of: voteNode)), voteNode)
            return nil
        }
        let voteContext = says.key("vote", of: context)
        checkKeys(voteNode, allowed: PlanKeys.vote, context: voteContext)
        let dots = integer(voteNode, "dots", in: voteContext, maximum: PlanLimits.voteDots, why: .dotsOfOneTable)
        let rank = integer(voteNode, "rank", in: voteContext, maximum: PlanLimits.voteRanks, why: .placesOfOneTopList)
        let scope = choice(voteNode, "scope", in: voteContext, as: Vote.Scope.self) ?? .own
        switch (voteNode["dots"], voteNode["rank"]) {
        case (nil, nil):
            error(says.voteNeedsKind(voteContext), voteNode)
            return nil
        case (.some, .some):
            error(says.voteHasBoth(voteContext), voteNode["rank"])
            return nil
        default:
            if let dots { return Vote(.dots(dots), scope: scope) }
            if let rank { return Vote(.rank(rank), scope: scope) }
            return nil
        }
    }

    /// `actors = ["kommunen", "erhvervslivet", …]`: each once, within the bounds.
    mutating func readActors(_ root: TOMLNode) -> [String] {
        guard let list = textList(root, "actors", in: says.thePlan) else { return [] }
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
                error(says.actorTwice(name), element)
            }
        }
        return actors
    }
}
