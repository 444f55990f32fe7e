import PlenumCore

/// The screen a notetaker starts on without `--table`: every table (and each of its dialog
/// groups) to choose from.
public struct TablePicker: Sendable {
    /// One thing to choose: a table, or one group at it.
    public struct Choice: Sendable, Equatable {
        public var table: String
        public var group: Int?
    }

    public let choices: [Choice]
    public private(set) var selected = 0
    public let strings: UIStrings

    public init(plan: Plan, strings: UIStrings) {
        self.strings = strings
        choices = plan.tables.flatMap { table in
            table.groups > 1 ? (1...table.groups).map { Choice(table: table.name, group: $0) } : [Choice(table: table.name, group: nil)]
        }
    }

    /// What a key asks the run loop to do.
    public enum Command: Sendable, Equatable {
        case nothing, quit, redraw
        case chosen(Choice)
    }

    /// Moves the selection; the choice on Enter.
    public mutating func handle(_ key: Key) -> Command {
        switch NotesKeys.picker.action(for: key) {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(choices.count - 1, selected + 1)
        case .pageUp: selected = max(0, selected - 10)
        case .pageDown: selected = min(choices.count - 1, selected + 10)
        case .choose: return choices.isEmpty ? .nothing : .chosen(choices[selected])
        case .quit: return .quit
        case .redraw: return .redraw
        case nil: break
        }
        return .nothing
    }

    public func render(width: Int, height: Int, title: String) -> Screen {
        if let small = NotesView.minimumSize.refusal(width: width, height: height, strings: strings) { return small }
        var screen = Screen(width: width, height: height)
        screen.titleBar(title, time: nil)
        screen.put(strings.pickTableTitle, row: 2, column: 2, style: .bold, limit: width - 4)
        let top = 4, rows = height - top - 2
        let first = max(0, min(selected - rows / 2, choices.count - rows))
        for (offset, index) in (first..<min(choices.count, first + rows)).enumerated() {
            let choice = choices[index]
            let text = " " + strings.tableChoice(choice.table, group: choice.group) + " "
            screen.put(text, row: top + offset, column: 4, style: index == selected ? .reverse : .plain, limit: width - 6)
        }
        HintBar(NotesKeys.picker.hintBar(strings, width: screen.width - 2)).draw(on: &screen)
        return screen
    }
}
