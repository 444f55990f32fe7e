import PlenumCore

/// The texts of a block inside a parallel track (notes, stage, console).
public protocol TrackWords: Sendable {
    /// "Spor Fællesskaber · Byrådssalen · blok 2 af 3".
    func trackPlace(_ track: Track, part: Int) -> String
    func captures(_ kinds: [String]) -> String
    /// "Runde 2 af 4 · Politikerpanel: Bord 1 · gruppe 2".
    func roundAt(_ n: Int, _ count: Int, _ visits: String) -> String
    func nextRound(_ visits: String, in time: String) -> String
    /// "Politikerpanel · værter: Anne Vang, Bo Lund".
    func stationHosts(_ station: String, _ names: [String]) -> String
    /// "Næste ved Politikerpanel om 03:00: Bord 3 · gruppe 1 (Natur og klima)".
    func nextAtStation(_ station: String, _ group: String, track: String, in time: String) -> String
    var atTheTables: String { get }
    func trackDone(_ title: String) -> String
    func unknownTrack(_ given: String, _ choices: [String]) -> String
}
