import Foundation
import PlenumCore
import PlenumSession
import PlenumUI

/// What `plenum run` does with a session file that already exists: resume it, start a new file
/// beside it, or stop. A plan file that changed since the session started (or `--today` on a
/// rehearsal) is a choice the facilitator makes before the console opens, never a passing message.
enum SessionChoice {
    case resume, new, quit

    /// `--new` and `--resume` answer at once; an unchanged plan resumes; otherwise the terminal
    /// asks, and without a terminal the command is refused with a sentence naming both flags.
    /// `newName` is what a new session would be called (default: the next free file name).
    static func ask(new: Bool, resume: Bool, live: LiveSession, path: String, planSource: String,
                    planFile: String, forToday: Bool, strings: UIStrings, newName: String? = nil) throws -> SessionChoice {
        if new { return .new }
        let planChanged = live.info.planSource != planSource
        let realWanted = forToday && live.info.rehearsal != nil
        if resume || !(planChanged || realWanted) { return .resume }
        let plan = (planFile as NSString).lastPathComponent
        guard isatty(STDIN_FILENO) != 0 else {
            throw UserError(strings.sessionNeedsChoice(path, plan: plan, rehearsal: !planChanged,
                                                             onServer: SessionLocation.namesServer(path)))
        }
        let started = strings.startedAt(live.info.day, live.clock.time(live.info.createdAt))
        let reason = planChanged ? strings.planChanged(session: path, plan: plan, started: started)
                                 : strings.sessionIsRehearsal(session: path, plan: plan, started: started)
        let lines = [reason, strings.resumeChoice, strings.newChoice(newName ?? SessionPaths.unused(like: path)), strings.quitChoice]
        Output.out(lines.map { $0 + "\n" }.joined())
        while true {
            Output.out(strings.chooseSession)
            guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return .quit }
            switch answer.first {
            case "f", "r": return .resume
            case "n": return .new
            case "q": return .quit
            default: continue
            }
        }
    }
}
