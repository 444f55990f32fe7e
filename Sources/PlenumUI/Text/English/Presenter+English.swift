import Foundation
import PlenumCore

/// The texts of presentations and of time spans. A time left is always: in English.
extension EnglishUI: PresenterWords {
    func span(_ seconds: TimeInterval) -> String {
        let total = Int(abs(seconds).rounded(seconds < 0 ? .down : .up))
        let h = total / 3600, m = (total % 3600) / 60, s = total % 60
        if h > 0 { return "\(h) \("h")" + (m > 0 ? " \(m) min" : "") }
        if m > 0 { return "\(m) min" + (s > 0 ? " \(s) s" : "") }
        return "\(s) s"
    }
    func presenterOf(_ n: Int, _ count: Int) -> String { "\(n) of \(count)" }
    func slotOf(_ slot: TimeInterval) -> String { "of \(minutesSpan(slot))" }
    func laterSlots(_ count: Int, _ each: TimeInterval, planned: TimeInterval) -> String {
        let plan = "(plan \(minutesSpan(planned)))"
        if count == 1 { return "the last gets \(span(each)) \(plan)" }
        return "the next \(count) get \(span(each)) each \(plan)"
    }
    var lastPresenterNow: String { "last presenter" }
    var presenterKeys: String { "> next presenter · < previous" }
    var forPlenumWord: String { "for plenum" }
    var highlightsWord: String { "quick wins and most dots" }
    func presenterMoved(_ name: String) -> String { "\(name) presents now." }
    func presenterRefusal(_ r: Refusal) -> String? {
        switch r {
        case .noPresenters: return "Nobody presents in turn in this block."
        case .lastPresenter: return "This is the last presenter; n moves on to the next block."
        case .firstPresenter: return "This is the first presenter."
        default: return nil
        }
    }
    var markedForPlenum: String { "▲ Marked for plenum" }
    var unmarkedForPlenum: String { "No longer for plenum" }
    var giveBackTitle: String { "Give minutes back" }
    func minutesToGiveBack(_ m: Int) -> String {
        "\(m) min to give back (a)"
    }
    var minutesGivenBack: String { "The minutes are given back." }
    var skippedRound: String {
        "Skipped: the block did not run, and nobody is seated in it."
    }
    func connectLines(_ path: String) -> [String] {
        let word = Self.shellWord(path)
        return ["The session:", "  " + path, "Notetakers:", "  plenum note \(word)", "The stage:", "  plenum stage \(word)"]
    }
    var helpScrollHint: String { "↑ ↓ scroll" }
    func openedMessage(_ path: String) -> String {
        "? shows the commands for notetakers and the stage · the session: \(path)"
    }
    func seatsCount(_ n: Int) -> String { Plural.count(n, "seat", "seats") }
    var sitAnywhere: String {
        "The plan names nobody: sit at any table with a free seat."
    }
    var presentationsWord: String { "Presentations" }
    func plannedActual(_ planned: TimeInterval, _ actual: TimeInterval) -> String {
        let took = actual > 0 ? minutesSpan(actual) : "–"
        return "planned \(minutesSpan(planned)) · actual \(took)"
    }
    var plannedCardsWord: String { "Planned questions (not asked)" }
    func slackBefore(_ m: Int, _ title: String) -> String {
        "\(m) min to spare before \(title)"
    }
}
