/// The sentences about a value's type, length and bounds, in Danish.
extension DanishPlanMessages {
    func list(_ names: [String], quote: String, and: Bool) -> String {
        Self.joined(names, quote: quote, last: and ? "og" : "eller")
    }
    func didYouMean(_ word: String, quote: String) -> String { "; mente du \(quote)\(word)\(quote)?" }
    func key(_ key: String, of context: String) -> String { "`\(key)` i \(context)" }
    func missingKey(_ key: String, in context: String) -> String { "\(context) har ingen `\(key)`" }
    func notText(_ key: String, of context: String, type: String) -> String {
        "`\(key)` i \(context) skal være tekst i anførselstegn, ikke \(type)"
    }
    func emptyText(_ key: String, of context: String) -> String { "`\(key)` i \(context) er tom" }
    func tooLong(_ key: String, of context: String, limit: Int) -> String {
        "`\(key)` i \(context) er længere end \(limit) tegn; gør den kortere"
    }
    func aboveMaximum(_ key: String, of context: String, value: Int, maximum: Int, why: String) -> String {
        "`\(key)` i \(context) er \(value); højst \(maximum) (\(why))"
    }
    func belowMinimum(_ key: String, of context: String, value: Int, minimum: Int) -> String {
        "`\(key)` i \(context) skal være mindst \(minimum), ikke \(value)"
    }
    func quotedNumber(_ key: String, of context: String, written: String) -> String {
        "`\(key)` i \(context) skal være et tal uden anførselstegn: \(key) = \(written)"
    }
    func notWholeNumber(_ key: String, of context: String, value: String) -> String {
        "`\(key)` i \(context) skal være et helt tal, ikke \(value)"
    }
    func badTime(_ key: String, of context: String, why: String) -> String { "`\(key)` i \(context): " + why }
    func timeWithSeconds(_ key: String, of context: String) -> String {
        "`\(key)` i \(context) skal være hele minutter, skrevet \"TT:MM\""
    }
    func timeNotText(_ key: String, of context: String, type: String) -> String {
        "`\(key)` i \(context) skal være et klokkeslæt skrevet \"TT:MM\" i anførselstegn, ikke \(type)"
    }
    func notATime(_ text: String, meant: String?) -> String {
        if let meant { return "\"\(text)\" er ikke et klokkeslæt; skriv det som \"\(meant)\"" }
        return "\"\(text)\" er ikke et klokkeslæt; skriv klokkeslæt som \"TT:MM\", f.eks. \"09:30\""
    }
    func notATimeOfDay(_ text: String) -> String {
        "\"\(text)\" er ikke et klokkeslæt; timer går fra 00 til 23 og minutter fra 00 til 59"
    }
    func listNotBracketed(_ key: String, of context: String, written: String) -> String {
        "`\(key)` i \(context) skal være en liste i firkantede parenteser: \(key) = [\"\(written)\"]"
    }
    func listNotTexts(_ key: String, of context: String, type: String) -> String {
        "`\(key)` i \(context) skal være en liste af tekster, ikke \(type)"
    }
    func tooManyEntries(_ key: String, of context: String, count: Int, most: Int) -> String {
        "`\(key)` i \(context) har \(count) punkter; der må højst være \(most)"
    }
    func entryNotText(_ key: String, of context: String, type: String) -> String {
        "`\(key)` i \(context) må kun indeholde tekster i anførselstegn; her står \(type)"
    }
    func emptyEntry(_ key: String, of context: String) -> String { "`\(key)` i \(context) har et tomt punkt" }
    func emptyList(_ key: String, of context: String) -> String { "`\(key)` i \(context) er en tom liste" }
    func choiceNotText(_ key: String, of context: String, names: String, type: String) -> String {
        "`\(key)` i \(context) skal være \(names), ikke \(type)"
    }
    func unknownChoice(_ key: String, value: String, for context: String, suggestion: String?, names: String) -> String {
        "`\(key)` i \(context) kan ikke være \"\(value)\"; " + (suggestion.map { "mente du \"\($0)\"? " } ?? "") + "brug \(names)"
    }
    func notListOfTables(_ key: String) -> String { "`\(key)` skal være en liste af tabeller, skrevet [[\(key)]] for hver" }
    func entryNotTable(_ key: String, type: String) -> String {
        "hvert punkt i `\(key)` skal være en tabel ([[\(key)]] eller { … }), ikke \(type)"
    }
    func bound(_ bound: PlanBound) -> String {
        switch bound {
        case .wholeDay: "en hel dag"
        case .groupsAtOneTable: "grupper ved ét bord"
        case .seatsAtOneTable: "pladser ved ét bord"
        case .tablesInOneRoom: "borde i ét lokale"
        case .theSeatsAtOneTable: "pladserne ved ét bord"
        case .dotsOfOneTable: "de prikker, ét bord fordeler"
        case .placesOfOneTopList: "pladserne på ét bords topliste"
        case .ratingDigit: "en vurdering tastes som ét ciffer"
        }
    }
    func tooMany(_ what: PlanCounted, count: Int, most: Int, in context: String) -> String {
        let word = switch what {
        case .blocks: "blokke"
        case .tracks: "spor"
        case .segments: "segmenter"
        case .tables: "borde"
        case .people: "personer"
        case .rules: "regler"
        }
        return "\(context) har \(count) \(word); der må højst være \(most)"
    }
    func roomGroups(_ groups: Int, most: Int) -> String { "bordene har \(groups) grupper i alt; der må højst være \(most)" }
    func roomSeats(_ seats: Int, most: Int) -> String { "bordene har \(seats) pladser i alt; der må højst være \(most)" }
    func tooManyPlacements(seated: Int, rounds: Int, most: Int) -> String {
        "planen sætter \(seated) personer i grupper i \(rounds) gruppeblokke frem til her (\(rounds * seated) placeringer); "
            + "der må højst være \(most), så sæt færre personer i grupper eller planlæg færre gruppeblokke"
    }
    func dayTooLong(minutes: Int, from start: ClockTime) -> String {
        "dagen varer \(minutes / 60) t \(minutes % 60) min fra kl. \(start); en plan er én dag på højst 24 timer"
    }
    var aNegativeNumber: String { "et negativt tal" }
    func badSeed(_ what: String) -> String {
        "`seed` skal være et helt tal på 0 eller mere (et andet tal giver dagen andre grupper), ikke \(what)"
    }
}
