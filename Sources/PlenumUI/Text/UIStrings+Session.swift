import PlenumCore

/// The texts around opening a session (`plenum run` asking what to do with a changed plan) and
/// the rehearsal mark on the console, in Danish and English.
extension UIStrings {
    /// On the console's title bar in a rehearsal.
    public var rehearsalBadge: String { report.rehearsal.uppercased() }

    /// "2026-11-30 kl. 10:02" / "2026-11-30 at 10:02".
    public func startedAt(_ day: PlanDate, _ time: ClockTime) -> String {
        da ? "\(day) kl. \(time)" : "\(day) at \(time)"
    }

    /// Why `plenum run` asks before it opens the console.
    public func planChanged(session: String, plan: String, started: String) -> String {
        da ? "\(session) rummer en session af \(plan), startet \(started), men planen er ændret siden."
           : "\(session) holds a session of \(plan), started \(started), but the plan has changed since."
    }

    public func sessionIsRehearsal(session: String, plan: String, started: String) -> String {
        da ? "\(session) rummer en prøvekørsel af \(plan), startet \(started); --today kører dagen for alvor."
           : "\(session) holds a rehearsal of \(plan), started \(started); --today runs the day for real."
    }

    public var resumeChoice: String {
        da ? "  f  fortsæt den session med den plan, den startede med" : "  r  resume that session with the plan it started with"
    }

    public func newChoice(_ path: String) -> String {
        da ? "  n  start en ny sessionsfil: \(path)" : "  n  start a new session file: \(path)"
    }

    public var quitChoice: String { da ? "  q  stop; intet ændres" : "  q  quit; nothing changes" }

    public var chooseSession: String { da ? "Vælg f, n eller q: " : "Choose r, n or q: " }
}
