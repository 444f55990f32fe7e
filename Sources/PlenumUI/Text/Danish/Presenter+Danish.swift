import Foundation
import PlenumCore

/// The texts of presentations and of time spans. A time left is always: in Danish.
extension DanishUI: PresenterWords {
    func span(_ seconds: TimeInterval) -> String {
        let total = Int(abs(seconds).rounded(seconds < 0 ? .down : .up))
        let h = total / 3600, m = (total % 3600) / 60, s = total % 60
        if h > 0 { return "\(h) \("t")" + (m > 0 ? " \(m) min" : "") }
        if m > 0 { return "\(m) min" + (s > 0 ? " \(s) s" : "") }
        return "\(s) s"
    }
    func presenterOf(_ n: Int, _ count: Int) -> String { "\(n) af \(count)" }
    func slotOf(_ slot: TimeInterval) -> String { "af \(minutesSpan(slot))" }
    func laterSlots(_ count: Int, _ each: TimeInterval, planned: TimeInterval) -> String {
        let plan = "(plan \(minutesSpan(planned)))"
        if count == 1 { return "den sidste får \(span(each)) \(plan)" }
        return "de \(count) næste får \(span(each)) hver \(plan)"
    }
    var lastPresenterNow: String { "sidste fremlægger" }
    var presenterKeys: String { "> næste fremlægger · < forrige" }
    var forPlenumWord: String { "til plenum" }
    var highlightsWord: String { "quick wins og flest prikker" }
    func presenterMoved(_ name: String) -> String { "\(name) fremlægger nu." }
    func presenterRefusal(_ r: Refusal) -> String? {
        switch r {
        case .noPresenters: return "I denne blok fremlægger ingen på skift."
        case .lastPresenter: return "Det er den sidste fremlægger; n går videre til næste blok."
        case .firstPresenter: return "Det er den første fremlægger."
        default: return nil
        }
    }
    var markedForPlenum: String { "▲ Markeret til plenum" }
    var unmarkedForPlenum: String { "Ikke længere til plenum" }
    var giveBackTitle: String { "Giv minutter tilbage" }
    func minutesToGiveBack(_ m: Int) -> String {
        "\(m) min kan gives tilbage (a)"
    }
    var minutesGivenBack: String { "Minutterne er givet tilbage." }
    var skippedRound: String {
        "Sprunget over: blokken kørte ikke, og ingen er sat i grupper i den."
    }
    func connectLines(_ path: String) -> [String] {
        let word = Self.shellWord(path)
        return ["Sessionen:", "  " + path, "Referenter:", "  plenum note \(word)", "Scenen:", "  plenum stage \(word)"]
    }
    var helpScrollHint: String { "↑ ↓ ruller" }
    func openedMessage(_ path: String) -> String {
        "? viser kommandoerne til referenter og scenen · sessionen: \(path)"
    }
    func seatsCount(_ n: Int) -> String { Plural.count(n, "plads", "pladser") }
    var sitAnywhere: String {
        "Planen nævner ingen: sæt jer ved et bord med en ledig plads."
    }
    var presentationsWord: String { "Fremlæggelser" }
    func plannedActual(_ planned: TimeInterval, _ actual: TimeInterval) -> String {
        let took = actual > 0 ? minutesSpan(actual) : "–"
        return "plan \(minutesSpan(planned)) · faktisk \(took)"
    }
    var plannedCardsWord: String { "Planlagte spørgsmål (ikke stillet)" }
    func slackBefore(_ m: Int, _ title: String) -> String {
        "\(m) min luft før \(title)"
    }
}
