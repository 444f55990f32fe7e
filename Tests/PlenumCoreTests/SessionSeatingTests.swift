import Foundation
import Testing
@testable import PlenumCore

/// Attendance, walk-ins and formations in a running session: what ran stays as it was, what is
/// still to come is seated again around who is here.
@Suite struct SessionSeatingTests {
    static let seed: UInt64 = 42

    /// Two segments of two and three people, a mixed block and a block of segment groups.
    static let twoSegments = """
        title = "Segmenter"
        start = "09:00"
        people = [{ name = "A1", segment = "A" }, { name = "A2", segment = "A" },
                  { name = "B1", segment = "B" }, { name = "B2", segment = "B" }, { name = "B3", segment = "B" }]
        [segments]
        A = "Alfa"
        B = "Beta"
        [tables]
        count = 2
        [[blocks]]
        title = "Blandet"
        kind = "groups"
        formation = "mixed"
        minutes = 20
        [[blocks]]
        title = "Pr. segment"
        kind = "groups"
        formation = "segment"
        minutes = 20
        """

    /// Starts `block` as the console does: the block and, in the same write, its groups.
    func start(_ block: BlockID, _ driver: inout SessionDriver) throws {
        driver.formsGroups = true
        defer { driver.formsGroups = false }
        #expect(driver.perform(.start(block)) == nil)
    }

