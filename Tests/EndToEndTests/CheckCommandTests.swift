import Foundation
import Testing

/// `plenum check` and `plenum new` as a user runs them: exit codes, stdout, stderr.
@Suite struct CheckCommandTests {
    @Test func theExamplePlansCheckCleanWithExitZero() throws {
        for name in ["bootcamp", "workshop", "dialogmoede"] {
            let r = try PlenumProcess.run(["check", "sessions/\(name).toml"], in: packageRoot)
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(r.stderr.isEmpty, "\(name): \(r.stderr)")
        }
    }

    @Test func theTextReportIsThePlannedDayInThePlansLanguage() throws {
        let r = try PlenumProcess.run(["check", "sessions/dialogmoede.toml"], in: packageRoot)
        let snapshot = try String(contentsOfFile: "\(packageRoot)/Tests/EndToEndTests/Snapshots/check-dialogmoede.txt",
                                  encoding: .utf8)
        #expect(r.stdout == snapshot)
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let r = try PlenumProcess.run(["check", "sessions/dialogmoede.toml", "--format", "json"], in: packageRoot)
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["title"] as? String == "Hvordan kan vi bevare tilliden, når vi laver forandringer?")
        #expect(json["date"] as? String == "2026-10-28")
        #expect(json["start"] as? String == "16:15")
        #expect(json["end"] as? String == "18:15")
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        #expect(blocks.count == 6)
        #expect(blocks[1]["kind"] as? String == "groups")
        #expect(blocks[1]["cards"] as? Int == 3)
        #expect(blocks[4]["start"] as? String == "17:40")
        #expect(blocks[4]["anchor"] as? Bool == true)
        #expect(blocks[4]["slack_before"] as? Int == 0)
        #expect((json["warnings"] as? [Any])?.isEmpty == true)
    }

    @Test func tracksAreListedInJSON() throws {
        let r = try PlenumProcess.run(["check", "sessions/bootcamp.toml", "--format", "json"], in: packageRoot)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        let tracks = try #require(blocks.first { $0["kind"] as? String == "tracks" }?["tracks"] as? [[String: Any]])
        #expect(tracks.map { $0["title"] as? String } == ["Fremtidens skole", "Grøn omstilling"])
        #expect((tracks[0]["blocks"] as? [Any])?.count == 2)
    }

    @Test func aBrokenPlanIsRefusedWithPlaceSentenceAndExitTwo() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let text = "title = \"x\"\nstart = \"9.00\"\n\n[[blocks]]\ntitle = \"a\"\nkind = \"plenum\"\nminuts = 5\n"
        try text.write(toFile: "\(folder)/plan.toml", atomically: true, encoding: .utf8)
        let r = try PlenumProcess.run(["check", "plan.toml"], in: folder)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr == """
            plan.toml:2:9: error: `start` of the plan: "9.00" is not a time; write it as "09:00"
            plan.toml:4:1: error: block 1 "a" has no `minutes`
            plan.toml:7:1: error: unknown key `minuts` in block 1 "a"; did you mean `minutes`?

            """)
        let json = try PlenumProcess.run(["check", "plan.toml", "--format", "json"], in: folder)
        #expect(json.status == 2)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let errors = try #require(object["errors"] as? [[String: Any]])
        #expect(errors.count == 3)
        #expect(errors[0]["line"] as? Int == 2 && errors[0]["column"] as? Int == 9)
    }

    @Test func badFilesGetOneSentenceAndExitTwo() throws {
        let folder = try PlenumProcess.temporaryFolder()
        _ = FileManager.default.createFile(atPath: "\(folder)/empty.toml", contents: Data())
        _ = FileManager.default.createFile(atPath: "\(folder)/latin1.toml", contents: Data([0x74, 0x3D, 0x22, 0xE6, 0x22, 0x0A]))
        let big = Data(repeating: 0x20, count: 20 * 1_048_576)
        _ = FileManager.default.createFile(atPath: "\(folder)/big.toml", contents: big)
        let cases: [(args: [String], stderr: String)] = [
            (["check", "missing.toml"], "plenum: cannot read missing.toml: there is no such file\n"),
            (["check", "."], "plenum: . is a folder, not a plan\n"),
            (["check", "empty.toml"], "empty.toml: error: the file is empty; a plan needs at least a `title`, a `start` and [[blocks]] (`plenum new` writes one to start from)\n"),
            (["check", "latin1.toml"], "latin1.toml:1:4: error: the file is not UTF-8 text; save it as UTF-8 (in most editors: Save As → Encoding → UTF-8)\n"),
            (["check", "big.toml"], "plenum: big.toml is 20.0 MB; a plan is a small text file (at most 2 MB)\n"),
        ]
        for c in cases {
            let r = try PlenumProcess.run(c.args, in: folder)
            #expect(r.status == 2, "\(c.args)")
            #expect(r.stderr == c.stderr)
        }
    }

    @Test func aSessionFileGivenAsAPlanSaysHowToOpenIt() throws {
        let (folder, file) = try ExportCommandTests.session()
        let en = try PlenumProcess.run(["check", file], in: folder)
        #expect(en.status == 2)
        #expect(en.stderr == "plenum: \(file) is a session file, not a plan: go on with the day with plenum run PLAN --session \(file), "
                + "or look at it with plenum review \(file)\n")
        let da = try PlenumProcess.run(["check", file], in: folder, environment: ["LANG": "da_DK.UTF-8"])
        #expect(da.status == 2)
        #expect(da.stderr == "plenum: \(file) er en sessionsfil, ikke en plan: fortsæt dagen med plenum run PLAN --session \(file), "
                + "eller se den med plenum review \(file)\n")
    }

    @Test func badArgumentsExitTwoWithASentence() throws {
        for args in [["check"], ["check", "a.toml", "b.toml"], ["check", "--format", "xml", "a.toml"], ["frobnicate"], ["new", "--lang", "de"]] {
            let r = try PlenumProcess.run(args)
            #expect(r.status == 2, "\(args): \(r.stderr)")
            #expect(r.stderr.hasPrefix("plenum: "), "\(args): \(r.stderr)")
            #expect(!r.stderr.contains("Fatal error"))
        }
    }

    @Test func helpExitsZero() throws {
        let r = try PlenumProcess.run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("check") && r.stdout.contains("new"))
        #expect(try PlenumProcess.run(["check", "--help"]).status == 0)
    }

    @Test(arguments: ["da", "en"]) func newWritesATemplateThatChecksClean(_ lang: String) throws {
        let folder = try PlenumProcess.temporaryFolder()
        let written = try PlenumProcess.run(["new", "plan.toml", "--lang", lang], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        let checked = try PlenumProcess.run(["check", "plan.toml"], in: folder)
        #expect(checked.status == 0)
        #expect(checked.stderr.isEmpty, "\(checked.stderr)")
        #expect(checked.stdout.contains(lang == "da" ? "Tid" : "Time"))
        let again = try PlenumProcess.run(["new", "plan.toml"], in: folder)
        #expect(again.status == 2)
        #expect(again.stderr == "plenum: plan.toml exists already; choose another name, or add --force to replace it\n")
        let stdout = try PlenumProcess.run(["new", "--lang", lang])
        let file = try String(contentsOfFile: "\(folder)/plan.toml", encoding: .utf8)
        // Each new plan has its own seed (the seating's), the rest is the same template.
        func withoutSeed(_ text: String) -> [String] { text.components(separatedBy: "\n").filter { !$0.hasPrefix("seed ") } }
        #expect(withoutSeed(stdout.stdout) == withoutSeed(file))
        #expect(file.components(separatedBy: "\n").filter { $0.hasPrefix("seed     = ") }.count == 1)
    }

    @Test func newFollowsLangFromTheEnvironment() throws {
        let r = try PlenumProcess.run(["new"], environment: ["LANG": "da_DK.UTF-8"])
        #expect(r.stdout.contains("language = \"da\""))
    }
}
