/// Why a material file could not be read at all, as the caller found it (PlenumCore touches no
/// disk); said in the plan's language when the plan is checked.
public enum MaterialUnreadable: Sendable, Equatable {
    /// There is no such file beside the plan (`shown`: the path looked at, when it differs from the name).
    case missing(shown: String?)
    case folder
    case permissionDenied
    /// Larger than `MaterialReader.maximumBytes` (megabytes, one decimal).
    case tooBig(megabytes: Double)
    /// A NUL byte on this line: not a text file.
    case nulByte(line: Int)
}

/// The sentences `plenum check` says about a block's material file and its ratings, in one
/// language: the file as a whole, a CSV's rows and fields, a summary's numbers, and the plan's
/// `material`, `materials`, `rate` and `scale` keys.
protocol MaterialMessages: Sendable {
    func unreadable(_ why: MaterialUnreadable) -> String
    func fieldTooLong(most: Int) -> String
    var csvNulByte: String { get }
    func tooManyFields(most: Int) -> String
    var textAfterQuote: String { get }
    var unclosedQuote: String { get }
    var csvEmpty: String { get }
    func fieldCount(_ count: Int, headerLine: Int, header: Int) -> String
    func tooManyRows(most: Int) -> String
    var textEmpty: String { get }
    var headerOnly: String { get }
    var noNumberColumn: String { get }
    /// `after`: the last label column's heading, nil when it has none.
    func notANumber(_ text: String, after: String?) -> String
    /// "materials 2", the context of an entry of a session's `materials`.
    func materialsEntry(_ number: Int) -> String
    func materialsEntryWithoutText(_ context: String) -> String
    func materialNotBeside(_ context: String) -> String
    func materialUnreadable(_ context: String, file: String, why: String) -> String
    func materialsTooBig(_ context: String, file: String) -> String
    func materialNotATable(_ context: String, file: String) -> String
    func scaleWithoutRate(_ context: String) -> String
    func tooManyRatings(_ context: String, count: Int, most: Int) -> String
    func questionTwice(_ context: String) -> String
}
