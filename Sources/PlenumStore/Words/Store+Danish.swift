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
    var reasons: [String: String] {
        ["the disk is full": "disken er fuld",
         "the file or its folder is read-only": "filen eller dens mappe er skrivebeskyttet",
         "the file is damaged": "filen er beskadiget",
         "another plenum kept the file busy for too long": "en anden plenum holdt filen optaget for længe",
         "the disk could not be read or written (full, or a file size limit)":
            "disken kunne ikke læses eller skrives (fuld, eller en grænse for filstørrelse)",
         "permission denied": "adgang nægtet",
         "it is cut short": "den er afkortet",
         "SQLite cannot read it": "SQLite kan ikke læse den",
         "bad page size": "forkert sidestørrelse",
         "no session day": "ingen sessionsdag",
         "its folder cannot be written and its -wal file lies beside it; copy both files to a folder that can be written":
            "dens mappe kan ikke skrives, og dens -wal-fil ligger ved siden af; kopiér begge filer til en mappe, der kan skrives",
         "the plan and the day it holds cannot be read, so there is nothing to start a new session from":
            "planen og dagen i den kan ikke læses, så der er intet at starte en ny session fra"]
    }
}
