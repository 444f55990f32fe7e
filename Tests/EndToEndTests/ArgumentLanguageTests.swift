import Foundation
import Testing

/// The command line's refusals of its own arguments (ArgumentParser's) are one sentence in the
/// user's language, exit 2: `--lang` where it is given and is da or en, else the environment's.
@Suite struct ArgumentLanguageTests {
    static let danish = ["LANG": "da_DK.UTF-8"]

    /// Each shape of refusal: the arguments, then the sentence in Danish and in English.
    static let shapes: [([String], String, String)] = [
        (["run"], "<plan> mangler; se plenum run --help", "<plan> is missing; see plenum run --help"),
        (["recover"], "<session> mangler; se plenum recover --help", "<session> is missing; see plenum recover --help"),
        (["frobnicate"], "»frobnicate« er ikke en kommando i plenum; se plenum --help",
         "\"frobnicate\" is not a command of plenum; see plenum --help"),
        (["db", "frob"], "»frob« er ikke en kommando i plenum db; se plenum db --help",
         "\"frob\" is not a command of plenum db; see plenum db --help"),
        (["check", "a.toml", "b.toml"], "uventet argument »b.toml«; se plenum check --help",
         "unexpected argument \"b.toml\"; see plenum check --help"),
        (["check", "a.toml", "b.toml", "c.toml"], "uventede argumenter »b.toml«, »c.toml«; se plenum check --help",
         "unexpected arguments \"b.toml\", \"c.toml\"; see plenum check --help"),
        (["check", "a.toml", "--x"], "ukendt tilvalg --x; se plenum check --help", "unknown option --x; see plenum check --help"),
        (["check", "a.toml", "--formt", "json"], "ukendt tilvalg --formt; mente du --format?",
         "unknown option --formt; did you mean --format?"),
        (["check", "a.toml", "---x"], "»---x« er ikke et tilvalg; se plenum check --help",
         "\"---x\" is not an option; see plenum check --help"),
        (["check", "a.toml", "--format"], "--format mangler en værdi: --format <format>",
         "--format needs a value: --format <format>"),
        (["new", "x.toml", "--force=yes"], "--force tager ingen værdi, men fik »yes«", "--force takes no value, but was given \"yes\""),
        (["export", "a.plenum", "--format", "pdf"], "»pdf« er ikke en værdi for --format; vælg md, html, csv, json eller ics",
         "\"pdf\" is not a value for --format; choose md, html, csv, json or ics"),
        (["new", "x.toml", "--lang", "de"], "»de« er ikke en værdi for --lang; vælg da eller en",
         "\"de\" is not a value for --lang; choose da or en"),
        (["note", "a.plenum", "--group", "x"], "»x« er ikke en værdi for --group; se plenum note --help",
         "\"x\" is not a value for --group; see plenum note --help"),
    ]

    @Test(arguments: shapes)
    func eachRefusalIsOneSentenceInTheEnvironmentsLanguage(_ arguments: [String], _ danish: String, _ english: String) throws {
        let folder = try PlenumProcess.temporaryFolder()
        for (environment, sentence) in [(Self.danish, danish), ([:], english)] {
            let r = try PlenumProcess.run(arguments, in: folder, environment: environment)
            #expect(r.status == 2 && r.stderr == "plenum: \(sentence)\n" && r.stdout.isEmpty, "\(arguments) \(environment): \(r.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "a refused command writes nothing")
    }

    /// `--lang` (either spelling) wins over the environment; a `--lang` plenum does not speak does not.
    @Test func langWinsWhereItIsALanguage() throws {
        let cases: [([String], [String: String], String)] = [
            (["new", "x.toml", "--lang", "en", "--force=yes"], Self.danish, "--force takes no value, but was given \"yes\""),
            (["new", "x.toml", "--lang=da", "--force=yes"], [:], "--force tager ingen værdi, men fik »yes«"),
            (["new", "x.toml", "--lang", "xx"], Self.danish, "»xx« er ikke en værdi for --lang; vælg da eller en"),
            (["new", "x.toml", "--lang", "xx"], ["LC_ALL": "en_GB.UTF-8", "LANG": "da_DK.UTF-8"],
             "\"xx\" is not a value for --lang; choose da or en"),
        ]
        for (arguments, environment, sentence) in cases {
            let r = try PlenumProcess.run(arguments, environment: environment)
            #expect(r.status == 2 && r.stderr == "plenum: \(sentence)\n", "\(arguments) \(environment): \(r.stderr)")
        }
    }
}
