/// Why a stored fact cannot be read: in English.
extension EnglishJournal: JournalVocabulary {
    func flaw(_ flaw: FactCoding.Flaw) -> String {
        switch flaw {
        case .notAnObject: "its fields are not a JSON object"
        case .unknownKind: "plenum does not know this kind of fact"
        case .missing(let field): "no `\(field)`"
        case .unknownValue(let field): "a `\(field)` plenum does not know"
        case .notNumbers(let field): "a `\(field)` that is not a list of numbers"
        case .notTexts(let field): "an `\(field)` that is not a list of texts"
        case .incompleteGroup: "a group without `table`, `group` or `members`"
        case .overADay(let minutes): "\(minutes) minutes is more than a day"
        case .badColumns: "its columns do not hold what plenum writes"
        }
    }
    func unreadableFact(_ seq: Int64, kind: String?, _ flaw: FactCoding.Flaw) -> String {
        "fact \(seq)\(kind.map { " (\($0))" } ?? "") cannot be read: \(self.flaw(flaw))"
    }
    func missingFacts(_ numbers: ClosedRange<Int64>) -> String {
        numbers.count == 1 ? "fact \(numbers.lowerBound) is missing"
            : "facts \(numbers.lowerBound) to \(numbers.upperBound) are missing"
    }
    func planCannotRun(_ locator: String, _ problem: String?) -> String {
        "the plan stored in \(locator) cannot be run: \(problem ?? "it cannot be read")"
    }
    func cannotCopyInto(_ target: String) -> String { "cannot copy into \(target)" }
    func copyDiffers(_ target: String, from source: String) -> String {
        "the copy in \(target) does not match \(source) (the source's numbers have gaps: facts this plenum cannot read); it was kept for a look"
    }
}
