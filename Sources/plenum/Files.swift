import ArgumentParser
import Foundation
import PlenumCore
import PlenumUI

/// Reading users' files with one clear sentence for each way it can fail, and writing them safely.
enum Files {
    /// The bytes of a user's file, refused (UserError, in `language`) when missing, a folder,
    /// unreadable or over `limit`.
    static func read(_ path: String, what kind: FileKind, limit: Int, language: Language) throws -> [UInt8] {
        let said = language.ui
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw UserError(said.noSuchFile(path))
        }
        if isDirectory.boolValue {
            throw UserError(said.isAFolder(path, not: kind))
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw UserError(said.cannotReadPermission(path))
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > limit {
            let mb = (Double(size) / 1_048_576 * 10).rounded() / 10
            throw UserError(said.fileTooBig(path, megabytes: mb, kind, most: limit / 1_048_576))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw UserError(said.cannotRead(path))
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
        // A session file where a plan belongs (the day's file, given to run or check): say so,
        // and how a session is opened, rather than what its bytes are not.
        if data.starts(with: Array("SQLite format 3\u{0}".utf8)) {
            throw UserError(said.sessionNotA(path, kind))
        }
        return [UInt8](data)
    }

    /// A plan file read and checked, with its text (and the texts of the material files it
    /// names, which a session keeps with it); otherwise its problems are printed as
    /// `FILE:LINE:COLUMN: error: …` (warnings too) and the command ends with exit code 2.
    /// `kept`: material texts a session being resumed holds, for files not beside the plan here.
    static func loadPlan(_ path: String, defaultLanguage: Language, carried: CarriedMaterial = [:],
                         kept: MaterialFiles = [:]) throws -> (plan: Plan, text: String) {
        let bytes = try read(path, what: .plan, limit: PlanLoader.maximumBytes, language: defaultLanguage)
        let decoded = try? PlanLoader.decode(bytes).get()
        var materials = decoded.map { MaterialLoading.read(forPlan: path, text: $0) } ?? [:]
        for (file, source) in materials {
            if case .unreadable = source, let text = kept[file] { materials[file] = text }
        }
        let outcome = PlanLoader.load(bytes, defaultLanguage: defaultLanguage, carried: carried, materials: materials)
        guard let plan = outcome.plan, let text = decoded.map({ MaterialLoading.planText($0, with: materials) }) else {
            let lines = outcome.diagnostics.map { $0.formatted(file: path) + "\n" }.joined()
            Output.err(lines)
            throw ExitCode(2)
        }
        return (plan, text)
    }

    /// Who may read a written file: exports hold people's names and words (the owner only);
    /// plans are documents to share.
    enum Access {
        case owner, everyone
        var mode: mode_t { self == .owner ? 0o600 : 0o644 }
    }

    /// A text made in pieces: each piece it hands on is written as it comes, so a large export
    /// never stands whole in memory.
    typealias Producer = ((String) -> Void) -> Void

    /// Writes `text` to `path` as the path is (see `write(to:access:language:_:)`).
    static func write(_ text: String, to path: String, access: Access, language: Language) throws {
        try write(to: path, access: access, language: language) { emit in emit(text) }
    }

    /// Writes what `produce` makes to `path` as the path is: a regular file (or a link to one) is
    /// replaced atomically; a pipe, a FIFO, a terminal or /dev/stdout is written through (a
    /// terminal gets the text cleaned, as on standard output); anything else is refused with a
    /// sentence in `language`.
    static func write(to path: String, access: Access, language: Language, _ produce: Producer) throws {
        let said = language.ui
        var link = stat(), target = stat()
        guard lstat(path, &link) == 0 else { return try replace(path, mode: access.mode, old: nil, said: said, produce) }
        guard stat(path, &target) == 0 else {
            throw UserError(said.cannotWrite(path, said.linkToNothing))
        }
        switch target.st_mode & S_IFMT {
        case S_IFREG:
            let real = link.st_mode & S_IFMT == S_IFLNK ? realpath(path, nil).map { p in defer { free(p) }; return String(cString: p) } : path
            try replace(real ?? path, mode: access.mode, old: target.st_mode & 0o777, said: said, produce)
        case S_IFIFO, S_IFCHR:
            let fd = open(path, O_WRONLY | O_NOCTTY)
            guard fd >= 0 else { throw UserError(said.cannotWrite(path, String(cString: strerror(errno)))) }
            defer { close(fd) }
            try writeAll(to: fd, what: path, language: language, produce)
        case S_IFDIR:
            throw UserError(said.cannotWrite(path, said.isFolder))
        default:
            throw UserError(said.cannotWrite(path, said.notFilePipeOrTerminal))
        }
    }

    /// Writes all the pieces `produce` hands on into what `fd` already is (standard output, a
    /// pipe, a terminal — cleaned there), or says in one sentence why not. A reader that closes
    /// the pipe ends the writing, not plenum.
    static func writeAll(to fd: Int32, what: String, language: Language, _ produce: Producer) throws {
        let terminal = isatty(fd) != 0
        var failure: Int32 = 0
        produce { piece in if failure == 0 { failure = write(terminal ? SafeText.clean(piece) : piece, to: fd) } }
        guard failure != 0, failure != EPIPE else { return }
        throw UserError(language.ui.cannotWriteTo(what, String(cString: strerror(failure))))
    }

    /// Writes all of `text` to `fd` from where it lies (no copy of a large export); the errno of a
    /// failure, or 0.
    private static func write(_ text: String, to fd: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { bytes -> Int32 in
            guard let base = bytes.baseAddress else { return 0 }
            var written = 0
            while written < bytes.count {
                let n = systemWrite(fd, base + written, bytes.count - written)
                if n < 0 {
                    if errno != EINTR { return errno }
                } else {
                    written += n
                }
            }
            return 0
        }
    }

    /// Replaces (or creates) a regular file through a temporary file (written in full and
    /// fsync'ed) and a rename, so a reader never sees half a file and a failure leaves the old
    /// file as it was. The file gets `mode`, never more than the file it replaces had (`old`).
    private static func replace(_ path: String, mode: mode_t, old: mode_t?, said: UIStrings, _ produce: Producer) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UserError(said.cannotWrite(path, said.folderMissing(folder)))
        }
        let temporary = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        unlink(temporary)  // a leftover of a process that died with this id
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw UserError(said.cannotWrite(path, String(cString: strerror(errno)))) }
        var failure: Int32 = 0
        produce { piece in if failure == 0 { failure = write(piece, to: fd) } }
        let umask = currentUmask()
        if failure == 0, fchmod(fd, mode & (old ?? ~umask) & ~umask) != 0 { failure = errno }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            let reason = failure == ENOSPC || failure == EFBIG ? said.diskFull : String(cString: strerror(failure))
            throw UserError(said.cannotWriteNothingWritten(path, reason))
        }
    }

    /// The process's umask (reading it means setting it; it is set straight back).
    private static func currentUmask() -> mode_t {
        let mask = umask(0o077)
        umask(mask)
        return mask
    }
}
