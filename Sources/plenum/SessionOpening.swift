import Foundation
import PlenumCore
import PlenumSession
import PlenumStore

/// How the commands open a session: by what the user typed (a path or a server URL), with the
/// password prompt and the terminal's language; every refusal is one sentence (exit 2).
extension LiveSession {
    /// Opens a session (a file's path, or a server URL) and folds its journal; until its plan's
    /// language is known, refusals are in `language` (the one asked for), else the terminal's.
    /// `keepsJournal` false folds it once, for reading only (see `LiveSession.init`).
    static func open(path: String, readOnly: Bool = false, keepsJournal: Bool = true,
                     language asked: Language? = nil) throws -> LiveSession {
        let before = asked ?? Environment.language
        let journal: any SessionJournal
        let info: SessionInfo
        do {
            journal = try SessionLocation(path, defaultUser: Identity.actor).open(readOnly: readOnly, password: Prompt.password)
            info = try journal.info()
        } catch {
            throw UserError(error.message(before))
        }
        do {
            return try LiveSession(journal: journal, defaultLanguage: Environment.language, keepsJournal: keepsJournal)
        } catch {
            // Once the session is open, it speaks its plan's language (a damaged fact, say).
            let language = info.language ?? PlanLoader.load(text: info.planSource, defaultLanguage: before).plan?.language
            throw UserError(error.message(asked ?? language ?? before))
        }
    }

    /// Creates a new session (a file or a server session) for `planSource` (already checked) and
    /// opens it; `language` is the plan's as loaded, fixed for the session from now on.
    static func create(at path: String, planSource: String, planFile: String, language: Language,
                       rehearsal: Rehearsal?, now: Date = Date()) throws -> LiveSession {
        do {
            return try LiveSession.create(at: SessionLocation(path, defaultUser: Identity.actor), planSource: planSource,
                                          planFile: planFile, language: language, rehearsal: rehearsal, now: now,
                                          password: Prompt.password)
        } catch {
            throw UserError(error.message(language))
        }
    }
}

/// Who is acting: the login name, for the journal's `actor`.
enum Identity {
    static var actor: String {
        let env = ProcessInfo.processInfo.environment
        if let name = env["USER"] ?? env["LOGNAME"], !name.isEmpty { return name }
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "plenum"
    }
}

/// Where session files live by default: `sessions/<date>-<slug>.plenum`, folder mode 0700.
enum SessionPaths {
    static func defaultPath(title: String, day: PlanDate, folder: String = "sessions") -> String {
        "\(folder)/\(day)-\(slug(title)).plenum"
    }

    /// "Bootcamp: Fremtidens kommune" → "bootcamp-fremtidens-kommune".
    static func slug(_ title: String) -> String { Slug.of(title) }

    /// `path` if no file has that name, else the first free of `NAME-2.plenum`, `NAME-3.plenum` …
    /// (a name with a leftover `-wal` file counts as taken: SQLite would read it into a new file).
    static func unused(like path: String) -> String {
        let base = (path as NSString).deletingPathExtension
        let ext = (path as NSString).pathExtension
        func taken(_ p: String) -> Bool {
            FileManager.default.fileExists(atPath: p) || FileManager.default.fileExists(atPath: p + "-wal")
        }
        guard taken(path) else { return path }
        var n = 2
        while taken("\(base)-\(n)" + (ext.isEmpty ? "" : ".\(ext)")) { n += 1 }
        return "\(base)-\(n)" + (ext.isEmpty ? "" : ".\(ext)")
    }

    /// Makes the folder of `path` (mode 0700) if it is missing.
    static func ensureFolder(of path: String, language: Language) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw UserError(language.ui.cannotMakeFolder(folder, reason: error.localizedDescription))
        }
    }
}
