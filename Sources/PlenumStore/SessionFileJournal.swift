import Foundation
import PlenumCore

/// A session file as a `SessionJournal`: the embedded default that needs nothing installed. The
/// file is stamped with the writer's clock (every writer of a file runs on one machine), and its
/// append either commits (fsync'ed) or fails for certain, so it keeps no append ids.
public final class SessionFileJournal: SessionJournal {
    /// The open file underneath.
    public private(set) var store: SessionStore
    public let stampsWithOwnClock = false
    public let remembersAppendIDs = false
    public let clockOffset: TimeInterval = 0

    public init(_ store: SessionStore) {
        self.store = store
    }

    /// Opens an existing session file (see `SessionStore.open`).
    public static func open(at path: String, readOnly: Bool = false) throws(JournalError) -> SessionFileJournal {
        do {
            return SessionFileJournal(try SessionStore.open(at: path, readOnly: readOnly))
        } catch {
            throw error.journalError
        }
    }

    /// Creates a new session file (it must not exist) for a session.
    public static func create(at path: String, info: SessionInfo) throws(JournalError) -> SessionFileJournal {
        do {
            return SessionFileJournal(try SessionStore.create(at: path, info: info))
        } catch {
            throw error.journalError
        }
    }

    public var locator: String { store.path }
    public var isReadOnly: Bool { store.isReadOnly }

    public func info() throws(JournalError) -> SessionInfo {
        do { return try store.info() } catch { throw error.journalError }
    }

    public func entries(after seq: Int64) throws(JournalError) -> [JournalEntry] {
        do { return try store.entries(after: seq) } catch { throw error.journalError }
    }

    public func hasChangedElsewhere() -> Bool { store.hasChangedElsewhere() }

    public func forEachEntry(after seq: Int64, _ body: (JournalEntry) -> Void) throws(JournalError) {
        do { try store.forEachEntry(after: seq, body) } catch { throw error.journalError }
    }

    public func undoFacts() throws(JournalError) -> [JournalEntry] {
        do { return try store.undoFacts() } catch { throw error.journalError }
    }

    public func lastSeq() -> Int64 { store.lastSeq() }

    @discardableResult
    public func append(_ facts: [Fact], actor: String, at proposed: Date, id: UUID) throws(JournalError) -> [JournalEntry] {
        do { return try store.append(facts, actor: actor, at: proposed) } catch { throw error.journalError }
    }

    /// A file opened read-only is opened again for writing if that has become possible; true
    /// when it can be written now.
    public func becomeWritable() -> Bool {
        guard store.isReadOnly else { return true }
        guard let reopened = try? SessionStore.open(at: store.path), !reopened.isReadOnly else { return false }
        store = reopened
        return true
    }
}
