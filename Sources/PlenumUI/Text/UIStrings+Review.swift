import PlenumCore

/// The texts of `plenum review`, in Danish and English.
extension UIStrings {
    public var reviewWord: String { da ? "gennemsyn" : "review" }
    public var plannedColumn: String { da ? "Plan" : "Plan" }
    public var actualColumn: String { da ? "Faktisk" : "Actual" }
    public var overColumn: String { "±" }
    public var skippedWord: String { da ? "sprunget over" : "skipped" }
    public var notRunWord: String { da ? "ikke kørt" : "not run" }
    public var runningWord: String { da ? "i gang" : "running" }
    public func extendedBy(_ m: Int) -> String { da ? "forlænget \(m > 0 ? "+" : "")\(m)" : "extended \(m > 0 ? "+" : "")\(m)" }
    public func daySummary(planned: String, actual: String, over: Int?) -> String {
        let overText = over.map { $0 == 0 ? (da ? "til tiden" : "on time")
            : ($0 > 0 ? (da ? "\($0) min over" : "\($0) min over") : (da ? "\(-$0) min før" : "\(-$0) min early")) }
        return (da ? "Dagen: plan \(planned) · faktisk \(actual)" : "The day: planned \(planned) · actual \(actual)")
            + (overText.map { " · " + $0 } ?? "")
    }
    public var cardsWord: String { da ? "Spørgsmål" : "Questions" }
    public var noPostItsInBlock: String { da ? "Ingen post-its i blokken." : "No post-its in this block." }
    public func results(_ n: Int) -> String {
        da ? Plural.count(n, "post-it", "post-its") + " fundet" : Plural.count(n, "post-it", "post-its") + " found"
    }
    public var typeToSearch: String { da ? "Skriv for at søge i alle post-its" : "Type to search every post-it" }
    public var exportTitle: String { da ? "Eksportér" : "Export" }
    public var formatField: String { "Format" }
    public var fileField: String { da ? "Fil" : "File" }
    public var anonymousField: String { da ? "Anonym" : "Anonymous" }
    public var yes: String { da ? "ja" : "yes" }
    public var no: String { da ? "nej" : "no" }
    public var exportHint: String { da ? "Tab felt · ←/→ vælg · Enter skriv · Esc fortryd" : "Tab field · ←/→ choose · Enter write · Esc cancel" }
    public var exportNeedsFile: String { da ? "Skriv et filnavn." : "Type a file name." }
    public func exported(_ path: String, bytes: Int) -> String {
        let size = bytes < 10_000 ? "\(bytes) B" : "\(bytes / 1000) kB"
        return da ? "Skrevet: \(path) (\(size))" : "Written: \(path) (\(size))"
    }
    public func exportFailed(_ why: String) -> String { da ? "Ikke skrevet: \(why)" : "Not written: \(why)" }
    public func reviewHint(width: Int) -> String {
        Self.fit(da ? ["↑↓ blok", "Enter åbn", "/ søg", "T temaer", "x eksportér"]
                    : ["↑↓ block", "Enter open", "/ search", "T themes", "x export"],
                 always: [da ? "q afslut" : "q quit"], width: width)
    }
    public var blockHint: String { da ? "↑↓ rul · ←→ forrige/næste blok · Esc tilbage" : "↑↓ scroll · ←→ previous/next block · Esc back" }
    public var searchHint: String { da ? "↑↓ vælg · Enter åbn blokken · / ny søgning · Esc tilbage" : "↑↓ choose · Enter open the block · / search again · Esc back" }
}
