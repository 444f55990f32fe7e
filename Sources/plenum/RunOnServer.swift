import Foundation
import PlenumCore
import PlenumSession
import PlenumUI

extension Run {
    /// `plenum run PLAN --session postgres://…?session=NAME`: the console on a session kept on a
    /// server, made from the plan if the server has no session of that name yet, resumed if it has.
    func runOnServer(_ url: String) throws {
        let location: SessionLocation
        let exists: Bool
        do {
            location = try SessionLocation(url, defaultUser: Identity.actor)
            exists = try location.exists(password: Prompt.password)
        } catch {
            throw UserError(error.message)
        }
        if exists {
            if new { throw UserError("\(location.description) exists already; name another session (?session=…) for a new one") }
            let live = try LiveSession.open(path: url)
            let text = (try? Files.read(plan, what: "a plan", limit: PlanLoader.maximumBytes)).map { String(decoding: $0, as: UTF8.self) }
            if let text {
                let strings = (lang ?? live.state.plan.language).ui
                switch try SessionChoice.ask(new: false, resume: resume, live: live, path: location.description, planSource: text,
                                             planFile: plan, forToday: today, strings: strings) {
                case .resume: break
                case .new: throw UserError("name another session (?session=…) in the URL to start a new one from \(plan)")
                case .quit: return
                }
            }
            try Console.resume(live, path: location.description, language: lang)
            return
        }
        if resume { throw UserError("there is no session \(location.description) to resume; without --resume, plenum run starts it") }
        let (loaded, text) = try Files.loadPlan(plan, defaultLanguage: lang ?? Environment.language)
        let now = Date()
        let day = SessionClock.day(of: now, in: .current)
        let rehearsal = Rehearsal.of(loaded, today: day, now: SessionClock(day: day, timeZone: .current).time(now), forToday: today)
        try Console.create(path: url, planSource: text, planFile: plan, language: loaded.language,
                           screenLanguage: lang ?? loaded.language, rehearsal: rehearsal, now: now)
    }
}
