import Foundation
import PlenumCore

/// Where a session lives on a PostgreSQL server, read from a URL such as
/// `postgres://venue@plenum-server.local/plenum?session=bootcamp-2026-03-12`. The password never
/// comes from the URL: it comes from PGPASSWORD, ~/.pgpass or a prompt (`PostgresPassword`).
public struct PostgresLocator: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    /// The session's name on the server; nil where a command works on the whole database.
    public var session: String?
    /// Whether the connection is encrypted and the server's certificate checked (`?sslmode=`).
    public var sslMode: SSLMode = .prefer
    /// A certificate authority's file to check the server's certificate with (`?sslrootcert=`), for
    /// a venue's own CA; without it, the system's roots.
    public var sslRootCert: String?

    /// How the connection is protected, as libpq's `sslmode` names it.
    public enum SSLMode: String, Sendable, CaseIterable {
        /// Never encrypted.
        case disable
        /// Encrypted when the server offers it, the certificate not checked (the default).
        case prefer
        /// Always encrypted; the certificate checked only when `sslrootcert` names a CA.
        case require
        /// Always encrypted, the certificate signed by a trusted CA.
        case verifyCA = "verify-ca"
        /// Always encrypted, the certificate signed by a trusted CA and made for this host name.
        case verifyFull = "verify-full"
    }

    /// Whether `text` is meant as a server URL rather than a file path.
    public static func isServerURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Reads a URL; `defaultUser` stands where the URL names no user (as psql does).
    public init(url text: String, defaultUser: String) throws(JournalError) {
        guard Self.isServerURL(text), let url = URLComponents(string: text) else {
            throw JournalError.server { $0.notAServerURL(text) }
        }
        guard url.password == nil else {
            throw JournalError.server { $0.passwordInURL }
        }
        guard let host = url.host, !host.isEmpty else {
            throw JournalError.server { $0.namesNoServer(text) }
        }
        self.host = host
        self.port = url.port ?? 5432
        self.user = url.user.flatMap { $0.isEmpty ? nil : $0 } ?? defaultUser
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        self.database = path.isEmpty ? self.user : path
        let name = url.queryItems?.first(where: { $0.name == "session" })?.value
        if let name, !Self.isValidSessionName(name) {
            throw JournalError.server { $0.badSessionName(name) }
        }
        self.session = name
        if let mode = url.queryItems?.first(where: { $0.name == "sslmode" })?.value {
            guard let known = SSLMode(rawValue: mode) else {
                let modes = SSLMode.allCases.map(\.rawValue).joined(separator: ", ")
                throw JournalError.server { $0.unknownSSLMode(mode, modes: modes) }
            }
            self.sslMode = known
        }
        self.sslRootCert = url.queryItems?.first(where: { $0.name == "sslrootcert" })?.value.flatMap { $0.isEmpty ? nil : $0 }
        let known: Set<String> = ["session", "sslmode", "sslrootcert"]
        if let other = url.queryItems?.first(where: { !known.contains($0.name) }) {
            let name = other.name
            throw JournalError.server { $0.unknownQuery(text, name) }
        }
    }

    public init(host: String, port: Int, user: String, database: String, session: String?) {
        self.host = host
        self.port = port
        self.user = user
        self.database = database
        self.session = session
    }

    /// Session names are plain, so that they read the same in a URL, a shell and a listing.
    public static func isValidSessionName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 100 && name.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_"
        }
    }

    /// This locator naming another session on the same server.
    public func with(session: String?) -> PostgresLocator {
        var other = self
        other.session = session
        return other
    }

    /// The URL as shown in messages (never with a password).
    public var description: String {
        let hostPart = host.contains(":") ? "[\(host)]" : host
        let base = "postgres://\(user)@\(hostPart)\(port == 5432 ? "" : ":\(port)")/\(database)"
        var query: [String] = session.map { ["session=\($0)"] } ?? []
        if sslMode != .prefer { query.append("sslmode=\(sslMode.rawValue)") }
        if let sslRootCert { query.append("sslrootcert=\(sslRootCert)") }
        return query.isEmpty ? base : base + "?" + query.joined(separator: "&")
    }
}

/// Where a server password comes from: PGPASSWORD, then ~/.pgpass (or PGPASSFILE), as libpq reads
/// them; the caller asks the user when neither has one.
public enum PostgresPassword {
    public static func find(for locator: PostgresLocator, environment: [String: String]) -> String? {
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        let file = environment["PGPASSFILE"] ?? (environment["HOME"].map { $0 + "/.pgpass" } ?? "")
        guard !file.isEmpty, let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        // libpq ignores a password file others can read; so do we.
        if let mode = (try? FileManager.default.attributesOfItem(atPath: file)[.posixPermissions]) as? Int, mode & 0o077 != 0 {
            return nil
        }
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = pgpassFields(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [locator.host, String(locator.port), locator.database, locator.user]
            if zip(fields, wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// A ~/.pgpass line's fields: separated by `:`, with `\:` and `\\` standing for themselves.
    static func pgpassFields(_ line: String) -> [String] {
        var fields: [String] = [""]
        var escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }
}
