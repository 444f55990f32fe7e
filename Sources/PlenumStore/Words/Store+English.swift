/// The store's sentences in English.
struct EnglishStore: StoreVocabulary {
    func notFound(_ path: String) -> String { "cannot open \(path): there is no such session file" }
    func notASession(_ path: String) -> String { "\(path) is not a plenum session file; it was left as it was" }
    func newerVersion(_ path: String, _ version: Int) -> String {
        "\(path) was written by a newer plenum (session format \(version)); update plenum to open it. The file was left as it was"
    }
    func damaged(_ path: String, _ reason: String) -> String {
        "\(path) is damaged (\(reason)); it was left as it was, and `plenum recover \(path) -o NEW` saves what can be read"
    }
    func cannotWrite(_ path: String, _ reason: String) -> String { "cannot save to \(path): \(reason)" }
    func cannotOpen(_ path: String, _ reason: String) -> String { "cannot open \(path): \(reason); it was left as it was" }
    func exists(_ path: String) -> String { "\(path) exists already" }
    func reason(_ reason: StoreReason) -> String {
        switch reason {
        case .diskFull: "the disk is full"
        case .readOnly: "the file or its folder is read-only"
        case .damagedFile: "the file is damaged"
        case .busy: "another plenum kept the file busy for too long"
        case .diskError: "the disk could not be read or written (full, or a file size limit)"
        case .permissionDenied: "permission denied"
        case .cutShort: "it is cut short"
        case .sqliteCannotRead: "SQLite cannot read it"
        case .badPageSize: "bad page size"
        case .noSessionDay: "no session day"
        case .walInReadOnlyFolder:
            "its folder cannot be written and its -wal file lies beside it; copy both files to a folder that can be written"
        case .nothingToStartFrom: "the plan and the day it holds cannot be read, so there is nothing to start a new session from"
        case .system(let said): said
        }
    }
}
