import PlenumCore

/// What `plenum db` and `plenum copy` say: in Danish.
extension DanishUI: ServerWords {
    func serverReady(_ url: String, version: Int) -> String { "\(url) er klar (plenums tabeller version \(version))." }
    func serverMigrated(_ url: String, from: Int, to: Int) -> String { "\(url) er klar: plenums tabeller version \(from) → \(to)." }
    func noSessionsOn(_ url: String) -> String { "Der er ingen sessioner på \(url) endnu." }
    func factCount(_ n: Int64) -> String { "\(n) fakta" }
    func copied(_ n: Int, from: String, to: String) -> String { "Kopierede \(n) fakta fra \(from) til \(to)." }
}
