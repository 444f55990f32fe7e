import Foundation
import PlenumCore
import PlenumPostgres
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

    /// A server URL plenum cannot use is refused in Danish and English; the password stays out of both.
    @Test func aServerURLsRefusalsInDanishAndEnglish() {
        let cases: [(String, String, String)] = [
            ("postgres://venue:hemmelig@h/plenum", "en adgangskode hører ikke hjemme i URL'en", "a password does not belong in the URL"),
            ("postgres:///plenum", "postgres:///plenum nævner ingen server", "postgres:///plenum names no server"),
            ("postgres://h/p?session=a%20b", "»a b« kan ikke være navnet på en session", "\"a b\" cannot name a session"),
            ("postgres://h/p?sslmode=allow-ish", "sslmode=allow-ish kender plenum ikke: brug en af disable, prefer,",
             "sslmode=allow-ish is not a mode plenum knows"),
            ("postgres://h/p?connect_timeout=3", "?connect_timeout= læser plenum ikke", "?connect_timeout= is not something plenum reads"),
        ]
        for (url, danish, english) in cases {
            do {
                _ = try PostgresLocator(url: url, defaultUser: "me")
                Issue.record("\(url) was read")
            } catch {
                #expect(error.message(.da).contains(danish), "\(error.message(.da))")
                #expect(error.message(.en).contains(english), "\(error.message(.en))")
                #expect(!error.message(.da).contains("hemmelig") && !error.message(.en).contains("hemmelig"))
            }
        }
    }
}
