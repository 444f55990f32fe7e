/// Why a stored fact cannot be read: in Danish.
extension DanishJournal: JournalVocabulary {
    func flaw(_ flaw: FactCoding.Flaw) -> String {
        switch flaw {
        case .notAnObject: "dens felter er ikke et JSON-objekt"
        case .unknownKind: "plenum kender ikke den slags hændelse"
        case .missing(let field): "`\(field)` mangler"
        case .unknownValue(let field): "`\(field)` har en værdi, plenum ikke kender"
        case .notNumbers(let field): "`\(field)` er ikke en liste af tal"
        case .notTexts(let field): "`\(field)` er ikke en liste af tekster"
        case .incompleteGroup: "en gruppe uden `table`, `group` eller `members`"
        case .overADay(let minutes): "\(minutes) minutter er mere end et døgn"
        case .badColumns: "dens kolonner rummer ikke det, plenum skriver"
        }
    }
    func unreadableFact(_ seq: Int64, kind: String?, _ flaw: FactCoding.Flaw) -> String {
        "hændelse \(seq)\(kind.map { " (\($0))" } ?? "") kan ikke læses: \(self.flaw(flaw))"
    }
    func missingFacts(_ numbers: ClosedRange<Int64>) -> String {
        numbers.count == 1 ? "hændelse \(numbers.lowerBound) mangler"
            : "hændelserne \(numbers.lowerBound) til \(numbers.upperBound) mangler"
    }
    func planCannotRun(_ locator: String, _ problem: String?) -> String {
        "planen i \(locator) kan ikke køres: \(problem ?? "den kan ikke læses")"
    }
    func cannotCopyInto(_ target: String) -> String { "kan ikke kopiere til \(target)" }
    func copyDiffers(_ target: String, from source: String) -> String {
        "kopien i \(target) passer ikke med \(source) (kildens numre har huller: hændelser, denne plenum ikke kan læse); den er beholdt, så du kan se på den"
    }
}
