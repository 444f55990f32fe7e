/// What `plenum db` and `plenum copy` say, and the waiting screen for a session on a server.
extension UIStrings {
    public var waitingForServerSession: String {
        da ? "Venter på sessionen på serveren" : "Waiting for the session on the server"
    }

    public func serverReady(_ url: String, version: Int) -> String {
        da ? "\(url) er klar (plenums tabeller version \(version))." : "\(url) is ready (plenum tables version \(version))."
    }

    public func serverMigrated(_ url: String, from: Int, to: Int) -> String {
        da ? "\(url) er klar: plenums tabeller version \(from) → \(to)." : "\(url) is ready: plenum tables version \(from) → \(to)."
    }

    public func noSessionsOn(_ url: String) -> String {
        da ? "Der er ingen sessioner på \(url) endnu." : "There are no sessions on \(url) yet."
    }

    public func factCount(_ n: Int64) -> String {
        da ? "\(n) fakta" : (n == 1 ? "1 fact" : "\(n) facts")
    }

    public func copied(_ n: Int, from: String, to: String) -> String {
        da ? "Kopierede \(n) fakta fra \(from) til \(to)." : "Copied \(n) fact\(n == 1 ? "" : "s") from \(from) to \(to)."
    }
}
