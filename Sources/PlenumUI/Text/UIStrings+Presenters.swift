import Foundation
import PlenumCore

/// The texts of presentations and of time spans, in Danish and English. A time left is always
/// written as a span ("9 min 57 s"), never like a time of day ("09:57"), which it sits next to.
extension UIStrings {
    /// A span of time: "9 min 57 s", "45 s", "1 t 5 min" / "1 h 5 min" (the sign is dropped).
    public func span(_ seconds: TimeInterval) -> String {
        let total = Int(abs(seconds).rounded(seconds < 0 ? .down : .up))
        let h = total / 3600, m = (total % 3600) / 60, s = total % 60
        if h > 0 { return "\(h) \(da ? "t" : "h")" + (m > 0 ? " \(m) min" : "") }
        if m > 0 { return "\(m) min" + (s > 0 ? " \(s) s" : "") }
        return "\(s) s"
    }

    /// Whole minutes, rounded: "10 min".
    public func minutesSpan(_ seconds: TimeInterval) -> String { "\(Int((seconds / 60).rounded())) min" }

    /// "9 min 57 s tilbage" / "2 min 3 s over tid".
    public func timeLeft(_ seconds: TimeInterval) -> String {
        seconds < 0 ? span(seconds) + " " + over : span(seconds) + " " + left
    }

    // Presentations (console and stage)
    public func presenterOf(_ n: Int, _ count: Int) -> String { da ? "\(n) af \(count)" : "\(n) of \(count)" }
    public func slotOf(_ slot: TimeInterval) -> String { da ? "af \(minutesSpan(slot))" : "of \(minutesSpan(slot))" }
    public func laterSlots(_ count: Int, _ each: TimeInterval, planned: TimeInterval) -> String {
        let plan = "(plan \(minutesSpan(planned)))"
        if count == 1 { return da ? "den sidste får \(span(each)) \(plan)" : "the last gets \(span(each)) \(plan)" }
        return da ? "de \(count) næste får \(span(each)) hver \(plan)" : "the next \(count) get \(span(each)) each \(plan)"
    }
    public var lastPresenterNow: String { da ? "sidste fremlægger" : "last presenter" }
    public var presenterKeys: String { da ? "> næste fremlægger · < forrige" : "> next presenter · < previous" }
    public var forPlenumWord: String { da ? "til plenum" : "for plenum" }
    public var highlightsWord: String { da ? "quick wins og flest prikker" : "quick wins and most dots" }
    public func presenterMoved(_ name: String) -> String { da ? "\(name) fremlægger nu." : "\(name) presents now." }
    public func presenterRefusal(_ r: Refusal) -> String? {
        switch r {
        case .noPresenters: return da ? "I denne blok fremlægger ingen på skift." : "Nobody presents in turn in this block."
        case .lastPresenter: return da ? "Det er den sidste fremlægger; n går videre til næste blok."
                                       : "This is the last presenter; n moves on to the next block."
        case .firstPresenter: return da ? "Det er den første fremlægger." : "This is the first presenter."
        default: return nil
        }
    }

    // Notes: marking what the table reports
    public var markedForPlenum: String { da ? "▲ Markeret til plenum" : "▲ Marked for plenum" }
    public var unmarkedForPlenum: String { da ? "Ikke længere til plenum" : "No longer for plenum" }
    public var notesPlenumHelp: String {
        da ? "p på en valgt: til plenum (▲), det bordet fremlægger (p igen fjerner). Listen har også bordets tidligere blokke."
           : "p on a selected one: for plenum (▲), what the table reports (p again removes it). The list has the table's earlier blocks too."
    }

    // Giving minutes back after a catch-up
    public var giveBackTitle: String { da ? "Giv minutter tilbage" : "Give minutes back" }
    public func minutesToGiveBack(_ m: Int) -> String {
        da ? "\(m) min kan gives tilbage (a)" : "\(m) min to give back (a)"
    }
    public var minutesGivenBack: String { da ? "Minutterne er givet tilbage." : "The minutes are given back." }

    // A skipped block on the groups screen
    public var skippedRound: String {
        da ? "Sprunget over: blokken kørte ikke, og ingen er sat i grupper i den." : "Skipped: the block did not run, and nobody is seated in it."
    }

    // Where the session is, and how notetakers and the stage open it
    /// A path as a shell reads it: quoted when it holds anything but plain characters.
    public static func shellWord(_ path: String) -> String {
        let plain = path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/._-+:,@".contains($0)) }
        return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
    public func connectLines(_ path: String) -> [String] {
        let word = Self.shellWord(path)
        return da ? ["Sessionen:", "  " + path, "Referenter:", "  plenum note \(word)", "Scenen:", "  plenum stage \(word)"]
                  : ["The session:", "  " + path, "Notetakers:", "  plenum note \(word)", "The stage:", "  plenum stage \(word)"]
    }
    public var helpScrollHint: String { da ? "↑ ↓ ruller" : "↑ ↓ scroll" }
    public func openedMessage(_ path: String) -> String {
        da ? "? viser kommandoerne til referenter og scenen · sessionen: \(path)"
           : "? shows the commands for notetakers and the stage · the session: \(path)"
    }

    // A plan that names nobody: seats, not invented people
    public func seatsCount(_ n: Int) -> String { da ? "\(n) \(n == 1 ? "plads" : "pladser")" : "\(n) \(n == 1 ? "seat" : "seats")" }
    public var sitAnywhere: String {
        da ? "Planen nævner ingen: sæt jer ved et bord med en ledig plads." : "The plan names nobody: sit at any table with a free seat."
    }

    // Review: presenters and the questions of a block that did not run
    public var presentationsWord: String { da ? "Fremlæggelser" : "Presentations" }
    public func plannedActual(_ planned: TimeInterval, _ actual: TimeInterval) -> String {
        let took = actual > 0 ? minutesSpan(actual) : "–"
        return da ? "plan \(minutesSpan(planned)) · faktisk \(took)" : "planned \(minutesSpan(planned)) · actual \(took)"
    }
    public var plannedCardsWord: String { da ? "Planlagte spørgsmål (ikke stillet)" : "Planned questions (not asked)" }

    public func slackBefore(_ m: Int, _ title: String) -> String {
        da ? "\(m) min luft før \(title)" : "\(m) min to spare before \(title)"
    }
}
