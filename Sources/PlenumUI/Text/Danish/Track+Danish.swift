import PlenumCore

/// The texts of a block inside a parallel track (notes, stage, console): in Danish.
extension DanishUI: TrackWords {
    func trackPlace(_ track: Track, part: Int) -> String {
        var about = ["Spor " + track.title]
        if let room = track.room { about.append(room) }
        about.append("blok \(part + 1) af \(track.blocks.count)")
        return about.joined(separator: " · ")
    }
    func captures(_ kinds: [String]) -> String { "Noter: " + kinds.joined(separator: ", ") }
    func roundAt(_ n: Int, _ count: Int, _ visits: String) -> String {
        ("Runde \(n) af \(count)") + (visits.isEmpty ? "" : " · " + visits)
    }
    func nextRound(_ visits: String, in time: String) -> String {
        "Næste runde om \(time): \(visits)"
    }
    func stationHosts(_ station: String, _ names: [String]) -> String {
        station + " · " + "værter: " + names.joined(separator: ", ")
    }
    func nextAtStation(_ station: String, _ group: String, track: String, in time: String) -> String {
        "Næste ved \(station) om \(time): \(group) (\(track))"
    }
    var atTheTables: String { "alle grupper ved bordene" }
    func trackDone(_ title: String) -> String { "Spor \(title) er færdigt" }
    func unknownTrack(_ given: String, _ choices: [String]) -> String {
        "planen har intet spor \"\(given)\"; vælg et nummer eller et lokale: \(choices.joined(separator: ", "))"
    }
}
