import Foundation
import Testing

/// The commands on a server session as a facilitator uses them: `run --new` beside a session that
/// exists, `db list` in Danish, and a connection over TLS that checks the venue's CA.
@Suite(.serialized, .enabled(if: ServerForTests.url != nil || ServerForTests.isRequired, ServerForTests.skipReason))
struct ServerCommandTests {
    @Test func runNewBesideAServerSessionMakesTheNextNameAsFilesGetTheNextNumber() throws {
        let (folder, url, console) = try ServerForTests.startedDay()
        console.kill()
        let second = try Tmux.start(["run", "workshop.toml", "--session", url, "--new"], in: folder, environment: ServerForTests.environment)
        defer { second.kill() }
        #expect(second.waitFor("Press Space to start the day"))
        let name = try #require(url.components(separatedBy: "?session=").last)
        let base = try #require(url.components(separatedBy: "?").first)
        let listed = try PlenumProcess.run(["db", "list", base], environment: ServerForTests.environment)
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("\n\(name)-2\t") || listed.stdout.hasPrefix("\(name)-2\t"), "\(listed.stdout)")
        let danish = try PlenumProcess.run(["db", "list", base], environment: ServerForTests.environment.merging(["LANG": "da_DK.UTF-8"]) { $1 })
        #expect(danish.stdout.contains("\(name)-2\t") && danish.stdout.contains(" fakta\n") && !danish.stdout.contains("facts"),
                "\(danish.stdout)")
    }

    /// A wrong password, a host that is not there and one that never answers are each one sentence
    /// in plenum's words, in Danish and English, with exit code 2 (the server's own English words,
    /// and "the connection was lost" for the other two, were said before).
    @Test func aWrongPasswordAnUnknownHostAndASilentOneAreOneSentenceInDanishAndEnglish() throws {
        let session = try #require(ServerForTests.url) + "?session=ikke-her"
        // A port that takes connections and never answers them.
        let silent = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(silent) }
        var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: 0, sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")),
                                  sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(silent, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(silent, $0, &length) } }
        #expect(listen(silent, 8) == 0)
        let cases: [(String, String, String)] = [
            (session, "adgangskoden til plenum er forkert", "the password for plenum is wrong"),
            ("postgres://plenum@no-such-host.invalid/plenum?session=x", "der findes ingen maskine ved navn no-such-host.invalid",
             "no machine called no-such-host.invalid is found"),
            ("postgres://plenum@127.0.0.1:\(UInt16(bigEndian: address.sin_port))/plenum?session=x", "intet svar inden for 3 s",
             "no answer within 3 s"),
        ]
        for (target, danish, english) in cases {
            for (lang, words) in [("da_DK.UTF-8", danish), ("C.UTF-8", english)] {
                let r = try PlenumProcess.run(["export", target], environment: ["PGPASSWORD": "forkert", "LANG": lang], hangGuard: 60)
                #expect(r.status == 2)
                #expect(r.stderr.contains(words) && r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
            }
        }
    }

    /// No PGPASSWORD and no ~/.pgpass: `plenum note URL` asks for the password before its screen
    /// opens (under the screen Enter did not end the prompt, and the notetaker waited for ever),
    /// and the password is never shown.
    @Test func aNotetakerWithoutAPasswordFileIsAskedForItBeforeTheScreenOpens() throws {
        let (folder, url, console) = try ServerForTests.startedDay()
        defer { console.kill() }
        let password = try #require(ServerForTests.environment["PGPASSWORD"])
        let home = try PlenumProcess.temporaryFolder()
        let note = try Tmux.start(["note", url, "--table", "Red table", "--name", "Eva"], in: folder, width: 80, height: 24,
                                  environment: ["HOME": home], unset: ["PGPASSWORD", "PGPASSFILE"])
        defer { note.kill() }
        #expect(note.waitFor("Password for"))
        try note.send("-l", password)
        try note.send("Enter")
        #expect(note.waitFor("Red table · Eva"))
        #expect(!note.screen().contains(password))
    }

    /// A plan with material beside it (a survey): the console started again on its server session
    /// resumes the day, as on a file, instead of saying that the plan has changed (the session
    /// keeps the survey's text in its plan; the plan file alone was compared with that).
    @Test func theConsoleStartedAgainOnAPlanWithMaterialResumesItsServerSession() throws {
        let folder = try PlenumProcess.temporaryFolder()
        try EvaluationInTmuxTests.plan.write(toFile: folder + "/plan.toml", atomically: true, encoding: .utf8)
        try EvaluationInTmuxTests.survey.write(toFile: folder + "/svar.csv", atomically: true, encoding: .utf8)
        let url = try ServerForTests.freshSession()
        let first = try Tmux.start(["run", "plan.toml", "--session", url], in: folder, environment: ServerForTests.environment)
        #expect(first.waitFor("Tryk mellemrum for at starte dagen"))
        first.kill()
        let again = try Tmux.start(["run", "plan.toml", "--session", url], in: folder, environment: ServerForTests.environment)
        defer { again.kill() }
        #expect(again.waitFor("Tryk mellemrum for at starte dagen", seconds: 30), "\(again.screen())")
        #expect(!again.screen().contains("ændret"))
    }
}

/// A connection over TLS that checks the venue's CA (.ci/test-postgres makes one with openssl and
/// exports PLENUM_TEST_PG_CA).
@Suite(.serialized, .enabled(if: ServerForTests.certificateAuthority != nil || ServerForTests.isRequired,
                             "PLENUM_TEST_PG_CA is not set: the test server has no TLS of the tests' own"))
struct ServerTLSCommandTests {

    @Test func verifyFullAgainstTheWrongCAIsRefusedInOneSentenceWithExitCode2() throws {
        let url = try #require(ServerForTests.url)
        let ca = try #require(ServerForTests.certificateAuthority)
        let folder = try PlenumProcess.temporaryFolder()
        _ = try PlenumProcess.runTool("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                                                           "-subj", "/CN=not the venue", "-keyout", folder + "/k.pem", "-out", folder + "/ca.crt"])
        #expect(FileManager.default.fileExists(atPath: folder + "/ca.crt"))
        let wrong = url.replacingOccurrences(of: "@127.0.0.1:", with: "@localhost:") + "?sslmode=verify-full&sslrootcert=\(folder)/ca.crt"
        let refused = try PlenumProcess.run(["db", "list", wrong], environment: ServerForTests.environment, hangGuard: 60)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("certificate is not signed by the certificate authority in \(folder)/ca.crt"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
        let right = url.replacingOccurrences(of: "@127.0.0.1:", with: "@localhost:")
            + "?sslmode=verify-full&sslrootcert=" + ca
        // The schema may not be there yet when this test runs first: `db init` over the same
        // checked connection makes it (and leaves it as it is when another test made it).
        let initialised = try PlenumProcess.run(["db", "init", right], environment: ServerForTests.environment, hangGuard: 60)
        #expect(initialised.status == 0, "\(initialised.stderr)")
        let listed = try PlenumProcess.run(["db", "list", right], environment: ServerForTests.environment, hangGuard: 60)
        #expect(listed.status == 0, "\(listed.stderr)")
    }
}
