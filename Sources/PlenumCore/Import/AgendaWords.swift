/// The words an agenda importer recognises, in Danish, Norwegian, Swedish and English: weekdays,
/// months, day headers, the words around times, and the words that give a block's kind away.
enum AgendaWords {
    /// Weekday names (lowercased, also the short forms people write).
    static let weekdays: Set<String> = [
        "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag",
        "måndag", "tisdag", "lördag", "söndag",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        // Icelandic, Faroese, Finnish
        "mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur", "sunnudagur",
        "mánadagur", "týsdagur", "mikudagur", "hósdagur", "fríggjadagur", "leygardagur",
        "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai",
        "man", "tir", "ons", "tor", "fre", "lør", "søn", "tirs", "tors",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Month names → month number (Danish, Norwegian, Swedish, English, and their short forms).
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names: [[String]] = [
            ["januar", "january", "januari", "jan", "janúar", "tammikuu", "tammikuuta"],
            ["februar", "february", "februari", "feb", "febrúar", "helmikuu", "helmikuuta"],
            ["marts", "mars", "march", "mar", "maaliskuu", "maaliskuuta"],
            ["april", "apr", "apríl", "huhtikuu", "huhtikuuta"],
            ["maj", "mai", "may", "maí", "toukokuu", "toukokuuta"],
            ["juni", "june", "jun", "júní", "kesäkuu", "kesäkuuta"],
            ["juli", "july", "jul", "júlí", "heinäkuu", "heinäkuuta"],
            ["august", "augusti", "aug", "ágúst", "elokuu", "elokuuta"],
            ["september", "sep", "sept", "syyskuu", "syyskuuta"],
            ["oktober", "october", "okt", "oct", "október", "lokakuu", "lokakuuta"],
            ["november", "nov", "nóvember", "marraskuu", "marraskuuta"],
            ["december", "desember", "dec", "des", "joulukuu", "joulukuuta"],
        ]
        for (index, words) in names.enumerated() {
            for word in words { table[word] = index + 1 }
        }
        return table
    }()

    /// First lines of a letter or an email that greet rather than name the day ("Hej alle,").
    static let greetings: Set<String> = [
        "hej", "hej alle", "hejsa", "hej allesammen", "hej alle sammen", "kære alle", "kære", "hi", "hi all", "hello",
        "hello all", "hi everyone", "hello everyone", "dear all", "dear", "hallo", "hei", "hei alle", "hej allihop",
        "hæ", "halló", "góðan dag", "goddag", "god morgen", "godmorgen", "kjære alle", "bästa", "hej på er",
    ]

    /// Whether the line greets ("Hej alle,", "Kære medlemmer af udvalget,", "Dear colleagues,").
    static func isGreeting(_ line: String) -> Bool {
        let lower = line.lowercased().strippingEnds(of: " \t,!.:")
        if greetings.contains(lower) { return true }
        let first = lower.split(separator: " ").first.map(String.init) ?? ""
        return ["kære", "dear", "kjære", "bästa", "hej", "hi", "hello", "hei"].contains(first) && line.hasSuffix(",")
    }

    /// Headings of a list of working questions: the bullets under one become a block's cards.
    static let questionHeadings: Set<String> = [
        "arbejdsspørgsmål", "spørgsmål", "dialogspørgsmål", "spørgsmål til dialogen", "spørgsmål til drøftelse",
        "spørgsmål til grupperne", "arbeidsspørsmål", "spørsmål", "spørsmål til gruppene", "frågor", "arbetsfrågor",
        "diskussionsfrågor", "frågor till grupperna", "questions", "working questions", "discussion questions",
        "questions for the groups", "questions for discussion",
    ]

    /// Words in a title that say the groups at each table merge ("De to dialoggrupper ved hvert
    /// bord går sammen"): a groups block with `formation = "table"`.
    static let mergeWords = ["går sammen", "slår sig sammen", "slås sammen", "lægges sammen", "slår seg sammen",
                             "går ihop", "slås ihop", "merge", "join up", "join together", "combine"]

    /// Words that make a block a presentation in turn (`present`).
    static let presentWords = ["fremlæg", "fremlegg", "præsenter", "presenter", "present", "report back", "redovis"]

    /// Words that start a day header followed by a number ("Dag 2", "Day 2").
    static let dayWords: Set<String> = ["dag", "day", "dagur", "dygn"]

    /// Words written before a time ("kl. 09.00", "klokken 9", "at 9:00").
    static let clockWords: Set<String> = ["kl", "kl.", "klokken", "klockan", "klo", "at", "ca", "ca.", "cirka", "approx", "approx.", "fra", "från", "from"]

    /// Words between the two times of a range.
    static let rangeWords: Set<String> = ["til", "to", "till", "until", "tot"]

    /// Words that decide a block's kind before any other: a breakout is not a break, and tables
    /// that present are in plenum.
    static let decidingWords: [(kind: Block.Kind, stems: [String])] = [
        (.groups, ["breakout", "break-out", "break out"]),
        (.plenum, ["fremlæg", "fremlegg", "præsenter", "presenter", "present", "report back", "redovis"]),
    ]

