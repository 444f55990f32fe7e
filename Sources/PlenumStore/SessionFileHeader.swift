import Foundation

/// Checks a file's first bytes before SQLite ever touches it, so that a file that is not ours or is
/// from a newer plenum is refused without a single byte of it changing.
///
/// The file's size is deliberately not judged here: a WAL database whose main file is shorter
/// than its header says is normal after a crash or a full disk during a checkpoint (the WAL still
/// holds every committed page), and only SQLite can tell that from a file that is really cut short.
enum SessionFileHeader {
    /// "PLNM": the SQLite application id of a plenum session file.
    static let applicationID: UInt32 = 0x504C_4E4D

    static func validate(_ path: String, newestVersion: Int) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw isDirectory.boolValue ? .notASession(path) : .cannotWrite(path, .permissionDenied)
            }
            throw .notFound(path)
        }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw .notASession(path)
        }
        func uint32(_ offset: Int) -> UInt32 {
            header[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
        }
        guard uint32(68) == applicationID else { throw .notASession(path) }
        let version = Int(uint32(60))
        if version > newestVersion { throw .newerVersion(path, version) }
        let rawPageSize = Int(header[16]) << 8 | Int(header[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else { throw .damaged(path, .badPageSize) }
    }

    /// Why SQLite found the file damaged, in words: "it is cut short" when the main file is shorter
    /// than its header says and there is no WAL that could hold the rest.
    static func damage(_ path: String, sqliteSays reason: StoreReason) -> StoreReason {
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        guard wal == 0, let handle = FileHandle(forReadingAtPath: path) else { return reason }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard header.count == 100 else { return reason }
        func uint32(_ offset: Int) -> Int { Int(header[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }) }
        let rawPageSize = Int(header[16]) << 8 | Int(header[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        return size < uint32(28) * pageSize || size % pageSize != 0 ? .cutShort : reason
    }
}
