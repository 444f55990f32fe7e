import Foundation
import Testing
@testable import PlenumCore

/// Bootcamp III: station hosts in the plan, a panel shared by parallel tracks, and each track's
/// running block for its notetakers (post-its, kinds, cards, stations).
@Suite struct TrackPartTests {
    static let planText = (try? String(contentsOfFile: packageRoot + "/sessions/bootcamp-spor.toml", encoding: .utf8)) ?? ""

    @Test func theBootcampIIIPlanChecksWithHostsFromASegment() throws {
        let outcome = load(Self.planText)
        let plan = try #require(outcome.plan)
        #expect(outcome.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(plan.participants.count == 66)
        let rotation = plan.blocks[1].tracks[0].blocks[2]
        let hosts = rotation.stationHosts["Politikerpanel"] ?? []
        #expect(hosts.count == 12)
        #expect(hosts.allSatisfy { name in plan.people.first { $0.name == name }?.segment == "POL" })
    }

    @Test func stationHostsCanBeNamesAndMistakesAreSentences() {
        let base = minimalPlan("""
            [[blocks]]
            title = "Panel"
            kind = "rotation"
            minutes = 40
            stations = [{ name = "Panel", hosts = ["Anne"] }, "Café", { name = "Borgere", hosts = "BRO" }, { nme = "X" }]
            """, header: """
            people = [{ name = "Anne", segment = "BOR" }, { name = "Bo", segment = "BOR" }]
            [segments]
            BOR = "Borgere"
            """)
        let found = problems(base)
        #expect(found.contains { $0.contains("names segment \"BRO\", but there is no such segment; did you mean \"BOR\"?") })
        #expect(found.contains { $0.contains("unknown key `nme` in a station of block 2 \"Panel\"; did you mean `name`?") })
        let fixed = base.replacingOccurrences(of: ", { name = \"Borgere\", hosts = \"BRO\" }, { nme = \"X\" }", with: "")
        let plan = load(fixed).plan
        #expect(plan?.blocks[1].stations == ["Panel", "Café"])
        #expect(plan?.blocks[1].stationHosts == ["Panel": ["Anne"]])
    }

    @Test func aSharedPanelIsVisitedByOneGroupAtATimeOverTheTracks() throws {
        let plan = try #require(load(Self.planText).plan)
        let schedule = Schedule.plan(plan)
        let tracks = schedule.entries[1].tracks
        var visits: [(start: Int, end: Int, group: GroupRef)] = []
        for track in tracks {
            let rotation = try #require(track.entries.first { $0.block.kind == .rotation })
            #expect(rotation.rounds.count == 4)
            for round in rotation.rounds {
                let start = rotation.start.minutes * 60 + round.offsetSeconds
                for visit in round.visits where visit.station == "Politikerpanel" {
                    visits.append((start, start + round.seconds, visit.group))
                }
            }
        }
        #expect(visits.count == 12)
        #expect(Set(visits.map(\.group)).count == 12)
        let sorted = visits.sorted { $0.start < $1.start }
        for (a, b) in zip(sorted, sorted.dropFirst()) { #expect(a.end <= b.start) }
        #expect(sorted.first?.start == ClockTime(hour: 10, minute: 25).minutes * 60)
        #expect(sorted.last?.end == ClockTime(hour: 11, minute: 49).minutes * 60)
        #expect(!schedule.diagnostics.contains { $0.message.contains("Politikerpanel") })
    }

    @Test func checkSaysWhenTheSharedPanelGetsTooLittleTime() {
        let short = Self.planText.replacingOccurrences(of: "minutes  = 84", with: "minutes  = 48")
        let found = problems(short)
        #expect(found.contains { $0.contains("warning: \"Politikerpanel\" er én station, som 3 spor i \"Tre parallelle spor\" deler: deres 12 grupper besøger den én ad gangen i de 48 minutter, rotationerne har til fælles, 4 minutter hver") }, "\(found)")
    }

    @Test func aNotetakerAtATrackTableWritesUnderTheTracksRunningBlock() throws {
        var day = try SessionDriver(Self.planText, at: "09:00")
        day.perform(.startOrPause)
        day.at("09:20")
        day.perform(.next)
        let desk = NoteDesk(table: "Bord 3", group: 1, author: "Peter Due")
        #expect(day.state.runningPart(at: "Bord 3") == TrackPart(parent: "p2", track: 1, index: 0))
        #expect(day.state.captureKinds(in: day.state.noteBlockID(at: "Bord 3")) == ["pointe", "idé"])
        #expect(day.note(.add(id: "a", kind: "idé", text: "Stier langs fjorden"), at: desk) == nil)
        #expect(day.state.postIt("a")?.block == "p2.t2.b1")
        #expect(day.state.postIts(in: "p2.t2.b1", table: "Bord 3").count == 1)
        // Cards: the second comes by itself after 15 minutes; the facilitator deals the third.
        day.at("09:36")
        #expect(day.state.cardsShown(of: TrackPart(parent: "p2", track: 1, index: 0), at: day.now).count == 2)
        #expect(day.perform(.dealCard) == nil)
        #expect(day.state.cardsShown(of: TrackPart(parent: "p2", track: 1, index: 0), at: day.now).count == 3)
        #expect(day.perform(.dealCard) == .noCardsLeft)
        // Track 2 moves on twice, to the panel rotation; its first group visits at 10:32 (after track 1's).
        day.at("10:05")
        day.perform(.advanceTrack(1))
        #expect(day.note(.add(id: "b", kind: "pointe", text: "Opsamlet"), at: desk) == nil)
        #expect(day.state.postIt("b")?.block == "p2.t2.b2")
        day.at("10:25")
        day.perform(.advanceTrack(1))
        day.at("10:33")
        let part = TrackPart(parent: "p2", track: 1, index: 2)
        let round = try #require(day.state.rotationRound(of: part, at: day.now))
        #expect(round.round?.visits.first { $0.station != nil }?.group == GroupRef(table: "Bord 3", group: 1))
        #expect(day.note(.add(id: "c", kind: "spørgsmål", text: "Hvem betaler?"), at: desk) == nil)
        #expect(day.state.postIt("c")?.block == "p2.t2.b3")
        #expect(day.state.postIt("c")?.station == "Politikerpanel")
        let other = NoteDesk(table: "Bord 4", group: 2, author: "Tina Lyng")
        #expect(day.note(.add(id: "d", kind: "spørgsmål", text: "Ved bordet"), at: other) == nil)
        #expect(day.state.postIt("d")?.station == nil)
        // Track 1 has not moved: its tables still write under its first block.
        #expect(day.state.noteBlockID(at: "Bord 1") == "p2.t1.b1")
    }
}

/// Groups inside tracks are fixed block by block, as each track reaches them.
@Suite struct TrackFormationTests {
    static let plan = minimalPlan("""
        [[blocks]]
        title = "Spor"
        kind = "tracks"
          [[blocks.tracks]]
          title = "A"
          tables = ["Bord 1"]
            [[blocks.tracks.blocks]]
            title = "Først"
            kind = "groups"
            minutes = 10
            [[blocks.tracks.blocks]]
            title = "Så"
            kind = "groups"
            minutes = 10
          [[blocks.tracks]]
          title = "B"
          tables = ["Bord 2"]
            [[blocks.tracks.blocks]]
            title = "Kun"
            kind = "groups"
            minutes = 20
        """, header: "language = \"da\"\npeople = [" + (1...16).map { "{ name = \"P\($0)\" }" }.joined(separator: ", ") + "]")