    @Test func theAfternoonIsSeatedAgainAroundSixWhoGoHomeAtLunch() throws {
        var driver = try SessionDriver(DemoPlans.text(.da))
        let plan = driver.state.plan
        #expect(plan.participants.count == 48)
        driver.at("09:00")
        #expect(driver.perform(.startOrPause) == nil)
        for block in ["p2", "p4", "p6"] { try start(block, &driver) }
        #expect(Set(driver.state.formations.keys) == ["p2", "p4", "p6"])
        let before = try SessionSeating.make(driver.state, seed: Self.seed).get()

        let leaving = Array(plan.participants.map(\.name).prefix(6))
        for name in leaving { #expect(driver.perform(.markAttendance(name: name, status: .left)) == nil) }
        #expect(driver.perform(.addWalkIn(name: "Nadia Walk-in", segment: "ERH")) == nil)
        let after = try SessionSeating.make(driver.state, seed: Self.seed).get()

        #expect(after.entries.count == before.entries.count)
        for entry in after.entries {
            if let formed = driver.state.formations[entry.round.id] {
                // What ran stays exactly as it was, the six included.
                #expect(entry.seating == formed)
                #expect(!entry.seating.groups.flatMap(\.members).contains("Nadia Walk-in"))
                continue
            }
            let members = entry.seating.groups.flatMap(\.members)
            let expected = Set(plan.participants.map(\.name)).subtracting(leaving).union(["Nadia Walk-in"])
            if entry.track == nil {
                #expect(Set(members) == expected, "\(entry.round.title)")
                #expect(members.count == expected.count, "everyone once in \(entry.round.title)")
            } else {
                #expect(Set(members).isSubset(of: expected) && Set(members).isDisjoint(with: leaving))
            }
        }
        #expect(after.entries.contains { driver.state.formations[$0.round.id] == nil })
    }

    @Test func aBlockIsFormedOnceAndOnlyItsOwnRounds() throws {
        var driver = try SessionDriver(DemoPlans.text(.da))
        driver.at("09:00")
        driver.perform(.startOrPause)
        try start("p2", &driver)
        let formed = driver.state.formations["p2"]
        #expect(formed?.groups.count == 8)
        let day = try SessionSeating.make(driver.state, seed: 99).get()
        #expect(SessionSeating.formationFacts(starting: "p2", state: driver.state, seating: day).isEmpty)
        #expect(SessionSeating.formationFacts(starting: "p3", state: driver.state, seating: day).isEmpty, "a break has no groups")
        // A second console writing the same block's groups changes nothing.
        driver.record([.groupsFormed(block: "p2", groups: [SeatedGroup(table: "Bord 1", group: 1, members: ["Anne Vang"])])])
        #expect(driver.state.formations["p2"] == formed)
    }

    @Test func checkInIntentsAreCheckedAndFolded() throws {
        var driver = try SessionDriver(DemoPlans.text(.da))
        #expect(driver.perform(.markAttendance(name: "Nobody Known", status: .came)) == .unknownPerson)
        #expect(driver.perform(.addWalkIn(name: "  ", segment: nil)) == .emptyName)
        #expect(driver.perform(.addWalkIn(name: "Anne Vang", segment: "POL")) == .personExists)
        #expect(driver.perform(.addWalkIn(name: "Ny", segment: "XYZ")) == .unknownSegment)
        #expect(driver.perform(.markAttendance(name: "Anne Vang", status: .absent)) == nil)
        #expect(driver.state.attendance["Anne Vang"] == .absent)
        let revision = driver.state.seatingRevision
        #expect(driver.perform(.markAttendance(name: "Anne Vang", status: .absent)) == nil)
        #expect(driver.state.seatingRevision == revision, "marking the same again writes nothing")
        #expect(driver.perform(.addWalkIn(name: "Ny Borger", segment: "BOR")) == nil)
        #expect(driver.state.walkIns == [Attendee(name: "Ny Borger", segment: "BOR")])
        #expect(driver.state.attendance["Ny Borger"] == .came)
        #expect(driver.perform(.showOnStage(.findTable)) == nil)
        #expect(driver.state.stageContent == .findTable)
        #expect(SessionSeating.segmentKey("borgere", plan: driver.state.plan) == "BOR")
        #expect(SessionSeating.segmentKey("erh", plan: driver.state.plan) == "ERH")
        #expect(SessionSeating.segmentKey("Borg", plan: driver.state.plan) == "BOR", "a unique start of a name")
        #expect(SessionSeating.segmentKey("me", plan: driver.state.plan) == "MED", "a unique start of a key")
        #expect(SessionSeating.segmentKey("Politiker", plan: driver.state.plan) == "POL")
        #expect(SessionSeating.segmentKey("B", plan: driver.state.plan) == "BOR")
        #expect(SessionSeating.segmentKey("E", plan: driver.state.plan) == "ERH")
        #expect(SessionSeating.segmentKey("Borgerne", plan: driver.state.plan) == nil)
        #expect(SessionSeating.segmentKey("", plan: driver.state.plan) == nil)
    }

    @Test func theNewFactsReadBackAsWritten() throws {
        let facts: [Fact] = [
            .attendanceMarked(name: "Åse Bæk", status: .left),
            .walkInAdded(name: "Zoë \"Z\" Ølund", segment: nil),
            .walkInAdded(name: "Bo", segment: "POL"),
            .groupsFormed(block: "p5.t1.b2", groups: [SeatedGroup(table: "Bord 1", group: 2, members: ["A", "Æ"]),
                                                      SeatedGroup(table: "Bord 2", group: 1, members: [])]),
            .stageShown(.findTable),
        ]
        for fact in facts {
            let payload = FactCoding.payload(fact).rendered(pretty: false)
            #expect(try FactCoding.fact(type: fact.type, payload: payload) == fact)
        }
        #expect(throws: FactCoding.Unreadable.self) {
            try FactCoding.fact(type: "attendanceMarked", payload: #"{"name":"A","status":"maybe"}"#)
        }
    }

    @Test func aBlockThatCannotBeSeatedSaysWhyAloneAndTheOthersAreSeated() throws {
        let text = Self.twoSegments + """

            [[blocks]]
            title = "Blandet igen"
            kind = "groups"
            formation = "mixed"
            minutes = 20
            """
        var driver = try SessionDriver(text)
        driver.at("09:00")
        // The day starts with p1, its groups fixed as it starts.
        driver.formsGroups = true
        driver.perform(.startOrPause)
        driver.formsGroups = false
        driver.perform(.markAttendance(name: "A2", status: .absent))
        let day = try SessionSeating.make(driver.state, seed: Self.seed).get()
        #expect(day.entries[0].seating == driver.state.formations["p1"], "the round that ran stays")
        let problem = try #require(day.entries[1].problem, "a segment of one cannot form its own group")
        #expect(problem.message.contains("A1"), "\(problem.message)")
        #expect(day.entries[1].seating.groups.isEmpty)
        #expect(SessionSeating.formationFacts(starting: "p2", state: driver.state, seating: day).isEmpty)
        // The block after it is seated all the same.
        #expect(day.entries[2].problem == nil)
        #expect(day.entries[2].seating.groups.flatMap(\.members).sorted() == ["A1", "B1", "B2", "B3"])
    }

    @Test func aSkippedBlockIsNotSeatedAgainAndIsListedAsSkipped() throws {
        var driver = try SessionDriver(Self.twoSegments + """

            [[blocks]]
            title = "Afslutning"
            kind = "plenum"
            minutes = 10
            """)
        driver.at("09:00")
        driver.perform(.startOrPause)
        try start("p1", &driver)
        let revision = driver.state.seatingRevision
        driver.perform(.start("p3"))  // "Pr. segment" is skipped …
        #expect(driver.state.seatingRevision != revision, "skipping a block seats the day again")
        driver.perform(.markAttendance(name: "A2", status: .absent))  // … so a segment of one is no problem.
        let day = try SessionSeating.make(driver.state, seed: Self.seed).get()
        let skipped = try #require(day.entries.first { $0.round.id == "p2" })
        #expect(skipped.skipped && skipped.seating.groups.isEmpty)
        #expect(day.entryNow(driver.state) == nil)
        #expect(GroupsReport(plan: driver.state.plan, day: day).text().contains("Skipped: no groups."))
    }
}

@Suite struct CollationTests {
    @Test func danishNamesSortWithÆØÅLast() {
        let names = ["Åse", "Zainab", "Øjvind", "Ærø", "Émile", "Anne", "Ebbe", "zoe"]
        #expect(names.sorted { CollationKey.danish($0) < CollationKey.danish($1) }
                == ["Anne", "Ebbe", "Émile", "Zainab", "zoe", "Ærø", "Øjvind", "Åse"])
        #expect(["P10", "P2", "P1", "Bord 12", "Bord 3"].sorted { CollationKey.danish($0) < CollationKey.danish($1) }
                == ["Bord 3", "Bord 12", "P1", "P2", "P10"])
    }
}
