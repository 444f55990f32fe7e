import Foundation
import PlenumCore
import PlenumPostgres
import PlenumSession
import Testing

/// Naming a session: a path or a server URL, and where a server password may come from.
@Suite struct LocationTests {
    @Test func aURLNamesServerDatabaseAndSession() throws {
        let location = try SessionLocation("postgres://venue@plenum-server.local/plenum?session=bootcamp-2026-03-12", defaultUser: "me")
        #expect(location == .server(PostgresLocator(host: "plenum-server.local", port: 5432, user: "venue", database: "plenum",
                                                   session: "bootcamp-2026-03-12")))
        let bare = try PostgresLocator(url: "postgresql://127.0.0.1:6543", defaultUser: "me")
        #expect(bare == PostgresLocator(host: "127.0.0.1", port: 6543, user: "me", database: "me", session: nil))
        #expect(bare.description == "postgres://me@127.0.0.1:6543/me")
        #expect(try SessionLocation("sessions/dag.plenum", defaultUser: "me") == .file("sessions/dag.plenum"))
    }

    @Test func aPasswordInTheURLOrABadSessionNameIsRefusedInOneSentence() {
        #expect(throws: JournalError.self) { try PostgresLocator(url: "postgres://venue:hemmelig@h/plenum", defaultUser: "me") }
        do {
            _ = try PostgresLocator(url: "postgres://venue:hemmelig@h/plenum", defaultUser: "me")
        } catch {
            #expect(error.message.contains("PGPASSWORD") && !error.message.contains("hemmelig"))
        }
        #expect(throws: JournalError.self) { try PostgresLocator(url: "postgres://h/plenum?session=a%20b", defaultUser: "me") }
        #expect(throws: JournalError.self) { try PostgresLocator(url: "postgres:///plenum", defaultUser: "me") }
    }

    @Test func sslmodeAndTheVenuesCAAreReadFromTheURLAndPreferIsTheDefault() throws {
        let plain = try PostgresLocator(url: "postgres://venue@h/plenum?session=dag", defaultUser: "me")
        #expect(plain.sslMode == .prefer && plain.sslRootCert == nil)
        let checked = try PostgresLocator(url: "postgres://venue@h/plenum?session=dag&sslmode=verify-full&sslrootcert=venue-ca.crt",
                                          defaultUser: "me")
        #expect(checked.sslMode == .verifyFull && checked.sslRootCert == "venue-ca.crt" && checked.session == "dag")
        #expect(checked.description == "postgres://venue@h/plenum?session=dag&sslmode=verify-full&sslrootcert=venue-ca.crt")
        #expect(checked.with(session: "dag-2").sslMode == .verifyFull, "another session on the same server keeps its TLS")
        for mode in ["disable", "prefer", "require", "verify-ca", "verify-full"] {
            #expect(try PostgresLocator(url: "postgres://h/p?sslmode=\(mode)", defaultUser: "me").sslMode.rawValue == mode)
        }
        do {
            _ = try PostgresLocator(url: "postgres://h/p?sslmode=allow-ish", defaultUser: "me")
            Issue.record("an unknown sslmode was taken")
        } catch {
            #expect(error.message == "sslmode=allow-ish is not a mode plenum knows: use one of disable, prefer, require, verify-ca, verify-full")
        }
        #expect(throws: JournalError.self) { try PostgresLocator(url: "postgres://h/p?connect_timeout=3", defaultUser: "me") }
    }

    @Test func thePasswordComesFromPGPASSWORDThenAPrivatePgpassFile() throws {
        let locator = PostgresLocator(host: "h", port: 5432, user: "venue", database: "plenum", session: "s")
        #expect(PostgresPassword.find(for: locator, environment: ["PGPASSWORD": "a"]) == "a")
        let file = NSTemporaryDirectory() + "pgpass-" + UUID().uuidString
        try "# comment\nother:5432:*:*:no\nh:5432:plenum:venue:pa\\:ss\n*:*:*:*:any\n".write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        #expect(PostgresPassword.find(for: locator, environment: ["PGPASSFILE": file]) == "pa:ss")
        #expect(PostgresPassword.find(for: locator.with(session: nil), environment: ["PGPASSFILE": file]) == "pa:ss")
        // A file others can read is ignored, as libpq does.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        #expect(PostgresPassword.find(for: locator, environment: ["PGPASSFILE": file]) == nil)
        #expect(ServerPassword(environment: [:], ask: { _ in "typed" }).find(for: locator) == "typed")
    }
}
