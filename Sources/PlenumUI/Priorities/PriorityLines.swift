import PlenumCore

/// The tally of a vote and the day's quick wins as lines of text, for the console's screens and
/// the stage alike: each item with its points, where they came from (tables, segments) and who
/// contributes.
struct PriorityLines {
    let state: SessionState
    let strings: UIStrings

    /// A vote's items ranked, each with its bar, its breakdown and its actors.
    func tally(_ block: BlockID, width: Int) -> [(String, Style)] {
        let tally = VoteTally(state, block: block)
        let title = state.anyBlock(block)?.title ?? ""
        var lines: [(String, Style)] = [(strings.tallyHeading(title, tally.vote, voters: tally.voters.count, closed: tally.closed), .bold), ("", .plain)]
        guard !tally.items.isEmpty else { return lines + [(strings.noVotesYet, .dim)] }
        let most = tally.items.map(\.points).max() ?? 1
        let barRoom = max(4, min(20, width / 4))
        for (k, item) in tally.items.enumerated() {
            // One dot a point, scaled down only when the most points do not fit.
            let bar = String(repeating: "●", count: most <= barRoom ? item.points : max(1, item.points * barRoom / most))
            let count = item.postIts.count > 1 ? " (\(item.postIts.count))" : ""
            let head = "\(k + 1). " + (item.theme.map { "# " + $0 } ?? item.title) + count
            let tail = "  " + bar + " " + strings.points(item.points, ranking: tally.vote.isRanking)
            let room = max(10, width - DisplayWidth.of(tail) - 2)
            lines.append((DisplayWidth.pad(DisplayWidth.truncate(head, to: room), to: room) + tail, k < 3 ? .bold : .plain))
            let tables = item.byTable.map { ($0.name ?? "") + ": \($0.points)" }
            let segments = !state.plan.segments.isEmpty ? item.bySegment.map { strings.language.priorities.shareName($0) + ": \($0.points)" } : []
            for line in DisplayWidth.wrap((tables + segments).joined(separator: " · "), to: width - 6) { lines.append(("    " + line, .dim)) }
            if !item.actors.isEmpty { lines.append(("    " + strings.contributes(item.actors), .accent)) }
        }
        return lines
    }

    /// The day's quick wins in the facilitator's order: table, block, dots and actors under each.
    func quickWins(width: Int, selected: Int?) -> [(String, Style)] {
        let wins = state.orderedQuickWins
        guard !wins.isEmpty else { return [(strings.noQuickWinsYet, .dim)] }
        var lines: [(String, Style)] = []
        for (k, p) in wins.enumerated() {
            let style: Style = k == selected ? .title : .bold
            for (i, line) in DisplayWidth.wrap("\(k + 1). ★ " + p.text, to: width - 2).enumerated() {
                lines.append(((i == 0 ? "" : "     ") + line, style))
            }
            var about = [p.table, blockTitle(p.block)]
            let dots = state.dots(of: p)
            if dots > 0 { about.append(strings.points(dots, ranking: false)) }
            let actors = state.priorities.actors(of: p.id)
            if !actors.isEmpty { about.append(strings.contributes(actors)) }
            for line in DisplayWidth.wrap(about.joined(separator: " · "), to: width - 7) { lines.append(("     " + line, .dim)) }
        }
        return lines
    }

    private func blockTitle(_ id: BlockID) -> String {
        if let part = TrackPart(id: id), let block = state.block(of: part) { return block.title }
        return state.item(id)?.block.title ?? ""
    }
}

/// The console's tally and quick wins screens, and the stage's.
struct PriorityScreens {
    let state: SessionState
    let strings: UIStrings

    /// The tally of `block` (or a sentence when the day has no vote), scrolled by `scroll`.
    func drawTally(_ block: BlockID?, scroll: Int, on screen: inout Screen, top: Int, bottom: Int) {
        for row in top...bottom { screen.fill(row: row, style: .plain) }
        screen.put(strings.tallyTitle, row: top, column: 1, style: .title, limit: screen.width - 2)
        guard let block else {
            screen.put(strings.noVoteBlocks, row: top + 2, column: 2, style: .dim, limit: screen.width - 4)
            return
        }
        let lines = PriorityLines(state: state, strings: strings).tally(block, width: screen.width - 4)
        draw(lines, scroll: scroll, on: &screen, top: top + 1, bottom: bottom)
    }

    /// The quick wins with the selected one marked (nil: none, as on the stage).
    func drawQuickWins(selected: Int?, on screen: inout Screen, top: Int, bottom: Int) {
        for row in top...bottom { screen.fill(row: row, style: .plain) }
        let count = state.orderedQuickWins.count
        screen.put(strings.quickWinsTitle + " · \(count)", row: top, column: 1, style: .title, limit: screen.width - 2)
        let lines = PriorityLines(state: state, strings: strings).quickWins(width: screen.width - 4, selected: selected)
        let visible = bottom - top - 1
        let selectedLine = selected.flatMap { s in lines.firstIndex { $0.1 == .title && $0.0.hasPrefix("\(s + 1). ") } } ?? 0
        draw(lines, scroll: max(0, selectedLine - visible + 3), on: &screen, top: top + 1, bottom: bottom)
    }

    /// The stage's priorities: the tally of the vote the facilitator sent (else the running, else
    /// the last one), or the quick wins.
    /// Its title stands centred on top, for the back of the room.
    func drawStage(_ content: Fact.StageContent, on screen: inout Screen) {
        let lines: [(String, Style)]
        if content == .quickWins {
            screen.center(strings.quickWinsTitle, row: 1, style: .bold)
            lines = PriorityLines(state: state, strings: strings).quickWins(width: screen.width - 4, selected: nil)
        } else if let block = state.stageTallyBlock {
            let all = PriorityLines(state: state, strings: strings).tally(block, width: screen.width - 4)
            screen.center(strings.tallyTitle + " · " + (state.anyBlock(block)?.title ?? ""), row: 1, style: .bold)
            if let about = all.first?.0.components(separatedBy: " · ").dropFirst().joined(separator: " · ") {
                screen.center(about, row: 2, style: .dim)
            }
            lines = Array(all.dropFirst(2))
        } else {
            screen.center(strings.tallyTitle, row: 1, style: .bold)
            lines = [(strings.noVoteBlocks, .dim)]
        }
        draw(lines, scroll: 0, on: &screen, top: 3, bottom: screen.height - 2)
    }

    private func draw(_ lines: [(String, Style)], scroll: Int, on screen: inout Screen, top: Int, bottom: Int) {
        let visible = max(0, bottom - top)
        let first = max(0, min(scroll, lines.count - visible))
        for (offset, line) in lines.dropFirst(first).prefix(visible).enumerated() {
            if line.1 == .title { screen.fill(row: top + 1 + offset, column: 1, count: screen.width - 2, style: .title) }
            screen.put(line.0, row: top + 1 + offset, column: 2, style: line.1, limit: screen.width - 4)
        }
        if first > 0 { screen.put("↑", row: top + 1, column: screen.width - 2, style: .dim) }
        if first + visible < lines.count { screen.put("↓", row: bottom, column: screen.width - 2, style: .dim) }
    }
}