    /// Kind of block by the words in its title; the word that comes first in the title wins.
    static let kindWords: [(kind: Block.Kind, stems: [String])] = [
        (.break, ["pause", "paus", "kaffe", "kaffi", "coffee", "frokost", "lunch", "lunsj", "break", "middag",
                  "dinner", "fika", "måltid", "tea", "morgenmad", "morgenkaffe", "spisning", "aftensmad", "sandwich", "breakfast", "frukost",
                  "eftermiddagskaffe", "forfriskning", "refreshments", "hlé", "hádegismatur", "matur"]),
        (.groups, ["gruppe", "group", "dialog", "workshop", "bord", "grupp", "samtale", "drøftelse", "drøfting",
                   "diskussion", "discussion", "cafe", "café", "hópa", "hópur"]),
        (.plenum, ["velkomst", "velkommen", "välkommen", "welcome", "plenum", "oplæg", "keynote", "afrunding",
                   "åpning", "åbning", "öppning", "opening", "oppsummering", "opsamling", "sammanfattning",
                   "wrap-up", "wrap up", "closing", "foredrag", "avslutning", "afslutning", "introduktion",
                   "introduction", "móttaka", "samantekt", "lokaorð", "kynning"]),
    ]

    /// The kind a title suggests, and the word that suggested it (nil: none matched, plenum is assumed).
    static func kind(of title: String) -> (kind: Block.Kind, word: String?) {
        let lower = title.lowercased()
        for entry in decidingWords {
            if let word = entry.stems.first(where: { firstWordPosition(lower, $0) != nil }) {
                return (entry.kind, word)
            }
        }
        var best: (position: Int, kind: Block.Kind, word: String)?
        for entry in kindWords {
            for stem in entry.stems {
                guard let position = firstWordPosition(lower, stem) else { continue }
                if best == nil || position < best!.position { best = (position, entry.kind, stem) }
            }
        }
        guard let best else { return (.plenum, nil) }
        return (best.kind, best.word)
    }

    /// Where (in characters) the first word of `text` that starts with `stem` is: "gruppe" finds
    /// "gruppearbejde", "bord" finds "bordene"; a stem of three letters ("tea") only a whole word.
    static func firstWordPosition(_ text: String, _ stem: String) -> Int? {
        var searchStart = text.startIndex
        while let range = text.range(of: stem, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let startsWord = before.map { !$0.isLetter } ?? true
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let shortStem = stem.count <= 3
            if startsWord, !shortStem || !(after?.isLetter ?? false) {
                return text.distance(from: text.startIndex, to: range.lowerBound)
            }
            searchStart = range.upperBound
        }
        return nil
    }

    /// Labels of the lines in an invitation that say when, where and what ("Hvornår: 12. marts 2026").
    static let whenLabels: Set<String> = ["hvornår", "dato", "date", "when", "dag", "når", "datum", "tidspunkt"]
    static let whereLabels: Set<String> = ["hvor", "sted", "where", "venue", "location", "lokation", "adresse",
                                           "address", "lokale", "var", "plats"]
    static let subjectLabels: Set<String> = ["emne", "subject", "vedr", "vedr.", "titel", "title", "re", "sv", "fw",
                                             "vs", "ärende", "emne/subject"]

    /// "Hvor: Rådhuset" → ("hvor", "Rådhuset"); nil when the line does not start with "Word:".
    static func labeled(_ line: String) -> (label: String, value: String)? {
        guard let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 14 else { return nil }
        let label = line[..<colon].lowercased().strippingEnds(of: " ")
        guard !label.isEmpty, label.allSatisfy({ $0.isLetter || $0 == "." || $0 == "/" }) else { return nil }
        return (label, String(line[line.index(after: colon)...]).strippingEnds(of: " \t"))
    }

    /// Headings of a table's time column ("Tid", "Time", "Klokken"): a row starting with one is the
    /// table's heading, and its other cells name the columns.
    static let timeHeadings: Set<String> = [
        "tid", "tidspunkt", "tidpunkt", "time", "times", "when", "hvornår", "når", "kl", "kl.", "klokken",
        "klockan", "klokkeslett", "klokkeslæt", "schedule",
    ]

    /// Words typical of Danish, Norwegian and Swedish agendas, and of English ones.
    private static let nordicWords: Set<String> = [
        "og", "og.", "til", "kl", "kl.", "pause", "frokost", "velkomst", "velkommen", "dag", "af", "på", "med",
        "i", "om", "ved", "oplæg", "gruppearbejde", "afrunding", "och", "för", "lunsj", "for", "mødet",
    ]
    private static let englishWords: Set<String> = [
        "the", "and", "of", "welcome", "lunch", "break", "coffee", "group", "groups", "session", "day",
        "with", "by", "to", "closing", "wrap-up", "keynote", "discussion", "opening", "in", "on",
    ]

    /// "da" for Danish, Norwegian or Swedish text (plans speak da or en), "en" for English text,
    /// `fallback` when the words tell neither (or both as much).
    static func language(of lines: [String], fallback: Language = .en) -> Language {
        var nordic = 0
        var english = 0
        for line in lines {
            let lower = line.lowercased()
            if lower.contains(where: { "æøåäö".contains($0) }) { nordic += 2 }
            for word in lower.split(whereSeparator: { !$0.isLetter && $0 != "." && $0 != "-" }) {
                let token = String(word)
                if nordicWords.contains(token) { nordic += 1 }
                if englishWords.contains(token) { english += 1 }
            }
        }
        return nordic > english ? .da : english > nordic ? .en : fallback
    }
}
