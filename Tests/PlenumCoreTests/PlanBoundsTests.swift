import Foundation
import Testing
@testable import PlenumCore

/// Every number and size in a plan has a bound no real day meets; beyond it `check` refuses the
/// plan with a sentence at the line and column, so nothing that passes can overflow or exhaust
/// another command. The hostile plans are made here, by the tests.
@Suite struct PlanBoundsTests {
    typealias Case = PlanErrorTests.Case

    static func block(_ lines: String) -> String {
        "title = \"T\"\nstart = \"09:00\"\n[[blocks]]\ntitle = \"a\"\nkind = \"plenum\"\n" + lines + "\n"
    }

    static func tables(_ lines: String) -> String {
        "title = \"T\"\nstart = \"09:00\"\n[tables]\n" + lines + "\n[[blocks]]\ntitle = \"a\"\nkind = \"plenum\"\nminutes = 5\n"
    }

    static func blocks(_ count: Int, minutes: Int = 5) -> String {
        "title = \"T\"\nstart = \"00:00\"\n" + String(repeating: "[[blocks]]\ntitle = \"a\"\nkind = \"plenum\"\nminutes = \(minutes)\n", count: count)
    }

    static let cases: [Case] = [
        Case(name: "minutes past Int", text: block("minutes = 200000000000000000"),
             expected: "6:11: error: `minutes` of block 1 \"a\" is 200000000000000000; at most 1440 (a whole day)"),
        Case(name: "minutes = Int.max", text: block("minutes = 9223372036854775807"),
             expected: "6:11: error: `minutes` of block 1 \"a\" is 9223372036854775807; at most 1440"),
        Case(name: "a billion minutes", text: block("minutes = 1000000000"),
             expected: "6:11: error: `minutes` of block 1 \"a\" is 1000000000; at most 1440"),
        Case(name: "card_minutes past Int", text: block("minutes = 10\ncards = [\"a\", \"b\"]\ncard_minutes = 4611686018427387904"),
             expected: "8:16: error: `card_minutes` of block 1 \"a\" is 4611686018427387904; at most 1440"),
        Case(name: "min_minutes", text: block("minutes = 10\nmin_minutes = 99999999999"),
             expected: "7:15: error: `min_minutes` of block 1 \"a\" is 99999999999; at most 1440"),
        Case(name: "tables = Int.max", text: tables("count = 9223372036854775807"),
             expected: "4:9: error: `count` of [tables] is 9223372036854775807; at most 100 (tables in one room)"),
        Case(name: "40 GB of seats", text: tables("count = 100\ngroups = 2\nseats = 100"),
             expected: "3:1: error: the tables have 10000 seats in all; at most 500 are allowed"),
        Case(name: "a rotation of thousands of groups", text: tables("count = 100\ngroups = 20"),
             expected: "3:1: error: the tables have 2000 groups in all; at most 200 are allowed"),
        Case(name: "groups at a table", text: tables("count = 2\ngroups = 100000"),
             expected: "5:10: error: `groups` of [tables] is 100000; at most 20 (groups at one table)"),
        Case(name: "seats at a table", text: tables("count = 2\nseats = 100000"),
             expected: "5:9: error: `seats` of [tables] is 100000; at most 100 (seats at one table)"),
        Case(name: "group_size", text: minimalPlan("[[blocks]]\ntitle = \"g\"\nkind = \"groups\"\nminutes = 5\ngroup_size = 5000"),
             expected: "17:14: error: `group_size` of block 2 \"g\" is 5000; at most 100"),
        Case(name: "an 80 KB title", text: block("minutes = 5").replacingOccurrences(of: "title = \"a\"", with: "title = \"\(String(repeating: "x", count: 80_000))\""),
             expected: "4:9: error: `title` of block 1 is longer than 200 characters; shorten it"),
        Case(name: "a long card", text: block("minutes = 5\ncards = [\"\(String(repeating: "å", count: 600))\"]"),
             expected: "7:10: error: `cards` of block 1 \"a\" is longer than 500 characters"),
        Case(name: "too many cards", text: block("minutes = 5\ncards = [" + Array(repeating: "\"c\"", count: 51).joined(separator: ", ") + "]"),
             expected: "7:9: error: `cards` of block 1 \"a\" has 51 entries; at most 50 are allowed"),
        Case(name: "too many blocks", text: blocks(101),
             expected: "3:1: error: the plan has 101 blocks; at most 100 are allowed"),
        Case(name: "a day over 24 hours", text: blocks(3, minutes: 1000),
             expected: "error: the day lasts 50 h 0 min from 00:00; a plan is one day of at most 24 hours"),
        Case(name: "too many placements",
             text: tables("count = 50\nseats = 10") + String(repeating: "[[blocks]]\ntitle = \"g\"\nkind = \"groups\"\nminutes = 5\n", count: 11),
             expected: "error: the plan seats 500 people in 11 groups blocks up to here (5500 placements); at most 5000 are allowed"),
        Case(name: "names in a rule",
             text: minimalPlan(header: "rules = [ { apart = [" + (1...11).map { "\"P\($0)\"" }.joined(separator: ", ") + "] } ]"),
             expected: "3:21: error: `apart` of rule 1 has 11 entries; at most 10 are allowed"),
        Case(name: "a header of 30,000 dotted parts",
             text: "title = \"T\"\n[" + Array(repeating: "a", count: 30_000).joined(separator: ".") + "]\n",
             expected: "2:17: error: this is not valid TOML: a header or key has more than 8 parts separated by dots"),
        Case(name: "a key of 30,000 dotted parts",
             text: "title = \"T\"\n" + Array(repeating: "a", count: 30_000).joined(separator: ".") + " = 1\n",
             expected: "2:16: error: this is not valid TOML: a header or key has more than 8 parts"),
        Case(name: "lists nested 30,000 deep",
             text: "title = \"T\"\nx = " + String(repeating: "[", count: 30_000) + String(repeating: "]", count: 30_000) + "\n",
             expected: "2:21: error: this is not valid TOML: lists and { } tables are nested more than 16 deep"),
        Case(name: "inline tables nested 30,000 deep",
             text: "title = \"T\"\nx = " + String(repeating: "{a = ", count: 30_000) + "1" + String(repeating: "}", count: 30_000) + "\n",
             expected: "error: this is not valid TOML: lists and { } tables are nested more than 16 deep"),
    ]

