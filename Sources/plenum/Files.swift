import ArgumentParser
import Foundation
import PlenumCore

/// Reading users' files with one clear sentence for each way it can fail, and writing atomically.
enum Files {
    /// The bytes of a user's file, refused (UserError) when missing, a folder, unreadable or over `limit`.
    static func read(_ path: String, what: String, limit: Int) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw UserError("cannot read \(path): there is no such file")
        }
        if isDirectory.boolValue {
            throw UserError("\(path) is a folder, not \(what)")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw UserError("cannot read \(path): permission denied")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > limit {
            let mb = (Double(size) / 1_048_576 * 10).rounded() / 10
            throw UserError("\(path) is \(mb) MB; \(what) is a small text file (at most \(limit / 1_048_576) MB)")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw UserError("cannot read \(path)")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
        return [UInt8](data)
    }

    /// A plan file read and checked, with its text; otherwise its problems are printed as
    /// `FILE:LINE:COLUMN: error: …` (warnings too) and the command ends with exit code 2.
    static func loadPlan(_ path: String, defaultLanguage: Language,
                         carried: CarriedMaterial = [:]) throws -> (plan: Plan, text: String) {
        let bytes = try read(path, what: "a plan", limit: PlanLoader.maximumBytes)
        let outcome = PlanLoader.load(bytes, defaultLanguage: defaultLanguage, carried: carried)
        guard let plan = outcome.plan, case .success(let text) = PlanLoader.decode(bytes) else {
            let lines = outcome.diagnostics.map { $0.formatted(file: path) + "\n" }.joined()
            FileHandle.standardError.write(Data(lines.utf8))
            throw ExitCode(2)
        }
        return (plan, text)
    }

    /// Writes `text` to `path` through a temporary file (written in full and fsync'ed) and a
    /// rename, so a reader never sees half a file and a failure leaves the old file as it was.
    static func writeAtomically(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UserError("cannot write \(path): the folder \(folder) does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw UserError("cannot write \(path): it is a folder")
        }
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw UserError("cannot write \(path): \(String(cString: strerror(errno)))") }
        var failure: Int32 = 0
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count, failure == 0 {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno != EINTR { failure = errno } } else { written += n }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            let reason = failure == ENOSPC || failure == EFBIG ? "the disk is full" : String(cString: strerror(failure))
            throw UserError("cannot write \(path): \(reason); nothing was written")
        }
    }
}
