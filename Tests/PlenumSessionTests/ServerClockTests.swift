import Foundation
import PlenumCore
@testable import PlenumPostgres
import PlenumSession
import Testing

/// A laptop whose own clock is minutes off still shows the countdown every other terminal shows:
/// facts are stamped with the server's clock, and each connection measures this machine's clock
/// against it.
@Suite(TestServer.enabled) struct ServerClockTests {
    static let plan = """
        title = "Ur"
        start = "09:00"
        [[blocks]]
        title = "Velkomst"
        kind = "plenum"
        minutes = 20
        """

    /// A clock this test sets: `skew` seconds off the machine's.
    final class SkewedClock: @unchecked Sendable {
        private let lock = NSLock()
        private var skew: TimeInterval
        init(_ skew: TimeInterval) { self.skew = skew }
        func set(_ seconds: TimeInterval) { lock.withLock { skew = seconds } }
        var clock: WallClock { { [self] in Date().addingTimeInterval(lock.withLock { skew }) } }
    }

    /// The current block's seconds left as `session` shows them at `now`.
    func secondsLeft(_ session: LiveSession, at now: Date) throws -> TimeInterval {
        let id = try #require(session.state.currentID)
        let end = try #require(Projection.project(session.state, clock: session.clock, now: now).item(id)?.end)
        return end.timeIntervalSince(now)
    }

    @Test func aLaptopWhoseClockIsMinutesOffCountsDownWithTheServer() throws {
        let location = SessionLocation.server(try TestServer.freshSession())
        let password = ServerPassword(environment: ProcessInfo.processInfo.environment)
        let facilitator = try LiveSession.create(at: location, planSource: Self.plan, planFile: "ur.toml", language: .da,
                                                 rehearsal: nil, now: Date(), password: password)
        #expect(try facilitator.perform(.startOrPause, actor: "anne") == nil)

        // A notetaker's laptop 7 minutes 17 seconds fast.
        let laptop = SkewedClock(437)
        let notetaker = try LiveSession.open(location, password: password, defaultLanguage: .da, localClock: laptop.clock)
        let server = try #require(notetaker.store as? PostgresJournal)
        #expect(abs(notetaker.store.clockOffset + 437) < 1, "measured \(notetaker.store.clockOffset) s")

        let serverNow = try server.serverNow()
        let shown = try secondsLeft(notetaker, at: notetaker.now())
        let truth = try secondsLeft(notetaker, at: serverNow)
        #expect(abs(shown - truth) < 1, "the laptop shows \(shown) s left, the server's clock says \(truth) s")
        // Without the offset the laptop would be minutes out: the test can tell.
        #expect(abs(try secondsLeft(notetaker, at: laptop.clock()) - truth) > 400)

        // A new session is reckoned by the server's clock too (its day, a rehearsal's start).
        #expect(abs(try location.clockOffset(password: password, localClock: laptop.clock) + 437) < 1)

        // The offset is measured again on a new connection: the laptop's clock corrected meanwhile
        // (4 minutes slow now), a dropped connection, and the countdown still agrees.
        laptop.set(-240)
        let admin = try #require(try location.open(password: password) as? PostgresJournal)
        try admin.terminate(backend: try server.backendPID())
        _ = try? server.lastSeq()
        #expect(eventually { (try? server.backendPID()) != nil })
        #expect(abs(notetaker.store.clockOffset - 240) < 1, "measured \(notetaker.store.clockOffset) s after reconnecting")
        let again = try secondsLeft(notetaker, at: notetaker.now())
        #expect(abs(again - (try secondsLeft(notetaker, at: try server.serverNow()))) < 1)
    }
}
