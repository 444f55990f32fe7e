import PlenumCore

/// What `plenum db` and `plenum copy` say when they are done.
public protocol ServerWords: Sendable {
    /// "URL is ready (plenum tables version N)."
    func serverReady(_ url: String, version: Int) -> String
    /// "URL is ready: plenum tables version 1 → 2."
    func serverMigrated(_ url: String, from: Int, to: Int) -> String
    func noSessionsOn(_ url: String) -> String
    /// A session's facts in `plenum db list`: "12 facts".
    func factCount(_ n: Int64) -> String
    /// "Copied N facts from FROM to TO."
    func copied(_ n: Int, from: String, to: String) -> String
}
