import Testing
@testable import PlenumCore

/// Every error plan-format.md lists, each at the line and column of the offending key or value.
@Suite struct PlanErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "not TOML", text: "title = \"x\"\nstart = \n", expected: "2:9: error: this is not valid TOML"),
        Case(name: "unclosed string", text: "title = \"x\n", expected: "1:11: error: this is not valid TOML: a text in quotes must end on the same line"),
        Case(name: "missing title", text: "start = \"09:00\"\n[[blocks]]\ntitle = \"a\"\nkind = \"plenum\"\nminutes = 5\n",
             expected: "error: the plan has no `title`"),
        Case(name: "missing blocks", text: "title = \"x\"\nstart = \"09:00\"\n", expected: "error: the plan has no blocks"),
        Case(name: "missing start", text: "title = \"x\"\n[[blocks]]\ntitle = \"a\"\nkind = \"plenum\"\nminutes = 5\n",
             expected: "error: the plan has no `start`"),
        Case(name: "unknown top-level key", text: minimalPlan(header: "titel = \"y\""),
             expected: "3:1: error: unknown key `titel` in the plan; did you mean `title`?"),
        Case(name: "unknown block key", text: minimalPlan("minuts = 3"),
             expected: "13:1: error: unknown key `minuts` in block 1 \"Velkomst\"; did you mean `minutes`?"),
        Case(name: "top-level key after a header", text: minimalPlan().replacingOccurrences(of: "seats = 12", with: "seats = 12\nkinds = [\"a\"]"),
             expected: "8:1: error: `kinds` is read as part of [tables], because it comes after that header"),
        Case(name: "key of another kind", text: minimalPlan("formation = \"mixed\""),
             expected: "13:1: error: `formation` is for \"groups\" blocks; block 1 \"Velkomst\" is a plenum block"),
        Case(name: "minutes on tracks", text: minimalPlan("[[blocks]]\ntitle = \"T\"\nkind = \"tracks\"\nminutes = 5\ntracks = [ { title = \"A\", blocks = [ { title = \"a\", kind = \"plenum\", minutes = 5 } ] } ]"),
             expected: "16:1: error: a tracks block lasts as long as its longest track"),
        Case(name: "wrong type", text: minimalPlan("[[blocks]]\ntitle = \"P\"\nkind = \"break\"\nminutes = \"30\""),
             expected: "16:11: error: `minutes` of block 2 \"P\" must be a number without quotes: minutes = 30"),
        Case(name: "wrong type of title", text: minimalPlan().replacingOccurrences(of: "title = \"Dag\"", with: "title = 5"),
             expected: "1:9: error: `title` of the plan must be text in quotes, not a whole number"),
        Case(name: "unknown kind", text: minimalPlan("[[blocks]]\ntitle = \"P\"\nkind = \"grups\"\nminutes = 3"),
             expected: "15:8: error: unknown kind \"grups\" for block 2 \"P\"; did you mean \"groups\"?"),
        Case(name: "unknown formation", text: minimalPlan("[[blocks]]\ntitle = \"P\"\nkind = \"groups\"\nminutes = 3\nformation = \"mixd\""),
             expected: "17:13: error: unknown formation \"mixd\" for block 2 \"P\"; did you mean \"mixed\"?"),
        Case(name: "unknown segment", text: minimalPlan(header: "[segments]\nBUU = \"B\"\n[[people]]\nname = \"A\"\nsegment = \"BUX\""),
             expected: "7:11: error: unknown segment \"BUX\" for person \"A\"; did you mean \"BUU\"?"),
        Case(name: "unknown table", text: minimalPlan(header: "[[people]]\nname = \"A\"\ntable = \"Table 7\""),
             expected: "5:9: error: unknown table \"Table 7\" for person \"A\"; did you mean \"Table 1\"? the tables are \"Table 1\" and \"Table 2\""),
        Case(name: "unknown person in a rule", text: minimalPlan(header: "[[people]]\nname = \"Anne\"\n[[people]]\nname = \"Bo\"\n[[rules]]\napart = [\"Anne\", \"Boo\"]"),
             expected: "8:18: error: rule 1 names \"Boo\", but no person has that name; did you mean \"Bo\"?"),
        Case(name: "minutes below one", text: minimalPlan().replacingOccurrences(of: "minutes = 15", with: "minutes = 0"),
             expected: "12:11: error: `minutes` of block 1 \"Velkomst\" must be at least 1, not 0"),
        Case(name: "time out of range", text: minimalPlan().replacingOccurrences(of: "\"09:00\"", with: "\"25:61\""),
             expected: "2:9: error: `start` of the plan: \"25:61\" is not a time of day; hours go from 00 to 23 and minutes from 00 to 59"),
        Case(name: "time with a dot", text: minimalPlan().replacingOccurrences(of: "\"09:00\"", with: "\"9.00\""),
             expected: "2:9: error: `start` of the plan: \"9.00\" is not a time; write it as \"09:00\""),
        Case(name: "anchors out of order", text: minimalPlan("[[blocks]]\ntitle = \"A\"\nkind = \"plenum\"\nminutes = 5\nat = \"12:00\"\n[[blocks]]\ntitle = \"B\"\nkind = \"plenum\"\nminutes = 5\nat = \"11:00\""),
             expected: "22:6: error: anchors out of order: block 3 \"B\" is fixed at 11:00, earlier than block 2 \"A\" at 12:00"),
        Case(name: "unreachable anchor", text: minimalPlan("[[blocks]]\ntitle = \"Lang\"\nkind = \"plenum\"\nminutes = 60\n[[blocks]]\ntitle = \"Frokost\"\nkind = \"break\"\nminutes = 30\nat = \"10:00\""),
             expected: "21:6: error: block 3 \"Frokost\" is fixed at 10:00, but block 2 \"Lang\" before it ends at 10:15: 15 minutes missing"),
        Case(name: "two people with one name", text: minimalPlan(header: "[[people]]\nname = \"Anne\"\n[[people]]\nname = \"Anne\""),
             expected: "6:8: error: two people are both called \"Anne\" (first at line 4)"),
        Case(name: "together larger than a group", text: minimalPlan("[[blocks]]\ntitle = \"G\"\nkind = \"groups\"\nminutes = 10\ngroup_size = 2",
                                                                   header: "people = [{name=\"A\"},{name=\"B\"},{name=\"C\"}]\n[[rules]]\ntogether = [\"A\", \"B\", \"C\"]"),
             expected: "5:12: error: a together rule keeps 3 people in one group, but groups in \"G\" hold 2"),
        Case(name: "keep without earlier groups", text: minimalPlan("[[blocks]]\ntitle = \"G\"\nkind = \"groups\"\nminutes = 10\nformation = \"keep\""),
             expected: "17:13: error: block 2 \"G\" keeps the previous groups, but no groups block comes before it"),
        Case(name: "rotation without stations", text: minimalPlan("[[blocks]]\ntitle = \"R\"\nkind = \"rotation\"\nminutes = 10"),
             expected: "13:1: error: block 2 \"R\" is a rotation and needs `stations`"),
        Case(name: "groups without tables", text: "title = \"x\"\nstart = \"09:00\"\n[[blocks]]\ntitle = \"G\"\nkind = \"groups\"\nminutes = 5\n",
             expected: "5:8: error: block 1 \"G\" is a groups block, but the plan has no [tables]"),
        Case(name: "min_minutes longer than minutes", text: minimalPlan("min_minutes = 20"),
             expected: "13:15: error: `min_minutes` of block 1 \"Velkomst\" is 20, longer than its 15 minutes"),
        Case(name: "bad language", text: minimalPlan(header: "language = \"de\""),
             expected: "3:12: error: `language` must be \"da\" or \"en\", not \"de\""),
        Case(name: "table in two tracks", text: minimalPlan("[[blocks]]\ntitle = \"T\"\nkind = \"tracks\"\ntracks = [ { title = \"A\", tables = [\"Table 1\"], blocks = [ { title = \"a\", kind = \"plenum\", minutes = 5 } ] }, { title = \"B\", tables = [\"Table 1\"], blocks = [ { title = \"b\", kind = \"plenum\", minutes = 5 } ] } ]"),
             expected: "error: table \"Table 1\" is in both track \"A\" and track \"B\""),
        Case(name: "at inside a track", text: minimalPlan("[[blocks]]\ntitle = \"T\"\nkind = \"tracks\"\ntracks = [ { title = \"A\", blocks = [ { title = \"a\", kind = \"plenum\", minutes = 5, at = \"10:00\" } ] } ]"),
             expected: "error: block 1 of track \"A\" \"a\" is inside a track and cannot have `at`"),
        Case(name: "a rule with a single name", text: minimalPlan(header: "[[people]]\nname = \"A\"\n[[rules]]\napart = [\"A\"]"),
             expected: "6:9: error: `apart` of rule 1 needs at least two different names"),
        Case(name: "end before start", text: minimalPlan(header: "end = \"08:00\""),
             expected: "3:7: error: `end` (08:00) must be later than `start` (09:00)"),
    ]

    @Test(arguments: cases) func refusesWithPlaceAndSentence(_ c: Case) {
        let found = problems(c.text)
        #expect(found.contains { $0.hasPrefix(c.expected) || ($0.contains(c.expected) && !c.expected.first!.isNumber) },
                "expected \(c.expected)\nfound \(found)")
        #expect(load(c.text).plan == nil, "a plan with errors is not run")
    }

    @Test func reportsAllProblemsAtOnceInFileOrder() {
        let text = minimalPlan("minuts = 3\n[[blocks]]\ntitle = \"P\"\nkind = \"grups\"\nminutes = 0", header: "titel = \"x\"")
        let found = problems(text)
        #expect(found.count == 4, "\(found)")
        #expect(found.map { $0.split(separator: " ").first.map(String.init) } == ["3:1:", "13:1:", "16:8:", "17:11:"])
    }

    @Test func warningsDoNotRefuseThePlan() throws {
        let text = minimalPlan("[[blocks]]\ntitle = \"Lang\"\nkind = \"plenum\"\nminutes = 60", header: "end = \"10:00\"")
        let outcome = load(text)
        let plan = try #require(outcome.plan)
        #expect(plan.blocks.count == 2)
        #expect(outcome.diagnostics.map(\.message) == ["the day ends at 10:15, 15 minutes after `end` (10:00)"])
        #expect(outcome.diagnostics.first?.severity == .warning)
    }

    @Test func formatsAsFileLineColumn() {
        let d = Diagnostic(.error, "unknown key `x`", at: SourcePosition(line: 12, column: 3))
        #expect(d.formatted(file: "plan.toml") == "plan.toml:12:3: error: unknown key `x`")
        #expect(Diagnostic(.warning, "late").formatted(file: "p.toml") == "p.toml: warning: late")
    }
}
