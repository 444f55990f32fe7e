/// The sentences about material files and ratings: in English.
extension EnglishPlanMessages {
    func unreadable(_ why: MaterialUnreadable) -> String {
        switch why {
        case .missing(let shown): "there is no such file beside the plan" + (shown.map { " (\($0))" } ?? "")
        case .folder: "it is a folder"
        case .permissionDenied: "permission denied"
        case .tooBig(let megabytes): "it is \(megabytes) MB; a material file is at most 1 MB"
        case .nulByte(let line): "it contains a NUL byte (line \(line)); a material file must be text"
        }
    }
    func fieldTooLong(most: Int) -> String { "a field is longer than \(most) characters; a material file holds short answers" }
    var csvNulByte: String { "the file contains a NUL byte; a material file must be plain text" }
    func tooManyFields(most: Int) -> String { "a row has more than \(most) fields; a material file has at most \(most) columns" }
    var textAfterQuote: String { "text after a closing quote; a quote inside a quoted field is written twice (\"\")" }
    var unclosedQuote: String { "a quote opened here is never closed" }
    var csvEmpty: String { "the file is empty; a CSV file needs a header line and rows" }
    func fieldCount(_ count: Int, headerLine: Int, header: Int) -> String {
        "this row has \(count == 1 ? "1 field" : "\(count) fields"); the header (line \(headerLine)) has \(header)"
    }
    func tooManyRows(most: Int) -> String { "the file has more than \(most) rows; summarise it first or split it" }
    var textEmpty: String { "the file is empty" }
    var headerOnly: String { "the file has a header but no rows" }
    var noNumberColumn: String {
        "a summary table needs a column of numbers after its labels (one per segment), or a `segment` column when each row is one answer"
    }
    func notANumber(_ text: String, after: String?) -> String {
        "\"\(text)\" is not a number; the columns after \(after.map { "\"\($0)\"" } ?? "the label columns") hold numbers per segment"
    }
    func materialsEntry(_ number: Int) -> String { "materials \(number)" }
    func materialsEntryWithoutText(_ context: String) -> String { "\(context) has no `text`" }
    func materialNotBeside(_ context: String) -> String {
        "`material` of \(context) must be a file beside the plan, named relative to the plan's folder: material = \"survey.csv\""
    }
    func materialUnreadable(_ context: String, file: String, why: String) -> String {
        "`material` of \(context): cannot read \(file): \(why)"
    }
    func materialsTooBig(_ context: String, file: String) -> String {
        "`material` of \(context): the plan's material files are more than 2 MB together; shorten \(file)"
    }
    func materialNotATable(_ context: String, file: String) -> String { "`material` of \(context): \(file) cannot be read as a table" }
    func scaleWithoutRate(_ context: String) -> String { "`scale` of \(context) has no `rate` questions to use it" }
    func tooManyRatings(_ context: String, count: Int, most: Int) -> String {
        "`rate` of \(context) has \(count) questions; at most \(most) are allowed"
    }
    func questionTwice(_ context: String) -> String { "`rate` of \(context) asks the same question twice" }
}
