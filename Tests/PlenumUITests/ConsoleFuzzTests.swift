import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// The console's first frames, rendered without a terminal, for the largest plan `check` accepts
/// and for seeded plans with large numbers, deep nesting and long strings: every plan either is
/// refused by the loader or renders on every screen, cleanly. The suite's time limit is only a
/// hang guard; the figures are in benchmarks/.
@Suite struct ConsoleFuzzTests {
    /// A day at every bound at once: 100 tables (200 groups, 500 seats), 100 blocks of every kind
    /// with 200-character titles, 10 groups blocks (5,000 placements), 50 cards of 500
    /// characters, rotations of 50 stations, tracks of 10.
    static func largestPlan() -> String {
        let title = { (n: Int) in "Blok \(n) " + String(repeating: "ÆØÅ 会 ", count: 40).prefix(190) }
        var out = "title = \"\(title(0))\"\nstart = \"00:00\"\nlanguage = \"da\"\n"
        out += "[tables]\ncount = 100\ngroups = 2\nseats = 5\n"
        let cards = (1...50).map { "\"Kort \($0) " + String(repeating: "spørgsmål ", count: 48) + "\"" }.joined(separator: ", ")
        let stations = (1...50).map { "\"Station \($0)\"" }.joined(separator: ", ")
        for n in 1...100 {
            out += "[[blocks]]\ntitle = \"\(title(n))\"\n" + (n % 5 == 3 ? "" : "minutes = 14\n")
            switch n % 5 {
            case 0 where n % 10 == 0:
                out += "kind = \"groups\"\nformation = \"\(["mixed", "random", "new", "keep", "table"][(n / 10) % 5])\"\ncards = [\(cards)]\n"
            case 0: out += "kind = \"plenum\"\ncards = [\(cards)]\n"
            case 1: out += "kind = \"plenum\"\npresent = \"groups\"\n"
            case 2: out += "kind = \"rotation\"\nstations = [\(stations)]\n"
            case 3:
                out += "kind = \"tracks\"\n"
                for t in 1...10 {
                    out += "[[blocks.tracks]]\ntitle = \"Spor \(t)\"\n"
                    out += "blocks = [" + (1...5).map { _ in "{ title = \"\(title(t))\", kind = \"plenum\", minutes = 2 }" }
                        .joined(separator: ", ") + "]\n"
                }
            default: out += "kind = \"break\"\n"
            }
        }
        return out
    }

    static let numbers = ["99999999999999999999", "9223372036854775807", "1440", "1441", "100", "101", "1000", "0", "-5"]
    static let texts = ["\"" + String(repeating: "x", count: 5000) + "\"", "\"" + String(repeating: "y", count: 200) + "\"",
                        "\"" + String(repeating: "e\u{301}\u{316}", count: 60) + "\"", "\"\\u001B]0;owned\\u0007\\u001B[2J\\u202E\""]
    static let lines = ["zz = " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40),
                        "zz = " + String(repeating: "{a=", count: 40) + "1" + String(repeating: "}", count: 40),
                        Array(repeating: "a", count: 40).joined(separator: ".") + " = 1",
                        "[[blocks]]\ntitle = \"x\"\nkind = \"plenum\"\nminutes = 1440"]

    /// One seeded change: a number made large, a text made long or hostile, nesting added.
    static func mutate(_ text: String, _ rng: inout SplitMix64) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let numeric = lines.indices.filter { lines[$0].range(of: #"^\s*\w+\s*=\s*\d+\s*$"#, options: .regularExpression) != nil }
        let quoted = lines.indices.filter { lines[$0].range(of: #"^\s*\w+\s*=\s*""#, options: .regularExpression) != nil }
        func replaceValue(_ l: Int, _ value: String) {
            if let eq = lines[l].firstIndex(of: "=") { lines[l] = lines[l][...eq] + " " + value }
        }
        switch Int.random(in: 0..<3, using: &rng) {
        case 0 where !numeric.isEmpty:
            replaceValue(numeric.randomElement(using: &rng)!, numbers.randomElement(using: &rng)!)
        case 1 where !quoted.isEmpty:
            replaceValue(quoted.randomElement(using: &rng)!, texts.randomElement(using: &rng)!)
        default:
            lines.insert(Self.lines.randomElement(using: &rng)!, at: Int.random(in: 0...lines.count, using: &rng))
        }
        return lines.joined(separator: "\n")
    }

    /// Renders the first frames of the console for `state`: before the day, after Space, and the
    /// groups, wall, check-in, themes and help overlays; every screen clean.
    static func firstFrames(_ scene: inout Scene) -> [Screen] {
        var screens: [Screen] = []
        let seating = scene.seating()
        for size in [(80, 24), (120, 40)] {
            screens.append(scene.console(size.0, size.1, seating: seating))
        }
        scene.perform(.startOrPause)
        for keys in [[Key.character("n")], [.character("c")], [.character("g")], [.character("w")], [.character("k")],
                     [.character("T")], [.character("?")]] {
            var ui = ConsoleUI(strings: scene.state.plan.language.ui)
            for key in keys { _ = ui.handle(key, state: scene.state, clock: scene.clock, now: scene.now) }
            screens.append(scene.console(120, 40, ui: ui, seating: seating))
        }
        screens.append(scene.stage(80, 24, seating: seating.seating))
        return screens
    }

    @Test(.timeLimit(.minutes(5))) func theLargestPlanRendersEveryFirstFrame() throws {
        var scene = try Scene(Self.largestPlan())
        let screens = Self.firstFrames(&scene)
        for screen in screens { #expect(HostileTextTests.clean(screen)) }
        for screen in screens.dropLast() { #expect(screen.text.contains("plenum ·"), "\(screen.text.prefix(200))") }
        #expect(screens.last?.text.contains("Blok 1") == true, "the stage shows the first block")
        #expect(screens[0].text.contains("Blok 1"))
    }

    @Test(.timeLimit(.minutes(5))) func mutatedPlansAreRefusedOrRender() throws {
        let plans = [try examplePlan("workshop"), try examplePlan("dialogmoede")]
        var rng = SplitMix64(seed: 1414)
        var rendered = 0
        for round in 0..<40 {
            let text = Self.mutate(plans[round % plans.count], &rng)
            let outcome = PlanLoader.load(Array(text.utf8), defaultLanguage: .da)
            guard outcome.plan != nil else {
                #expect(outcome.diagnostics.hasErrors, "round \(round): refused without a sentence")
                continue
            }
            var scene = try Scene(text)
            for screen in Self.firstFrames(&scene) { #expect(HostileTextTests.clean(screen), "round \(round)") }
            rendered += 1
        }
        #expect(rendered > 3 && rendered < 40, "\(rendered) of 40 rendered")
    }
}