    /// The console's way: the fact, then the groups of the rounds it starts (the session layer's rule).
    func perform(_ intent: Intent, _ day: inout SessionDriver) throws {
        day.formsGroups = true
        day.perform(intent)
    }

    @Test func eachTrackBlockGetsItsGroupsWhenItStartsForWhoIsThereThen() throws {
        var day = try SessionDriver(Self.plan, at: "09:00")
        try perform(.startOrPause, &day)
        day.at("09:15")
        try perform(.next, &day)
        #expect(Set(day.state.formations.keys) == ["p2.t1.b1", "p2.t2.b1"])
        let first = try #require(day.state.formations["p2.t1.b1"]).groups.flatMap(\.members)
        let leaving = try #require(first.first)
        #expect(day.perform(.markAttendance(name: leaving, status: .left)) == nil)
        day.at("09:25")
        try perform(.advanceTrack(0), &day)
        #expect(Set(day.state.formations.keys) == ["p2.t1.b1", "p2.t2.b1", "p2.t1.b2"])
        let then = try #require(day.state.formations["p2.t1.b2"]).groups.flatMap(\.members)
        #expect(!then.contains(leaving))
        #expect(first.contains(leaving))
    }
}

/// Everyone belongs to one track, the segments spread evenly over the tracks.
@Suite struct TrackMembershipTests {
    @Test func sixtySixPeopleInThreeTracksOfTwentyTwoWithEverySegmentSpread() throws {
        let plan = try #require(load(TrackPartTests.planText).plan)
        let attendees = DaySeating.attendees(plan)
        let tracks = TrackMembership.assign(plan.blocks[1], attendees: attendees, tables: plan.tables,
                                            segments: plan.segments.map(\.key))
        #expect(tracks.map(\.count) == [22, 22, 22])
        #expect(Set(tracks.flatMap { $0 }).count == 66)
        for segment in plan.segments {
            let counts = tracks.map { names in names.filter { n in plan.people.first { $0.name == n }?.segment == segment.key }.count }
            #expect((counts.max() ?? 0) - (counts.min() ?? 0) <= 1, "\(segment.key): \(counts)")
        }
        // The afternoon's tracks use the same tables: the same people.
        #expect(TrackMembership.assign(plan.blocks[3], attendees: attendees, tables: plan.tables,
                                       segments: plan.segments.map(\.key)) == tracks)
    }

    @Test func pinsAndEarlierSeatsDecideFirst() throws {
        let plan = try #require(load(TrackPartTests.planText).plan)
        var attendees = DaySeating.attendees(plan)
        attendees[0].table = "Bord 6"
        let tracks = TrackMembership.assign(plan.blocks[1], attendees: attendees, tables: plan.tables,
                                            segments: plan.segments.map(\.key), seatedBefore: [attendees[1].name: "Bord 3"])
        #expect(tracks[2].contains(attendees[0].name))
        #expect(tracks[1].contains(attendees[1].name))
        #expect(tracks.map(\.count) == [22, 22, 22])
    }
}

