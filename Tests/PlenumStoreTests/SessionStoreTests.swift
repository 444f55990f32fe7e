import Foundation
import GRDB
import PlenumCore
import Testing
@testable import PlenumStore

@Suite struct SessionStoreTests {
    let folder: String = {
        let path = NSTemporaryDirectory() + "plenum-store-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    let info = SessionInfo(planSource: "title = \"Dag – æøå\"\n", planFile: "dag.toml",
                           day: PlanDate(year: 2026, month: 3, day: 12), timeZone: "Europe/Copenhagen",
                           createdAt: Date(timeIntervalSince1970: 1_773_300_000), seed: 42)

    @Test func theLanguageAndARehearsalAreKeptWithTheSession() throws {
        var rehearsed = info
        rehearsed.language = .da
        rehearsed.rehearsal = Rehearsal(shiftMinutes: -125)
        _ = try SessionStore.create(at: folder + "/r.plenum", info: rehearsed)
        #expect(try SessionStore.open(at: folder + "/r.plenum").info() == rehearsed)
        // A file from before either was stored reads as "not said" and "for real".
        _ = try SessionStore.create(at: folder + "/o.plenum", info: info)
        let old = try SessionStore.open(at: folder + "/o.plenum").info()
        #expect(old.language == nil && old.rehearsal == nil)
    }

