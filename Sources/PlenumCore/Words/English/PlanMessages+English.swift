/// The sentences about a plan file in English.
struct EnglishPlanMessages: PlanMessages {
    func tooBig(megabytes: Double) -> String { "the file is \(megabytes) MB; a plan is a small text file (at most 2 MB)" }
    var empty: String {
        "the file is empty; a plan needs at least a `title`, a `start` and [[blocks]] (`plenum new` writes one to start from)"
    }
    var nulByte: String { "the file contains a NUL byte; a plan must be plain text" }
    var notUTF8: String { "the file is not UTF-8 text; save it as UTF-8 (in most editors: Save As → Encoding → UTF-8)" }
    func notTOML(_ parserSays: String) -> String { "this is not valid TOML: " + parserSays }
    var unclosedText: String {
        "a text in quotes must end on the same line (use \"\"\" for text over several lines) and hold no control characters"
    }
    var foundEndOfLine: String { "found the end of the line" }
    var foundEndOfFile: String { "found the end of the file" }
    var thePlan: String { "the plan" }
    func misplacedKey(_ key: String, in context: String) -> String {
        "`\(key)` is read as part of \(context), because it comes after that header; move it above the first [header] in the file"
    }
    func unknownKey(_ key: String, in context: String, didYouMean: String?) -> String {
        "unknown key `\(key)` in \(context)" + (didYouMean.map { "; did you mean `\($0)`?" } ?? "")
    }
    var noTitle: String { "the plan has no `title`; add a line like title = \"Borgermøde om skolen\" at the top" }
    func endBeforeStart(end: ClockTime, start: ClockTime) -> String { "`end` (\(end)) must be later than `start` (\(start))" }
    var noStart: String { "the plan has no `start`; add e.g. start = \"09:00\", or give the first block an `at`" }
    func languageNotText(_ type: String) -> String { "`language` must be \"da\" or \"en\", not \(type)" }
    func languageUnknown(_ value: String) -> String { "`language` must be \"da\" or \"en\", not \"\(value)\"" }
    func dateUnreadable(_ value: String) -> String { "`date` must be a day written like 2012-10-31, not \"\(value)\"" }
    func dateNotText(_ type: String) -> String { "`date` must be a day written like 2012-10-31, not \(type)" }
    func tooFewSeats(participants: Int, seats: Int, tables: Int) -> String {
        "\(participants) participants but only \(seats) seats at \(tables) tables"
    }
    func type(of node: TOMLNode) -> String { node.typeDescription }
    func blockCannotBeSeated(_ why: String) -> String { "this block cannot be seated: \(why); every other block can" }
    func ruleCannotHoldEverywhere(_ rule: Int, names: String, why: String, apart: Bool) -> String {
        let kept = apart ? "apart as far as it can (the fewest pairs together)" : "together as far as it can (in the fewest groups)"
        return "rule \(rule) (\(names)) cannot hold in every block: \(why); there the seating keeps them \(kept), and everywhere else in full"
    }
}
