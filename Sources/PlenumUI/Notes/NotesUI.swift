import Foundation
import PlenumCore

/// What the notetaker's screen holds besides the session: the input line, the chosen kind, the
/// selected post-it, what is being edited, and the last message. Keys change it; saving is the
/// run loop's job, which reports back with `saved()` or `saveFailed(_:)`.
public struct NotesUI: Sendable {
    /// What a key asks the run loop to do.
    public enum Command: Sendable, Equatable {
        case nothing
        case perform([NoteIntent])
        case quit
        case redraw
    }

    public let strings: UIStrings
    public let desk: NoteDesk
    public private(set) var editor = LineEditor(maxLength: PostIt.maxLength)
    public internal(set) var kindIndex = 0
    /// The selected post-it (↑/↓); nil while typing a new one.
    public private(set) var selectedID: String?
    /// The post-it whose text is in the editor, when editing one.
    public private(set) var editingID: String?
    /// The last post-it removed, for `u`.
    public private(set) var lastDeletedID: String?
    /// Choosing the block to move the selected post-it to (its index in the agenda).
    public private(set) var moveTarget: Int?
    /// Tagging the selected post-it with the plan's actors (`a`).
    public private(set) var actorPicker: ActorPicker?
    /// What Ctrl-Z takes back, newest last: the inverse of each saved dot, place, tag or removal.
    private var undoStack: [NoteIntent] = []
    /// The inverses of the intents asked for and not yet saved; the next `saved` keeps them.
    private var pendingUndos: [NoteIntent] = []
    /// The intents being saved are an undo (their inverses are not kept).
    private var undoing = false
    public private(set) var showsHelp = false
    /// How many lines down the help (F1) is scrolled.
    public private(set) var helpScroll = 0
    /// The block's material over the post-its (F2), scrolled this many lines down.
    public internal(set) var showsMaterial = false
    public internal(set) var materialScroll = 0
    public private(set) var message: String?
    public private(set) var messageIsError = false
    /// Lines of a paste waiting to be saved, one post-it each.
    private var pendingLines: [String] = []
    /// The post-it the last Enter added, and the one whose save failed (reused by the next Enter).
    private var lastAddID: String?
    private var unsavedID: String?
    /// A text save that may go through later (a dropped connection), and the line and kind it
    /// was made from: sent again by itself while they stay as they were (see `retrying`).
    var retry: (intents: [NoteIntent], text: String, kind: Int)?
    /// Makes the identity of each new post-it (random in use, counted in tests).
    let makeID: @Sendable () -> String