    @Test func createAppendAndReopen() throws {
        let path = folder + "/s.plenum"
        let store = try SessionStore.create(at: path, info: info)
        let t = Date(timeIntervalSince1970: 1_773_302_400.123)
        let written = try store.append([.dayStarted, .blockStarted(block: "p1")], actor: "anne", at: t)
        #expect(written.map(\.seq) == [1, 2])
        try store.append([.blockEdited(block: "p2", title: "Ny titel \"æ\"", minutes: 12, at: .set(ClockTime(hour: 10, minute: 5)))],
                         actor: "bo", at: t)
        try store.append([.blockEdited(block: "p3", title: nil, minutes: nil, at: .clear),
                          .blockInserted(block: "i1", after: nil, title: "Ekstra", kind: .break, minutes: 5)], actor: "bo", at: t)

        let reopened = try SessionStore.open(at: path)
        #expect(try reopened.info() == info)
        let entries = try reopened.entries()
        #expect(entries.map(\.fact) == [
            .dayStarted, .blockStarted(block: "p1"),
            .blockEdited(block: "p2", title: "Ny titel \"æ\"", minutes: 12, at: .set(ClockTime(hour: 10, minute: 5))),
            .blockEdited(block: "p3", title: nil, minutes: nil, at: .clear),
            .blockInserted(block: "i1", after: nil, title: "Ekstra", kind: .break, minutes: 5),
        ])
        #expect(entries[0].actor == "anne")
        #expect(abs(entries[0].at.timeIntervalSince(t)) < 0.001)
        #expect(try reopened.entries(after: 3).map(\.seq) == [4, 5])
    }

    @Test func theFileIsPrivateAndInWALWithFullSync() throws {
        let path = folder + "/p.plenum"
        let store = try SessionStore.create(at: path, info: info)
        try store.append([.dayStarted], actor: "a", at: Date())
        let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? 0
        #expect(mode & 0o777 == 0o600)
        let db = try DatabaseQueue(path: path)
        #expect(try db.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
        // FULL (2): every commit is fsync'ed, on a new file and on a reopened one.
        #expect(try store.synchronousSetting() == 2)
        #expect(try SessionStore.open(at: path).synchronousSetting() == 2)
    }

    @Test func aSecondCreateRefuses() throws {
        let path = folder + "/twice.plenum"
        _ = try SessionStore.create(at: path, info: info)
        #expect(throws: StoreError.exists(path)) { try SessionStore.create(at: path, info: info) }
    }

    func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    @Test func foreignFilesAreRefusedAndLeftUntouched() throws {
        let text = folder + "/notes.plenum"
        FileManager.default.createFile(atPath: text, contents: Data("hello".utf8))
        let other = folder + "/other.plenum"
        let queue = try DatabaseQueue(path: other)
        try queue.write { try $0.execute(sql: "CREATE TABLE t (x); INSERT INTO t VALUES (1)") }
        try queue.close()
        let empty = folder + "/empty.plenum"
        FileManager.default.createFile(atPath: empty, contents: Data())
        for path in [text, other, empty] {
            let before = bytes(path)
            #expect(throws: StoreError.notASession(path)) { try SessionStore.open(at: path) }
            #expect(bytes(path) == before)
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        }
        #expect(throws: StoreError.notFound(folder + "/missing.plenum")) { try SessionStore.open(at: folder + "/missing.plenum") }
    }

    @Test func aNewerVersionIsRefusedAndLeftUntouched() throws {
        let path = folder + "/newer.plenum"
        let store = try SessionStore.create(at: path, info: info)
        try store.append([.dayStarted], actor: "a", at: Date())
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "PRAGMA user_version = 7") }
        try queue.close()
        let before = bytes(path)
        #expect(throws: StoreError.newerVersion(path, 7)) { try SessionStore.open(at: path) }
        #expect(bytes(path) == before)
    }

    @Test func truncatedAndZeroedFilesAreDamaged() throws {
        let path = folder + "/cut.plenum"
        let store = try SessionStore.create(at: path, info: info)
        for i in 0..<200 { try store.append([.extended(block: "p1", minutes: i % 3 - 1)], actor: "a", at: Date()) }
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
        var data = bytes(path)
        #expect(data.count > 8192)
        data = data.prefix(data.count - 4096 - 100)
        let cut = folder + "/cut2.plenum"
        FileManager.default.createFile(atPath: cut, contents: data)
        #expect(throws: StoreError.damaged(cut, .cutShort)) { try SessionStore.open(at: cut) }
        #expect(bytes(cut) == data)
        var zeroed = bytes(path)
        for i in 4096..<min(zeroed.count, 12288) { zeroed[i] = 0 }
        let zero = folder + "/zero.plenum"
        FileManager.default.createFile(atPath: zero, contents: zeroed)
        #expect(throws: (any Error).self) { try SessionStore.open(at: zero).entries() }
        #expect(bytes(zero) == zeroed)
    }

    @Test func twoWritersInterleaveWithoutLoss() throws {
        let path = folder + "/two.plenum"
        let a = try SessionStore.create(at: path, info: info)
        let b = try SessionStore.open(at: path)
        for i in 0..<100 {
            try a.append([.cardDealt(block: "a", card: i)], actor: "a", at: Date())
            try b.append([.cardDealt(block: "b", card: i)], actor: "b", at: Date())
        }
        let entries = try SessionStore.open(at: path).entries()
        #expect(entries.count == 200)
        #expect(entries.map(\.seq) == Array(1...200))
        #expect(entries.filter { $0.actor == "a" }.map(\.fact) == (0..<100).map { .cardDealt(block: "a", card: $0) })
    }

    @Test func changesByAnotherConnectionAreNoticed() throws {
        let path = folder + "/watch.plenum"
        let writer = try SessionStore.create(at: path, info: info)
        let reader = try SessionStore.open(at: path)
        _ = reader.hasChangedElsewhere()
        #expect(!reader.hasChangedElsewhere())
        try writer.append([.dayStarted], actor: "a", at: Date())
        #expect(reader.hasChangedElsewhere())
        #expect(!reader.hasChangedElsewhere())
    }

    @Test func aReadOnlyFileOpensForReadingAndRefusesWrites() throws {
        let path = folder + "/ro.plenum"
        let store = try SessionStore.create(at: path, info: info)
        try store.append([.dayStarted], actor: "a", at: Date())
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
        let readOnly = try SessionStore.open(at: path, readOnly: true)
        #expect(readOnly.isReadOnly)
        #expect(try readOnly.entries().count == 1)
        #expect(throws: StoreError.cannotWrite(path, .readOnly)) {
            try readOnly.append([.paused], actor: "a", at: Date())
        }
    }
}
