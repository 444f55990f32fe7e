/// The learning of a process side by side: for each theme (the core task the post-its were gathered
/// under) what every held day said about it — its dots, its post-its, its quick wins with their
/// dots and actors — so bootcamps I and II can be read next to each other and carried forward.
public struct ProcessLearning: Sendable {
    /// A held day with learning: a column.
    public struct Column: Sendable {
        public var id: String
        public var title: String
    }

    /// A quick win as it is carried: its text, its dots and who acts on it, where the post-it says.
    public struct QuickWin: Sendable, Equatable {
        public var text: String
        public var votes: Int
        public var actor: String?
    }

    /// What one day said about one theme.
    public struct Cell: Sendable {
        public var votes: Int
        public var postIts: Int
        public var quickWins: [QuickWin]
    }

    /// One theme across the days (nil where a day did not have it).
    public struct Row: Sendable {
        /// nil for the quick wins that are under no theme.
        public var theme: String?
        public var cells: [Cell?]
        public var votes: Int { cells.reduce(0) { $0 + ($1?.votes ?? 0) } }
    }

    public let columns: [Column]
    public let rows: [Row]

    public init(days: [ProcessDayInfo]) {
        let held = days.filter { $0.learning.map { !$0.themes.isEmpty || !$0.quickWins.isEmpty } ?? false }
        columns = held.map { Column(id: $0.day.id, title: $0.title) }
        var names: [String] = []
        var keyOf: [String: Int] = [:]
        for day in held {
            for theme in day.learning?.themes ?? [] {
                let key = Self.key(theme.name)
                if keyOf[key] == nil { keyOf[key] = names.count; names.append(theme.name) }
            }
        }
        var rows = names.map { Row(theme: $0, cells: Array(repeating: nil, count: held.count)) }
        var loose = Row(theme: nil, cells: Array(repeating: nil, count: held.count))
        for (column, day) in held.enumerated() {
            guard let learning = day.learning else { continue }
            for theme in learning.themes {
                guard let row = keyOf[Self.key(theme.name)] else { continue }
                rows[row].cells[column] = Cell(votes: theme.votes, postIts: theme.postIts.count,
                                               quickWins: theme.postIts.filter(\.quickWin).map { Self.quickWin($0, tagged: learning.actors) })
            }
            let unthemed = learning.quickWins.filter { $0.theme == nil }
            if !unthemed.isEmpty {
                loose.cells[column] = Cell(votes: unthemed.reduce(0) { $0 + $1.votes }, postIts: unthemed.count,
                                           quickWins: unthemed.map { Self.quickWin($0, tagged: learning.actors) })
            }
        }
        rows.sort { $0.votes > $1.votes }
        if loose.cells.contains(where: { $0 != nil }) { rows.append(loose) }
        self.rows = rows
    }

    public var isEmpty: Bool { columns.isEmpty }

    /// Themes are the same across days when their names are, ignoring case and spaces at the ends.
    static func key(_ name: String) -> String { name.lowercased().strippingEnds(of: " \t") }

    /// A quick win with its actor: the actors it was tagged with, else one written in its text.
    static func quickWin(_ postIt: PostIt, tagged: [String: [String]] = [:]) -> QuickWin {
        let parts = ActorText.split(postIt.text)
        let tags = tagged[postIt.id] ?? []
        return QuickWin(text: parts.text, votes: postIt.votes, actor: tags.isEmpty ? parts.actor : tags.joined(separator: ", "))
    }

    /// "Ny hjemmeside (3 prikker; aktør: IT)".
    public static func describe(_ win: QuickWin, words: ProcessWords) -> String {
        var about: [String] = []
        if win.votes > 0 { about.append(words.dots(win.votes)) }
        if let actor = win.actor { about.append(words.actor(actor)) }
        return about.isEmpty ? win.text : "\(win.text) (\(about.joined(separator: "; ")))"
    }

    /// "12 prikker · 8 post-its".
    public static func summary(_ cell: Cell, words: ProcessWords) -> String {
        (cell.votes > 0 ? [words.dots(cell.votes)] : []) .appending(words.postIts(cell.postIts)).joined(separator: " · ")
    }
}

private extension Array {
    func appending(_ element: Element) -> [Element] { self + [element] }
}
