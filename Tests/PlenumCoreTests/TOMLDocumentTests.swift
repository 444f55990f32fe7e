import Testing
@testable import PlenumCore

@Suite struct TOMLDocumentTests {
    @Test func keepsFileOrderAndPositions() throws {
        let text = """
            title = "Dag"
            start = "09:00"

            [segments]
            BUU = "Børne"
            AAA = "Andre"

            [[blocks]]
            title = "Velkomst"
            kind  = "plenum"

            [[blocks]]
            title = "Dialog"
            cards = ["a",
                     "b"]
            """
        let root = try TOMLDocument.parse(text)
        guard case .table(let top) = root.value else { Issue.record("not a table"); return }
        #expect(top.map(\.key) == ["title", "start", "segments", "blocks"])
        #expect(root["title"]?.keyPosition == SourcePosition(line: 1, column: 1))
        #expect(root["title"]?.valuePosition == SourcePosition(line: 1, column: 9))
        guard case .table(let segments) = root["segments"]?.value else { Issue.record("no segments"); return }
        #expect(segments.map(\.key) == ["BUU", "AAA"])
        guard case .array(let blocks) = root["blocks"]?.value else { Issue.record("no blocks"); return }
        #expect(blocks.count == 2)
        #expect(blocks[1].position == SourcePosition(line: 12, column: 1))
        #expect(blocks[1]["title"]?.valuePosition == SourcePosition(line: 13, column: 9))
        guard case .array(let cards) = blocks[1]["cards"]?.value else { Issue.record("no cards"); return }
        #expect(cards[1].position == SourcePosition(line: 15, column: 10))
    }
}

/// What the TOML library would stop the program on is reported as a syntax error instead.
@Suite struct TOMLLibraryGuardTests {
    @Test(arguments: ["[\n", "[=", "[ #x", "[.a]", "[,]", "[æ]", "[\t\n", "[[=]]", "title = \"x\"\n[\n", "#\n[=", "[\r\n",
                      "s=1979-05-27 8\n", "s=[1979-05-27 0]\n", "s={a=0000-00-00 1}\n", "s=1979-05-27 8,\n", "s=1979-05-27 8 # x\n",
                      "e=[}", "e=[ }", "e=[1,}", "e=[1, }", "e=[\n}", "e=[#x\n}", "e=[[}]]", "e={a=[}]}", "[\u{301}", "[[\u{301}x]]"])
    func aHeaderWithoutANameIsASyntaxError(_ text: String) {
        #expect(throws: TOMLDocument.SyntaxError.self) { try TOMLDocument.parse(text) }
        let outcome = PlanLoader.load(Array(text.utf8), defaultLanguage: .da)
        #expect(outcome.plan == nil && outcome.diagnostics.errors.first?.position != nil)
    }

    @Test(arguments: ["x = [\n[1],\n]\n", "x = \"\"\"\n[=\n\"\"\"\n", "x = '''\n[=\n'''\n", "x = \"[=\"\n", "a = 1 # [=\n",
                      "[ \"quoted\" ]\n", "[a]\n", "[[a.b]]\n", "x = { y = [ [1], [2] ] }\n", "s=1979-05-27 08:00\n",
                      "s=\"1979-05-27 8\"\n", "s=1979-05-27 8", "# 1979-05-27 8\n", "s=11979-05-27 8\n", "e=[1 }", "e={a=}",
                      "e=[{a=1}]", "e=[ [1], {a=1} ]"])
    func whatTheLibraryReadsItselfIsLeftToIt(_ text: String) {
        #expect(TOMLLibraryGuard.firstStop(text) == nil)
    }
}
