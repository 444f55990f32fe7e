import PlenumCore

/// The texts around opening a session (`plenum run` asking what to do with a changed plan) and
public protocol SessionWords: Sendable {
    /// "2026-11-30 kl. 10:02" / "2026-11-30 at 10:02".
    func startedAt(_ day: PlanDate, _ time: ClockTime) -> String
    /// Why `plenum run` asks before it opens the console.
    func planChanged(session: String, plan: String, started: String) -> String
    func sessionIsRehearsal(session: String, plan: String, started: String) -> String
    var resumeChoice: String { get }
    func newChoice(_ path: String) -> String
    var quitChoice: String { get }
    var chooseSession: String { get }
    /// What `plenum run` prints when the console closes: where the session is and how to join it.
    func sessionSavedHint(_ path: String) -> String
    /// `--track` given for a plan without parallel tracks.
    var noParallelTracks: String { get }
}

extension UIVocabulary {
    /// On the console's title bar in a rehearsal.
    public var rehearsalBadge: String { report.rehearsal.uppercased() }
}
