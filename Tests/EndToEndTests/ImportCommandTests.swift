import Foundation
import Testing

/// `plenum import` as a facilitator uses it: paste an agenda, get a plan that checks.
@Suite struct ImportCommandTests {
    static let corpus = "\(packageRoot)/Tests/PlenumCoreTests/Agendas"

    @Test func anInvitationBecomesAPlanThatChecksToTheMinute() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let r = try PlenumProcess.run(["import", "\(Self.corpus)/da-outlook-invitation.txt", "-o", "plan.toml"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        // A Danish agenda makes a Danish plan, and the report is in its language.
        #expect(r.stderr == "Skrev plan.toml (6 blokke). Tjek med: plenum check plan.toml\n")
        let check = try PlenumProcess.run(["check", "plan.toml", "--format", "json"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        #expect(blocks.map { "\($0["start"] ?? "")-\($0["end"] ?? "")" }
                == ["16:00-16:15", "16:15-16:45", "16:45-17:45", "17:45-18:15", "18:15-18:45", "18:45-19:00"])
        #expect(json["date"] as? String == "2026-03-12")
        let plan = try String(contentsOfFile: "\(folder)/plan.toml", encoding: .utf8)
        #expect(plan.hasPrefix("# Importeret med `plenum import` fra da-outlook-invitation.txt. Tjek det, der er gættet:\n"))
    }

    @Test func standardInputGoesToStandardOutput() throws {
        let folder = try PlenumProcess.temporaryFolder()
        try "09:00-09:30 Welcome\n9:30-10:00 Break\n".write(toFile: "\(folder)/in.txt", atomically: true, encoding: .utf8)
        let r = try PlenumProcess.run(["import", "-"], in: folder, stdin: "\(folder)/in.txt")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("title    = \"Imported agenda\"\nstart    = \"09:00\"\nlanguage = \"en\"\n"))
        #expect(r.stdout.contains("title   = \"Break\"\nkind    = \"break\"\nminutes = 30\n"))
    }

    @Test func aMultiDayAgendaGivesOnePlanPerDay() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let r = try PlenumProcess.run(["import", "\(Self.corpus)/no-two-days.txt", "-o", "samling.toml"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        for day in 1...2 {
            let check = try PlenumProcess.run(["check", "samling-\(day).toml"], in: folder)
            #expect(check.status == 0, "day \(day): \(check.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/samling.toml"))
        let again = try PlenumProcess.run(["import", "\(Self.corpus)/no-two-days.txt", "-o", "samling.toml"], in: folder)
        #expect(again.status == 2)
        #expect(again.stderr == "plenum: samling-1.toml findes allerede; vælg et andet navn, eller tilføj --force for at erstatte den\n")
    }

    @Test func warningsNameTheLineAndThePlanIsStillWritten() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let r = try PlenumProcess.run(["import", "\(Self.corpus)/da-problems.txt", "-o", "plan.toml"], in: folder)
        #expect(r.status == 0)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines.first?.hasSuffix("da-problems.txt:5:1: warning: 11:00–12:00 begynder, før \"Gruppearbejde\" slutter (11:30); \"Gruppearbejde\" slutter nu kl. 11:00") == true, "\(lines)")
        let check = try PlenumProcess.run(["check", "plan.toml"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test func textWithoutTimesAndMissingFilesAreRefusedWithExitTwo() throws {
        let folder = try PlenumProcess.temporaryFolder()
        try "Velkomst\nGruppearbejde\n".write(toFile: "\(folder)/notimes.txt", atomically: true, encoding: .utf8)
        let cases: [(args: [String], stderr: String)] = [
            (["import", "notimes.txt"], "plenum: notimes.txt: fandt ingen klokkeslæt; en dagsorden har linjer som 09:00-09:30 Titel\n"),
            (["import", "missing.txt"], "plenum: cannot read missing.txt: there is no such file\n"),
            (["import", "notimes.txt", "-o", "nofolder/plan.toml"],
             "plenum: notimes.txt: fandt ingen klokkeslæt; en dagsorden har linjer som 09:00-09:30 Titel\n"),
            (["import", "notimes.txt", "--lang", "en"], "plenum: notimes.txt: no times found; expected lines like 09:00-09:30 Title\n"),
        ]
        for c in cases {
            let r = try PlenumProcess.run(c.args, in: folder)
            #expect(r.status == 2, "\(c.args)")
            #expect(r.stderr == c.stderr, "\(c.args)")
            #expect(r.stdout.isEmpty)
        }
        try "09:00-10:00 A\n".write(toFile: "\(folder)/ok.txt", atomically: true, encoding: .utf8)
        let r = try PlenumProcess.run(["import", "ok.txt", "-o", "nofolder/plan.toml"], in: folder)
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("plenum: cannot write nofolder/plan.toml: the folder"))
    }

    @Test func windowsTextFromWordIsReadAsLatin1() throws {
        let folder = try PlenumProcess.temporaryFolder()
        // "09:00-10:00 Velkomst på rådhuset" in Windows-1252.
        var bytes = Array("09:00-10:00 Velkomst p".utf8) + [0xE5] + Array(" r".utf8) + [0xE5] + Array("dhuset\r\n".utf8)
        bytes += Array("10:00-11:00 Frokost\r\n".utf8)
        FileManager.default.createFile(atPath: "\(folder)/word.txt", contents: Data(bytes))
        let r = try PlenumProcess.run(["import", "word.txt"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("title   = \"Velkomst på rådhuset\""))
    }
}
