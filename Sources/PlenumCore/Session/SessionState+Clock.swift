import Foundation

/// What the clock says about the running day: all derived from the journal's dates and `now`.
extension SessionState {
    /// The block's length as it now stands: planned (or edited) minutes plus extensions.
    public func effectiveMinutes(_ id: BlockID) -> Int {
        max(1, (item(id)?.block.minutes ?? 0) + (runs[id]?.extendedMinutes ?? 0))
    }

    public func elapsed(_ id: BlockID, at now: Date) -> TimeInterval {
        runs[id]?.elapsed(at: now) ?? 0
    }

    /// Seconds left of the block (negative when it runs over).
    public func remaining(_ id: BlockID, at now: Date) -> TimeInterval {
        TimeInterval(effectiveMinutes(id) * 60) - elapsed(id, at: now)
    }

    // MARK: - Cards

    /// A card on the table: which, and after how many running seconds of its block it was dealt.
    public struct CardShown: Sendable, Equatable {
        public var card: Int
        public var atElapsed: TimeInterval
        public var byHand: Bool
    }

    /// The cards dealt so far: the first when the block starts, each next one `card_minutes` of
    /// running time after the one before, or earlier when the facilitator deals it by hand.
    public func cardsShown(_ id: BlockID, at now: Date) -> [CardShown] {
        guard let block = item(id)?.block, !block.cards.isEmpty, let run = runs[id] else { return [] }
        let deals = run.manualDeals.map { run.activeSeconds(from: .distantPast, to: $0.at) }.sorted()
        return Self.cardsShown(block, elapsed: run.elapsed(at: now), deals: deals)
    }

    /// The cards of `block` shown after `elapsed` running seconds, with the hand deals at `deals`
    /// (running seconds, in order).
    static func cardsShown(_ block: Block, elapsed: TimeInterval, deals: [TimeInterval]) -> [CardShown] {
        guard !block.cards.isEmpty else { return [] }
        let interval = TimeInterval((block.cardMinutes ?? max(1, block.minutes / block.cards.count)) * 60)
        var shown = [CardShown(card: 0, atElapsed: 0, byHand: false)]
        var dealIndex = 0
        while shown.count < block.cards.count, let last = shown.last {
            let auto = last.atElapsed + interval
            while dealIndex < deals.count, deals[dealIndex] < last.atElapsed { dealIndex += 1 }
            if dealIndex < deals.count, deals[dealIndex] <= auto, deals[dealIndex] <= elapsed {
                shown.append(CardShown(card: shown.count, atElapsed: deals[dealIndex], byHand: true))
                dealIndex += 1
            } else if auto <= elapsed {
                shown.append(CardShown(card: shown.count, atElapsed: auto, byHand: false))
            } else {
                break
            }
        }
        return shown
    }

    /// The card on the table now, if the block has cards.
    public func currentCard(_ id: BlockID, at now: Date) -> CardShown? {
        cardsShown(id, at: now).last
    }

    /// Running seconds until the next card is dealt by itself (nil when no card is left).
    public func secondsToNextCard(_ id: BlockID, at now: Date) -> TimeInterval? {
        guard let block = item(id)?.block, let last = currentCard(id, at: now),
              last.card + 1 < block.cards.count else { return nil }
        let interval = TimeInterval((block.cardMinutes ?? 1) * 60)
        return max(0, last.atElapsed + interval - elapsed(id, at: now))
    }

    // MARK: - Rotation rounds

    /// Which round of a rotation runs, and the seconds left of it.
    public struct Turn: Sendable, Equatable {
        public var index: Int
        public var count: Int
        public var name: String
        public var next: String?
        public var secondsLeft: TimeInterval
    }

    /// The rotation round now running, with where each group is.
    public func rotationRound(_ id: BlockID, at now: Date) -> (turn: Turn, round: RotationRound)? {
        guard let entry = plannedEntry(id), !entry.rounds.isEmpty else { return nil }
        let names = entry.rounds.indices.map { "\($0 + 1)" }
        guard let t = turn(names: names, id: id, now: now) else { return nil }
        return (t, entry.rounds[t.index])
    }

    private func turn(names: [String], id: BlockID, now: Date) -> Turn? {
        guard !names.isEmpty else { return nil }
        let slice = TimeInterval(effectiveMinutes(id) * 60) / TimeInterval(names.count)
        let elapsed = self.elapsed(id, at: now)
        let index = min(names.count - 1, Int(elapsed / slice))
        return Turn(index: index, count: names.count, name: names[index],
                    next: index + 1 < names.count ? names[index + 1] : nil,
                    secondsLeft: TimeInterval(index + 1) * slice - elapsed)
    }

    /// The block scheduled on its own, for its cards, slices and rounds with the plan's tables.
    func plannedEntry(_ id: BlockID) -> Schedule.Entry? {
        guard let block = item(id)?.block else { return nil }
        var copy = block
        copy.minutes = effectiveMinutes(id)
        var ignored: [Diagnostic] = []
        return Schedule.Entry(index: 0, block: copy, start: ClockTime(minutes: 0), end: ClockTime(minutes: copy.minutes),
                              slackBefore: 0, cardOffsets: [],
                              rounds: Schedule.rotationRounds(copy, tables: plan.tables),
                              slices: Schedule.presenterSlices(copy, tables: plan.tables, language: plan.language),
                              tracks: []).with(cards: Schedule.cardOffsets(copy, diagnostics: &ignored))
    }

    // MARK: - Tracks

    /// Where one track of a running tracks block stands.
    public struct TrackStatus: Sendable, Equatable {
        public var track: Int
        public var title: String
        /// The inner block running now (nil: the track is finished).
        public var blockIndex: Int?
        public var block: Block?
        public var secondsLeft: TimeInterval
        public var next: Block?
    }

    public func trackStatuses(_ id: BlockID, at now: Date) -> [TrackStatus] {
        guard let block = item(id)?.block, block.kind == .tracks, let run = runs[id] else { return [] }
        return block.tracks.enumerated().map { t, track in
            let advances = run.trackAdvances[t] ?? []
            let index = advances.count
            guard index < track.blocks.count else {
                return TrackStatus(track: t, title: track.title, blockIndex: nil, block: nil, secondsLeft: 0, next: nil)
            }
            let since = advances.last ?? run.firstStart
            let inner = track.blocks[index]
            let left = TimeInterval(inner.minutes * 60) - run.activeSeconds(from: since, to: now)
            return TrackStatus(track: t, title: track.title, blockIndex: index, block: inner, secondsLeft: left,
                               next: index + 1 < track.blocks.count ? track.blocks[index + 1] : nil)
        }
    }
}

extension Schedule.Entry {
    func with(cards offsets: [Int]) -> Schedule.Entry {
        var copy = self
        copy.cardOffsets = offsets
        return copy
    }
}
