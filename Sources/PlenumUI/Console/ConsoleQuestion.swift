import PlenumCore

/// A question the console asks before a key that cannot simply be taken back: a jump that skips
/// blocks, the end of the day, reopening an ended day. Enter does it, Esc does not.
public enum ConsoleQuestion: Sendable, Equatable {
    /// Start `block` now, skipping these blocks (titles, with a fixed time where they have one).
    case jump(BlockID, title: String, skipped: [SkippedBlock])
    /// `n` on the last block: the day ends.
    case endDay(lastTitle: String)
    /// The day has ended: open it again, the last block going on.
    case reopen(lastTitle: String?)

    /// A block a jump would skip.
    public struct SkippedBlock: Sendable, Equatable {
        public var title: String
        public var at: ClockTime?
    }

    /// What Enter does.
    public var intents: [Intent] {
        switch self {
        case .jump(let id, _, _): return [.start(id)]
        case .endDay: return [.next]
        case .reopen: return [.reopenDay]
        }
    }

    /// The question a jump to `id` needs, or nil when it skips nothing (the next block, a block
    /// that ran, a block before the current one).
    public static func forJump(to id: BlockID, in state: SessionState) -> ConsoleQuestion? {
        guard let target = state.index(of: id), id != state.currentID else { return nil }
        let from = state.currentIndex.map { $0 + 1 } ?? 0
        guard from < target else { return nil }
        let skipped = state.agenda[from..<target].filter { state.runs[$0.id] == nil }
        guard !skipped.isEmpty else { return nil }
        return .jump(id, title: state.agenda[target].block.title,
                     skipped: skipped.map { SkippedBlock(title: $0.block.title, at: $0.block.at) })
    }

    /// The question `n` needs: on the last block it ends the day.
    public static func forNext(in state: SessionState) -> ConsoleQuestion? {
        guard let current = state.current, state.nextItem == nil, !state.hasEnded else { return nil }
        return .endDay(lastTitle: current.block.title)
    }

    /// The question Space asks on an ended day.
    public static func forReopen(in state: SessionState) -> ConsoleQuestion? {
        guard state.hasEnded, state.dayEndingChange != nil else { return nil }
        let last = state.agenda.last { state.runs[$0.id] != nil }
        return .reopen(lastTitle: last?.block.title)
    }

    /// Title, lines and footer of the box that asks.
    func box(_ strings: UIStrings, maxLines: Int) -> (title: String, lines: [(String, Style)], footer: String) {
        switch self {
        case .jump(_, let title, let skipped):
            var lines: [(String, Style)] = [(strings.jumpQuestion(title), .bold), (strings.jumpSkips(skipped.count), .plain)]
            let room = max(1, maxLines - 2)
            let shown = skipped.count > room ? Array(skipped.prefix(room - 1)) : skipped
            for block in shown {
                lines.append(("  – " + block.title + (block.at.map { " " + strings.fixedAt($0) } ?? ""),
                              block.at != nil ? .warning : .plain))
            }
            if shown.count < skipped.count { lines.append(("  " + strings.andMore(skipped.count - shown.count), .dim)) }
            return (strings.jumpTitle, lines, ConsoleKeys.answerBar(strings, yes: strings.answerHints.skip))
        case .endDay(let last):
            return (strings.endDayTitle, [(strings.endDayQuestion(last), .bold), (strings.endDayReopenNote, .plain)],
                    ConsoleKeys.answerBar(strings, yes: strings.answerHints.endDay))
        case .reopen(let last):
            return (strings.reopenTitle, [(strings.reopenQuestion(last), .bold)],
                    ConsoleKeys.answerBar(strings, yes: strings.answerHints.reopen))
        }
    }
}
