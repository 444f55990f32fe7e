import Foundation
import PlenumCore

/// What a block inside a parallel track shows to the people in it (the notetaker at a table of
/// the track, the track's stage): the track and its room, the block and its time, the kinds it
/// captures, its card, and in a rotation which group is at which station and who is next.
struct TrackPartLines {
    let state: SessionState
    let part: TrackPart
    let strings: UIStrings
    let now: Date

    var track: Track? { state.item(part.parent)?.block.tracks[safe: part.track] }
    var block: Block? { state.block(of: part) }

    /// "Spor … · room · blok 2 af 3 · 12:00 tilbage".
    var heading: String {
        guard let track else { return "" }
        let remaining = state.remaining(of: part, at: now)
        return strings.trackPlace(track, part: part.index) + " · " + strings.timeLeft(remaining)
    }

    var isOver: Bool { state.remaining(of: part, at: now) < 0 }

    /// The card on the table now: "Kort 1 af 3: …".
    var card: String? {
        guard let block, let shown = state.cardsShown(of: part, at: now).last else { return nil }
        return strings.cardOf(shown.card + 1, block.cards.count) + ": " + block.cards[shown.card]
    }

    /// The kinds of post-it the block captures.
    var kinds: String { strings.captures(state.captureKinds(in: part.id)) }

    /// The round of a rotation now (who is at which station) and the next one, with the time to it.
    var rounds: [String] {
        guard let round = state.rotationRound(of: part, at: now) else { return [] }
        var lines: [String] = []
        let time = strings.timeLeft(round.secondsLeft)
        if let on = round.round {
            lines.append(strings.roundAt(round.number, round.count, visits(on)) + " · " + time)
        } else {
            lines.append(strings.roundAt(round.number, round.count, strings.atTheTables))
        }
        if let next = round.next {
            lines.append(strings.nextRound(visits(next), in: strings.span(round.secondsToNext ?? round.secondsLeft)))
        }
        // A station shared with other tracks: who is due there next, from whichever track.
        let parent = state.item(part.parent)?.block
        for station in parent.map(Schedule.sharedStations) ?? [] where block?.stations.contains(station) == true {
            guard let due = state.nextVisit(to: station, in: part.parent, at: now),
                  let track = parent?.tracks[safe: due.track] else { continue }
            let oneGroup = state.plan.tables.first { $0.name == due.group.table }?.groups == 1
            lines.append(strings.nextAtStation(station, due.group.label(state.plan.language, tableHasOneGroup: oneGroup),
                                               track: track.title, in: strings.span(due.secondsUntil)))
        }
        return lines
    }

    private func visits(_ round: RotationRound) -> String {
        let oneGroup = Set(state.plan.tables.filter { $0.groups <= 1 }.map(\.name))
        return round.visits.compactMap { visit in
            visit.station.map { $0 + ": " + visit.group.label(state.plan.language, tableHasOneGroup: oneGroup.contains(visit.group.table)) }
        }.joined(separator: " · ")
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
