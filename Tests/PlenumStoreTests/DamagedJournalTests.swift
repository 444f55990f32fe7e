import Foundation
import GRDB
import PlenumCore
import Testing
@testable import PlenumStore

/// A fact that cannot be read is never skipped: the file is damaged, naming the fact, and nothing
/// is folded past it. `salvage` (behind `plenum recover`) reads everything else and leaves the file
/// as it was, byte for byte.
@Suite struct DamagedJournalTests {
    let folder: String = {
        let path = NSTemporaryDirectory() + "plenum-damage-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    let info = SessionInfo(planSource: "title = \"Dag\"\n", planFile: "dag.toml", day: PlanDate(year: 2026, month: 3, day: 12),
                           timeZone: "Europe/Copenhagen", createdAt: Date(timeIntervalSince1970: 1_773_300_000), seed: 42)

    /// A session of `count` facts: a day start, then post-its, with everything in the main file.
    func session(_ name: String, count: Int = 30) throws -> String {
        let path = folder + "/" + name
        let store = try SessionStore.create(at: path, info: info)
        try store.append([.dayStarted], actor: "anne", at: Date(timeIntervalSince1970: 1_773_302_400))
        for i in 2...count {
            try store.append([.postItAdded(PostItDraft(id: "p\(i)", block: "b1", table: "Bord 1", group: nil, kind: "pointe",
                                                        text: "post-it \(i)", author: "bo"))], actor: "bo", at: Date())
        }
        try raw(path) { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        return path
    }

    /// Changes the file behind plenum's back, as a bad disk or a stray program would.
    func raw(_ path: String, _ change: (Database) throws -> Void) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction(change)
        try queue.close()
    }

    func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    @Test func anUndecodableFactMakesTheFileDamagedNamingIt() throws {
        let path = try session("flip.plenum")
        // One flipped byte in a payload's field name: the JSON no longer has `text`.
        try raw(path) { try $0.execute(sql: "UPDATE journal SET payload = replace(payload, '\"text\"', '\"tfxt\"') WHERE seq = 17") }
        let store = try SessionStore.open(at: path, readOnly: true)
        #expect(throws: StoreError.unreadableFact(path, UnreadableFact(seq: 17, kind: "postItAdded", flaw: .missing("text")))) { try store.entries() }
        // Reading on from before the gap stops at it too: nothing is folded past it.
        #expect(throws: StoreError.unreadableFact(path, UnreadableFact(seq: 17, kind: "postItAdded", flaw: .missing("text")))) { try store.entries(after: 10) }
        #expect(try store.entries(after: 17).count == 13)
    }

    @Test func aFactOfAnUnknownKindOrWithWrongColumnsIsNamedToo() throws {
        let path = try session("kinds.plenum")
        try raw(path) {
            try $0.execute(sql: "UPDATE journal SET type = 'postItAdde\u{1}' WHERE seq = 3")
            try $0.execute(sql: "UPDATE journal SET payload = x'00ff' WHERE seq = 4")
            try $0.execute(sql: "UPDATE journal SET at_ms = 'ikke et tal' WHERE seq = 5")
        }
        let salvage = try SessionStore.salvage(at: path)
        #expect(salvage.unreadable.map(\.seq) == [3, 4, 5])
        #expect(salvage.unreadable[0].sentence == "fact 3 cannot be read: plenum does not know this kind of fact")
        #expect(salvage.unreadable[1].sentence == "fact 4 cannot be read: its columns do not hold what plenum writes")
        #expect(salvage.unreadable[2].sentence == "fact 5 cannot be read: its columns do not hold what plenum writes")
        #expect(salvage.entries.count == 27)
    }

    @Test func aMissingFactIsAGapNamedByNumber() throws {
        let middle = try session("gap.plenum")
        try raw(middle) { try $0.execute(sql: "DELETE FROM journal WHERE seq IN (8, 9)") }
        #expect(throws: StoreError.missingFacts(middle, 8...9)) { try SessionStore.open(at: middle).entries() }
        let last = try session("tail.plenum")
        try raw(last) { try $0.execute(sql: "DELETE FROM journal WHERE seq = 30") }
        #expect(throws: StoreError.missingFacts(last, 30...30)) { try SessionStore.open(at: last).entries() }
        let salvage = try SessionStore.salvage(at: middle)
        #expect(salvage.missing == [8...9])
        #expect(salvage.lostCount == 2)
        #expect(salvage.entries.map(\.seq) == Array(1...7) + Array(10...30))
    }

    @Test func salvageReadsEverythingElseInOrderAndLeavesTheFileAlone() throws {
        let path = try session("salvage.plenum")
        try raw(path) { try $0.execute(sql: "UPDATE journal SET payload = '{\"id\": ' WHERE seq = 12") }
        let before = bytes(path)
        let salvage = try SessionStore.salvage(at: path)
        #expect(bytes(path) == before)
        #expect(salvage.info == info)
        #expect(salvage.unreadable.map(\.seq) == [12])
        #expect(salvage.entries.map(\.seq) == Array(1...11) + Array(13...30))
        let copy = folder + "/copy.plenum"
        _ = try SessionStore.create(at: copy, info: salvage.info, entries: salvage.entries)
        let entries = try SessionStore.open(at: copy).entries()
        #expect(entries.map(\.seq) == Array(1...29))
        #expect(entries.map(\.fact) == salvage.entries.map(\.fact))
        #expect(entries.map(\.actor) == salvage.entries.map(\.actor))
        #expect(entries.map(\.at) == salvage.entries.map(\.at))
    }

    @Test func aPageSQLiteCannotReadIsSkippedByTheSalvage() throws {
        let path = folder + "/pages.plenum"
        let store = try SessionStore.create(at: path, info: info)
        for i in 1...400 {
            try store.append([.postItAdded(PostItDraft(id: "p\(i)", block: "b1", table: "Bord 1", group: nil, kind: "pointe",
                                                        text: String(repeating: "æ", count: 200) + " \(i)", author: "bo"))],
                             actor: "bo", at: Date())
        }
        try raw(path) { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let pages = try DatabaseQueue(path: path).read { db in
            try Int.fetchAll(db, sql: "SELECT pageno FROM dbstat WHERE name = 'journal' AND pagetype = 'leaf' ORDER BY pageno")
        }
        #expect(pages.count > 10)
        // A leaf page in the middle of the journal turns to zeros.
        var data = bytes(path)
        let page = pages[pages.count / 2]
        data.replaceSubrange((page - 1) * 4096..<page * 4096, with: Data(count: 4096))
        FileManager.default.createFile(atPath: path, contents: data)
        #expect(throws: (any Error).self) { try SessionStore.open(at: path).entries() }
        let salvage = try SessionStore.salvage(at: path)
        #expect(bytes(path) == data)
        #expect(salvage.lostCount > 0 && salvage.lostCount < 40, "one page of post-its is lost: \(salvage.missing)")
        #expect(Int64(salvage.entries.count) + salvage.lostCount == 400)
        #expect(salvage.entries.first?.seq == 1 && salvage.entries.last?.seq == 400)
    }

    @Test func aNewFileAppearsWholeUnderItsName() throws {
        let path = folder + "/whole.plenum"
        _ = try SessionStore.create(at: path, info: info)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.filter { $0.hasPrefix(".") }.isEmpty, "no half-made file is left behind: \(names)")
        #expect(throws: StoreError.exists(path)) { try SessionStore.create(at: path, info: info) }
    }
}
