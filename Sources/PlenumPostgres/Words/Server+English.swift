/// The server's sentences in English.
extension EnglishServer: ServerVocabulary {
    func task(_ task: ServerTask) -> String {
        switch task {
        case .createTables: "create the plenum tables"
        case .readTables: "read the plenum tables"
        case .makeSession: "make the session"
        case .listSessions: "list the sessions"
        case .readSession: "read the session"
        case .readJournal: "read the journal"
        case .save: "save"
        case .copyJournal: "copy the journal"
        case .readConnection: "read the connection"
        case .readClock: "read the server's clock"
        case .endConnection: "end a connection"
        }
    }
    func notAServerURL(_ text: String) -> String { "\(text) is not a server URL: write postgres://user@host:port/database?session=name" }
    var passwordInURL: String {
        "a password does not belong in the URL (it would show in the process list and the shell's history): "
            + "put it in PGPASSWORD or ~/.pgpass, or type it when asked"
    }
    func namesNoServer(_ text: String) -> String { "\(text) names no server: write postgres://user@host/database?session=name" }
    func badSessionName(_ name: String) -> String { "\"\(name)\" cannot name a session: use letters, digits, - and _ (at most 100)" }
    func unknownSSLMode(_ mode: String, modes: String) -> String { "sslmode=\(mode) is not a mode plenum knows: use one of \(modes)" }
    func unknownQuery(_ text: String, _ name: String) -> String {
        "\(text): ?\(name)= is not something plenum reads (it knows session, sslmode and sslrootcert)"
    }
    func cannotReach(_ server: String, _ reason: String) -> String { "cannot reach \(server): \(reason)" }
    func refused(_ server: String, _ task: ServerTask, _ reason: String) -> String { "\(server) refused to \(self.task(task)): \(reason)" }
    func cannotDo(_ task: ServerTask, on server: String, _ reason: String) -> String { "cannot \(self.task(task)) on \(server): \(reason)" }
    func noAnswer(within seconds: Int) -> String { "no answer within \(seconds) s" }
    var reconnecting: String { "the connection was lost and is being made again" }
    var connectionRefused: String {
        "the server refused the connection (is PostgreSQL running there, and does its pg_hba.conf let this machine in?)"
    }
    var connectionLost: String { "the connection was lost" }
    var needsPassword: String { "it asks for a password (set PGPASSWORD, or keep it in ~/.pgpass readable by you alone: chmod 600)" }
    func wrongPassword(_ user: String) -> String {
        "the password for \(user) is wrong (it came from PGPASSWORD, ~/.pgpass or the prompt, in that order)"
    }
    func unknownHost(_ host: String) -> String { "no machine called \(host) is found from here (check the name in the URL)" }
    func cannotReadAuthority(_ file: String) -> String { "cannot read the certificate authority's file \(file) (sslrootcert)" }
    func notMadeOutTo(_ host: String) -> String {
        "the server's certificate is not made out to \(host) (sslmode=verify-full checks the name in the URL)"
    }
    func notSignedBy(_ authority: String?, mode: String) -> String {
        let by = authority.map { "the certificate authority in \($0)" } ?? "any certificate authority this machine trusts"
        return "the server's certificate is not signed by \(by), so the connection was refused (sslmode=\(mode))"
    }
    func noEncryptionOffered(mode: String) -> String {
        "the server does not offer an encrypted connection, and sslmode=\(mode) asks for one (turn ssl on in its postgresql.conf)"
    }
    func encryptionFailed(mode: String) -> String { "the encrypted connection could not be made (sslmode=\(mode))" }
    var cannotReadTrusted: String { "cannot read this machine's trusted certificates to check the server" }
    func notACertificate(_ file: String) -> String {
        "\(file) holds no certificate plenum can read (sslrootcert wants the venue CA's certificate, in PEM form)"
    }
    func newerSchema(_ server: String, _ schema: Int) -> String {
        "\(server) was set up by a newer plenum (schema \(schema)); update plenum to use it"
    }
    func noTables(_ server: String) -> String { "\(server) has no plenum tables yet: run plenum db init \(server)" }
    func olderTables(_ server: String) -> String {
        "\(server) has older plenum tables: run plenum db init \(server) to bring them up to date"
    }
    func sessionExists(_ session: String) -> String { "\(session) exists already" }
    func namesNoSession(_ server: String) -> String { "\(server) names no session: add ?session=name" }
    func noSuchSession(_ name: String, on server: String) -> String {
        "there is no session \(name) on \(server) (plenum db list shows those there are)"
    }
    func sessionHasNoDay(_ session: String) -> String { "the session \(session) has no day" }
    func appendMismatch(_ session: String, answered: Int, sent: Int) -> String {
        "\(session) answered an append with \(answered) facts for \(sent)"
    }
    func sessionNotEmpty(_ name: String) -> String { "the session \(name) is not empty" }
}
