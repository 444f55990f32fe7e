import Foundation
import Testing

/// The command line's refusals in the user's language: the environment's before a plan or session
/// is read (`LANG=da_DK.UTF-8` is Danish), the plan's or session's after; one sentence, exit 2.
@Suite struct CommandLanguageTests {
    static let danish = ["LANG": "da_DK.UTF-8"]

    /// A folder with an English plan in it (`plenum new --lang en`).
    static func folderWithPlan() throws -> String {
        let folder = try PlenumProcess.temporaryFolder()
        let made = try PlenumProcess.run(["new", "plan.toml", "--lang", "en"], in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        return folder
    }

    @Test func aMissingFileAndAFolderInDanishAndEnglish() throws {
        let folder = try Self.folderWithPlan()
        let cases: [([String], [String: String], String)] = [
            (["check", "mangler.toml"], Self.danish, "plenum: kan ikke læse mangler.toml: filen findes ikke\n"),
            (["check", "mangler.toml"], [:], "plenum: cannot read mangler.toml: there is no such file\n"),
            (["check", "."], Self.danish, "plenum: . er en mappe, ikke en plan\n"),
            (["import", "."], Self.danish, "plenum: . er en mappe, ikke en dagsorden\n"),
            (["new", "plan.toml"], Self.danish,
             "plenum: plan.toml findes allerede; vælg et andet navn, eller tilføj --force for at erstatte den\n"),
            (["new", "plan.toml"], [:], "plenum: plan.toml exists already; choose another name, or add --force to replace it\n"),
            (["run", "plan.toml", "--new", "--resume"], Self.danish, "plenum: --new og --resume kan ikke bruges sammen\n"),
            (["run", "plan.toml", "--new", "--resume"], [:], "plenum: --new and --resume cannot be used together\n"),
            (["export", "plan.toml", "--format", "csv"], Self.danish,
             "plenum: plan.toml er en plan, og en plan har ingen post-its endnu; csv viser en sessions post-its (plenum export SESSION --format csv)\n"),
        ]
        for (arguments, environment, expected) in cases {
            let r = try PlenumProcess.run(arguments, in: folder, environment: environment)
            #expect(r.status == 2 && r.stderr == expected, "\(arguments) \(environment): \(r.stderr)")
        }
    }

    /// Once a plan is read its language counts: an English plan's export fails in English in a
    /// Danish terminal, and `plenum new --lang da` reports in Danish.
    @Test func theFilesLanguageWinsOnceItIsRead() throws {
        let folder = try Self.folderWithPlan()
        let export = try PlenumProcess.run(["export", "plan.toml", "--format", "md", "-o", "nofolder/plan.md"], in: folder,
                                           environment: Self.danish)
        #expect(export.status == 2 && export.stderr.hasPrefix("plenum: cannot write nofolder/plan.md: the folder ")
                && export.stderr.hasSuffix("/nofolder does not exist\n"),
                "\(export.stderr)")
        let made = try PlenumProcess.run(["new", "dansk.toml", "--lang", "da"], in: folder)
        #expect(made.status == 0 && made.stderr == "Skrev dansk.toml. Tjek den med: plenum check dansk.toml\n", "\(made.stderr)")
    }

    /// A process day whose plan cannot be read is an error of the process file in its language.
    @Test func aProcessDaysMissingPlanInDanish() throws {
        let folder = try PlenumProcess.temporaryFolder()
        try "title = \"P\"\nlanguage = \"da\"\n[[days]]\nplan = \"mangler.toml\"\n"
            .write(toFile: "\(folder)/p.toml", atomically: true, encoding: .utf8)
        let check = try PlenumProcess.run(["check", "p.toml"], in: folder)
        #expect(check.status == 2 && check.stderr.contains("p.toml:4:8: error: dag 1 (\"mangler\"): kan ikke læse planen mangler.toml"),
                "\(check.stderr)")
    }

    /// TERM=dumb refused in the screen's language, before a session file is made.
    @Test(arguments: [(["demo"], "terminalen TERM=\"dumb\" kan ikke placere tekst på skærmen"),
                      (["demo", "--lang", "en"], "the terminal TERM=\"dumb\" cannot place text on the screen")])
    func aDumbTerminalIsRefusedInTheScreensLanguage(_ arguments: [String], _ sentence: String) throws {
        let folder = try PlenumProcess.temporaryFolder()
        let console = try Tmux.start(arguments, in: folder, width: 200, environment: ["TERM": "dumb"])
        defer { console.kill() }
        #expect(console.waitFor("PLENUM-EXIT=2"), "\(console.screen())")
        #expect(console.screen().replacingOccurrences(of: "\n", with: "").contains(sentence), "\(console.screen())")
        #expect(console.sessionFile() == nil)
    }
}
