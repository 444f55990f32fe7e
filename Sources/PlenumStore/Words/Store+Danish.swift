/// The store's sentences in Danish.
struct DanishStore: StoreVocabulary {
    func notFound(_ path: String) -> String { "kan ikke åbne \(path): der er ingen sessionsfil med det navn" }
    func notASession(_ path: String) -> String { "\(path) er ikke en plenum-sessionsfil; den er ikke rørt" }
    func newerVersion(_ path: String, _ version: Int) -> String {
        "\(path) er skrevet af en nyere plenum (sessionsformat \(version)); opdatér plenum for at åbne den. Filen er ikke rørt"
    }
    func damaged(_ path: String, _ reason: String) -> String {
        "\(path) er beskadiget (\(reason)); den er ikke rørt, og `plenum recover \(path) -o NY` gemmer det, der kan læses"
    }
    func cannotWrite(_ path: String, _ reason: String) -> String { "kan ikke gemme i \(path): \(reason)" }
    func cannotOpen(_ path: String, _ reason: String) -> String { "kan ikke åbne \(path): \(reason); den er ikke rørt" }
    func exists(_ path: String) -> String { "\(path) findes allerede" }
    func reason(_ reason: StoreReason) -> String {
        switch reason {
        case .diskFull: "disken er fuld"
        case .readOnly: "filen eller dens mappe er skrivebeskyttet"
        case .damagedFile: "filen er beskadiget"
        case .busy: "en anden plenum holdt filen optaget for længe"
        case .diskError: "disken kunne ikke læses eller skrives (fuld, eller en grænse for filstørrelse)"
        case .permissionDenied: "adgang nægtet"
        case .cutShort: "den er afkortet"
        case .sqliteCannotRead: "SQLite kan ikke læse den"
        case .badPageSize: "forkert sidestørrelse"
        case .noSessionDay: "ingen sessionsdag"
        case .walInReadOnlyFolder:
            "dens mappe kan ikke skrives, og dens -wal-fil ligger ved siden af; kopiér begge filer til en mappe, der kan skrives"
        case .nothingToStartFrom: "planen og dagen i den kan ikke læses, så der er intet at starte en ny session fra"
        case .system(let said): said
        }
    }
}
