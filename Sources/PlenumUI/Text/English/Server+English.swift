import PlenumCore

/// What `plenum db` and `plenum copy` say: in English.
extension EnglishUI: ServerWords {
    func serverReady(_ url: String, version: Int) -> String { "\(url) is ready (plenum tables version \(version))." }
    func serverMigrated(_ url: String, from: Int, to: Int) -> String { "\(url) is ready: plenum tables version \(from) → \(to)." }
    func noSessionsOn(_ url: String) -> String { "There are no sessions on \(url) yet." }
    func factCount(_ n: Int64) -> String { n == 1 ? "1 fact" : "\(n) facts" }
    func copied(_ n: Int, from: String, to: String) -> String { "Copied \(n) fact\(n == 1 ? "" : "s") from \(from) to \(to)." }
}
