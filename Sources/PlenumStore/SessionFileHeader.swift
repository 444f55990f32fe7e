import Foundation

/// Checks a file's first bytes before SQLite ever touches it, so that a file that is not ours, is
/// from a newer plenum or is cut short is refused without a single byte of it changing.
enum SessionFileHeader {
    /// "PLNM": the SQLite application id of a plenum session file.
    static let applicationID: UInt32 = 0x504C_4E4D

    static func validate(_ path: String, newestVersion: Int) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw isDirectory.boolValue ? .notASession(path) : .cannotWrite(path, "permission denied")
            }
            throw .notFound(path)
        }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
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
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else { throw .damaged(path, "bad page size") }
        guard size % pageSize == 0 else { throw .damaged(path, "it is cut short") }
        if uint32(92) == uint32(24), size < Int(uint32(28)) * pageSize {
            throw .damaged(path, "it is cut short")
        }
    }
}