    @Test(arguments: cases) func refusedInPlace(_ c: Case) {
        let found = problems(c.text)
        #expect(found.contains { $0.hasPrefix(c.expected) || ($0.contains(c.expected) && !c.expected.first!.isNumber) },
                "\(found.map { String($0.prefix(200)) })")
        #expect(load(c.text).plan == nil)
    }

    @Test func aFullDayAtTheBoundsIsAccepted() {
        let day = Self.blocks(96, minutes: 15)
        let outcome = load(day)
        #expect(outcome.plan != nil, "\(problems(day))")
        #expect(outcome.schedule?.end == ClockTime(hour: 24, minute: 0))
        let dotted = "title = \"T\"\nstart = \"09:00\"\na.b.c = 1\n[[blocks]]\ntitle = \"a\"\nkind = \"plenum\"\nminutes = 5\n"
        #expect(problems(dotted).contains { $0.contains("unknown key `a`") }, "a short dotted key is still read")
    }

    /// The largest room a plan may hold: placeholders for every seat, a rotation with a round per
    /// group. Seating, scheduling and projecting it answer (the suite's time limit is the hang guard).
    @Test(.timeLimit(.minutes(2))) func theLargestRoomSeatsAndProjects() throws {
        let text = """
            title = "Stor dag"
            start = "08:00"
            [tables]
            count = 50
            groups = 4
            seats = 10
            [[blocks]]
            title = "Grupper"
            kind = "groups"
            minutes = 30
            [[blocks]]
            title = "Rotation"
            kind = "rotation"
            minutes = 600
            stations = ["A", "B"]
            """
        let outcome = load(text)
        let plan = try #require(outcome.plan, "\(problems(text))")
        #expect(outcome.schedule?.entries[1].rounds.count == 200)
        let state = SessionState(plan: plan)
        let day = try DaySeating.make(plan: plan, agenda: state.agenda, seed: 1).get()
        #expect(day.entries.first?.seating.groups.count == 200)
        let projection = Projection.project(state, clock: SessionClock(day: PlanDate(year: 2026, month: 3, day: 12), timeZone: TimeZone(identifier: "UTC")!),
                                            now: Date(timeIntervalSince1970: 1_773_300_000))
        #expect(projection.items.count == 2)
    }

    /// A session file written by another program cannot carry minutes no day has into the fold.
    @Test func factsWithMinutesPastADayAreUnreadable() throws {
        for (type, payload) in [("extended", #"{"block":"p1","minutes":9223372036854775807}"#),
                                ("extended", #"{"block":"p1","minutes":-9223372036854775807}"#),
                                ("blockEdited", #"{"block":"p1","minutes":200000000000000000}"#),
                                ("blockInserted", #"{"block":"i1","title":"x","kind":"plenum","minutes":1441}"#)] {
            #expect(throws: FactCoding.Unreadable.self, "\(type) \(payload)") { try FactCoding.fact(type: type, payload: payload) }
        }
        #expect(try FactCoding.fact(type: "extended", payload: #"{"block":"p1","minutes":-3}"#) == .extended(block: "p1", minutes: -3))
    }

    @Test func clockArithmeticSaturatesInsteadOfTrapping() {
        #expect((ClockTime(minutes: Int.max - 1) + 10).minutes == Int.max)
        #expect((ClockTime(minutes: Int.min + 1) + -10).minutes == Int.min)
        #expect(Projection.wholeMinutes(.infinity) == 0 && Projection.wholeMinutes(1e30) == 525_600)
    }
}
