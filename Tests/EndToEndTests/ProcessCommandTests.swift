import Foundation
import PlenumCore
import PlenumStore
import Testing

/// Processes end to end: pasted texts imported into processes that check and show on the timeline,
/// problems with their places, days held and rehearsed from their session files, the learning
/// carried forward, the exports, and the timeline screen in tmux.
@Suite struct ProcessCommandTests {
    static let corpus = "\(packageRoot)/Tests/PlenumCoreTests/Agendas"

    /// The three example texts and the process files in `sessions/` they give.
    static let examples = [("da-lejre-bootcamps", "lejre-bootcamps"), ("da-hvidovre-vision", "hvidovre-vision"),
                           ("da-competence-phases", "kompetenceprogram")]

    @Test(arguments: examples) func eachTextImportsIntoAProcessThatChecksAndShows(_ example: (String, String)) throws {
        let (text, name) = example
        let folder = try PlenumProcess.temporaryFolder()
        try FileManager.default.copyItem(atPath: "\(Self.corpus)/\(text).txt", toPath: "\(folder)/\(name).txt")
        let imported = try PlenumProcess.run(["import", "\(name).txt", "-o", "\(name).toml"], in: folder)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("Skrev processen \(name).toml"), "\(imported.stderr)")
        let check = try PlenumProcess.run(["check", "\(name).toml"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        let shown = try PlenumProcess.run(["process", "\(name).toml"], in: folder)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("── i dag ──") && shown.stdout.contains("Læring på tværs af dagene"))
        // The example in sessions/ is exactly what the import makes of the text.
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".toml") }.sorted()
        for file in files {
            let made = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8)
            let example = try String(contentsOfFile: "\(packageRoot)/sessions/\(file)", encoding: .utf8)
            #expect(made == example, "sessions/\(file) is what plenum import makes of \(text).txt (import it again)")
        }
    }

    @Test func theTimelinesShowPhasesMilestonesAndDaysInOrder() throws {
        let hvidovre = try PlenumProcess.run(["process", "\(packageRoot)/sessions/hvidovre-vision.toml"])
        let lines = hvidovre.stdout.split(separator: "\n").map(String.init)
        let order = ["Kick-off for direktion og chefer", "Procesplan skal være klar", "Primo april  2019-04-01 – 2019-04-10",
                     "Ultimo maj", "Dialogmøde med foreninger", "Vision offentliggøres", "── i dag ──"]
        let places = order.map { wanted in lines.firstIndex { $0.contains(wanted) } }
        #expect(places.allSatisfy { $0 != nil }, "\(hvidovre.stdout)")
        #expect(places.compactMap { $0 } == places.compactMap { $0 }.sorted(), "\(hvidovre.stdout)")
        let phased = try PlenumProcess.run(["process", "\(packageRoot)/sessions/kompetenceprogram.toml", "--lang", "en"])
        #expect(phased.stdout.contains("Forår 2021  2021-03-01 – 2021-05-31\n  ○ 2021-03-11 Thu  09:00–15:30  planned    Netværksdag"))
        #expect(phased.stdout.contains("3 phases · 1 day"))
    }

    @Test func problemsInTheProcessAndItsPlansHaveTheirPlaceAndExitTwo() throws {
        let folder = try PlenumProcess.temporaryFolder()
        try "title = \"Dag\"\nstart = \"09:00\"\n[[blocks]]\ntitle = \"A\"\nkind = \"plenum\"\nminutes = 0\n"
            .write(toFile: "\(folder)/bad.toml", atomically: true, encoding: .utf8)
        try "title = \"P\"\n[[days]]\nplan = \"missing.toml\"\n[[days]]\nplan = \"bad.toml\"\nphase = \"Forår\"\n"
            .write(toFile: "\(folder)/p.toml", atomically: true, encoding: .utf8)
        let check = try PlenumProcess.run(["check", "p.toml"], in: folder)
        #expect(check.status == 2)
        #expect(check.stderr.contains("p.toml:6:9: error: day 2 is in phase \"Forår\", which the process does not have"), "\(check.stderr)")
        let json = try PlenumProcess.run(["check", "p.toml", "--format", "json"], in: folder)
        #expect(json.status == 2 && json.stdout.contains("\"problems\": [") && json.stdout.contains("p.toml:6:9: error: day 2 is in phase"))
        try "title = \"P\"\n[[days]]\nplan = \"missing.toml\"\n[[days]]\nplan = \"bad.toml\"\n"
            .write(toFile: "\(folder)/p.toml", atomically: true, encoding: .utf8)
        let again = try PlenumProcess.run(["check", "p.toml"], in: folder)
        #expect(again.status == 2)
        #expect(again.stderr.contains("p.toml:3:8: error: day 1 (\"missing\"): cannot read the plan missing.toml"), "\(again.stderr)")
        #expect(again.stderr.contains("bad.toml:6:11: error: `minutes` of block 1 \"A\" must be at least 1, not 0"), "\(again.stderr)")
        let export = try PlenumProcess.run(["export", "p.toml", "--format", "csv"], in: folder)
        #expect(export.status == 2 && export.stderr.contains("a process exports as ics, md or html"))
    }

    /// A Lejre-like process in a fresh folder: bootcamp I held (with quick wins), bootcamp II
    /// rehearsed a week before, bootcamp III taking their quick wins as cards.
    static func lejre() throws -> String {
        let folder = try PlenumProcess.temporaryFolder()
        func plan(_ title: String, _ date: String, _ extra: String = "") -> String {
            "title = \"\(title)\"\ndate = \(date)\nstart = \"09:00\"\nlanguage = \"da\"\n[tables]\ncount = 2\n"
                + "[[blocks]]\ntitle = \"Velkomst\"\nkind = \"plenum\"\nminutes = 30\n"
                + "[[blocks]]\ntitle = \"Gruppearbejde\"\nkind = \"groups\"\nminutes = 60\n" + extra
        }
        try plan("Bootcamp I", "2017-03-12").write(toFile: "\(folder)/b1.toml", atomically: true, encoding: .utf8)
        try plan("Bootcamp II", "2017-03-26").write(toFile: "\(folder)/b2.toml", atomically: true, encoding: .utf8)
        try plan("Bootcamp III", "2017-04-23", "cards_from = { day = [\"bootcamp-i\", \"bootcamp-ii\"], what = \"quick_wins\" }\n")
            .write(toFile: "\(folder)/b3.toml", atomically: true, encoding: .utf8)
        try """
            title = "Lejre: bootcamps"
            language = "da"
            [[milestones]]
            date = 2017-04-03
            title = "Liste af quick wins"
            [[days]]
            id = "bootcamp-i"
            plan = "b1.toml"
            [[days]]
            id = "bootcamp-ii"
            plan = "b2.toml"
            [[days]]
            id = "bootcamp-iii"
            plan = "b3.toml"

            """.write(toFile: "\(folder)/lejre.toml", atomically: true, encoding: .utf8)
        try session(folder, plan: "b1.toml", on: PlanDate(year: 2017, month: 3, day: 12), slug: "bootcamp-i",
                    notes: [("Borgerservice", "Ny hjemmeside (aktør: Digitalisering)", true), ("Borgerservice", "Lange køer", false)])
        try session(folder, plan: "b2.toml", on: PlanDate(year: 2017, month: 3, day: 19), slug: "bootcamp-ii",
                    notes: [("Borgerservice", "Chatbot", true)], rehearsal: Rehearsal(shiftMinutes: 0))
        return folder
    }

    /// A session file `<date>-<slug>.plenum` of `plan` (a rehearsal, or for real) in which the groups
    /// block ran and `notes` were written.
    static func session(_ folder: String, plan: String, on day: PlanDate, slug: String,
                        notes: [(theme: String, text: String, quick: Bool)], rehearsal: Rehearsal? = nil) throws {
        let source = try String(contentsOfFile: "\(folder)/\(plan)", encoding: .utf8)
        let info = SessionInfo(planSource: source, planFile: plan, day: day, timeZone: "Europe/Copenhagen",
                               createdAt: Date(), seed: 3, rehearsal: rehearsal)
        let store = try SessionStore.create(at: "\(folder)/\(day)-\(slug).plenum", info: info)
        var facts: [Fact] = [.dayStarted, .blockStarted(block: "p1"), .blockStarted(block: "p2")]
        for (k, note) in notes.enumerated() {
            facts.append(.postItAdded(PostItDraft(id: "n\(k)", block: "p2", table: "Bord 1", group: 1, kind: "idé",
                                                  text: note.text, author: "Åse")))
            facts.append(.themed(id: "n\(k)", theme: note.theme))
            facts.append(.voted(id: "n\(k)", delta: k + 1))
            if note.quick { facts.append(.quickWinMarked(id: "n\(k)", on: true)) }
        }
        _ = try store.append(facts, actor: "test", at: Date())
    }

    @Test func daysAreHeldOrRehearsedByTheirSessionsAndTheLearningIsCarried() throws {
        let folder = try Self.lejre()
        let shown = try PlenumProcess.run(["process", "lejre.toml"], in: folder)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("● 2017-03-12 søn  09:00–10:30  afholdt    Bootcamp I"), "\(shown.stdout)")
        #expect(shown.stdout.contains("◐ 2017-03-26 søn  09:00–10:30  øvet       Bootcamp II"), "\(shown.stdout)")
        #expect(shown.stdout.contains("○ 2017-04-23 søn  09:00–10:30  planlagt   Bootcamp III"), "\(shown.stdout)")
        #expect(shown.stdout.contains("★ Ny hjemmeside (1 prik; aktør:"), "\(shown.stdout)")
        // Bootcamp II was only rehearsed: its quick wins are not carried; bootcamp I's are, without a warning.
        let check = try PlenumProcess.run(["check", "lejre.toml"], in: folder)
        #expect(check.status == 0 && check.stderr.isEmpty, "\(check.stderr)")
        let json = try PlenumProcess.run(["check", "lejre.toml", "--format", "json"], in: folder)
        #expect(json.stdout.contains("\"state\": \"held\"") && json.stdout.contains("\"state\": \"rehearsed\""))
        let md = try PlenumProcess.run(["export", "lejre.toml", "--format", "md"], in: folder)
        #expect(md.stdout.contains("| **Borgerservice** | 3 prikker · 2 post-its<br>★ Ny hjemmeside (1 prik; aktør: Digitalisering) |"),
                "\(md.stdout)")
        let ics = try PlenumProcess.run(["export", "lejre.toml", "--format", "ics", "-o", "lejre.ics"], in: folder)
        #expect(ics.status == 0)
        let calendar = try String(contentsOfFile: "\(folder)/lejre.ics", encoding: .utf8)
        #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count == 5)
    }

    @Test func theTimelineScreenShowsTheDaysAndTheLearning() throws {
        let folder = try Self.lejre()
        let screen = try Tmux.start(["process", "lejre.toml"], in: folder, width: 100, height: 24)
        defer { screen.kill() }
        #expect(screen.waitFor("Bootcamp III"), "\(screen.screen())")
        #expect(screen.waitFor("afholdt"))
        #expect(screen.waitFor("Tab tidslinje/læring"))
        try screen.send("Tab")
        #expect(screen.waitFor("Tema (kerneopgave)"), "\(screen.screen())")
        #expect(screen.waitFor("Ny hjemmeside"))
        try screen.send("q")
        #expect(screen.waitFor("PLENUM-EXIT=0"))
        // plenum review on a process opens the same screen: the review across its sessions.
        let review = try Tmux.start(["review", "lejre.toml", "--lang", "en"], in: folder, width: 100, height: 24)
        defer { review.kill() }
        #expect(review.waitFor("held"), "\(review.screen())")
        try review.send("Tab")
        #expect(review.waitFor("Theme (core task)"))
        try review.send("q")
        #expect(review.waitFor("PLENUM-EXIT=0"))
    }

    @Test func aLaterDayIsRunWithTheQuickWinsOfTheHeldDayAsCardsKeptInItsSession() throws {
        let folder = try Self.lejre()
        let console = try Tmux.start(["run", "b3.toml", "--session", "b3.plenum"], in: folder, width: 120, height: 30)
        defer { console.kill() }
        #expect(console.waitFor("Bootcamp III"), "\(console.screen())")
        try console.send("Space")
        try console.send("n")
        #expect(console.waitFor("Ny hjemmeside"), "the card is bootcamp I's quick win:\n\(console.screen())")
        try console.send("q")
        #expect(console.waitFor("PLENUM-EXIT=0"))
        let store = try SessionStore.open(at: "\(folder)/b3.plenum", readOnly: true)
        let source = try store.info().planSource
        #expect(source.hasPrefix("carried = [{ day = \"bootcamp-i\", what = \"quick_wins\", items = [\"Ny hjemmeside\"] }"), "\(source)")
    }

    @Test func theCopenhagenLetterAndTheEmailImportAsWhatTheyAre() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let letter = try PlenumProcess.run(["import", "\(Self.corpus)/da-copenhagen-letter.txt", "-o", "brev.toml"], in: folder)
        #expect(letter.status == 0 && letter.stderr.hasPrefix("Skrev brev.toml"), "\(letter.stderr)")
        let json = try PlenumProcess.run(["check", "brev.toml", "--format", "json"], in: folder)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout.contains("\"title\": \"Hvordan kan vi bevare tilliden, når vi laver forandringer?\""))
        #expect(json.stdout.contains("\"date\": \"2012-10-31\"") && json.stdout.contains("\"end\": \"18:15\""))
        #expect(json.stdout.contains("\"cards\": 3"))
        let plan = try String(contentsOfFile: "\(folder)/brev.toml", encoding: .utf8)
        #expect(plan.contains("card_minutes = 8\n") && plan.contains("formation = \"table\"") && plan.contains("present = \"tables\""))
        let email = try PlenumProcess.run(["import", "\(Self.corpus)/da-email-hej-alle.txt"], in: folder)
        #expect(email.status == 0)
        #expect(email.stdout.contains("title    = \"Importeret dagsorden\"\nstart    = \"16:00\"\nend      = \"18:05\""))
        #expect(email.stdout.contains("title   = \"Pause (sandwich)\"\nkind    = \"break\"\nminutes = 10\n"))
        #expect(email.stderr.contains("da-email-hej-alle.txt:7:5: warning: 17:00 ligger inde i"), "\(email.stderr)")
    }

    @Test func aProcessFromStandardInputIsPrintedWithItsPlans() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let r = try PlenumProcess.run(["import", "-"], in: folder, stdin: "\(Self.corpus)/da-hvidovre-vision.txt")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("# Importeret med `plenum import` fra standard input."))
        #expect(r.stdout.contains("[[phases]]\ntitle = \"Primo april\"\nfrom  = 2019-04-01\nto    = 2019-04-10\n"))
        #expect(r.stdout.components(separatedBy: "[[days]]").count == 4)
        #expect(r.stderr.hasSuffix("en proces med 3 dage: tilføj -o PROCES.toml for at skrive processen og én plan pr. dag\n"))
    }
}
