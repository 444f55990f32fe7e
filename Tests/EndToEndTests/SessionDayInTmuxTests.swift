import Foundation
import PlenumCore
import PlenumStore
import Testing

/// One day is one day, with the real binary: a changed plan is a choice before the console opens,
/// a plan dated another day runs as a rehearsal that every export names, a plan exports as its
/// calendar on its date, and the session's language does not depend on who opens it.
@Suite(.serialized) struct SessionDayInTmuxTests {
    /// A small plan; `date` nil leaves it out (it then runs for real on any day).
    static func plan(_ language: Language, date: String? = nil, minutes: Int = 30) -> String {
        """
        title = "\(language == .da ? "Dialogmøde på Ærø" : "Design workshop")"
        \(date.map { "date = \($0)" } ?? "")
        start = "09:00"
        language = "\(language.rawValue)"

        [tables]
        count = 2

        [[blocks]]
        title = "\(language == .da ? "Velkomst" : "Welcome")"
        kind = "plenum"
        minutes = \(minutes)

        [[blocks]]
        title = "\(language == .da ? "Dialog" : "Dialogue")"
        kind = "groups"
        minutes = 40
        """
    }

    static func write(_ text: String, to path: String) throws {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func sessions(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/sessions")) ?? [])
            .filter { $0.hasSuffix(".plenum") }.sorted()
    }

    /// The first agenda row that names `title`.
    static func agendaRow(_ terminal: Tmux, _ title: String) -> String {
        terminal.screen().split(separator: "\n").first { $0.contains(title) }.map(String.init) ?? ""
    }

    @Test(arguments: [Language.da, .en]) func aChangedPlanIsAChoiceBeforeTheConsoleOpens(_ language: Language) throws {
        let da = language == .da
        let folder = try PlenumProcess.temporaryFolder()
        try Self.write(Self.plan(language), to: folder + "/plan.toml")
        let first = try Tmux.start(["run", "plan.toml"], in: folder)
        defer { first.kill() }
        #expect(first.waitFor(da ? "Ikke startet" : "Not started"))
        #expect(first.waitFor("plan.toml"), "the title bar names the plan file")
        try first.send("q")
        #expect(first.waitFor("PLENUM-EXIT=0"))
        let original = try #require(Self.sessions(in: folder).first)

        // The plan changes; running it again asks before anything opens.
        try Self.write(Self.plan(language, minutes: 25), to: folder + "/plan.toml")
        let second = try Tmux.start(["run", "plan.toml"], in: folder, width: 160)
        defer { second.kill() }
        #expect(second.waitFor(da ? "men planen er ændret siden" : "but the plan has changed since"))
        let newName = original.replacingOccurrences(of: ".plenum", with: "-2.plenum")
        #expect(second.waitFor(newName))
        #expect(second.waitFor(da ? "Vælg f, n eller q" : "Choose r, n or q"))
        try second.send("n", "Enter")
        #expect(second.waitFor(da ? "Ikke startet" : "Not started"))
        #expect(Self.agendaRow(second, da ? "Velkomst" : "Welcome").contains("25 │"), "the new session runs the changed plan")
        try second.send("q")
        #expect(second.waitFor("PLENUM-EXIT=0"))
        #expect(Set(Self.sessions(in: folder)) == [original, newName], "nothing overwritten")
        let kept = try SessionStore.open(at: folder + "/sessions/" + original, readOnly: true).info()
        #expect(kept.planSource == Self.plan(language), "the first session keeps the plan it started with")

        // Resuming instead goes on with the session's own plan.
        let third = try Tmux.start(["run", "plan.toml"], in: folder, width: 160)
        defer { third.kill() }
        #expect(third.waitFor(da ? "Vælg f, n eller q" : "Choose r, n or q"))
        try third.send(da ? "f" : "r", "Enter")
        #expect(third.waitFor(da ? "Ikke startet" : "Not started"))
        #expect(Self.agendaRow(third, da ? "Velkomst" : "Welcome").contains("30 │"), "the session's plan, not the file's")
        try third.send("q")
        #expect(third.waitFor("PLENUM-EXIT=0"))

        // --new answers without asking, with the next free name.
        let fourth = try Tmux.start(["run", "plan.toml", "--new"], in: folder)
        defer { fourth.kill() }
        #expect(fourth.waitFor(da ? "Ikke startet" : "Not started"))
        try fourth.send("q")
        #expect(fourth.waitFor("PLENUM-EXIT=0"))
        #expect(Self.sessions(in: folder).count == 3)
        #expect(Self.sessions(in: folder).contains(original.replacingOccurrences(of: ".plenum", with: "-3.plenum")))
    }

    @Test func withoutATerminalAChangedPlanIsRefusedNamingBothWays() throws {
        let folder = try PlenumProcess.temporaryFolder()
        try Self.write(Self.plan(.en, minutes: 25), to: folder + "/plan.toml")
        let info = SessionInfo(planSource: Self.plan(.en), planFile: "plan.toml", day: PlanDate(year: 2026, month: 3, day: 12),
                               timeZone: "Europe/Copenhagen", createdAt: Date(), seed: 7, language: .en)
        _ = try SessionStore.create(at: folder + "/s.plenum", info: info)
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/s.plenum"))
        let r = try PlenumProcess.run(["run", "plan.toml", "--session", "s.plenum"], in: folder)
        #expect(r.status == 2)
        #expect(r.stderr == "plenum: s.plenum was started from another version of plan.toml; run again with --resume to go on with the session's plan, or with --new to start a new session file\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/s.plenum")) == before)
        let both = try PlenumProcess.run(["run", "plan.toml", "--new", "--resume"], in: folder)
        #expect(both.status == 2 && both.stderr.contains("--new and --resume cannot be used together"))
    }

    @Test(arguments: [Language.da, .en]) func aPlanDatedAnotherDayIsARehearsalThatEveryExportNames(_ language: Language) throws {
        let da = language == .da
        let word = da ? "prøvekørsel" : "rehearsal"
        let folder = try PlenumProcess.temporaryFolder()
        try Self.write(Self.plan(language, date: "2020-01-06"), to: folder + "/plan.toml")
        let console = try Tmux.start(["run", "plan.toml", "--session", "s.plenum"], in: folder)
        defer { console.kill() }
        #expect(console.waitFor(word.uppercased()), "the title bar says it is a rehearsal")
        try console.send("Space")
        #expect(console.waitFor(da ? "Kører" : "Running"))
        try console.send("q")
        #expect(console.waitFor("PLENUM-EXIT=0"))
        try Self.write(da ? "Færgen sejler for sjældent\n" : "The ferry is too rare\n", to: folder + "/in.txt")
        let note = try PlenumProcess.run(["note", "s.plenum", "--table", "1"], in: folder, stdin: folder + "/in.txt")
        #expect(note.status == 0, "\(note.stderr)")
        let day = da ? "Prøvekørsel af dagen mandag 6. januar 2020" : "Rehearsal of the day on Monday 6 January 2020"
        for format in ["md", "html", "ics"] {
            let out = try PlenumProcess.run(["export", "s.plenum", "--format", format], in: folder)
            #expect(out.status == 0 && out.stdout.contains(day), "\(format) names the rehearsal")
        }
        let csv = try PlenumProcess.run(["export", "s.plenum", "--format", "csv"], in: folder)
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let separator = da ? ";" : ","  // a Danish spreadsheet's list separator
        #expect(rows.count == 2 && rows[0].hasSuffix(separator + "rehearsal") && rows[1].hasSuffix(separator + word))
        let json = try PlenumProcess.run(["export", "s.plenum", "--format", "json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let plan = try #require(object["plan"] as? [String: Any])
        #expect(plan["rehearsal"] as? Bool == true && plan["plan_date"] as? String == "2020-01-06")
        #expect(plan["date"] as? String != "2020-01-06", "the session's day is the day it ran")
    }

    @Test(arguments: [Language.da, .en]) func todayRunsAPlanDatedAnotherDayForReal(_ language: Language) throws {
        let da = language == .da
        let folder = try PlenumProcess.temporaryFolder()
        try Self.write(Self.plan(language, date: "2020-01-06"), to: folder + "/plan.toml")
        let console = try Tmux.start(["run", "plan.toml", "--session", "s.plenum", "--today"], in: folder)
        defer { console.kill() }
        #expect(console.waitFor(da ? "Ikke startet" : "Not started"))
        #expect(Self.agendaRow(console, da ? "Velkomst" : "Welcome").hasPrefix("   09:00 "), "at the plan's own times")
        #expect(!console.screen().contains(da ? "PRØVEKØRSEL" : "REHEARSAL"))
        try console.send("q")
        #expect(console.waitFor("PLENUM-EXIT=0"))
        let json = try PlenumProcess.run(["export", "s.plenum", "--format", "json"], in: folder)
        #expect(json.stdout.contains("\"rehearsal\": false"))
        let md = try PlenumProcess.run(["export", "s.plenum", "--format", "md"], in: folder)
        #expect(md.status == 0 && !md.stdout.contains(da ? "Prøvekørsel" : "Rehearsal"))
    }

    @Test(arguments: [Language.da, .en]) func aPlanExportsItsAgendaOnItsDateAcrossAClockChange(_ language: Language) throws {
        let da = language == .da
        let folder = try PlenumProcess.temporaryFolder()
        try Self.write("""
            title = "\(da ? "Natløb" : "Night run")"
            date = 2026-03-29
            start = "01:45"
            language = "\(language.rawValue)"

            [[blocks]]
            title = "Start"
            kind = "plenum"
            minutes = 30

            [[blocks]]
            title = "\(da ? "Morgenmad" : "Breakfast")"
            kind = "break"
            minutes = 30
            at = "04:00"
            """, to: folder + "/plan.toml")
        let copenhagen = ["TZ": "Europe/Copenhagen"]
        let ics = try PlenumProcess.run(["export", "plan.toml", "--format", "ics"], in: folder, environment: copenhagen)
        #expect(ics.status == 0, "\(ics.stderr)")
        #expect(ics.stdout.contains("DTSTART:20260329T004500Z\r\n") && ics.stdout.contains("DTSTART:20260329T020000Z\r\n"))
        #expect(try PlenumProcess.run(["export", "plan.toml", "--format", "ics"], in: folder, environment: copenhagen).stdout
                == ics.stdout, "the same invitations again, with the same UIDs")
        let md = try PlenumProcess.run(["export", "plan.toml", "--format", "md"], in: folder, environment: copenhagen)
        #expect(md.status == 0 && md.stdout.contains(da ? "Søndag 29. marts 2026" : "Sunday 29 March 2026"))
        #expect(md.stdout.contains("04:00–04:30"))
        let csv = try PlenumProcess.run(["export", "plan.toml", "--format", "csv"], in: folder)
        #expect(csv.status == 2 && csv.stderr.contains("plan.toml is a plan, and a plan has no post-its yet"))
        try Self.write("title = \"x\"\n", to: folder + "/bad.toml")
        let bad = try PlenumProcess.run(["export", "bad.toml", "--format", "ics"], in: folder)
        #expect(bad.status == 2 && bad.stderr.hasPrefix("bad.toml:"))
    }

    @Test func aNotetakerWithAnotherLanguageFindsTheSessionsTables() throws {
        let folder = try PlenumProcess.temporaryFolder()
        // No `language` in the plan: the console's Danish is the session's from now on.
        try Self.write(Self.plan(.da).replacingOccurrences(of: "language = \"da\"\n", with: ""), to: folder + "/plan.toml")
        let console = try Tmux.start(["run", "plan.toml", "--session", "s.plenum", "--lang", "da"], in: folder)
        defer { console.kill() }
        #expect(console.waitFor("Ikke startet"))
        try console.send("q")
        #expect(console.waitFor("PLENUM-EXIT=0"))
        try Self.write("Færgen sejler for sjældent\n", to: folder + "/in.txt")
        let note = try PlenumProcess.run(["note", "s.plenum", "--table", "Bord 1"], in: folder,
                                         environment: ["LANG": "C"], stdin: folder + "/in.txt")
        #expect(note.status == 0, "\(note.stderr)")
        #expect(note.stdout.contains("Bord 1"))
    }
}
