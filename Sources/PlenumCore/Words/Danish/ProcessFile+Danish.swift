/// The sentences about a process file and about seating problems, in Danish.
extension DanishPlanMessages {
    var theProcess: String { "forløbet" }
    var processNoTitle: String { "forløbet har ingen `title`; tilføj øverst en linje som title = \"Visionsproces 2019\"" }
    var processEmpty: String { "forløbet har ingen dage, faser eller milepæle; tilføj [[days]] med plan = \"dag-1.toml\"" }
    func phase(_ number: Int) -> String { "fase \(number)" }
    func milestone(_ number: Int) -> String { "milepæl \(number)" }
    func day(_ number: Int) -> String { "dag \(number)" }
    func twoPhasesCalled(_ title: String) -> String { "to faser hedder \"\(title)\"" }
    func phaseEndsBeforeStart(_ title: String, from: PlanDate, to: PlanDate) -> String {
        "`to` (\(to)) i fasen \"\(title)\" ligger før dens `from` (\(from))"
    }
    func phaseNeedsBoth(_ title: String) -> String { "fasen \"\(title)\" skal have både `from` og `to` eller ingen af dem" }
    func milestoneNoDate(_ context: String) -> String { "\(context) har ingen `date`; tilføj f.eks. date = 2019-03-11" }
    func twoDaysWithID(_ id: String) -> String { "to dage har id'et \"\(id)\"; giv hver dag sit eget `id`" }
    func dayInUnknownPhase(_ context: String, phase: String) -> String {
        "\(context) hører til fasen \"\(phase)\", som forløbet ikke har"
    }
    func notADay(_ key: String, of context: String) -> String { "`\(key)` i \(context) skal være en dag skrevet som 2019-03-11" }

    func seatingProblem(_ reason: SeatingProblem.Reason) -> String {
        switch reason {
        case .contradiction(let names):
            "\(list(names, quote: "", and: true)) skal både sidde sammen og adskilt; fjern en af de to regler"
        case .lonelySegment(let segment, let person, let block):
            (segment.map { "segmentet \($0)" } ?? "gruppen uden segment") + " har kun én person (\(person)) i \"\(block)\", "
                + "og en gruppe skal have mindst to; brug formation = \"mixed\", eller føj flere personer til segmentet"
        case .tooManySegments(let block, let segments, let groups):
            "\"\(block)\" laver én gruppe pr. segment, men dens \(segments) segmenter kræver flere grupper end de \(groups), der er"
        case .overPinned(let pins, let table, let names, let capacity, let block):
            "\(pins) personer er sat fast ved \(table) (\(list(names, quote: "", and: true))), "
                + "men bordets grupper har kun \(capacity) pladser i \"\(block)\"; sæt færre personer fast der"
        }
    }
}
