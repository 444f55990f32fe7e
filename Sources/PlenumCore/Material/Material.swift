import Foundation

/// A block's basis from a file beside the plan (`material = "survey.csv"`): a survey's answers
/// summarised per segment, or a text the groups get. Kept in the session with the plan, so it
/// shows on any terminal and in every export without the file.
public struct Material: Sendable, Equatable {
    /// What the file holds, ready to show.
    public enum Content: Sendable, Equatable {
        /// A Markdown or plain text, as written (shown wrapped).
        case text(String)
        /// Numbers per segment, one chart per question.
        case table(MaterialTable)
    }

    /// The file's name as the plan gives it (relative to the plan).
    public var file: String
    public var content: Content

    public init(file: String, content: Content) {
        self.file = file
        self.content = content
    }

    /// Whether the file is read as CSV (by its name: `.csv`, `.tsv`).
    public static func isTable(_ file: String) -> Bool {
        let lower = file.lowercased()
        return lower.hasSuffix(".csv") || lower.hasSuffix(".tsv")
    }
}

/// Numbers per segment: the charts of a survey summary (given as a table, or counted from one row
/// per answer).
public struct MaterialTable: Sendable, Equatable {
    /// The columns: segment names as the file gives them (a plan's segment key becomes its name).
    public var segments: [String]
    public var charts: [MaterialChart]
    /// Rows the file had per segment when they were counted from a survey export (nil: a summary given as is).
    public var respondents: [Int]?

    public init(segments: [String], charts: [MaterialChart], respondents: [Int]? = nil) {
        self.segments = segments
        self.charts = charts
        self.respondents = respondents
    }
}

/// One question of a survey: a row per answer (its counts per segment), or a row per question
/// (its mean per segment), or the rows of a summary table as given.
public struct MaterialChart: Sendable, Equatable {
    /// What the numbers are.
    public enum Measure: String, Sendable, Equatable {
        /// How many gave this answer, per segment.
        case count
        /// The mean of a numeric answer, per segment.
        case mean
        /// Numbers as the file gave them.
        case given
    }

    /// One bar row: its label and one value per segment (nil: no answer there).
    public struct Row: Sendable, Equatable {
        public var label: String
        public var values: [Double?]

        public init(label: String, values: [Double?]) {
            self.label = label
            self.values = values
        }
    }

    /// The question (nil for the means of several questions together).
    public var title: String?
    public var measure: Measure
    public var rows: [Row]
    /// Answers not shown as bars because the question is free text (too many different answers).
    public var freeTextAnswers: Int
    /// The largest value a bar can have: for counts each segment's answers, else the chart's largest value.
    public var fullScale: [Double]

    public init(title: String?, measure: Measure, rows: [Row], freeTextAnswers: Int = 0, fullScale: [Double]) {
        self.title = title
        self.measure = measure
        self.rows = rows
        self.freeTextAnswers = freeTextAnswers
        self.fullScale = fullScale
    }

    /// How long a bar of `value` in segment `column` is, out of `width` cells (at least one for any value above 0).
    public func barLength(_ value: Double, column: Int, width: Int) -> Int {
        let full = column < fullScale.count ? fullScale[column] : (fullScale.max() ?? 0)
        guard full > 0, value > 0, width > 0 else { return 0 }
        return max(1, min(width, Int((value / full * Double(width)).rounded())))
    }
}

extension Double {
    /// The number as a report writes it: whole numbers without decimals, others with one, with the
    /// language's decimal mark ("3,8" in Danish).
    public func materialText(_ language: Language) -> String {
        if self == rounded(), abs(self) < 1e15 { return String(Int(self)) }
        let text = String(format: "%.1f", self)
        return language == .da ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
