import PlenumCore

/// The texts around opening and closing a session: in English.
extension EnglishUI: SessionWords {
    func startedAt(_ day: PlanDate, _ time: ClockTime) -> String {
        "\(day) at \(time)"
    }
    func planChanged(session: String, plan: String, started: String) -> String {
        "\(session) holds a session of \(plan), started \(started), but the plan has changed since."
    }
    func sessionIsRehearsal(session: String, plan: String, started: String) -> String {
        "\(session) holds a rehearsal of \(plan), started \(started); --today runs the day for real."
    }
    var resumeChoice: String {
        "  r  resume that session with the plan it started with"
    }
    func newChoice(_ path: String) -> String {
        "  n  start a new session file: \(path)"
    }
    var quitChoice: String { "  q  quit; nothing changes" }
    var chooseSession: String { "Choose r, n or q: " }
    func sessionSavedHint(_ path: String) -> String {
        "The session is saved in \(path)\nNotetakers: plenum note \(path)\nThe stage: plenum stage \(path)\nData: plenum export \(path) --format json\n"
    }
    var noParallelTracks: String { "the plan has no parallel tracks; leave out --track" }
}
