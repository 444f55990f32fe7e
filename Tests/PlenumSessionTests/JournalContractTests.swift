import Foundation
import PlenumCore
import Testing

/// The journal contract (docs/architecture.md), held against every implementation alike.
@Suite struct JournalContractTests {
    let t0 = Date(timeIntervalSince1970: 1_773_302_400.1234)

    @Test(arguments: JournalKind.underTest)
    func aSessionKeepsWhatItWasMadeWith(kind: JournalKind) throws {
        let (journal, reopen) = try kind.make()
        #expect(try journal.info() == JournalKind.info)
        #expect(try reopen().info() == JournalKind.info)
        #expect(try journal.entries(after: 0).isEmpty)
    }

    @Test(arguments: JournalKind.underTest)
    func appendsAreNumberedFromOneWithoutGapsAndReadBackAsWritten(kind: JournalKind) throws {
        let (journal, reopen) = try kind.make()
        let note = PostItDraft(id: "n1", block: "p2", table: "Bord 3", group: 2, kind: "idé", text: "Grøn omstilling – 漢字 \"ok\"", author: "Åse")
        let first = try journal.append([.dayStarted, .blockStarted(block: "p1")], actor: "anne", at: t0, id: UUID())
        let second = try journal.append([.postItAdded(note)], actor: "Åse", at: t0.addingTimeInterval(1), id: UUID())
        let third = try journal.append([.paused, .resumed, .extended(block: "p1", minutes: -2)], actor: "anne", at: t0.addingTimeInterval(2), id: UUID())
        #expect((first + second + third).map(\.seq) == [1, 2, 3, 4, 5, 6])
        let read = try reopen().entries(after: 0)
        #expect(read == first + second + third)
        #expect(read.map(\.fact) == [.dayStarted, .blockStarted(block: "p1"), .postItAdded(note), .paused, .resumed,
                                     .extended(block: "p1", minutes: -2)])
        #expect(try journal.entries(after: 3).map(\.seq) == [4, 5, 6])
        #expect(try journal.entries(after: 6).isEmpty)
    }

    @Test(arguments: JournalKind.underTest)
    func theUndoFactsAreReadAloneInOrder(kind: JournalKind) throws {
        let (journal, reopen) = try kind.make()
        #expect(try journal.undoFacts().isEmpty)
        try journal.append([.dayStarted, .blockStarted(block: "p1")], actor: "anne", at: t0, id: UUID())
        let first = try journal.append([.undone(seqs: [2])], actor: "anne", at: t0.addingTimeInterval(1), id: UUID())
        try journal.append([.paused, .resumed], actor: "anne", at: t0.addingTimeInterval(2), id: UUID())
        let second = try journal.append([.undone(seqs: [4, 3])], actor: "bo", at: t0.addingTimeInterval(3), id: UUID())
        #expect(try reopen().undoFacts() == first + second)
        #expect(try journal.undoFacts().map(\.seq) == [3, 6])
    }

    @Test(arguments: JournalKind.underTest)
    func anAppendHasOneStampAndWhoStampsIsAsDeclared(kind: JournalKind) throws {
        let (journal, _) = try kind.make()
        let before = Date()
        // A writer whose clock is ten minutes off.
        let proposed = before.addingTimeInterval(-600.0004)
        let a = try journal.append([.dayStarted, .paused, .resumed], actor: "x", at: proposed, id: UUID())
        let b = try journal.append([.paused], actor: "x", at: proposed, id: UUID())
        #expect(Set(a.map(\.at)).count == 1)
        for entry in a + b {
            #expect(entry.at.journalMilliseconds == Int64((entry.at.timeIntervalSince1970 * 1000).rounded()))
        }
        if journal.stampsWithOwnClock {
            // The server's clock, not the writer's; each append later than the one before.
            #expect(abs(a[0].at.timeIntervalSince(before.addingTimeInterval(journal.clockOffset))) < 5)
            #expect(b[0].at > a[0].at)
        } else {
            #expect(a[0].at.journalMilliseconds == proposed.journalMilliseconds)
            #expect(b[0].at == a[0].at)
        }
    }

    @Test(arguments: JournalKind.underTest)
    func anotherWritersAppendIsNoticedAndRead(kind: JournalKind) throws {
        let (journal, reopen) = try kind.make()
        let other = try reopen()
        _ = journal.hasChangedElsewhere()
        try other.append([.dayStarted], actor: "bo", at: t0, id: UUID())
        #expect(eventually { journal.hasChangedElsewhere() })
        #expect(try journal.entries(after: 0).map(\.fact) == [.dayStarted])
    }

    @Test(arguments: JournalKind.underTest)
    func concurrentWritersGetGaplessNumbersInCommitOrder(kind: JournalKind) throws {
        let (journal, reopen) = try kind.make()
        let writers = 4, appendsEach = 25
        let handles = Shared(value: try (0..<writers).map { _ in try reopen() })
        let failures = Failures()
        // A reader following along must see every number exactly once: reading after n never
        // misses a fact committed later with a smaller number.
        let reader = Shared(value: try reopen())
        let done = Failures()
        let follower = Thread {
            var seen: Int64 = 0
            while true {
                let finished = done.count > 0
                guard let batch = try? reader.value.entries(after: seen) else { failures.add("read failed"); return }
                for entry in batch {
                    if entry.seq != seen + 1 { failures.add("reader saw \(entry.seq) after \(seen)") }
                    seen = entry.seq
                }
                if finished { break }
                usleep(1_000)
            }
            if seen != Int64(writers * appendsEach * 2) { failures.add("reader ended at \(seen)") }
            done.add("read")
        }
        follower.start()
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            for n in 0..<appendsEach {
                do {
                    try handles.value[writer].append([.voted(id: "w\(writer)", delta: n), .voted(id: "w\(writer)", delta: -n)],
                                               actor: "w\(writer)", at: t0, id: UUID())
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        done.add("written")
        #expect(eventually { done.count == 2 })
        let all = try journal.entries(after: 0)
        #expect(all.map(\.seq) == Array(1...Int64(writers * appendsEach * 2)))
        // One append's facts stay together.
        for pair in stride(from: 0, to: all.count, by: 2) {
            #expect(all[pair].actor == all[pair + 1].actor && all[pair].seq + 1 == all[pair + 1].seq)
        }
        #expect(failures.all.isEmpty)
    }

    @Test(arguments: JournalKind.underTest)
    func anAppendRetriedWithItsIdIsSavedOnce(kind: JournalKind) throws {
        let (journal, reopen) = try kind.make()
        let id = UUID()
        let first = try journal.append([.dayStarted, .paused], actor: "a", at: t0, id: id)
        try journal.append([.resumed], actor: "a", at: t0, id: UUID())
        let again = try reopen().append([.dayStarted, .paused], actor: "a", at: t0.addingTimeInterval(9), id: id)
        if journal.remembersAppendIDs {
            #expect(again == first)
            #expect(try journal.entries(after: 0).count == 3)
        } else {
            // The file's append commits or fails for certain, so it is never retried: an id used
            // twice is two appends.
            #expect(again.map(\.seq) == [4, 5])
        }
    }
}

/// Messages collected from several threads.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var all: [String] { lock.withLock { messages } }
    var count: Int { all.count }
}
