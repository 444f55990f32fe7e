import PlenumCore

/// The texts of `plenum review`: in English.
extension EnglishUI: ReviewWords {
    var reviewWord: String { "review" }
    var plannedColumn: String { "Plan" }
    var actualColumn: String { "Actual" }
    var skippedWord: String { "skipped" }
    var notRunWord: String { "not run" }
    var runningWord: String { "running" }
    func extendedBy(_ m: Int) -> String { "extended \(m > 0 ? "+" : "")\(m)" }
    func daySummary(planned: String, actual: String, over: Int?) -> String {
        let overText = over.map { $0 == 0 ? "on time"
            : ($0 > 0 ? "\($0) min over" : "\(-$0) min early") }
        return "The day: planned \(planned) · actual \(actual)"
            + (overText.map { " · " + $0 } ?? "")
    }
    var cardsWord: String { "Questions" }
    var noPostItsInBlock: String { "No post-its in this block." }
    func results(_ n: Int) -> String {
        Plural.count(n, "post-it", "post-its") + " found"
    }
    var typeToSearch: String { "Type to search every post-it" }
    var exportTitle: String { "Export" }
    var fileField: String { "File" }
    var anonymousField: String { "Anonymous" }
    var yes: String { "yes" }
    var no: String { "no" }
    var exportHints: ExportHints {
        ExportHints(field: "Tab field", choose: "←/→ choose", write: "Enter write", cancel: "Esc cancel")
    }
    var exportNeedsFile: String { "Type a file name." }
    func exported(_ path: String, bytes: Int) -> String {
        let size = bytes < 10_000 ? "\(bytes) B" : "\(bytes / 1000) kB"
        return "Written: \(path) (\(size))"
    }
    func exportFailed(_ why: String) -> String { "Not written: \(why)" }
    var reviewHints: ReviewHints {
        ReviewHints(block: "↑↓ block", open: "Enter open", search: "/ search", themes: "T themes", export: "x export", quit: "q quit")
    }
    var reviewBlockHints: ReviewBlockHints {
        ReviewBlockHints(scroll: "↑↓ scroll", block: "←→ previous/next block", back: "Esc back")
    }
    var reviewSearchHints: ReviewSearchHints {
        ReviewSearchHints(choose: "↑↓ choose", open: "Enter open the block", again: "/ search again", back: "Esc back")
    }
}
