import Foundation
import PlenumCore
import PlenumStore
import PlenumUI

/// `count` post-its (10,000 by default) over the day's groups blocks and four tables, with dots,
/// themes and quick wins on some: a very busy day (a real one has a few hundred). The running block
/// ("p2") holds a fifth of them.
func tenThousandPostIts(_ count: Int = 10_000) -> [Fact] {
    var facts: [Fact] = [.dayStarted, .blockStarted(block: "p2")]
    let blocks = ["p2", "p4", "p5", "p6", "p8"]
    let texts = ["Flere cykelstier langs havnen", "Bedre busforbindelser til landsbyerne – også om aftenen",
                 "Et borgerpanel for unge 🚲", "\"Åbne\" møder i kommunalbestyrelsen", "Fællesspisning i hallen <hver måned>"]
    for i in 0..<count {
        let id = "b\(i)"
        facts.append(.postItAdded(PostItDraft(id: id, block: blocks[i % blocks.count], table: "Bord \(1 + i % 4)",
                                              group: 1 + (i / 4) % 2, kind: ["pointe", "mulighed"][i % 2],
                                              text: "\(texts[i % texts.count]) (\(i))", author: "referent \(1 + i % 4)")))
        if i % 7 == 0 { facts.append(.voted(id: id, delta: 1)) }
        if i % 11 == 0 { facts.append(.themed(id: id, theme: ["Transport", "Demokrati", "Fællesskab"][i % 3])) }
        if i % 97 == 0 { facts.append(.quickWinMarked(id: id, on: true)) }
    }
    return facts
}

/// Writes a bootcamp session with `tenThousandPostIts(count)` to `path` (for the scripts), in one
/// transaction: 100,000 post-its in a few seconds instead of 100,000 commits.
func makeTenThousandSession(at path: String, count: Int = 10_000) throws {
    let store = try SessionStore.create(at: path, info: info)
    _ = try store.append(tenThousandPostIts(count), actor: "bench", at: Date())
}

/// The figures on 10,000 post-its: every export rendered in-process, and a key on the wall.
func tenThousandFigures(plan: Plan) throws {
    let path = folder + "/10k.plenum"
    try makeTenThousandSession(at: path)
    let store = try SessionStore.open(at: path)
    let entries = try store.entries()
    let state = SessionState(plan: plan).applying(entries)
    for format in ExportFormat.allCases {
        var runs: [Double] = []
        for _ in 0..<3 {
            runs.append(milliseconds {
                _ = format.render(state: state, entries: entries, clock: clock, createdAt: Date(), now: Date(), anonymous: false)
            })
        }
        report("export_render_\(format.rawValue)_10k_postits_ms", percentile(runs, 0.5), "ms")
    }
    // keystroke_to_screen_p99_ms: the wall open on a block of 2,000 post-its (10,000 in the day):
    // ↓, a dot, ↓, a dot taken off … through the console's keys, the engine, the fold, a 120×40 render.
    var live = state
    var ui = ConsoleUI(strings: Language.da.ui)
    let now = Date()
    _ = ui.handle(.character("w"), state: live, clock: clock, now: now)
    let keys = consoleKeyTimes((0..<1000).map { [Key.down, .character("v"), .right, .character("V")][$0 % 4] }, ui: &ui,
                               state: &live, clock: clock, now: now)
    report("keystroke_to_screen_p50_ms", percentile(keys, 0.5), "ms")
    report("keystroke_to_screen_p99_ms", percentile(keys, 0.99), "ms")
}
