import Foundation
import PlenumSession
import Testing
@testable import PlenumCore

/// An export folds the journal once and keeps none of its facts (`SessionState.init(plan:rehearsal:foldingOnceWith:)`):
/// told the `undone` facts beforehand, it must leave out exactly what they took back.
@Suite struct FoldOnceTests {
    static let desk = NoteDesk(table: "Bord 1", group: nil, author: "ref1")

    /// A morning of the demo bootcamp with post-its, dots, extensions, a card, an inserted block
    /// and check-in, some of it undone (one undo taking back a fact that others came after).
    func morning() throws -> SessionDriver {
        var d = try SessionDriver(DemoPlans.text(.da))
        let name = d.state.plan.people[0].name
        d.at("09:00"); d.perform(.startOrPause)
        d.at("09:02"); d.perform(.markAttendance(name: name, status: .absent))
        d.at("09:03"); d.perform(.undo)
        d.at("09:20"); d.perform(.next)
        for k in 1...6 { #expect(d.note(.add(id: "n\(k)", kind: "pointe", text: "Post-it nr. \(k) – æøå"), at: Self.desk) == nil) }
        d.at("09:25"); d.perform(.extend(minutes: 5))
        d.perform(.vote(id: "n2", delta: 1))
        d.perform(.theme(id: "n3", name: "Trafik"))
        d.at("09:26"); d.perform(.dealCard)
        d.at("09:27"); d.perform(.undo)
        d.at("09:28"); d.perform(.insert(after: d.state.currentID, title: "Ekstra pause", kind: .break, minutes: 10))
        #expect(d.note(.delete(id: "n4"), at: Self.desk) == nil)
        d.at("09:29"); d.perform(.undo)
        d.at("09:31"); d.perform(.dealCard)
        return d
    }

    @Test func aFoldOnceIsTheSameDayAsAFoldThatKeepsTheJournal() throws {
        let d = try morning()
        let undos = d.journal.filter { $0.fact.type == "undone" }
        #expect(undos.count == 3)
        let kept = SessionState(plan: d.state.plan).applying(d.journal)
        let once = SessionState(plan: d.state.plan, foldingOnceWith: undos).applying(d.journal)
        #expect(!once.missedUndo && once.journal.isEmpty && kept.journal.count == d.journal.count)
        #expect(once.agenda == kept.agenda && once.runs == kept.runs && once.currentID == kept.currentID)
        #expect(once.postIts == kept.postIts && once.attendance == kept.attendance && once.themes == kept.themes)
        #expect(once.lastFactAt == kept.lastFactAt && once.lastUndo == kept.lastUndo && once.lastSeq == kept.lastSeq)
        #expect(kept.agenda.count == d.state.agenda.count && kept.runs == d.state.runs, "the fold kept is the live state")
        for format in [ExportFormat.md, .html, .csv, .ics] {
            func render(_ state: SessionState) -> String {
                format.render(state: state, entries: [], clock: d.clock, createdAt: d.now, now: d.now, anonymous: false)
            }
            #expect(render(once) == render(kept), "\(format)")
        }
    }

    @Test func theSessionLayerFoldsOnceForAnExportAndAgainWhenAnUndoWasMissed() throws {
        let d = try morning()
        let frozen = d.now
        let live = try LiveSession(journal: d.memory, defaultLanguage: .da, keepsJournal: false, localClock: { frozen })
        #expect(live.state.journal.isEmpty && live.state.runs == d.state.runs && live.state.postIts == d.state.postIts)
        // An undo written after the undos were read (another console, while the export folds):
        // the state says so, and the session layer folds again keeping the journal.
        let missed = SessionState(plan: d.state.plan, foldingOnceWith: []).applying(d.journal)
        #expect(missed.missedUndo)
        let again = try LiveSession(journal: UndosUnread(d.memory), defaultLanguage: .da, keepsJournal: false, localClock: { frozen })
        #expect(!again.state.missedUndo && again.state.journal.count == d.journal.count)
        #expect(again.state.runs == d.state.runs && again.state.postIts == d.state.postIts && again.state.agenda == d.state.agenda)
    }
}

/// A journal whose undos were all written after they were asked for (as if another console undid meanwhile).
final class UndosUnread: SessionJournal {
    let inner: MemoryJournal
    init(_ inner: MemoryJournal) { self.inner = inner }
    var locator: String { inner.locator }
    var isReadOnly: Bool { inner.isReadOnly }
    var stampsWithOwnClock: Bool { inner.stampsWithOwnClock }
    var remembersAppendIDs: Bool { inner.remembersAppendIDs }
    var clockOffset: TimeInterval { inner.clockOffset }
    func info() throws(JournalError) -> SessionInfo { try inner.info() }
    func entries(after seq: Int64) throws(JournalError) -> [JournalEntry] { try inner.entries(after: seq) }
    func undoFacts() throws(JournalError) -> [JournalEntry] { [] }
    func hasChangedElsewhere() -> Bool { inner.hasChangedElsewhere() }
    func append(_ facts: [Fact], actor: String, at proposed: Date, id: UUID) throws(JournalError) -> [JournalEntry] {
        try inner.append(facts, actor: actor, at: proposed, id: id)
    }
}
