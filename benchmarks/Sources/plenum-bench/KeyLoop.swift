import Foundation
import PlenumCore
import PlenumUI

/// Times each key through the console as the run loop takes it: the key handling, the engine, the
/// fold of its facts, the projection and a full 120×40 render (in-process: no disk, no terminal).
func consoleKeyTimes(_ keys: [Key], ui: inout ConsoleUI, state: inout SessionState, clock: SessionClock,
                     now: Date) -> [Double] {
    var seq = state.lastSeq
    var times: [Double] = []
    for key in keys {
        times.append(milliseconds {
            if case .perform(let intents) = ui.handle(key, state: state, clock: clock, now: now) {
                for intent in intents {
                    if case .success(let new) = Engine.facts(for: intent, in: state, now: now) {
                        for fact in new {
                            seq += 1
                            state.apply(JournalEntry(seq: seq, at: now, actor: "bench", fact: fact))
                        }
                    }
                }
            }
            ui.sync(with: state)
            let projection = Projection.project(state, clock: clock, now: now)
            _ = ConsoleView(state: state, projection: projection, clock: clock, now: now, ui: ui).render(width: 120, height: 40)
        })
    }
    return times
}
