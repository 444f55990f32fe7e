import Foundation
import Testing
@testable import PlenumCore

/// The board's indexes (by block, by block and table, the counts) always say what a scan of every
/// post-it says, whatever facts come: adds, moves, removals, restores, edits.
@Suite struct PostItBoardTests {
    @Test func theIndexesAgreeWithAScanAfterEveryKindOfChange() throws {
        let plan = try #require(PlanLoader.load(text: PostItTests.plan, defaultLanguage: .da).plan)
        var state = SessionState(plan: plan)
        var seq: Int64 = 0
        func fold(_ fact: Fact) {
            seq += 1
            state.apply([JournalEntry(seq: seq, at: Date(timeIntervalSince1970: Double(seq)), actor: "t", fact: fact)])
        }
        var random = SeededRandom(seed: 7)
        let blocks = ["p1", "p2", "p3"], tables = ["Bord A", "Bord B", "Bord C"]
        for i in 0..<400 {
            let id = "n\(random.next(i))"
            switch random.next(6) {
            case 0, 1, 2:
                fold(.postItAdded(PostItDraft(id: "n\(i)", block: blocks[random.next(3)], table: tables[random.next(3)],
                                              group: nil, kind: "pointe", text: "tekst \(i)", author: "t")))
            case 3: fold(.postItMoved(id: id, block: blocks[random.next(3)]))
            case 4: fold(.postItDeleted(id: id))
            default: fold(.postItRestored(id: id))
            }
            if i % 50 == 0 { fold(.postItEdited(id: id, text: "ændret", kind: "mulighed")) }
        }
        for block in blocks {
            for table in tables {
                let scanned = state.postIts.filter { $0.block == block && $0.table == table && !$0.deleted }
                #expect(state.postIts(in: block, table: table).map(\.id) == scanned.map(\.id))
                #expect(state.board.count(in: block, table: table) == scanned.count)
                let withRemoved = state.postIts.filter { $0.block == block && $0.table == table }
                #expect(state.postIts(in: block, table: table, includingDeleted: true).map(\.id) == withRemoved.map(\.id))
            }
            #expect(state.postIts(in: block).map(\.id) == state.postIts.filter { $0.block == block && !$0.deleted }.map(\.id))
            #expect(state.board.hasPostIts(in: block) == state.postIts.contains { $0.block == block })
            #expect(Set(state.board.tables(in: block)) == Set(state.postIts.filter { $0.block == block }.map(\.table)))
            #expect(state.postItCounts(in: block).map(\.count)
                    == plan.tables.map { t in state.postIts.filter { $0.block == block && $0.table == t.name && !$0.deleted }.count })
        }
    }

    @Test func aSecondAddWithTheSameIdentityChangesNothing() throws {
        var board = PostItBoard()
        let draft = PostItDraft(id: "x", block: "p1", table: "Bord A", group: nil, kind: "pointe", text: "første", author: "t")
        let first = board.add(draft, createdAt: Date(), seq: 1)
        var again = draft
        again.text = "anden"
        let second = board.add(again, createdAt: Date(), seq: 2)
        #expect(first && !second)
        #expect(board.all.count == 1 && board.postIt("x")?.text == "første" && board.count(in: "p1", table: "Bord A") == 1)
    }
}

/// A small deterministic generator for tests (xorshift).
struct SeededRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return Int(state % UInt64(max(1, bound)))
    }
}
