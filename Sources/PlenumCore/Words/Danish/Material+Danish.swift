/// The sentences about material files and ratings: in Danish.
extension DanishPlanMessages {
    func unreadable(_ why: MaterialUnreadable) -> String {
        switch why {
        case .missing(let shown): "der er ingen sådan fil ved siden af planen" + (shown.map { " (\($0))" } ?? "")
        case .folder: "det er en mappe"
        case .permissionDenied: "adgang nægtet"
        case .tooBig(let megabytes):
            "den fylder \(String(megabytes).replacingOccurrences(of: ".", with: ",")) MB; en materialefil må højst fylde 1 MB"
        case .nulByte(let line): "den indeholder en NUL-byte (linje \(line)); en materialefil skal være tekst"
        }
    }
    func fieldTooLong(most: Int) -> String { "et felt er længere end \(most) tegn; en materialefil rummer korte svar" }
    var csvNulByte: String { "filen indeholder en NUL-byte; en materialefil skal være ren tekst" }
    func tooManyFields(most: Int) -> String { "en række har mere end \(most) felter; en materialefil har højst \(most) kolonner" }
    var textAfterQuote: String { "tekst efter et afsluttende anførselstegn; et anførselstegn inde i et citeret felt skrives to gange (\"\")" }
    var unclosedQuote: String { "et anførselstegn åbnet her bliver aldrig lukket" }
    var csvEmpty: String { "filen er tom; en CSV-fil skal have en overskriftslinje og rækker" }
    func fieldCount(_ count: Int, headerLine: Int, header: Int) -> String {
        "denne række har \(Plural.count(count, "felt", "felter")); overskriften (linje \(headerLine)) har \(header)"
    }
    func tooManyRows(most: Int) -> String { "filen har mere end \(most) rækker; opsummér den først, eller del den op" }
    var textEmpty: String { "filen er tom" }
    var headerOnly: String { "filen har en overskrift, men ingen rækker" }
    var noNumberColumn: String {
        "en opsummeringstabel skal have en kolonne med tal efter sine etiketter (én pr. segment), eller en `segment`-kolonne, når hver række er ét svar"
    }
    func notANumber(_ text: String, after: String?) -> String {
        "\"\(text)\" er ikke et tal; kolonnerne efter \(after.map { "\"\($0)\"" } ?? "etiketkolonnerne") rummer tal pr. segment"
    }
    func materialsEntry(_ number: Int) -> String { "materials \(number)" }
    func materialsEntryWithoutText(_ context: String) -> String { "\(context) har ingen `text`" }
    func materialNotBeside(_ context: String) -> String {
        "`material` i \(context) skal være en fil ved siden af planen, navngivet i forhold til planens mappe: material = \"survey.csv\""
    }
    func materialUnreadable(_ context: String, file: String, why: String) -> String {
        "`material` i \(context): kan ikke læse \(file): \(why)"
    }
    func materialsTooBig(_ context: String, file: String) -> String {
        "`material` i \(context): planens materialefiler fylder mere end 2 MB tilsammen; gør \(file) kortere"
    }
    func materialNotATable(_ context: String, file: String) -> String { "`material` i \(context): \(file) kan ikke læses som en tabel" }
    func scaleWithoutRate(_ context: String) -> String { "`scale` i \(context) har ingen `rate`-spørgsmål at bruge den til" }
    func tooManyRatings(_ context: String, count: Int, most: Int) -> String {
        "`rate` i \(context) har \(count) spørgsmål; højst \(most) er tilladt"
    }
    func questionTwice(_ context: String) -> String { "`rate` i \(context) stiller det samme spørgsmål to gange" }
}
