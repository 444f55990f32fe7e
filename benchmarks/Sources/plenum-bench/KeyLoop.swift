import Foundation
import PlenumCore
import PlenumSession
import PlenumUI

/// Times each key through the console as the run loop takes it: the key handling, the session
/// layer (the engine, the write to a journal in memory, the fold), the projection and a full
/// 120×40 render (in-process: no disk, no terminal).
func consoleKeyTimes(_ keys: [Key], ui: inout ConsoleUI, session: LiveSession, now: Date) -> [Double] {
    var times: [Double] = []
    for key in keys {
        times.append(milliseconds {
            if case .perform(let intents) = ui.handle(key, state: session.state, clock: session.clock, now: now) {
                for intent in intents { _ = try? session.perform(intent, actor: "bench", at: now) }
            }
            ui.sync(with: session.state)
            let projection = Projection.project(session.state, clock: session.clock, now: now)
            _ = ConsoleView(state: session.state, projection: projection, clock: session.clock, now: now, ui: ui)
                .render(width: 120, height: 40)
        })
    }
    return times
}
