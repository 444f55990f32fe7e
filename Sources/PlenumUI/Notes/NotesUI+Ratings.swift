import Foundation
import PlenumCore

/// The evaluation on the notetaker's screen: after the kinds, Tab stops at each of the block's
/// `rate` questions; there each digit is one rating (the table's, or each participant's in turn),
/// Backspace takes the table's last rating of the question back, Enter goes to the next question.
/// And F2: the block's material over the post-its.
extension NotesUI {
    /// The running block's rating questions (none in a block without `rate`).
    public func ratingQuestions(_ state: SessionState) -> [String] {
        state.noteBlockID(at: desk.table).flatMap(state.anyBlock)?.rate ?? []
    }

    /// The question Tab stopped at, from 0; nil while the line takes post-its.
    public func ratingQuestion(_ state: SessionState) -> Int? {
        let questions = ratingQuestions(state)
        guard !questions.isEmpty else { return nil }
        let kinds = kinds(state).count
        let stop = kindIndex % (kinds + questions.count)
        return stop >= kinds ? stop - kinds : nil
    }

    /// A key at a rating question with an empty line: nil hands it on to typing (a letter goes
    /// back to the post-it kinds, so nothing typed is lost).
    mutating func handleRating(_ key: Key, question: Int, state: SessionState) -> Command? {
        guard let block = state.noteBlockID(at: desk.table), let scale = state.anyBlock(block)?.scale else { return nil }
        switch NotesKeys.rating.action(for: key) {
        case .rate:
            if case .character(let c) = key { return rate(String(c), question: question, scale: scale) }
            return nil
        case .withdraw:
            guard let last = state.lastRating(block, table: desk.table, question: question) else { return .nothing }
            say(strings.ratingWithdrawn(last.value))
            return .perform([.withdrawRating(id: last.id)])
        case .nextQuestion:
            kindIndex += 1
            return .nothing
        case .back:
            kindIndex = 0
            return .nothing
        case nil:
            break
        }
        switch key {
        case .character("0"):
            return rate("0", question: question, scale: scale)
        case .paste(let text) where text.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == " " || $0 == "," || $0.isNewline }):
            return rate(text, question: question, scale: scale)
        case .paste:
            // Text that is not only digits is a post-it (or several): back to the first kind.
            kindIndex = 0
            return nil
        case .character(let c) where !c.isWhitespace && c != "q" && c != "?":
            // A letter starts a post-it: back to the first kind, the letter in the line.
            kindIndex = 0
            return nil
        default:
            return nil
        }
    }

    /// One rating intent per digit in `digits`; a digit off the scale is refused with a sentence.
    private mutating func rate(_ digits: String, question: Int, scale: Int) -> Command {
        let values = digits.compactMap { $0.wholeNumberValue }
        guard values.allSatisfy({ (1...scale).contains($0) }) else {
            say(strings.ratingOutOfScale(scale), error: true)
            return .nothing
        }
        guard !values.isEmpty else { return .nothing }
        return .perform(values.map { .rate(id: makeID(), question: question, value: $0) })
    }

    /// The ratings were saved: say so with the question's count.
    public mutating func ratingsSaved(_ intents: [NoteIntent], state: SessionState) {
        guard case .rate(_, let question, let value)? = intents.last,
              let block = state.noteBlockID(at: desk.table) else { return }
        let questions = ratingQuestions(state)
        let total = state.ratingBoard.ratings(in: block, table: desk.table).filter { $0.question == question }.count
        if questions.indices.contains(question) { say(strings.ratingSaved(questions[question], value, total: total)) }
    }

    /// Saving ratings failed: say so; the digits are typed again (nothing was saved).
    public mutating func ratingsFailed(_ reason: String) {
        say(strings.ratingNotSaved(reason), error: true)
    }

    /// While the material is shown: ↑/↓ and PgUp/PgDn scroll it, Esc or `q` closes it (F2 too,
    /// from `handle`).
    mutating func handleMaterial(_ key: Key) -> Command {
        switch NotesKeys.material.action(for: key) {
        case .close: showsMaterial = false
        case .down: materialScroll += 1
        case .up: materialScroll = max(0, materialScroll - 1)
        case .pageDown: materialScroll += 10
        case .pageUp: materialScroll = max(0, materialScroll - 10)
        case .top: materialScroll = 0
        case nil: break
        }
        return .nothing
    }
}
