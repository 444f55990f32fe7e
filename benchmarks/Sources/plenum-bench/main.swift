import Foundation
import PlenumCore
import PlenumStore
import PlenumUI

/// Prints plenum's in-process figures as `name: value unit`, one per line (see benchmarks/README.md).

func percentile(_ samples: [Double], _ p: Double) -> Double {
    let sorted = samples.sorted()
    guard !sorted.isEmpty else { return 0 }
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

func milliseconds(_ work: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func report(_ name: String, _ value: Double, _ unit: String) {
    print("\(name): \(String(format: "%.2f", value)) \(unit)")
}

let folder = NSTemporaryDirectory() + "plenum-bench-" + UUID().uuidString
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }

let source = DemoPlans.text(.da)
guard let plan = PlanLoader.load(text: source, defaultLanguage: .da).plan else { fatalError("the demo plan does not load") }
let zone = TimeZone(identifier: "Europe/Copenhagen")!
let clock = SessionClock(day: PlanDate(year: 2026, month: 3, day: 12), timeZone: zone)
let info = SessionInfo(planSource: source, planFile: "bootcamp.toml", day: clock.day, timeZone: zone.identifier,
                       createdAt: Date(), seed: 1)

// `plenum-bench --make-session FILE`: only make a fresh bootcamp session there (for the scripts).
if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "--make-session" {
    _ = try SessionStore.create(at: CommandLine.arguments[2], info: info)
    exit(0)
}

// `plenum-bench --follow SESSION N NAME`: commit and commit-to-another-terminal times (a file or a server).
if CommandLine.arguments.count == 5, CommandLine.arguments[1] == "--follow" {
    try followFigures(location: CommandLine.arguments[2], count: Int(CommandLine.arguments[3]) ?? 500, name: CommandLine.arguments[4])
    exit(0)
}

// `plenum-bench --make-10k-session FILE`: a bootcamp session with 10,000 post-its (for the scripts).
if CommandLine.arguments.count == 3, CommandLine.arguments[1] == "--make-10k-session" {
    try makeTenThousandSession(at: CommandLine.arguments[2])
    exit(0)
}

// `plenum-bench --make-postits-session N FILE`: the same with N post-its (for the scripts).
if CommandLine.arguments.count == 4, CommandLine.arguments[1] == "--make-postits-session", let n = Int(CommandLine.arguments[2]) {
    try makeTenThousandSession(at: CommandLine.arguments[3], count: n)
    exit(0)
}

// `plenum-bench --10k`: only the figures on 10,000 post-its.
if CommandLine.arguments.count == 2, CommandLine.arguments[1] == "--10k" {
    try tenThousandFigures(plan: plan)
    exit(0)
}

// `plenum-bench --perfect`: only the seating figures of instances whose best seating is known.
if CommandLine.arguments.count == 2, CommandLine.arguments[1] == "--perfect" {
    perfectRoundsFigures()
    exit(0)
}

// `plenum-bench --groups`: only the seating figures.
if CommandLine.arguments.count == 2, CommandLine.arguments[1] == "--groups" {
    groupsFigures()
    exit(0)
}

// A day's worth of facts and then some: 20,000, the way a long day with many terminals piles them up.
func facts(_ n: Int) -> [Fact] {
    var result: [Fact] = [.dayStarted, .blockStarted(block: "p1")]
    var i = 0
    while result.count < n {
        switch i % 4 {
        case 0: result.append(.paused)
        case 1: result.append(.resumed)
        case 2: result.append(.extended(block: "p\(1 + (i / 4) % 14)", minutes: 1))
        default: result.append(.extended(block: "p\(1 + (i / 4) % 14)", minutes: -1))
        }
        i += 1
    }
    return result
}

// postit_commit_p99_ms: one post-it appended and fsync'ed (synchronous=FULL), as Enter in `plenum note` does.
let commitStore = try SessionStore.create(at: folder + "/commit.plenum", info: info)
var commits: [Double] = []
for i in 0..<500 {
    let fact = Fact.postItAdded(PostItDraft(id: "c\(i)", block: "p1", table: "Bord 1", group: 1, kind: "pointe",
                                            text: "Post-it nummer \(i) med æøå og lidt mere tekst 🚲", author: "bench"))
    commits.append(try milliseconds { _ = try commitStore.append([fact], actor: "bench", at: Date()) })
}
report("postit_commit_p50_ms", percentile(commits, 0.5), "ms")
report("postit_commit_p99_ms", percentile(commits, 0.99), "ms")

// open_session_20k_facts_ms: open the file, read every fact, fold them: what resuming costs.
let big = try SessionStore.create(at: folder + "/big.plenum", info: info)
let all = facts(20_000)
for chunk in stride(from: 0, to: all.count, by: 1000) {
    _ = try big.append(Array(all[chunk..<min(all.count, chunk + 1000)]), actor: "bench", at: Date())
}
var opens: [Double] = []
var folded = SessionState(plan: plan)
for _ in 0..<5 {
    opens.append(try milliseconds {
        let store = try SessionStore.open(at: folder + "/big.plenum")
        folded = SessionState(plan: plan).applying(try store.entries())
    })
}
report("open_session_20k_facts_ms", percentile(opens, 0.5), "ms")

// console_key_to_screen_p99_ms: a key through the console's handling, the engine, the fold and a
// full 120×40 render, in-process (no disk, no terminal), on the 20,000-fact session.
var state = folded
let now = Date()
var ui = ConsoleUI(strings: Language.da.ui)
let keys = consoleKeyTimes((0..<1000).map { $0 % 2 == 0 ? Key.character("+") : .character("-") }, ui: &ui, state: &state,
                           clock: clock, now: now)
report("console_key_to_screen_p50_ms", percentile(keys, 0.5), "ms")
report("console_key_to_screen_p99_ms", percentile(keys, 0.99), "ms")

// check_plan_100_blocks_300_people_ms: parse, validate and schedule a large plan (no process start).
var lines = ["title = \"Stor plan\"", "start = \"00:05\"", "people = ["]
for i in 0..<300 { lines.append("  { name = \"Deltager \(i + 1)\", segment = \"S\(i % 4)\" },") }
lines += ["]", "[segments]", "S0 = \"a\"", "S1 = \"b\"", "S2 = \"c\"", "S3 = \"d\"", "[tables]", "count = 25", "groups = 2"]
for i in 0..<100 {
    lines += ["[[blocks]]", "title = \"Blok \(i + 1) – æøå\"", "kind = \"\(i % 10 == 1 ? "groups" : ["plenum", "break"][i % 2])\"", "minutes = 2"]
}
let largePlan = lines.joined(separator: "\n")
var checks: [Double] = []
for _ in 0..<20 {
    checks.append(milliseconds { _ = PlanLoader.load(text: largePlan, defaultLanguage: .da) })
}
report("check_plan_100_blocks_300_people_ms", percentile(checks, 0.5), "ms")

// notes_key_to_screen_p99_ms: a typed character through the notes screen's handling and a full
// 80×24 render, with 300 post-its at the table in the running block.
var notesState = SessionState(plan: plan).applying([JournalEntry(seq: 1, at: now, actor: "bench", fact: .dayStarted),
                                                    JournalEntry(seq: 2, at: now, actor: "bench", fact: .blockStarted(block: "p2"))])
for i in 0..<300 {
    notesState.apply(JournalEntry(seq: Int64(3 + i), at: now, actor: "bench", fact: .postItAdded(PostItDraft(
        id: "n\(i)", block: "p2", table: "Bord 1", group: 1, kind: "pointe", text: "Post-it \(i): en idé om cykelstier og bænke", author: "bench"))))
}
var notesUI = NotesUI(strings: Language.da.ui, desk: NoteDesk(table: "Bord 1", group: 1, author: "bench"))
var noteKeys: [Double] = []
for i in 0..<1000 {
    let key: Key = i % 40 == 39 ? .control("u") : .character(Array("æøå cykelsti ")[i % 13])
    noteKeys.append(milliseconds {
        _ = notesUI.handle(key, state: notesState)
        _ = NotesView(state: notesState, clock: clock, now: now, ui: notesUI).render(width: 80, height: 24)
    })
}
report("notes_key_to_screen_p50_ms", percentile(noteKeys, 0.5), "ms")
report("notes_key_to_screen_p99_ms", percentile(noteKeys, 0.99), "ms")
