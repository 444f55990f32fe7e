/// A block of a later day that names what earlier days gave ("Gruppearbejde med quick wins fra
/// bootcamp I og II") takes it: as cards (a groups block without cards) or as material.
enum CarriedMentions {
    private static let quickWinWords = ["quick win", "quick-win", "quickwin", "hurtige gevinster", "snabba vinster"]
    private static let themeWords = ["temaer", "temaerne", "themes", "teman", "temaene"]
    private static let connectors: Set<String> = ["og", "and", "och", "&", ",", "samt"]

    /// Marks the blocks of `days` that name an earlier named day's quick wins or themes.
    static func link(_ days: inout [ImportedDay]) {
        for d in days.indices {
            let earlier = days[..<d].enumerated().compactMap { k, day in day.name.map { (k, $0) } }
            guard !earlier.isEmpty else { continue }
            for b in days[d].blocks.indices {
                let lower = days[d].blocks[b].title.lowercased()
                let what: CarriedSource.What
                if quickWinWords.contains(where: { lower.contains($0) }) {
                    what = .quickWins
                } else if themeWords.contains(where: { AgendaWords.firstWordPosition(lower, $0) != nil }) {
                    what = .themes
                } else {
                    continue
                }
                let found = mentioned(in: lower, names: earlier)
                if !found.isEmpty { days[d].blocks[b].carried = (found, what) }
            }
        }
    }

    /// The days whose names the title mentions, whole ("bootcamp i") or as a list after a shared
    /// first part ("bootcamp i og ii").
    static func mentioned(in lower: String, names: [(Int, String)]) -> [Int] {
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        var found: [Int] = []
        for (index, name) in names {
            let parts = name.lowercased().split(separator: " ").map(String.init)
            guard parts.count >= 2 else {
                if words.contains(parts.first ?? "") { found.append(index) }
                continue
            }
            let stem = Array(parts.dropLast())
            let last = parts[parts.count - 1]
            var k = 0
            while k + stem.count <= words.count {
                if Array(words[k..<k + stem.count]) == stem {
                    var j = k + stem.count
                    while j < words.count, words[j] == last || connectors.contains(words[j]) || isNumeral(words[j]) {
                        if words[j] == last, !found.contains(index) { found.append(index) }
                        j += 1
                    }
                }
                k += 1
            }
        }
        return found.sorted()
    }

    private static func isNumeral(_ word: String) -> Bool {
        !word.isEmpty && (word.allSatisfy { "ivx".contains($0) } || word.allSatisfy(\.isNumber))
    }
}
