import Foundation
import PlenumCore
import PostgresNIO

/// How a connection to the server is protected, from the URL's `sslmode` and `sslrootcert` as libpq
/// reads them: `disable` never encrypts; `prefer` (the default) encrypts when the server offers it,
/// without checking its certificate; `require` always encrypts; `verify-ca` also checks that a
/// trusted CA (the venue's own, with `sslrootcert`) signed the certificate, and `verify-full` that
/// it was made for the host in the URL.
enum ServerTLS {
    static func configuration(for locator: PostgresLocator) throws -> PostgresConnection.Configuration.TLS {
        var tls = TLSConfiguration.makeClientConfiguration()
        if let file = locator.sslRootCert {
            guard FileManager.default.isReadableFile(atPath: file) else {
                throw JournalError("cannot read the certificate authority's file \(file) (sslrootcert)")
            }
            tls.trustRoots = .file(file)
        }
        switch locator.sslMode {
        case .disable:
            return .disable
        case .prefer:
            tls.certificateVerification = .none
            return .prefer(try NIOSSLContext(configuration: tls))
        case .require:
            // As libpq: with a CA named, require checks that it signed the certificate.
            tls.certificateVerification = locator.sslRootCert == nil ? .none : .noHostnameVerification
            return .require(try NIOSSLContext(configuration: tls))
        case .verifyCA:
            tls.certificateVerification = .noHostnameVerification
            return .require(try NIOSSLContext(configuration: tls))
        case .verifyFull:
            tls.certificateVerification = .fullVerification
            return .require(try NIOSSLContext(configuration: tls))
        }
    }

    /// One sentence for a connection that TLS refused, or nil when `error` is not about TLS.
    static func refusal(_ error: any Error, locator: PostgresLocator) -> String? {
        let text = String(reflecting: error)
        let authority = locator.sslRootCert.map { "the certificate authority in \($0)" } ?? "any certificate authority this machine trusts"
        if text.contains("failedToValidateHostname") {
            return "the server's certificate is not made out to \(locator.host) (sslmode=verify-full checks the name in the URL)"
        }
        if text.contains("CERTIFICATE_VERIFY_FAILED") || text.contains("unableToValidateCertificate") {
            return "the server's certificate is not signed by \(authority), so the connection was refused (sslmode=\(locator.sslMode.rawValue))"
        }
        if text.contains("sslUnsupported") {
            return "the server does not offer an encrypted connection, and sslmode=\(locator.sslMode.rawValue) asks for one (turn ssl on in its postgresql.conf)"
        }
        if text.contains("NIOSSL") || text.contains("handshakeFailed") {
            return "the encrypted connection could not be made (sslmode=\(locator.sslMode.rawValue))"
        }
        return nil
    }

    /// One sentence for an error making the TLS settings (a CA file that is not one).
    static func describe(_ error: any Error, locator: PostgresLocator) -> String {
        if let journal = error as? JournalError { return journal.message }
        guard let file = locator.sslRootCert else { return "cannot read this machine's trusted certificates to check the server" }
        return "\(file) holds no certificate plenum can read (sslrootcert wants the venue CA's certificate, in PEM form)"
    }
}
