import Foundation
import PlenumCore
import PlenumStore
import Testing

/// What plenum says about an agenda or a session before (or without) a plan's language is the
/// user's: `--lang`, else the environment's (`LANG=da_DK.UTF-8` is Danish); one sentence, exit 2.
@Suite struct SessionLanguageTests {
    static let danish = ["LANG": "da_DK.UTF-8"]

    /// An agenda with no word that tells its language is refused in the environment's.
    @Test func anAgendaWithoutTellingWordsIsRefusedInTheEnvironmentsLanguage() throws {
        let folder = try PlenumProcess.temporaryFolder()
        try "Xyzzy\nQwerty\n".write(toFile: folder + "/agenda.txt", atomically: true, encoding: .utf8)
        let da = try PlenumProcess.run(["import", "agenda.txt"], in: folder, environment: Self.danish)
        #expect(da.status == 2 && da.stderr == "plenum: agenda.txt: fandt ingen klokkeslæt; en dagsorden har linjer som 09:00-09:30 Titel\n",
                "\(da.stderr)")
        let en = try PlenumProcess.run(["import", "agenda.txt"], in: folder)
        #expect(en.status == 2 && en.stderr == "plenum: agenda.txt: no times found; expected lines like 09:00-09:30 Title\n", "\(en.stderr)")
        let asked = try PlenumProcess.run(["import", "agenda.txt", "--lang", "en"], in: folder, environment: Self.danish)
        #expect(asked.status == 2 && asked.stderr.contains("no times found"), "\(asked.stderr)")
    }

    /// A Danish agenda of too many days is refused in Danish, whatever the terminal speaks.
    @Test func tooManyDaysOfADanishAgendaInDanish() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let days = (1...61).map { "Dag \($0)\n09:00-10:00 Velkomst og kaffe\n" }.joined()
        try days.write(toFile: folder + "/agenda.txt", atomically: true, encoding: .utf8)
        let r = try PlenumProcess.run(["import", "agenda.txt"], in: folder)
        #expect(r.status == 2
                && r.stderr == "plenum: agenda.txt læses som 61 dage; plenum importerer højst 60 ad gangen, så del dagsordenen op\n",
                "\(r.stderr)")
    }

    /// A session file whose stored plan no longer loads: said in the environment's language.
    @Test func aSessionWhosePlanCannotBeRunInDanishAndEnglish() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let info = SessionInfo(planSource: "title = \"Dag\"\n", planFile: "dag.toml", day: PlanDate(year: 2026, month: 3, day: 12),
                               timeZone: "Europe/Copenhagen", createdAt: Date(), seed: 7)
        _ = try SessionStore.create(at: folder + "/s.plenum", info: info)
        let da = try PlenumProcess.run(["export", "s.plenum", "--format", "json"], in: folder, environment: Self.danish)
        #expect(da.status == 2 && da.stderr.hasPrefix("plenum: planen i ") && da.stderr.contains("s.plenum kan ikke køres: "),
                "\(da.stderr)")
        let en = try PlenumProcess.run(["export", "s.plenum", "--format", "json"], in: folder)
        #expect(en.status == 2 && en.stderr.hasPrefix("plenum: the plan stored in ") && en.stderr.contains("s.plenum cannot be run: "),
                "\(en.stderr)")
    }

    /// Notes piped in before the session exists say in Danish what they wait for.
    @Test func pipedNotesWaitInTheEnvironmentsLanguage() throws {
        let folder = try PlenumProcess.temporaryFolder()
        try "Et punkt\n".write(toFile: folder + "/in.txt", atomically: true, encoding: .utf8)
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "da_DK.UTF-8"
        env["LC_ALL"] = nil
        // Standard error to the pipe that is read, so the waiting line can be seen.
        var child = try Spawn.start("/bin/sh", ["-c", "exec \"$0\" note kommer.plenum --table 1 2>&1", PlenumProcess.binary],
                                    in: folder, environment: env, stdin: folder + "/in.txt")
        let line = child.nextLine()
        _ = child.kill(SIGTERM)
        #expect(line == "plenum: venter på, at plenum run opretter kommer.plenum (Ctrl-C stopper)", "\(line ?? "nothing")")
    }

    /// A server session plenum cannot use or reach is refused in the terminal's language (or
    /// `--lang`); what the server says itself would pass as it came.
    @Test func aServerThatCannotBeUsedOrReachedInDanish() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let made = try PlenumProcess.run(["new", "plan.toml", "--lang", "en"], in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        let password = try PlenumProcess.run(["run", "plan.toml", "--session", "postgres://u:hemmelig@h/db?session=x"], in: folder,
                                             environment: Self.danish)
        #expect(password.status == 2 && password.stderr.hasPrefix("plenum: en adgangskode hører ikke hjemme i URL'en ")
                && !password.stderr.contains("hemmelig"), "\(password.stderr)")
        let asked = try PlenumProcess.run(["run", "plan.toml", "--session", "postgres://u:hemmelig@h/db?session=x", "--lang", "en"],
                                          in: folder, environment: Self.danish)
        #expect(asked.status == 2 && asked.stderr.hasPrefix("plenum: a password does not belong in the URL "), "\(asked.stderr)")
        // Port 1 takes no connections: refused at once, in Danish.
        let list = try PlenumProcess.run(["db", "list", "postgres://u@127.0.0.1:1/db"], in: folder, environment: Self.danish)
        #expect(list.status == 2 && list.stderr.hasPrefix("plenum: kan ikke nå postgres://u@127.0.0.1:1/db: "), "\(list.stderr)")
        let copy = try PlenumProcess.run(["copy", "postgres://u@h/db?session=x&foo=1", "b.plenum"], in: folder, environment: Self.danish)
        #expect(copy.status == 2 && copy.stderr.contains("?foo= læser plenum ikke"), "\(copy.stderr)")
    }
}
