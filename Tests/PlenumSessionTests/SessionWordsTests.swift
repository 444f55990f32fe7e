import Foundation
import PlenumCore
import PlenumSession
import Testing

/// What the session layer says itself is said in every language: the caller picks the session's
/// or the terminal's.
@Suite struct SessionWordsTests {
    @Test func aStoredPlanThatCannotRunIsSaidInDanishAndEnglish() {
        let info = SessionInfo(planSource: "title = \"Dag\"\n", planFile: "dag.toml", day: PlanDate(year: 2026, month: 3, day: 12),
                               timeZone: "Europe/Copenhagen", createdAt: Date(), seed: 7, language: .da)
        do {
            _ = try LiveSession(journal: MemoryJournal(info: info, locator: "dag.plenum"), defaultLanguage: .en)
            Issue.record("a plan without blocks was run")
        } catch {
            #expect(error.message(.da).hasPrefix("planen i dag.plenum kan ikke køres: "), "\(error.message(.da))")
            #expect(error.message(.en).hasPrefix("the plan stored in dag.plenum cannot be run: "), "\(error.message(.en))")
            #expect(error.message == error.message(.en))
        }
    }

    @Test func copyWordsInDanishAndEnglish() {
        let error = JournalError.said { $0.copyDiffers("b.plenum", from: "a.plenum") }
        #expect(error.message(.da).hasPrefix("kopien i b.plenum passer ikke med a.plenum (kildens numre har huller"))
        #expect(error.message(.en).hasPrefix("the copy in b.plenum does not match a.plenum"))
        #expect(!error.mayRetry)
    }
}
