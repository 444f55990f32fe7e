import Foundation

/// Text folded for searching names as people type them on any keyboard: any case, accents off,
/// and the Danish letters written either way: æ as "ae" or "a", ø as "oe" or "o", å as "aa" or
/// "a". "oster", "oester" and "Øster" all find "Østergaard"; "soren" finds "Søren".
public enum SearchFold {
    public static func fold(_ text: String) -> String {
        var out = ""
        for c in text.lowercased() {
            switch c {
            case "æ", "ä": out += "a"
            case "ø", "ö": out += "o"
            case "å": out += "a"
            default:
                let plain = String(c).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                out += plain
            }
        }
        // The two-letter spellings fold to the same single letter.
        return out.replacingOccurrences(of: "aa", with: "a").replacingOccurrences(of: "ae", with: "a")
            .replacingOccurrences(of: "oe", with: "o")
    }
}
