import Foundation
import PlenumCore
@testable import PlenumPostgres
import PlenumSession
import Testing

/// The connection to the server over TLS, against the test server's own CA (.ci/test-postgres makes
/// it with openssl and exports PLENUM_TEST_PG_CA): `sslmode` as libpq reads it.
@Suite(TestServer.enabled, .enabled(if: TestServer.certificateAuthority != nil || TestServer.isRequired,
                                    "PLENUM_TEST_PG_CA is not set: the server has no TLS of the tests' own"))
struct ServerTLSTests {
    /// The test server's session URL with `query` added (and `host` instead of 127.0.0.1).
    func url(_ query: String, host: String = "127.0.0.1") throws -> String {
        let base = try TestServer.freshSession().description.replacingOccurrences(of: "@127.0.0.1:", with: "@\(host):")
        return base + "&" + query
    }

    func open(_ text: String) throws(JournalError) -> PostgresJournal {
        let locator = try PostgresLocator(url: text, defaultUser: "plenum")
        return try PostgresJournal.create(locator, password: TestServer.password, info: JournalKind.info)
    }

    @Test func requireEncryptsAndDisableDoesNot() throws {
        #expect(try open(try url("sslmode=require")).isEncrypted())
        #expect(try open(try url("sslmode=prefer")).isEncrypted(), "prefer takes TLS where the server offers it")
        #expect(try !open(try url("sslmode=disable")).isEncrypted())
    }

    @Test func verifyFullWithTheVenuesCAConnects() throws {
        let ca = try #require(TestServer.certificateAuthority)
        let journal = try open(try url("sslmode=verify-full&sslrootcert=\(ca)", host: "localhost"))
        #expect(try journal.isEncrypted())
        try journal.append([.dayStarted], actor: "anne", at: Date(), id: UUID())
        #expect(try journal.entries(after: 0).map(\.fact) == [.dayStarted])
    }

    @Test func verifyFullWithAnotherCAIsRefusedInOneSentence() throws {
        let folder = NSTemporaryDirectory() + "plenum-tls-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let wrong = folder + "/other-ca.crt"
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=not the venue",
                             "-keyout", folder + "/other-ca.key", "-out", wrong]
        openssl.standardError = FileHandle.nullDevice
        openssl.standardOutput = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        #expect(openssl.terminationStatus == 0)
        let text = try url("sslmode=verify-full&sslrootcert=\(wrong)", host: "localhost")
        do throws(JournalError) {
            _ = try open(text)
            Issue.record("a server whose certificate another CA signed was trusted")
        } catch {
            #expect(error.message.contains("certificate is not signed by the certificate authority in \(wrong)"), "\(error.message)")
            #expect(!error.message.contains("\n"))
        }
    }
}
