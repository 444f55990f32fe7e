import Testing
@testable import PlenumCore

@Suite struct ScheduleTests {
    func schedule(_ text: String) throws -> Schedule {
        let outcome = load(text)
        #expect(!outcome.diagnostics.hasErrors, "\(outcome.diagnostics)")
        return try #require(outcome.schedule)
    }

    @Test func blocksFollowEachOtherFromStart() throws {
        let s = try schedule(minimalPlan("[[blocks]]\ntitle = \"B\"\nkind = \"break\"\nminutes = 10"))
        #expect(s.entries.map { "\($0.start)-\($0.end)" } == ["09:00-09:15", "09:15-09:25"])
        #expect(s.start == ClockTime(hour: 9, minute: 0) && s.end == ClockTime(hour: 9, minute: 25))
    }

    @Test func anAnchorLaterThanTheBlockBeforeLeavesSlack() throws {
        let s = try schedule(minimalPlan("[[blocks]]\ntitle = \"Frokost\"\nkind = \"break\"\nminutes = 30\nat = \"09:40\""))
        let lunch = s.entries[1]
        #expect(lunch.start == ClockTime(hour: 9, minute: 40))
        #expect(lunch.slackBefore == 25)
        #expect(lunch.isAnchor)
        #expect(s.end == ClockTime(hour: 10, minute: 10))
    }

    @Test func aFirstBlockWithAtNeedsNoStart() throws {
        let text = "title = \"x\"\n[[blocks]]\ntitle = \"a\"\nkind = \"plenum\"\nminutes = 5\nat = \"13:30\"\n"
        let s = try schedule(text)
        #expect(s.start == ClockTime(hour: 13, minute: 30))
        #expect(s.entries[0].slackBefore == 0)
    }

    @Test func aFirstAnchorBeforeStartIsAnError() {
        let text = minimalPlan().replacingOccurrences(of: "minutes = 15", with: "minutes = 15\nat = \"08:30\"")
        #expect(problems(text).contains { $0.contains("is fixed at 08:30, before the day starts at 09:00") })
    }

    @Test func aDayPastEndWarns() throws {
        let outcome = load(minimalPlan(header: "end = \"09:10\""))
        #expect(outcome.plan != nil)
        #expect(outcome.diagnostics.warnings.map(\.message) == ["the day ends at 09:15, 5 minutes after `end` (09:10)"])
        #expect(outcome.schedule?.minutesToSpare(outcome.plan!) == -5)
    }

    @Test func aDayPastMidnightWarnsAndWraps() throws {
        let text = minimalPlan().replacingOccurrences(of: "\"09:00\"", with: "\"23:50\"")
        let outcome = load(text)
        #expect(outcome.diagnostics.warnings.map(\.message).contains { $0.contains("past midnight") })
        #expect(outcome.schedule?.end.description == "00:05")
    }

    @Test func tracksRunSideBySideAndEndAtTheLongest() throws {
        let text = minimalPlan("""
            [[blocks]]
            title = "Spor"
            kind = "tracks"
            tracks = [
              { title = "A", blocks = [ { title = "a1", kind = "groups", minutes = 20 },
                                        { title = "a2", kind = "plenum", minutes = 15 } ] },
              { title = "B", blocks = [ { title = "b1", kind = "plenum", minutes = 50 } ] },
            ]
            [[blocks]]
            title = "Efter"
            kind = "plenum"
            minutes = 5
            """)
        let s = try schedule(text)
        let tracks = s.entries[1].tracks
        #expect(tracks.map(\.end.description) == ["09:50", "10:05"])
        #expect(tracks[0].entries.map { "\($0.start)-\($0.end)" } == ["09:15-09:35", "09:35-09:50"])
        #expect(s.entries[1].end.description == "10:05")
        #expect(s.entries[2].start.description == "10:05")
        #expect(tracks[0].track.tables == ["Table 1"] && tracks[1].track.tables == ["Table 2"])
    }

    @Test func cardsAreDueEveryCardMinutes() throws {
        let text = minimalPlan("[[blocks]]\ntitle = \"D\"\nkind = \"groups\"\nminutes = 35\ncards = [\"a\", \"b\", \"c\"]\ncard_minutes = 8")
        let s = try schedule(text)
        #expect(s.entries[1].cardOffsets == [0, 8, 16])
        #expect(s.entries[1].cardTimes.map(\.description) == ["09:15", "09:23", "09:31"])
    }

