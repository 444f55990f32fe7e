import PlenumCore

/// The texts of a block inside a parallel track (notes, stage, console): in English.
extension EnglishUI: TrackWords {
    func trackPlace(_ track: Track, part: Int) -> String {
        var about = ["Track " + track.title]
        if let room = track.room { about.append(room) }
        about.append("block \(part + 1) of \(track.blocks.count)")
        return about.joined(separator: " · ")
    }
    func captures(_ kinds: [String]) -> String { "Notes: " + kinds.joined(separator: ", ") }
    func roundAt(_ n: Int, _ count: Int, _ visits: String) -> String {
        ("Round \(n) of \(count)") + (visits.isEmpty ? "" : " · " + visits)
    }
    func nextRound(_ visits: String, in time: String) -> String {
        "Next round in \(time): \(visits)"
    }
    func stationHosts(_ station: String, _ names: [String]) -> String {
        station + " · " + "hosts: " + names.joined(separator: ", ")
    }
    func nextAtStation(_ station: String, _ group: String, track: String, in time: String) -> String {
        "Next at \(station) in \(time): \(group) (\(track))"
    }
    var atTheTables: String { "every group at its table" }
    func trackDone(_ title: String) -> String { "Track \(title) is finished" }
    func unknownTrack(_ given: String, _ choices: [String]) -> String {
        "the plan has no track \"\(given)\"; give a number or a room: \(choices.joined(separator: ", "))"
    }
}
