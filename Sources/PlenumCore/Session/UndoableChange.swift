import Foundation

/// One change the facilitator made: the facts one key wrote together (one commit, so the same
/// writer, the same moment and consecutive sequence numbers), e.g. a block that starts with its
/// groups, a catch-up that shortens five blocks, or `A` marking twenty people absent.
public struct UndoableChange: Sendable, Equatable {
    public var entries: [JournalEntry]

    public var seqs: [Int64] { entries.map(\.seq) }
    public var facts: [Fact] { entries.map(\.fact) }
}

extension SessionState {
    /// The facilitator's last change not undone yet; nil when there is nothing (left) to undo.
    public var lastUndoableChange: UndoableChange? {
        journal.lastIndex { $0.fact.isUndoable && !undoneSeqs.contains($0.seq) }.map(change(endingAt:))
    }

    /// The change that ended the day (`n` on the last block), while the day stands ended.
    public var dayEndingChange: UndoableChange? {
        guard hasEnded else { return nil }
        return journal.lastIndex { entry in
            if case .dayEnded = entry.fact { return !undoneSeqs.contains(entry.seq) }
            return false
        }.map(change(endingAt:))
    }

    /// The facts written together with the journal entry at `index` (the last undoable one not
    /// undone, or the day's end, which is written alone), back to the first of them.
    private func change(endingAt index: Int) -> UndoableChange {
        var first = index
        while first > 0 {
            let before = journal[first - 1], here = journal[first]
            guard before.seq == here.seq - 1, before.at == here.at, before.actor == here.actor,
                  before.fact.isUndoable, !undoneSeqs.contains(before.seq) else { break }
            first -= 1
        }
        return UndoableChange(entries: Array(journal[first...index]))
    }

    /// The entries an `undone` fact took back (for saying what was undone).
    public func entriesUndone(by seqs: [Int64]) -> [JournalEntry] {
        let named = Set(seqs)
        return journal.filter { named.contains($0.seq) }
    }
}