    @Test func cardsThatDoNotFitWarn() throws {
        let text = minimalPlan("[[blocks]]\ntitle = \"D\"\nkind = \"groups\"\nminutes = 10\ncards = [\"a\", \"b\", \"c\"]\ncard_minutes = 8")
        let outcome = load(text)
        #expect(outcome.diagnostics.warnings.map(\.message) == ["1 of the 3 cards in \"D\" fall after its 10 minutes at one every 8 minutes"])
    }

    @Test func presentersShareTheBlockEqually() throws {
        let text = minimalPlan("[[blocks]]\ntitle = \"F\"\nkind = \"plenum\"\nminutes = 30\npresent = \"groups\"", header: "language = \"da\"")
        let slices = try schedule(text).entries[1].slices
        #expect(slices.map(\.presenter) == ["Bord 1 · gruppe 1", "Bord 1 · gruppe 2", "Bord 2 · gruppe 1", "Bord 2 · gruppe 2"])
        #expect(slices.map(\.offsetSeconds) == [0, 450, 900, 1350])
        #expect(slices.allSatisfy { $0.seconds == 450 })
        let tables = try schedule(minimalPlan("[[blocks]]\ntitle = \"F\"\nkind = \"plenum\"\nminutes = 30\npresent = \"tables\"")).entries[1].slices
        #expect(tables.map(\.presenter) == ["Table 1", "Table 2"] && tables.map(\.seconds) == [900, 900])
    }

    @Test func everyGroupVisitsEveryStationOnceAndStationsHostOneGroupARound() throws {
        let text = minimalPlan("[[blocks]]\ntitle = \"Panel\"\nkind = \"rotation\"\nminutes = 48\nstations = [\"P\", \"B\", \"E\"]")
        let rounds = try schedule(text).entries[1].rounds
        #expect(rounds.count == 4, "4 groups, 3 stations: rounds = number of groups")
        #expect(rounds.map(\.seconds) == [720, 720, 720, 720])
        for group in GroupRef.all(of: [Table(name: "Table 1", groups: 2), Table(name: "Table 2", groups: 2)]) {
            let visited = rounds.compactMap { r in r.visits.first { $0.group == group }?.station }
            #expect(visited.sorted() == ["B", "E", "P"], "\(group) visits \(visited)")
        }
        for round in rounds {
            let stations = round.visits.compactMap(\.station)
            #expect(Set(stations).count == stations.count && stations.count == 3)
        }
    }

    @Test func moreStationsThanGroupsGivesOneRoundPerStation() throws {
        let text = "title = \"x\"\nstart = \"10:00\"\n[tables]\ncount = 2\n[[blocks]]\ntitle = \"R\"\nkind = \"rotation\"\nminutes = 30\nstations = [\"a\", \"b\", \"c\"]\n"
        let rounds = try schedule(text).entries[0].rounds
        #expect(rounds.count == 3 && rounds.allSatisfy { $0.seconds == 600 })
    }

    @Test func theExamplePlansCheckClean() throws {
        for name in ["bootcamp", "workshop", "dialogmoede"] {
            let text = try String(contentsOfFile: "\(packageRoot)/sessions/\(name).toml", encoding: .utf8)
            let outcome = load(text)
            #expect(outcome.diagnostics.isEmpty, "\(name): \(outcome.diagnostics)")
            #expect(outcome.plan != nil)
        }
    }

    @Test func theBootcampIsTheModelDay() throws {
        let text = try String(contentsOfFile: "\(packageRoot)/sessions/bootcamp.toml", encoding: .utf8)
        let plan = try #require(load(text).plan)
        #expect(plan.participants.count == 48 && plan.segments.count == 4 && plan.tables.count == 4)
        let kinds = Set(plan.blocks.map(\.kind))
        #expect(kinds == Set(Block.Kind.allCases))
        let formations = Set(plan.blocks.compactMap(\.formation))
        #expect(formations.isSuperset(of: [.mixed, .segment, .table]))
        #expect(plan.blocks.contains { $0.present == .tables })
        #expect(plan.blocks.contains { $0.kind == .break && $0.at != nil }, "a fixed lunch")
        #expect(plan.language == .da)
    }
}

import Foundation
