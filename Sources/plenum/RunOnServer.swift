import Foundation
import PlenumCore
import PlenumSession
import PlenumUI

extension Run {
    /// `plenum run PLAN --session postgres://…?session=NAME`: the console on a session kept on a
    /// server, made from the plan if the server has no session of that name yet, resumed if it has.
    /// `--new` (or choosing a new session) makes NAME-2, NAME-3 … beside it, as files get -2, -3 ….
    func runOnServer(_ url: String) throws {
        let location: SessionLocation
        let exists: Bool
        do {
            location = try SessionLocation(url, defaultUser: Identity.actor)
            exists = try location.exists(password: Prompt.password)
        } catch {
            throw UserError(error.message(lang ?? Environment.language))
        }
        if exists {
            if new {
                try startOnServer(at: unused(location))
                return
            }
            let live = try LiveSession.open(path: url, language: lang)
            // Resuming needs no plan file (the session holds the plan as run); a plan file that
            // is there is compared as the session keeps it (its material and carried cards in it).
            let bytes = try? Files.read(plan, what: .plan, limit: PlanLoader.maximumBytes, language: lang ?? Environment.language)
            if bytes.flatMap({ try? PlanLoader.decode($0).get() }) != nil {
                let text = try loadPlanAsKept(keptIn: live.info.planSource).text
                let strings = (lang ?? live.state.plan.language).ui
                let next = try unused(location)
                switch try SessionChoice.ask(new: false, resume: resume, live: live, path: location.description, planSource: text,
                                             planFile: plan, forToday: today, strings: strings, newName: next.description) {
                case .resume: break
                case .new:
                    try startOnServer(at: next)
                    return
                case .quit: return
                }
            }
            try Console.resume(live, path: location.description, language: lang)
            return
        }
        if resume { throw UserError((lang ?? Environment.language).ui.noSessionToResume(location.description)) }
        try startOnServer(at: location)
    }

    /// The next free session name on the server (NAME-2, NAME-3 …).
    private func unused(_ location: SessionLocation) throws -> SessionLocation {
        do {
            return try location.unused(password: Prompt.password)
        } catch {
            throw UserError(error.message(lang ?? Environment.language))
        }
    }

    /// Makes the session on the server from the plan file and opens the console on it.
    private func startOnServer(at location: SessionLocation) throws {
        let (loaded, text) = try loadPlanAsKept(keptIn: nil)
        // The day and a rehearsal's start by the server's clock, which stamps every fact.
        let offset: TimeInterval
        do {
            offset = try location.clockOffset(password: Prompt.password)
        } catch {
            throw UserError(error.message(lang ?? Environment.language))
        }
        let now = Date().addingTimeInterval(offset)
        let day = SessionClock.day(of: now, in: .current)
        let rehearsal = Rehearsal.of(loaded, today: day, now: SessionClock(day: day, timeZone: .current).time(now), forToday: today)
        try Console.create(path: location.description, planSource: text, planFile: plan, language: loaded.language,
                           screenLanguage: lang ?? loaded.language, rehearsal: rehearsal, now: now)
    }
}