    public init(strings: UIStrings, desk: NoteDesk, makeID: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() }) {
        self.strings = strings
        self.desk = desk
        self.makeID = makeID
    }

    /// The kinds offered now, and the chosen one (Tab goes on from the kinds to the block's
    /// rating questions, see `ratingQuestion`).
    public func kinds(_ state: SessionState) -> [String] { state.captureKinds(in: state.noteBlockID(at: desk.table)) }
    public func kind(_ state: SessionState) -> String {
        let kinds = kinds(state)
        guard !kinds.isEmpty else { return "" }
        let stop = kindIndex % max(1, kinds.count + ratingQuestions(state).count)
        return kinds[stop < kinds.count ? stop : 0]
    }

    /// The post-its this screen lists: the table's, in the block running now (in tracks, the
    /// track's) and the blocks before it (so a table that presents later sees what it wrote all
    /// day), block by block.
    /// In a vote with `scope = "all"`, every table's post-its of those blocks.
    public func visiblePostIts(_ state: SessionState) -> PostItList {
        guard let block = state.noteBlockID(at: desk.table) else { return PostItList() }
        if state.vote(of: block)?.scope == .all { return state.votablePostIts(in: block, by: voter) }
        return state.board.list(in: state.blocksThrough(block), table: desk.table)
    }

    /// Who this screen votes for: its table, or its group at the table.
    public var voter: Voter { Voter(table: desk.table, group: desk.group) }

    public mutating func say(_ text: String, error: Bool = false) {
        message = text
        messageIsError = error
    }

    // MARK: - Keys

    private mutating func openHelp() {
        showsHelp = true
        helpScroll = 0
    }

    public mutating func handle(_ key: Key, state: SessionState) -> Command {
        if showsHelp {
            // ↑/↓ scroll the help; any other key closes it.
            switch NotesKeys.help.action(for: key) {
            case .down: helpScroll += 1
            case .pageDown: helpScroll += 10
            case .up: helpScroll = max(0, helpScroll - 1)
            case .pageUp: helpScroll = max(0, helpScroll - 10)
            case nil: showsHelp = false
            }
            return .nothing
        }
        switch NotesKeys.anywhere.action(for: key) {
        case .help: openHelp(); return .nothing
        case .material:
            showsMaterial.toggle()
            materialScroll = 0
            return .nothing
        case .redraw: return .redraw
        case .quit: return .quit
        case .restore:
            // Ctrl-Z takes back the last dot, place, tag or removal from anywhere; the line is left as it is.
            guard let last = undoStack.popLast() else {
                say(strings.nothingToUndoHere)
                return .nothing
            }
            undoing = true
            return .perform([last])
        case nil: break
        }
        if actorPicker != nil {
            guard let tag = ActorPicker.route(key, to: &actorPicker, state: state) else { return .nothing }
            pendingUndos.append(.tagActor(id: tag.id, actor: tag.actor, on: !tag.on))
            return .perform([.tagActor(id: tag.id, actor: tag.actor, on: tag.on)])
        }
        if showsMaterial { return handleMaterial(key) }
        if case .paste(let text) = key, moveTarget != nil || selectedID != nil {
            return handleBurst(text, state: state)
        }
        if let target = moveTarget { return handleMove(key, target: target, state: state) }
        if selectedID != nil { return handleSelection(key, state: state) }
        if let question = ratingQuestion(state), editor.text.isEmpty, editingID == nil,
           let command = handleRating(key, question: question, state: state) {
            return command
        }
        return handleTyping(key, state: state)
    }

    /// `fromSelection`: a letter typed while a post-it was selected, which is text whatever it is.
    private mutating func handleTyping(_ key: Key, state: SessionState, fromSelection: Bool = false) -> Command {
        let kind = self.kind(state)
        // In the input line a letter is text: `q` and `?` are keys only while it is empty.
        let empty = editor.text.isEmpty && editingID == nil
        let action = NotesKeys.typing.action(for: key)
        switch action {
        case .save:
            let text = editor.text.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return .nothing }
            lastAddID = nil
            if let id = editingID { return .perform([.edit(id: id, text: text, kind: kind)]) }
            // A post-it that was not saved keeps its identity when Enter is pressed again, so a
            // retry after a save whose outcome was unknown cannot make it twice.
            let id = unsavedID ?? makeID()
            lastAddID = id
            return .perform([.add(id: id, kind: kind, text: text)])
        case .nextKind, .previousKind:
            // After the kinds, the block's rating questions (`rate`).
            let count = max(1, kinds(state).count + ratingQuestions(state).count)
            kindIndex = (kindIndex + (action == .nextKind ? 1 : count - 1)) % count
            return .nothing
        case .cancel:
            if editingID != nil {
                editingID = nil
                editor.clear()
            }
            message = nil
            return .nothing
        case .select:
            let list = visiblePostIts(state)
            if let last = list.last, editingID == nil { selectedID = last.id }
            return .nothing
        case .quitIfEmpty where empty:
            return .quit
        case .helpIfEmpty where editor.text.isEmpty && !fromSelection:
            openHelp()
            return .nothing
        case .quitIfEmpty, .helpIfEmpty, nil:
            break
        }
        switch key {
        case .paste(let pasted) where pasted.contains(where: \.isNewline):
            // The first line goes in at the cursor (finishing the post-it being edited, if one is);
            // every further line is a post-it of its own. Nothing typed is dropped.
            var pieces = pasted.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
            var first = editor
            first.insert(pieces.removeFirst())
            var chopped: [String] = []
            for line in [first.text] + pieces {
                var piece = LineEditor(maxLength: PostIt.maxLength)
                piece.insert(line.trimmingCharacters(in: .whitespaces))
                if piece.hitLimit || first.hitLimit { say(strings.postItTooLong, error: true) }
                chopped.append(piece.text.trimmingCharacters(in: .whitespaces))
            }
            lastAddID = nil
            var intents: [NoteIntent] = []
            if let id = editingID {
                let edited = chopped.removeFirst()
                if edited.isEmpty { editingID = nil } else { intents.append(.edit(id: id, text: edited, kind: kind)) }
            }
            intents += chopped.filter { !$0.isEmpty }.map { .add(id: makeID(), kind: kind, text: $0) }
            guard !intents.isEmpty else { editor.clear(); return .nothing }
            pendingLines = ([first.text] + pieces).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            return .perform(intents)
        default:
            editor.handle(key)
            if editor.hitLimit { say(strings.postItTooLong, error: true) }
            return .nothing
        }
    }

    private mutating func handleSelection(_ key: Key, state: SessionState) -> Command {
        let list = visiblePostIts(state)
        guard let id = selectedID, let index = list.firstIndex(where: { $0.id == id }) else {
            selectedID = nil
            return handleTyping(key, state: state, fromSelection: true)
        }
        if let command = handleVote(key, postIt: list[index], state: state) { return command }
        switch NotesKeys.selected.action(for: key) {
        case .up: selectedID = list[max(0, index - 1)].id
        case .down: selectedID = index + 1 < list.count ? list[index + 1].id : nil
        case .back: selectedID = nil
        case .edit:
            editingID = id
            editor = LineEditor(list[index].text, maxLength: PostIt.maxLength)
            if let k = kinds(state).firstIndex(of: list[index].kind) { kindIndex = k }
            selectedID = nil
        case .delete:
            return .perform([.delete(id: id)])
        case .move:
            moveTarget = state.index(of: list[index].block) ?? 0
        case .markForPlenum:
            return .perform([.markForPlenum(id: id, on: !list[index].forPlenum)])
        case .actors:
            actorPicker = ActorPicker(postItID: id)
        case .restore where lastDeletedID != nil:
            return .perform([.restore(id: lastDeletedID ?? "")])
        case .quit:
            return .quit
        case .restore, nil:
            // Typing while a post-it is selected goes back to the input line.
            if case .character(let c) = key, !c.isWhitespace {
                selectedID = nil
                return handleTyping(key, state: state, fromSelection: true)
            }
        }
        return .nothing
    }

    /// `+`/`-` (and `1`-`9` in a top list) on the selected post-it in a block where the tables
    /// vote; nil for any other key, or outside a vote.
    private mutating func handleVote(_ key: Key, postIt: PostIt, state: SessionState) -> Command? {
        guard let block = state.noteBlockID(at: desk.table), let vote = state.vote(of: block),
              let action = NotesKeys.vote.action(for: key) else { return nil }
        let id = postIt.id
        if !vote.isRanking {
            switch action {
            case .more:
                pendingUndos.append(.dot(id: id, delta: -1))
                return .perform([.dot(id: id, delta: 1)])
            case .less:
                pendingUndos.append(.dot(id: id, delta: 1))
                return .perform([.dot(id: id, delta: -1)])
            case .place: return nil
            }
        }
        let now = state.priorities.rank(in: block, by: voter, of: id)
        let place: Int
        switch action {
        case .more: place = now ?? state.priorities.ranking(in: block, by: voter).count + 1
        case .less: place = 0
        case .place(let n): place = n
        }
        pendingUndos.append(.rank(id: id, place: now ?? 0))
        return .perform([.rank(id: id, place: place)])
    }

    /// Keys that arrived together while a post-it is selected or being moved: each one counts, in
    /// order (a burst that selects, edits and types keeps all of it).
    private mutating func handleBurst(_ text: String, state: SessionState) -> Command {
        var intents: [NoteIntent] = []
        var rest = Substring(text)
        while let c = rest.first, moveTarget != nil || selectedID != nil {
            rest.removeFirst()
            let one: Key = c.isNewline ? .enter : (c == "\t" ? .tab : .character(c))
            if case .perform(let more) = handle(one, state: state) { intents += more }
        }
        if !rest.isEmpty, case .perform(let more) = handle(rest.count == 1 ? .character(rest.first ?? " ") : .paste(String(rest)), state: state) {
            intents += more
        }
        return intents.isEmpty ? .nothing : .perform(intents)
    }

    private mutating func handleMove(_ key: Key, target: Int, state: SessionState) -> Command {
        let count = state.agenda.count
        switch NotesKeys.move.action(for: key) {
        case .up: moveTarget = max(0, target - 1)
        case .down: moveTarget = min(count - 1, target + 1)
        case .cancel: moveTarget = nil
        case .move:
            moveTarget = nil
            guard let id = selectedID, target < count else { return .nothing }
            return .perform([.move(id: id, to: state.agenda[target].id)])
        case nil: break
        }
        return .nothing
    }

    // MARK: - After saving

    /// The intents were saved: clear what they came from.
    public mutating func saved(_ intents: [NoteIntent]) {
        unsavedID = nil
        retry = nil
        lastAddID = nil
        if !undoing { undoStack += pendingUndos }
        pendingUndos = []
        defer { undoing = false }
        for intent in intents {
            switch intent {
            case .add:
                editor.clear()
                pendingLines = []
                say(intents.count > 1 ? strings.postItsSaved(intents.count) : strings.postItSaved)
            case .edit:
                editor.clear()
                editingID = nil
                say(strings.postItSaved)
            case .delete(let id):
                lastDeletedID = id
                if !undoing { undoStack.append(.restore(id: id)) }
                selectedID = nil
                say(strings.postItDeleted)
            case .restore(let id):
                lastDeletedID = nil
                undoStack.removeAll { $0 == .restore(id: id) }
                say(strings.postItRestored)
            case .move:
                selectedID = nil
                say(strings.postItMoved)
            case .markForPlenum(_, let on):
                say(on ? strings.markedForPlenum : strings.unmarkedForPlenum)
            case .dot(_, let delta):
                say(undoing ? strings.undoneVote : (delta > 0 ? strings.dotPlaced : strings.dotRemoved))
            case .rank(_, let place):
                say(undoing ? strings.undoneVote : (place > 0 ? strings.rankPlaced(place) : strings.rankRemoved))
            case .tagActor(_, let actor, let on):
                say(undoing ? strings.undoneVote : strings.actorTagged(actor, on: on))
            case .rate, .withdrawRating:
                break
            }
        }
    }

    /// Saving failed: keep every typed character (a failed paste comes back into the input line).
    /// `again`: the intents, where the save may go through later (the journal could not be
    /// reached); text saves among them are then sent again by the run loop (see `retrying`).
    public mutating func saveFailed(_ reason: String, again: [NoteIntent]? = nil) {
        pendingUndos = []
        undoing = false
        unsavedID = lastAddID
        if !pendingLines.isEmpty {
            editor = LineEditor(pendingLines.joined(separator: " "), maxLength: PostIt.maxLength)
            pendingLines = []
        }
        retry = again.flatMap { Self.isText($0) ? ($0, editor.text, kindIndex) : nil }
        say(retry == nil ? strings.notSaved(reason) : strings.notSavedTryingAgain(reason), error: true)
    }

    /// The engine would not do it (an empty or too long post-it, another table's post-it).
    public mutating func refused(_ refusal: NoteRefusal) {
        retry = nil
        pendingLines = []
        pendingUndos = []
        undoing = false
        say(strings.noteRefusal(refusal), error: true)
    }
}
