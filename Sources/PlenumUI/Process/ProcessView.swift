import PlenumCore

/// `plenum process`'s screen: the process timeline (phases, days with their state, milestones,
/// today) or the learning side by side, scrolled; a pure function of the text and the state.
public struct ProcessView {
    /// Which page is shown and how far it is scrolled.
    public struct UI: Sendable, Equatable {
        public var showsLearning = false
        public var scroll = 0

        public init() {}

        /// What a key does: false when it quits.
        public mutating func handle(_ key: Key) -> Bool {
            switch ReviewKeys.process.action(for: key) {
            case .quit: return false
            case .switchPage:
                showsLearning.toggle()
                scroll = 0
            case .down: scroll += 1
            case .up: scroll = max(0, scroll - 1)
            case .pageDown: scroll += 10
            case .pageUp: scroll = max(0, scroll - 10)
            case .top: scroll = 0
            case nil: break
            }
            return true
        }
    }

    let text: ProcessText
    let ui: UI

    public init(text: ProcessText, ui: UI) {
        self.text = text
        self.ui = ui
    }

    public func render(width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        guard width >= 20, height >= 4 else { return screen }
        let words = text.words
        screen.titleBar(text.timeline.process.title, time: ui.showsLearning ? words.learning : words.timeline)
        let lines = ui.showsLearning ? text.learningLines(width: width - 2) : text.timelineLines(width: width - 2)
        // The first line (the title, or the learning's heading) is in the title bar.
        let body = Array(lines.dropFirst())
        let rows = height - 2
        let first = max(0, min(ui.scroll, body.count - rows))
        for (offset, line) in body.dropFirst(first).prefix(rows).enumerated() {
            let style = Self.style(line.kind)
            if line.kind == .today { screen.fill(row: 1 + offset, style: style) }
            _ = screen.put(line.text, row: 1 + offset, column: 1, style: style, limit: width - 2)
        }
        HintBar(ReviewKeys.process.hintBar(words.language.ui, width: width - 2)).draw(on: &screen)
        return screen
    }

    static func style(_ kind: ProcessText.Line.Kind) -> Style {
        switch kind {
        case .title, .heading, .phase: return .bold
        case .day(.held): return .good
        case .day(.rehearsed): return .accent
        case .day(.planned), .plain: return .plain
        case .milestone: return .warning
        case .today: return .reverse
        case .dim: return .dim
        }
    }
}
