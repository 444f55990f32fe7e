import Foundation
import Testing

/// `plenum check` reading a block's material beside the plan, and the session keeping it.
@Suite struct MaterialCommandTests {
    func folder(plan: String = EvaluationInTmuxTests.plan, survey: String?) throws -> String {
        let folder = try PlenumProcess.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/dag", withIntermediateDirectories: true)
        try plan.write(toFile: folder + "/dag/plan.toml", atomically: true, encoding: .utf8)
        if let survey { try survey.write(toFile: folder + "/dag/svar.csv", atomically: true, encoding: .utf8) }
        return folder
    }

    @Test func checkReportsTheFilesProblemsAtTheirLineAndColumn() throws {
        let good = try folder(survey: EvaluationInTmuxTests.survey)
        let ok = try PlenumProcess.run(["check", "dag/plan.toml"], in: good)
        #expect(ok.status == 0 && ok.stderr.isEmpty, "\(ok.stderr)")

        let missing = try PlenumProcess.run(["check", "dag/plan.toml"], in: try folder(survey: nil))
        #expect(missing.status == 2)
        #expect(missing.stderr == "dag/plan.toml:16:12: error: `material` i blok 1 \"Surveyen\": kan ikke læse svar.csv: der er ingen sådan fil ved siden af planen (dag/svar.csv)\n")

        let broken = try folder(survey: "Segment;Tilfredshed\r\nBOR;4\r\nPOL;5;6\r\n")
        let r = try PlenumProcess.run(["check", "dag/plan.toml"], in: broken)
        #expect(r.status == 2)
        #expect(r.stderr == "dag/svar.csv:3:7: error: denne række har 3 felter; overskriften (linje 1) har 2\n")
        let json = try PlenumProcess.run(["check", "dag/plan.toml", "--format", "json"], in: broken)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let error = try #require((object["errors"] as? [[String: Any]])?.first)
        #expect(error["file"] as? String == "svar.csv" && error["line"] as? Int == 3 && error["column"] as? Int == 7)

        let summary = try folder(survey: "Spørgsmål;Borgere\nTryghed;høj\n")
        let s = try PlenumProcess.run(["check", "dag/plan.toml"], in: summary)
        #expect(s.stderr == "dag/svar.csv:2:9: error: \"høj\" er ikke et tal; kolonnerne efter \"Spørgsmål\" rummer tal pr. segment\n")
    }

    @Test func theBootcampPlansJSONCarriesItsSurveySummarised() throws {
        let r = try PlenumProcess.run(["export", "sessions/bootcamp.toml", "--format", "json"], in: packageRoot)
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        let material = try #require(blocks[0]["material"] as? [String: Any])
        #expect(material["file"] as? String == "survey-bootcamp.csv" && material["kind"] as? String == "table")
        #expect(material["segments"] as? [String] == ["Politikere", "Borgere", "Erhvervsliv", "Medarbejdere"])
        #expect(material["respondents"] as? [Int] == [6, 6, 6, 6])
        let charts = try #require(material["charts"] as? [[String: Any]])
        #expect(charts.last?["title"] as? String == "Kommentar" && charts.last?["free_text_answers"] as? Int == 16)
        let evaluation = try #require(blocks.first { $0["title"] as? String == "Evaluering" })
        #expect((evaluation["ratings"] as? [[String: Any]])?.map { $0["question"] as? String } == ["Dagens form", "Udbytte"])
    }
}
