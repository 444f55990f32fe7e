import Foundation

/// A name made safe for file names and ids: "Bootcamp: Fremtidens kommune" → "bootcamp-fremtidens-kommune".
public enum Slug {
    public static func of(_ title: String, limit: Int = 48) -> String {
        let map: [Character: String] = ["æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"]
        var out = ""
        for c in title.lowercased() {
            if let r = map[c] { out += r }
            else if c.isASCII, c.isLetter || c.isNumber { out.append(c) }
            else if out.last != "-" { out.append("-") }
        }
        let trimmed = String(out.trimmingCharacters(in: CharacterSet(charactersIn: "-")).prefix(limit))
            .trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "session" : trimmed
    }
}
