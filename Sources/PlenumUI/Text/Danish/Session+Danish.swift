import PlenumCore

/// The texts around opening and closing a session: in Danish.
extension DanishUI: SessionWords {
    func startedAt(_ day: PlanDate, _ time: ClockTime) -> String {
        "\(day) kl. \(time)"
    }
    func planChanged(session: String, plan: String, started: String) -> String {
        "\(session) rummer en session af \(plan), startet \(started), men planen er ændret siden."
    }
    func sessionIsRehearsal(session: String, plan: String, started: String) -> String {
        "\(session) rummer en prøvekørsel af \(plan), startet \(started); --today kører dagen for alvor."
    }
    var resumeChoice: String {
        "  f  fortsæt den session med den plan, den startede med"
    }
    func newChoice(_ path: String) -> String {
        "  n  start en ny sessionsfil: \(path)"
    }
    var quitChoice: String { "  q  stop; intet ændres" }
    var chooseSession: String { "Vælg f, n eller q: " }
    func sessionSavedHint(_ path: String) -> String {
        "Sessionen er gemt i \(path)\nReferenter: plenum note \(path)\nScenen: plenum stage \(path)\nData: plenum export \(path) --format json\n"
    }
    var noParallelTracks: String { "planen har ingen parallelle spor; udelad --track" }
}
