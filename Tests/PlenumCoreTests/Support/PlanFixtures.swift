@testable import PlenumCore

/// Loads plan text the way `plenum check` does, for tests.
func load(_ text: String, language: Language = .en) -> PlanLoader.Outcome {
    PlanLoader.load(Array(text.utf8), defaultLanguage: language)
}

/// The diagnostics of `text` as "LINE:COLUMN: error: message" strings.
func problems(_ text: String) -> [String] {
    load(text).diagnostics.map { d in
        (d.position.map { "\($0.line):\($0.column): " } ?? "") + "\(d.severity.rawValue): \(d.message)"
    }
}

/// A valid minimal plan with `extra` lines appended (blocks, keys …).
func minimalPlan(_ extra: String = "", header: String = "") -> String {
    """
    title = "Dag"
    start = "09:00"
    \(header)
    [tables]
    count = 2
    groups = 2
    seats = 12

    [[blocks]]
    title = "Velkomst"
    kind = "plenum"
    minutes = 15
    \(extra)
    """
}

/// The repository's root folder (for the example plans in sessions/).
let packageRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    while let last = parts.last, last != "Tests" { parts.removeLast() }
    parts.removeLast()
    return parts.joined(separator: "/")
}()
