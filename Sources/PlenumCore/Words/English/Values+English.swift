/// The sentences about a value's type, length and bounds, in English.
extension EnglishPlanMessages {
    func list(_ names: [String], quote: String, and: Bool) -> String {
        Self.joined(names, quote: quote, last: and ? "and" : "or")
    }
    func didYouMean(_ word: String, quote: String) -> String { "; did you mean \(quote)\(word)\(quote)?" }
    func key(_ key: String, of context: String) -> String { "`\(key)` of \(context)" }
    func missingKey(_ key: String, in context: String) -> String { "\(context) has no `\(key)`" }
    func notText(_ key: String, of context: String, type: String) -> String {
        "`\(key)` of \(context) must be text in quotes, not \(type)"
    }
    func emptyText(_ key: String, of context: String) -> String { "`\(key)` of \(context) is empty" }
    func tooLong(_ key: String, of context: String, limit: Int) -> String {
        "`\(key)` of \(context) is longer than \(limit) characters; shorten it"
    }
    func aboveMaximum(_ key: String, of context: String, value: Int, maximum: Int, why: String) -> String {
        "`\(key)` of \(context) is \(value); at most \(maximum) (\(why))"
    }
    func belowMinimum(_ key: String, of context: String, value: Int, minimum: Int) -> String {
        "`\(key)` of \(context) must be at least \(minimum), not \(value)"
    }
    func quotedNumber(_ key: String, of context: String, written: String) -> String {
        "`\(key)` of \(context) must be a number without quotes: \(key) = \(written)"
    }
    func notWholeNumber(_ key: String, of context: String, value: String) -> String {
        "`\(key)` of \(context) must be a whole number, not \(value)"
    }
    func badTime(_ key: String, of context: String, why: String) -> String { "`\(key)` of \(context): " + why }
    func timeWithSeconds(_ key: String, of context: String) -> String {
        "`\(key)` of \(context) must be whole minutes, written \"HH:MM\""
    }
    func timeNotText(_ key: String, of context: String, type: String) -> String {
        "`\(key)` of \(context) must be a time written \"HH:MM\" in quotes, not \(type)"
    }
    func notATime(_ text: String, meant: String?) -> String {
        if let meant { return "\"\(text)\" is not a time; write it as \"\(meant)\"" }
        return "\"\(text)\" is not a time; write times as \"HH:MM\", e.g. \"09:30\""
    }
    func notATimeOfDay(_ text: String) -> String {
        "\"\(text)\" is not a time of day; hours go from 00 to 23 and minutes from 00 to 59"
    }
    func listNotBracketed(_ key: String, of context: String, written: String) -> String {
        "`\(key)` of \(context) must be a list in brackets: \(key) = [\"\(written)\"]"
    }
    func listNotTexts(_ key: String, of context: String, type: String) -> String {
        "`\(key)` of \(context) must be a list of texts, not \(type)"
    }
    func tooManyEntries(_ key: String, of context: String, count: Int, most: Int) -> String {
        "`\(key)` of \(context) has \(count) entries; at most \(most) are allowed"
    }
    func entryNotText(_ key: String, of context: String, type: String) -> String {
        "`\(key)` of \(context) must hold only texts in quotes; this is \(type)"
    }
    func emptyEntry(_ key: String, of context: String) -> String { "`\(key)` of \(context) has an empty entry" }
    func emptyList(_ key: String, of context: String) -> String { "`\(key)` of \(context) is an empty list" }
    func choiceNotText(_ key: String, of context: String, names: String, type: String) -> String {
        "`\(key)` of \(context) must be one of \(names), not \(type)"
    }
    func unknownChoice(_ key: String, value: String, for context: String, suggestion: String?, names: String) -> String {
        "unknown \(key) \"\(value)\" for \(context); " + (suggestion.map { "did you mean \"\($0)\"? " } ?? "") + "use one of \(names)"
    }
    func notListOfTables(_ key: String) -> String { "`\(key)` must be a list of tables, written [[\(key)]] for each" }
    func entryNotTable(_ key: String, type: String) -> String {
        "each entry of `\(key)` must be a table ([[\(key)]] or { … }), not \(type)"
    }
    func bound(_ bound: PlanBound) -> String {
        switch bound {
        case .wholeDay: "a whole day"
        case .groupsAtOneTable: "groups at one table"
        case .seatsAtOneTable: "seats at one table"
        case .tablesInOneRoom: "tables in one room"
        case .theSeatsAtOneTable: "the seats at one table"
        case .dotsOfOneTable: "the dots one table spreads"
        case .placesOfOneTopList: "the places of one table's top list"
        case .ratingDigit: "a rating is typed as one digit"
        }
    }
    func tooMany(_ what: PlanCounted, count: Int, most: Int, in context: String) -> String {
        "\(context) has \(count) \(what.rawValue); at most \(most) are allowed"
    }
    func roomGroups(_ groups: Int, most: Int) -> String { "the tables have \(groups) groups in all; at most \(most) are allowed" }
    func roomSeats(_ seats: Int, most: Int) -> String { "the tables have \(seats) seats in all; at most \(most) are allowed" }
    func tooManyPlacements(seated: Int, rounds: Int, most: Int) -> String {
        "the plan seats \(seated) people in \(rounds) groups blocks up to here (\(rounds * seated) placements); "
            + "at most \(most) are allowed, so seat fewer people or plan fewer groups blocks"
    }
    func dayTooLong(minutes: Int, from start: ClockTime) -> String {
        "the day lasts \(minutes / 60) h \(minutes % 60) min from \(start); a plan is one day of at most 24 hours"
    }
    var aNegativeNumber: String { "a negative number" }
    func badSeed(_ what: String) -> String {
        "`seed` must be a whole number of 0 or more (another number seats the day differently), not \(what)"
    }
}
