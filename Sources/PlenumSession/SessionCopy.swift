import Foundation
import PlenumCore
import PlenumPostgres
import PlenumStore

/// `plenum copy FROM TO`: a whole session from a file to a server or back (to archive the day),
/// with its facts, numbers, stamps and authors as they were. The target must not exist yet.
public enum SessionCopy {
    /// Copies and checks; returns how many facts were copied.
    public static func copy(from source: SessionLocation, to target: SessionLocation,
                            password: ServerPassword) throws(JournalError) -> Int {
        let from = try source.open(readOnly: true, password: password)
        let info = try from.info()
        let entries = try from.entries(after: 0)
        let to = try target.create(info: info, password: password)
        switch to {
        case let server as PostgresJournal:
            try server.importEntries(entries)
        case let file as SessionFileJournal:
            // A file numbers its facts itself, from 1 without gaps, as the source did: appended
            // together as they were stamped (one append per stamp and author), they keep their
            // numbers and their stamps.
            var start = 0
            while start < entries.count {
                var end = start + 1
                while end < entries.count, entries[end].at == entries[start].at, entries[end].actor == entries[start].actor {
                    end += 1
                }
                try file.append(entries[start..<end].map(\.fact), actor: entries[start].actor, at: entries[start].at, id: UUID())
                start = end
            }
        default:
            throw JournalError.said { $0.cannotCopyInto(target.description) }
        }
        let copied = try to.entries(after: 0)
        guard copied == entries else {
            throw JournalError.said { $0.copyDiffers(target.description, from: source.description) }
        }
        return copied.count
    }
}
