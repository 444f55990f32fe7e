import PlenumCore

/// The texts of a block inside a parallel track (notes, stage, console), in Danish and English.
extension UIStrings {
    /// "Spor Fællesskaber · Byrådssalen · blok 2 af 3".
    public func trackPlace(_ track: Track, part: Int) -> String {
        var about = [(da ? "Spor " : "Track ") + track.title]
        if let room = track.room { about.append(room) }
        about.append(da ? "blok \(part + 1) af \(track.blocks.count)" : "block \(part + 1) of \(track.blocks.count)")
        return about.joined(separator: " · ")
    }
    public func captures(_ kinds: [String]) -> String { (da ? "Noter: " : "Notes: ") + kinds.joined(separator: ", ") }
    /// "Runde 2 af 4 · Politikerpanel: Bord 1 · gruppe 2".
    public func roundAt(_ n: Int, _ count: Int, _ visits: String) -> String {
        (da ? "Runde \(n) af \(count)" : "Round \(n) of \(count)") + (visits.isEmpty ? "" : " · " + visits)
    }
    public func nextRound(_ visits: String, in time: String) -> String {
        da ? "Næste runde om \(time): \(visits)" : "Next round in \(time): \(visits)"
    }
    /// "Politikerpanel · værter: Anne Vang, Bo Lund".
    public func stationHosts(_ station: String, _ names: [String]) -> String {
        station + " · " + (da ? "værter: " : "hosts: ") + names.joined(separator: ", ")
    }
    /// "Næste ved Politikerpanel om 03:00: Bord 3 · gruppe 1 (Natur og klima)".
    public func nextAtStation(_ station: String, _ group: String, track: String, in time: String) -> String {
        da ? "Næste ved \(station) om \(time): \(group) (\(track))" : "Next at \(station) in \(time): \(group) (\(track))"
    }
    public var atTheTables: String { da ? "alle grupper ved bordene" : "every group at its table" }
    public func trackDone(_ title: String) -> String { da ? "Spor \(title) er færdigt" : "Track \(title) is finished" }
    public func unknownTrack(_ given: String, _ choices: [String]) -> String {
        da ? "planen har intet spor \"\(given)\"; vælg et nummer eller et lokale: \(choices.joined(separator: ", "))"
           : "the plan has no track \"\(given)\"; give a number or a room: \(choices.joined(separator: ", "))"
    }
}
