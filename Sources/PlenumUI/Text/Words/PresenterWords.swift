import Foundation
import Foundation
import PlenumCore

/// The texts of presentations and of time spans. A time left is always
public protocol PresenterWords: Sendable {
    /// A span of time: "9 min 57 s", "45 s", "1 t 5 min" / "1 h 5 min" (the sign is dropped).
    func span(_ seconds: TimeInterval) -> String
    // Presentations (console and stage)
    func presenterOf(_ n: Int, _ count: Int) -> String
    func slotOf(_ slot: TimeInterval) -> String
    func laterSlots(_ count: Int, _ each: TimeInterval, planned: TimeInterval) -> String
    var lastPresenterNow: String { get }
    var presenterKeys: String { get }
    var forPlenumWord: String { get }
    var highlightsWord: String { get }
    func presenterMoved(_ name: String) -> String
    func presenterRefusal(_ r: Refusal) -> String?
    // Notes: marking what the table reports
    var markedForPlenum: String { get }
    var unmarkedForPlenum: String { get }
    // Giving minutes back after a catch-up
    var giveBackTitle: String { get }
    func minutesToGiveBack(_ m: Int) -> String
    var minutesGivenBack: String { get }
    // A skipped block on the groups screen
    var skippedRound: String { get }
    func connectLines(_ path: String) -> [String]
    var helpScrollHint: String { get }
    func openedMessage(_ path: String) -> String
    // A plan that names nobody: seats, not invented people
    func seatsCount(_ n: Int) -> String
    var sitAnywhere: String { get }
    // Review: presenters and the questions of a block that did not run
    var presentationsWord: String { get }
    func plannedActual(_ planned: TimeInterval, _ actual: TimeInterval) -> String
    var plannedCardsWord: String { get }
    func slackBefore(_ m: Int, _ title: String) -> String
}

extension UIVocabulary {

    /// Whole minutes, rounded: "10 min".
    public func minutesSpan(_ seconds: TimeInterval) -> String { "\(Int((seconds / 60).rounded())) min" }

    /// "9 min 57 s tilbage" / "2 min 3 s over tid".
    public func timeLeft(_ seconds: TimeInterval) -> String {
        seconds < 0 ? span(seconds) + " " + over : span(seconds) + " " + left
    }

    // Where the session is, and how notetakers and the stage open it
    /// A path as a shell reads it: quoted when it holds anything but plain characters.
    public static func shellWord(_ path: String) -> String {
        let plain = path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "/._-+:,@".contains($0)) }
        return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
