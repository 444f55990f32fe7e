import Foundation
import PlenumCore
import PlenumSession
import Testing

/// A save whose outcome the terminal cannot know (the connection dropped after the server
/// committed, before it answered) is tried again by the session layer with the same append id, so
/// the journal writes it once.
@Suite struct LostReplyTests {
    /// A journal in memory whose next append is committed but its answer lost.
    final class LostReplyJournal: SessionJournal {
        let inner: MemoryJournal
        var losesNextReply = false

        init(_ inner: MemoryJournal) { self.inner = inner }

        var locator: String { inner.locator }
        var isReadOnly: Bool { false }
        var stampsWithOwnClock: Bool { false }
        var remembersAppendIDs: Bool { true }
        var clockOffset: TimeInterval { 0 }
        func info() throws(JournalError) -> SessionInfo { try inner.info() }
        func entries(after seq: Int64) throws(JournalError) -> [JournalEntry] { try inner.entries(after: seq) }
        func hasChangedElsewhere() -> Bool { inner.hasChangedElsewhere() }

        func append(_ facts: [Fact], actor: String, at proposed: Date, id: UUID) throws(JournalError) -> [JournalEntry] {
            let written = try inner.append(facts, actor: actor, at: proposed, id: id)
            if losesNextReply {
                losesNextReply = false
                throw JournalError("the connection was lost", mayRetry: true)
            }
            return written
        }
    }

    static let plan = """
        title = "Dag"
        start = "09:00"
        [[blocks]]
        title = "Velkomst"
        kind = "plenum"
        minutes = 20
        """

    @Test func aPostItWhoseSaveWasNotAnsweredIsSavedOnceWhenEnterIsPressedAgain() throws {
        let now = Date(timeIntervalSince1970: 1_773_302_400)
        let info = LiveSession.newInfo(planSource: Self.plan, planFile: "dag.toml", language: .da, rehearsal: nil, now: now)
        let journal = LostReplyJournal(MemoryJournal(info: info))
        let live = try LiveSession(journal: journal, defaultLanguage: .da, localClock: { now })
        #expect(try live.perform(.startOrPause, actor: "anne") == nil)
        let desk = NoteDesk(table: "Bord 1", group: nil, author: "Bo")
        let add = NoteIntent.add(id: "k1", kind: "pointe", text: "Kaffe hele dagen")

        journal.losesNextReply = true
        do {
            _ = try live.perform([add], at: desk)
            Issue.record("a save without an answer was taken as saved")
        } catch {
            #expect(error.mayRetry)
        }
        // Enter again: the same post-it (the screen keeps its id), sent with the same append id.
        #expect(try live.perform([add], at: desk) == nil)
        let added = try journal.entries(after: 0).filter { if case .postItAdded = $0.fact { true } else { false } }
        #expect(added.count == 1, "\(added)")
        #expect(live.state.lastSeq == journal.inner.lastSeq())
    }
}