/// Bootcamp III seated: every track's blocks seat the track's people exactly once; the panel's
/// hosts leave the rotation's groups.
@Suite struct TrackSeatingTests {
    @Test func everyoneOncePerBlockOfTheirTrackAndThePoliticiansAtThePanel() throws {
        let plan = try #require(load(TrackPartTests.planText).plan)
        let day = try DaySeating.make(plan: plan, agenda: SessionState(plan: plan).agenda, seed: 7).get()
        let politicians = Set(plan.participants.filter { $0.segment == "POL" }.map(\.name))
        #expect(day.entries.count == 9)
        var trackOf: [String: String] = [:]
        for entry in day.entries {
            let track = try #require(entry.track)
            let members = entry.seating.groups.flatMap(\.members)
            #expect(Set(members).count == members.count, "nobody twice in \(entry.round.id)")
            let tables = Set(entry.round.tables.map(\.name))
            #expect(entry.seating.groups.allSatisfy { tables.contains($0.table) })
            if entry.isRotation {
                #expect(members.count == 18)
                #expect(politicians.isDisjoint(with: members))
                #expect(Set(entry.stationHosts["Politikerpanel"] ?? []) == politicians)
                #expect(entry.stationRounds.count == 4)
            } else {
                #expect(members.count == 22)
            }
            for name in members {
                #expect(trackOf[name, default: track] == track, "\(name) stays in one track")
                trackOf[name] = track
            }
            for table in entry.round.tables {
                let seated = entry.seating.groups.filter { $0.table == table.name }.reduce(0) { $0 + $1.members.count }
                #expect(seated <= table.seats ?? .max, "\(table.name) in \(entry.round.id)")
            }
            if entry.round.formation == .segment {
                // One segment a group; groups balance first, as at the top level, so a segment one
                // too large for its group lends that one to another.
                for group in entry.seating.groups {
                    let segments = group.members.compactMap { n in plan.people.first { $0.name == n }?.segment }
                    let most = Set(segments).map { s in segments.filter { $0 == s }.count }.max() ?? 0
                    #expect(segments.count - most <= 1, "\(entry.round.id): \(group.members)")
                }
                #expect(Set(entry.seating.groups.map { $0.members.count }).isSubset(of: [5, 6]))
            }
        }
        #expect(trackOf.count == 66)
    }
}

/// A post-it written in a top-level rotation records the station its group is at.
@Suite struct RotationStationTests {
    @Test func aPostItAtThePanelSaysSo() throws {
        var day = try SessionDriver(DemoPlans.text(.da), at: "09:00")
        day.perform(.startOrPause)
        #expect(day.perform(.start("p6")) == nil)
        let desk = NoteDesk(table: "Bord 1", group: 1, author: "Jakob Mørk")
        #expect(day.note(.add(id: "a", kind: "pointe", text: "Ved panelet"), at: desk) == nil)
        let visits = try #require(day.state.rotationRound("p6", at: day.now)).round.visits
        let station = visits.first { $0.group == GroupRef(table: "Bord 1", group: 1) }?.station
        #expect(station != nil)
        #expect(day.state.postIt("a")?.station == station)
    }
}

/// The shared panel keeps its own timetable live: a track that reaches its rotation early waits for
/// its slot instead of sending a group at the same time as another track.
@Suite struct SharedStationLiveTests {
    @Test func anEarlyTrackDoesNotDoubleBookThePanel() throws {
        var day = try SessionDriver(TrackPartTests.planText, at: "09:00")
        day.perform(.startOrPause)
        day.at("09:20"); day.perform(.next)
        day.at("10:00"); day.perform(.advanceTrack(1))
        day.at("10:05"); day.perform(.advanceTrack(0))
        day.at("10:10"); day.perform(.advanceTrack(1))
        day.at("10:25"); day.perform(.advanceTrack(0))
        day.at("10:26")
        let first = try #require(day.state.rotationRound(of: TrackPart(parent: "p2", track: 0, index: 2), at: day.now))
        let second = try #require(day.state.rotationRound(of: TrackPart(parent: "p2", track: 1, index: 2), at: day.now))
        #expect(first.round?.visits.contains { $0.station == "Politikerpanel" && $0.group == GroupRef(table: "Bord 1", group: 1) } == true)
        #expect(second.round == nil, "track 2 waits at its tables for its slot")
        #expect(second.next?.visits.first { $0.station != nil }?.group == GroupRef(table: "Bord 3", group: 1))
        #expect(second.secondsLeft == 6 * 60)
    }
}
