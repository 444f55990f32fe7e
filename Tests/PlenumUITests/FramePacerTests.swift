import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// An idle screen is drawn again only when what it shows may change: a fact, the size, a key, or
/// the second its timer shows (and then at once, never a frame before the digits turn).
@Suite struct FramePacerTests {
    @Test func drawsOnlyWhenTheTimersSecondAFactOrTheSizeChanged() throws {
        var scene = try Scene(DemoPlans.text(.da))
        scene.at(9, 0, 0)
        scene.now = scene.now.addingTimeInterval(0.3)  // the timer turns at .3 of every wall-clock second
        scene.perform(.startOrPause)
        scene.now = scene.now.addingTimeInterval(0.5)
        var pacer = FramePacer()
        let firstFrame = pacer.needsDraw(scene.state, width: 80, height: 24, now: scene.now)
        #expect(firstFrame)
        let shown = BigDigits.clock(scene.state.remaining(scene.state.currentID!, at: scene.now))
        var draws = 0
        var t = scene.now
        for _ in 0..<45 {
            t = t.addingTimeInterval(0.1)
            if pacer.needsDraw(scene.state, width: 80, height: 24, now: t) { draws += 1 }
        }
        #expect(draws == 4, "four seconds, four frames")
        #expect(BigDigits.clock(scene.state.remaining(scene.state.currentID!, at: t)) != shown)
        let same = pacer.needsDraw(scene.state, width: 80, height: 24, now: t)
        let resized = pacer.needsDraw(scene.state, width: 100, height: 30, now: t)
        #expect(!same && resized, "nothing changed, then a new size")
        scene.now = t
        scene.perform(.extend(minutes: 1))
        let folded = pacer.needsDraw(scene.state, width: 100, height: 30, now: t)
        pacer.invalidate()
        let keyed = pacer.needsDraw(scene.state, width: 100, height: 30, now: t)
        #expect(folded && keyed, "a new fact, then a key")
    }

    @Test func theWaitEndsJustAfterTheDigitsTurn() throws {
        var scene = try Scene(DemoPlans.text(.da))
        scene.at(9, 0, 0)
        scene.now = scene.now.addingTimeInterval(0.7)
        scene.perform(.startOrPause)
        let id = try #require(scene.state.currentID)
        for offset in stride(from: 0.05, to: 1.0, by: 0.1) {
            let now = scene.now.addingTimeInterval(5 + offset)
            let wait = FramePacer.wait(scene.state, now: now, limit: 2000)
            let before = BigDigits.clock(scene.state.remaining(id, at: now))
            let after = BigDigits.clock(scene.state.remaining(id, at: now.addingTimeInterval(Double(wait) / 1000)))
            #expect(wait >= 1 && wait <= 1010 && before != after, "offset \(offset): wait \(wait) ms")
        }
        #expect(FramePacer.wait(scene.state, now: scene.now.addingTimeInterval(0.5), limit: 250) == 250)
    }
}
