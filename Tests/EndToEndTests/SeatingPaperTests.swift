import Foundation
import Testing

/// The Lejre bootcamp (issue 16) through the real binary: `check` warns where a rule cannot hold,
/// `groups` bends it there and seats every block, and the session the console creates is seated
/// exactly as `plenum groups PLAN` printed it the day before.
@Suite(.serialized) struct SeatingPaperTests {
    static let plan = packageRoot + "/Tests/Plans/lejre.toml"

    @Test func checkWarnsAndGroupsSeatsEveryBlock() throws {
        let check = try PlenumProcess.run(["check", Self.plan])
        #expect(check.status == 0, "\(check.stderr)")
        let text = try String(contentsOfFile: Self.plan, encoding: .utf8)
        let line = try #require(text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("apart = [\"Bo Dahl\"") }) + 1
        #expect(check.stderr.contains("lejre.toml:\(line):9: warning: regel 1 (Bo Dahl, Frederik Kjær og Jesper Bech) kan ikke holde i alle blokke: kun 2 grupper af Borgere i »Aktiviteter«"),
                "\(check.stderr)")

        let groups = try PlenumProcess.run(["groups", Self.plan])
        #expect(groups.status == 0, "\(groups.stderr)")
        #expect(groups.stdout.contains("7. Aktiviteter · pr. segment\n============================\nRegel bøjet: Bo Dahl, Frederik Kjær og Jesper Bech holdes adskilt så vidt blokken tillader, 1 par sammen (kun 2 grupper af Borgere her)\n"),
                "\(groups.stdout.prefix(400))")
        #expect(groups.stdout.components(separatedBy: "Regel bøjet").count == 2, "bent in that block only")
    }

    @Test func theSessionIsSeatedAsThePaperSaid() throws {
        let folder = try PlenumProcess.temporaryFolder()
        try FileManager.default.copyItem(atPath: Self.plan, toPath: folder + "/lejre.toml")
        let paper = try PlenumProcess.run(["groups", "lejre.toml", "--format", "json"], in: folder)
        #expect(paper.status == 0, "\(paper.stderr)")

        let console = try Tmux.start(["run", "lejre.toml", "--session", "lejre.plenum"], in: folder, width: 120, height: 40)
        defer { console.kill() }
        #expect(console.waitFor("Velkomst"))
        try console.send("g")
        #expect(console.waitFor("Dialog på tværs"), "the first groups block has its groups")
        #expect(console.waitFor("Bo Dahl"))
        try console.send("Right")
        try console.send("Right")
        #expect(console.waitFor("Regel bøjet: Bo Dahl, Frederik Kjær og Jesper Bech"), "the screen says where the rule is bent")
        try console.send("Escape")
        try console.send("q")
        #expect(console.waitFor("PLENUM-EXIT=0"))

        let day = try PlenumProcess.run(["groups", "lejre.plenum", "--format", "json"], in: folder)
        #expect(day.status == 0, "\(day.stderr)")
        #expect(day.stdout == paper.stdout, "before check-in the day is seated as the paper says")
        let text = try PlenumProcess.run(["groups", "lejre.plenum"], in: folder)
        let textPaper = try PlenumProcess.run(["groups", "lejre.toml"], in: folder)
        #expect(text.stdout == textPaper.stdout)

        // The day runs: the mixed block and, after a plenum and a break, the `keep` block are formed
        // as the paper said, the same groups twice.
        let again = try Tmux.start(["run", "lejre.toml", "--session", "lejre.plenum"], in: folder, width: 120, height: 40)
        defer { again.kill() }
        #expect(again.waitFor("Velkomst"))
        try again.send("Space")
        #expect(again.waitFor("Kører"))
        for block in 2...5 {
            try again.send("n")
            #expect(again.waitFor("Blok \(block) af 10"))
        }
        try again.send("q")
        #expect(again.waitFor("PLENUM-EXIT=0"))
        let formed = try PlenumProcess.run(["groups", "lejre.plenum", "--format", "json"], in: folder)
        func groups(_ json: String, _ title: String) throws -> [[String]] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let block = try #require((object["blocks"] as? [[String: Any]])?.first { $0["title"] as? String == title })
            return (block["groups"] as? [[String: Any]] ?? []).map { $0["members"] as? [String] ?? [] }
        }
        let mixed = try groups(formed.stdout, "Dialog på tværs")
        #expect(mixed.count == 8)
        #expect(mixed == (try groups(paper.stdout, "Dialog på tværs")))
        #expect(try groups(formed.stdout, "Dialog fortsat") == mixed, "keep keeps")
        #expect(try groups(paper.stdout, "Dialog fortsat") == mixed)
    }
}
