import Testing
@testable import PlenumCore

@Suite struct PlanReaderTests {
    @Test func readsEveryTopLevelKey() throws {
        let text = """
            title    = "Hvordan bevarer vi tilliden?"
            date     = 2012-10-31
            start    = "16:15"
            end      = "18:15"
            language = "da"
            venue    = "Stormgade 4"
            notes    = "Husk navneskilte"
            kinds    = ["pointe", "idé"]

            [segments]
            BUU = "Børne- og Ungdomsudvalget"
            HSU = "Hovedsamarbejdsudvalget"

            [[tables]]
            name = "Vinduet"
            groups = 2
            seats = 10

            [[tables]]
            name = "Døren"

            [[people]]
            name = "Anne Vang"
            segment = "BUU"
            role = "facilitator"
            table = "Vinduet"

            [[people]]
            name = "Bo Holm"
            segment = "HSU"

            [[people]]
            name = "Carl Ørn"
            segment = "BUU"
            table = "Døren"

            [[rules]]
            apart = ["Bo Holm", "Carl Ørn"]

            [[blocks]]
            title = "Velkomst"
            kind = "plenum"
            minutes = 15
            notes = "Kort!"
            """
        let outcome = load(text)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let plan = try #require(outcome.plan)
        #expect(plan.title == "Hvordan bevarer vi tilliden?")
        #expect(plan.date == PlanDate(year: 2012, month: 10, day: 31))
        #expect(plan.start == ClockTime(hour: 16, minute: 15))
        #expect(plan.end == ClockTime(hour: 18, minute: 15))
        #expect(plan.language == .da)
        #expect(plan.venue == "Stormgade 4")
        #expect(plan.notes == "Husk navneskilte")
        #expect(plan.kinds == ["pointe", "idé"])
        #expect(plan.segments == [Segment(key: "BUU", name: "Børne- og Ungdomsudvalget"),
                                  Segment(key: "HSU", name: "Hovedsamarbejdsudvalget")])
        #expect(plan.tables == [Table(name: "Vinduet", groups: 2, seats: 10), Table(name: "Døren", groups: 1)])
        #expect(plan.people == [Person(name: "Anne Vang", segment: "BUU", role: .facilitator, table: "Vinduet"),
                                Person(name: "Bo Holm", segment: "HSU"),
                                Person(name: "Carl Ørn", segment: "BUU", table: "Døren")])
        #expect(plan.participants.map(\.name) == ["Bo Holm", "Carl Ørn"])
        #expect(plan.rules == [Rule(kind: .apart, names: ["Bo Holm", "Carl Ørn"])])
        #expect(plan.blocks.first?.notes == "Kort!")
    }

    @Test func uniformTablesGetNamesInThePlansLanguage() throws {
        let da = try #require(load(minimalPlan(header: "language = \"da\"")).plan)
        #expect(da.tables.map(\.name) == ["Bord 1", "Bord 2"])
        #expect(da.tables.allSatisfy { $0.groups == 2 && $0.seats == 12 })
        let en = try #require(load(minimalPlan(header: "language = \"en\"")).plan)
        #expect(en.tables.map(\.name) == ["Table 1", "Table 2"])
    }

    @Test func languageAndKindsDefault() throws {
        let da = try #require(load(minimalPlan(), language: .da).plan)
        #expect(da.language == .da)
        #expect(da.kinds == ["pointe", "idé", "spørgsmål"])
        let en = try #require(load(minimalPlan(), language: .en).plan)
        #expect(en.kinds == ["point", "idea", "question"])
    }

    @Test func readsEveryBlockKey() throws {
        let text = minimalPlan("""
            [[blocks]]
            title = "Dialog"
            kind = "groups"
            minutes = 30
            min_minutes = 20
            formation = "random"
            group_size = 5
            capture = ["pointe", "mulighed"]
            cards = ["A?", "B?", "C?"]
            card_minutes = 9

            [[blocks]]
            title = "Frokost"
            kind = "break"
            at = "10:00"
            minutes = 30

            [[blocks]]
            title = "Panel"
            kind = "rotation"
            minutes = 40
            stations = ["Politikere", "Borgere"]

            [[blocks]]
            title = "Fremlæggelse"
            kind = "plenum"
            minutes = 20
            present = "groups"
            """)
        let outcome = load(text)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let blocks = try #require(outcome.plan?.blocks)
        let dialog = blocks[1]
        #expect(dialog.kind == .groups && dialog.minutes == 30 && dialog.minMinutes == 20)
        #expect(dialog.formation == .random && dialog.groupSize == 5)
        #expect(dialog.capture == ["pointe", "mulighed"] && dialog.cards == ["A?", "B?", "C?"])
        #expect(dialog.cardMinutes == 9)
        #expect(blocks[2].at == ClockTime(hour: 10, minute: 0))
        #expect(blocks[2].minMinutes == 30, "a break keeps its length by default")
        #expect(blocks[0].minMinutes == 7, "half of 15, rounded down")
        #expect(blocks[3].stations == ["Politikere", "Borgere"])
        #expect(blocks[4].present == .groups)
    }

    @Test func cardMinutesDefaultsToAnEqualShare() throws {
        let plan = try #require(load(minimalPlan("""
            [[blocks]]
            title = "Dialog"
            kind = "groups"
            minutes = 35
            cards = ["A", "B", "C", "D"]
            """)).plan)
        #expect(plan.blocks[1].cardMinutes == 8)
    }

    @Test func formationDefaultsToMixedWithSegmentsAndRandomWithout() throws {
        let groups = "[[blocks]]\ntitle = \"G\"\nkind = \"groups\"\nminutes = 10"
        let without = try #require(load(minimalPlan(groups)).plan)
        #expect(without.blocks[1].formation == .random)
        let with = try #require(load(minimalPlan(groups, header: "[segments]\nA = \"a\"")).plan)
        #expect(with.blocks[1].formation == .mixed)
    }

    @Test func tracksReadTheirTablesAndNestedBlocks() throws {
        let text = minimalPlan("""
            [[blocks]]
            title = "Spor"
            kind = "tracks"

              [[blocks.tracks]]
              title = "A"
              room = "Lokale 1"
              tables = ["Bord 2"]

                [[blocks.tracks.blocks]]
                title = "A1"
                kind = "groups"
                minutes = 20

                [[blocks.tracks.blocks]]
                title = "A2"
                kind = "plenum"
                minutes = 25

              [[blocks.tracks]]
              title = "B"
              blocks = [ { title = "B1", kind = "plenum", minutes = 30 } ]
            """, header: "language = \"da\"")
        let outcome = load(text)
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let block = try #require(outcome.plan?.blocks.last)
        #expect(block.kind == .tracks)
        #expect(block.minutes == 45, "as long as the longest track")
        #expect(block.tracks.map(\.title) == ["A", "B"])
        #expect(block.tracks[0].room == "Lokale 1")
        #expect(block.tracks[0].tables == ["Bord 2"])
        #expect(block.tracks[1].tables == ["Bord 1"], "the tables no track names go to the tracks without tables")
        #expect(block.tracks[0].blocks.map(\.title) == ["A1", "A2"])
    }

    @Test func tablesAreSharedEvenlyInOrder() {
        #expect(PlanReader.shareTables(["1", "2", "3", "4"], given: [nil, nil]) == [["1", "2"], ["3", "4"]])
        #expect(PlanReader.shareTables(["1", "2", "3"], given: [nil, ["9"], nil]) == [["1"], ["9"], ["2", "3"]])
    }

    @Test func timesMayBeTOMLLocalTimes() throws {
        let plan = try #require(load(minimalPlan().replacingOccurrences(of: "start = \"09:00\"", with: "start = 09:30:00")).plan)
        #expect(plan.start == ClockTime(hour: 9, minute: 30))
    }

    @Test func aBOMAndWindowsLineEndingsAreFine() throws {
        let text = "\u{FEFF}" + minimalPlan().replacingOccurrences(of: "\n", with: "\r\n")
        let plan = try #require(load(text).plan)
        #expect(plan.title == "Dag")
    }
}
