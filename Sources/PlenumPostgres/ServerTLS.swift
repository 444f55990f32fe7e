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
                throw JournalError.server { $0.cannotReadAuthority(file) }
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

    /// One sentence (in any language) for a connection that TLS refused, or nil when `error` is
    /// not about TLS.
    static func refusal(_ error: any Error, locator: PostgresLocator) -> ServerSentence? {
        let text = String(reflecting: error)
        let (host, authority, mode) = (locator.host, locator.sslRootCert, locator.sslMode.rawValue)
        if text.contains("failedToValidateHostname") {
            return { $0.notMadeOutTo(host) }
        }
        if text.contains("CERTIFICATE_VERIFY_FAILED") || text.contains("unableToValidateCertificate") {
            return { $0.notSignedBy(authority, mode: mode) }
        }
        if text.contains("sslUnsupported") {
            return { $0.noEncryptionOffered(mode: mode) }
        }
        if text.contains("NIOSSL") || text.contains("handshakeFailed") {
            return { $0.encryptionFailed(mode: mode) }
        }
        return nil
    }

    /// The error making the TLS settings (a CA file that is not one), in every language.
    static func failure(_ error: any Error, locator: PostgresLocator) -> JournalError {
        if let journal = error as? JournalError { return journal }
        guard let file = locator.sslRootCert else { return .server { $0.cannotReadTrusted } }
        return .server { $0.notACertificate(file) }
    }
}
