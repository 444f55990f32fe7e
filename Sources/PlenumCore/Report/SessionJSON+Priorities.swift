/// The JSON of priorities: every vote counted (its items ranked, with points by table and by
/// segment and the actors) and the quick wins in the facilitator's order.
extension SessionJSON {
    /// `"priorities"`: one entry per vote block, in agenda order.
    static func priorities(_ state: SessionState) -> JSONValue {
        .array(state.voteBlocks.map { block in
            let tally = VoteTally(state, block: block)
            let part = TrackPart(id: block)
            return .object([
                ("block", state.index(of: part?.parent ?? block).map { .int($0) } ?? .null),
                ("block_id", .string(block)),
                ("title", .string(state.anyBlock(block)?.title ?? "")),
                ("kind", .string(tally.vote.kindName)),
                ("allowance", .int(tally.vote.allowance)),
                ("scope", .string(tally.vote.scope.rawValue)),
                ("closed", .bool(tally.closed)),
                ("voters", .array(tally.voters.map { voter in
                    .object([("table", .string(voter.table)), ("group", voter.group.map { .int($0) } ?? .null),
                             ("segment", .optional(state.segmentName(of: voter, in: block)))])
                })),
                ("ranking", .array(tally.items.enumerated().map { k, item in
                    .object([("rank", .int(k + 1)), ("theme", .optional(item.theme)), ("text", .string(item.title)),
                             ("postits", .array(item.postIts.map { .string($0.id) })),
                             ("points", .int(item.points)), ("first_places", .int(item.firstPlaces)),
                             ("by_table", .array(item.byTable.map { .object([("table", .optional($0.name)), ("points", .int($0.points))]) })),
                             ("by_segment", .array(item.bySegment.map {
                                 .object([("segment", .optional($0.name)), ("known", .bool(!$0.unknown)), ("points", .int($0.points))])
                             })),
                             ("actors", .array(item.actors.map(JSONValue.string)))])
                })),
            ])
        })
    }

    /// `"quick_wins"`: the day's quick wins in the facilitator's order.
    static func quickWins(_ state: SessionState) -> JSONValue {
        .array(state.orderedQuickWins.enumerated().map { k, p in
            let part = TrackPart(id: p.block)
            return .object([("order", .int(k + 1)), ("id", .string(p.id)), ("text", .string(p.text)), ("table", .string(p.table)),
                            ("block", state.index(of: part?.parent ?? p.block).map { .int($0) } ?? .null),
                            ("dots", .int(state.dots(of: p))),
                            ("actors", .array(state.priorities.actors(of: p.id).map(JSONValue.string)))])
        })
    }
}
