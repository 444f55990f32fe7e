/// The server's sentences in Danish.
extension DanishServer: ServerVocabulary {
    func task(_ task: ServerTask) -> String {
        switch task {
        case .createTables: "oprette plenum-tabellerne"
        case .readTables: "læse plenum-tabellerne"
        case .makeSession: "oprette sessionen"
        case .listSessions: "vise sessionerne"
        case .readSession: "læse sessionen"
        case .readJournal: "læse journalen"
        case .save: "gemme"
        case .copyJournal: "kopiere journalen"
        case .readConnection: "læse forbindelsen"
        case .readClock: "læse serverens ur"
        case .endConnection: "afslutte en forbindelse"
        }
    }
    func notAServerURL(_ text: String) -> String { "\(text) er ikke en server-URL: skriv postgres://bruger@vært:port/database?session=navn" }
    var passwordInURL: String {
        "en adgangskode hører ikke hjemme i URL'en (den ville stå i proceslisten og i skallens historik): "
            + "læg den i PGPASSWORD eller ~/.pgpass, eller skriv den, når du bliver spurgt"
    }
    func namesNoServer(_ text: String) -> String { "\(text) nævner ingen server: skriv postgres://bruger@vært/database?session=navn" }
    func badSessionName(_ name: String) -> String {
        "»\(name)« kan ikke være navnet på en session: brug bogstaver, cifre, - og _ (højst 100)"
    }
    func unknownSSLMode(_ mode: String, modes: String) -> String { "sslmode=\(mode) kender plenum ikke: brug en af \(modes)" }
    func unknownQuery(_ text: String, _ name: String) -> String {
        "\(text): ?\(name)= læser plenum ikke (den kender session, sslmode og sslrootcert)"
    }
    func cannotReach(_ server: String, _ reason: String) -> String { "kan ikke nå \(server): \(reason)" }
    func refused(_ server: String, _ task: ServerTask, _ reason: String) -> String {
        "\(server) nægtede at \(self.task(task)): \(reason)"
    }
    func cannotDo(_ task: ServerTask, on server: String, _ reason: String) -> String {
        "kan ikke \(self.task(task)) på \(server): \(reason)"
    }
    func noAnswer(within seconds: Int) -> String { "intet svar inden for \(seconds) s" }
    var reconnecting: String { "forbindelsen blev afbrudt og genoprettes" }
    var connectionRefused: String {
        "serveren afviste forbindelsen (kører PostgreSQL dér, og lukker dens pg_hba.conf denne maskine ind?)"
    }
    var connectionLost: String { "forbindelsen gik tabt" }
    var needsPassword: String { "den beder om en adgangskode (sæt PGPASSWORD, eller gem den i ~/.pgpass, som kun du må læse: chmod 600)" }
    func wrongPassword(_ user: String) -> String {
        "adgangskoden til \(user) er forkert (den kom fra PGPASSWORD, ~/.pgpass eller spørgsmålet, i den rækkefølge)"
    }
    func unknownHost(_ host: String) -> String { "der findes ingen maskine ved navn \(host) herfra (tjek navnet i URL'en)" }
    func cannotReadAuthority(_ file: String) -> String { "kan ikke læse certifikatudstederens fil \(file) (sslrootcert)" }
    func notMadeOutTo(_ host: String) -> String {
        "serverens certifikat er ikke udstedt til \(host) (sslmode=verify-full tjekker navnet i URL'en)"
    }
    func notSignedBy(_ authority: String?, mode: String) -> String {
        let by = authority.map { "certifikatudstederen i \($0)" } ?? "nogen certifikatudsteder, denne maskine stoler på"
        return "serverens certifikat er ikke underskrevet af \(by), så forbindelsen blev afvist (sslmode=\(mode))"
    }
    func noEncryptionOffered(mode: String) -> String {
        "serveren tilbyder ikke en krypteret forbindelse, og sslmode=\(mode) kræver en (slå ssl til i dens postgresql.conf)"
    }
    func encryptionFailed(mode: String) -> String { "den krypterede forbindelse kunne ikke oprettes (sslmode=\(mode))" }
    var cannotReadTrusted: String { "kan ikke læse de certifikater, denne maskine stoler på, for at tjekke serveren" }
    func notACertificate(_ file: String) -> String {
        "\(file) rummer intet certifikat, plenum kan læse (sslrootcert skal være stedets CA-certifikat i PEM-form)"
    }
    func newerSchema(_ server: String, _ schema: Int) -> String {
        "\(server) er sat op af en nyere plenum (skema \(schema)); opdatér plenum for at bruge den"
    }
    func noTables(_ server: String) -> String { "\(server) har ingen plenum-tabeller endnu: kør plenum db init \(server)" }
    func olderTables(_ server: String) -> String {
        "\(server) har ældre plenum-tabeller: kør plenum db init \(server) for at opdatere dem"
    }
    func sessionExists(_ session: String) -> String { "\(session) findes allerede" }
    func namesNoSession(_ server: String) -> String { "\(server) nævner ingen session: tilføj ?session=navn" }
    func noSuchSession(_ name: String, on server: String) -> String {
        "der er ingen session \(name) på \(server) (plenum db list viser dem, der er)"
    }
    func sessionHasNoDay(_ session: String) -> String { "sessionen \(session) har ingen dag" }
    func appendMismatch(_ session: String, answered: Int, sent: Int) -> String {
        "\(session) svarede på en tilføjelse med \(answered) hændelser for \(sent)"
    }
    func sessionNotEmpty(_ name: String) -> String { "sessionen \(name) er ikke tom" }
}
