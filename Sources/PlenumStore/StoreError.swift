/// Why a session file cannot be opened or written, as one sentence for the user.
public enum StoreError: Error, Sendable, Equatable {
    case notFound(String)
    case notASession(String)
    case newerVersion(String, Int)
    case damaged(String, String)
    case cannotWrite(String, String)
    /// The file could not be opened for a reason that is not its content (a full disk, a lock).
    case cannotOpen(String, String)
    case exists(String)

    public var message: String {
        switch self {
        case .notFound(let path):
            return "cannot open \(path): there is no such session file"
        case .notASession(let path):
            return "\(path) is not a plenum session file; it was left as it was"
        case .newerVersion(let path, let version):
            return "\(path) was written by a newer plenum (session format \(version)); update plenum to open it. The file was left as it was"
        case .damaged(let path, let reason):
            return "\(path) is damaged (\(reason)); it was left as it was, and `plenum recover \(path) -o NEW` saves what can be read"
        case .cannotWrite(let path, let reason):
            return "cannot save to \(path): \(reason)"
        case .cannotOpen(let path, let reason):
            return "cannot open \(path): \(reason); it was left as it was"
        case .exists(let path):
            return "\(path) exists already"
        }
    }
}
