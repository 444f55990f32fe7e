import Foundation

/// What a facilitator asks for from the console (imperative; the journal records facts).
public enum Intent: Sendable, Equatable {
    /// Space: start the day, or pause / resume the current block.
    case startOrPause
    case next
    case back
    case extend(minutes: Int)
    case dealCard
    case start(BlockID)
    case edit(BlockID, title: String?, minutes: Int?, at: Fact.AnchorChange?)
    case insert(after: BlockID?, title: String, kind: Block.Kind, minutes: Int)
    case drop(BlockID)
    case applyCatchUp(CatchUp)
    case advanceTrack(Int)
    case endDay
    /// Check-in: mark a person as come, absent, gone home or expected again.
    case markAttendance(name: String, status: Fact.Attendance)
    /// Check-in: someone not in the plan came (segment: a key of the plan's segments, or none).
    case addWalkIn(name: String, segment: String?)
    /// Switch the stage between the timer and "find your table".
    case showOnStage(Fact.StageContent, block: BlockID? = nil)
    /// The wall: a dot more (+1) or less (-1) on a post-it.
    case vote(id: String, delta: Int)
    /// The wall: a post-it under a theme (nil or empty: out of its theme).
    case theme(id: String, name: String?)
    /// Themes: a new name for a theme; an existing name merges the two.
    case renameTheme(from: String, to: String)
    /// The wall: a post-it marked as a quick win, or no longer.
    case quickWin(id: String, on: Bool)
    /// A presentation block: the next (+1) or the previous (-1) presenter takes the floor.
    case movePresenter(by: Int)
    /// `u`: take back the facilitator's last change not undone yet.
    case undo
    /// Open an ended day again: the day's end is undone and the last block goes on.
    case reopenDay
    /// Check-in: several people marked at once, as one change (`A`: the rest are absent).
    case markAll(names: [String], status: Fact.Attendance)
    /// Close a block's vote (notetakers can no longer vote), or open it again.
    case closeVote(BlockID, closed: Bool)
    /// The wall: tag a post-it with one of the plan's actors, or take the tag off.
    case tagActor(id: String, actor: String, on: Bool)
    /// The quick wins screen: the day's quick wins in this order (post-it identities).
    case orderQuickWins([String])
}

/// Why the engine would not do what was asked; the console says it in the plan's language.
public enum Refusal: Error, Sendable, Equatable {
    case dayHasEnded
    case dayNotStarted
    case noPreviousBlock
    case noCurrentBlock
    case noCardsLeft
    case noCards
    case blockHasRun
    case tooShort
    case emptyTitle
    case nothingToCatchUp
    case notATracksBlock
    case trackFinished
    case blockHasPostIts
    case unknownPerson
    case emptyName
    case personExists
    case unknownSegment
    case noSuchPostIt
    case noVotes
    case emptyThemeName
    case noSuchTheme
    case noPresenters
    case lastPresenter
    case firstPresenter
    case nothingToUndo
    case dayNotEnded
    case noVote
    case noSuchActor
}

/// Turns intents into facts. Pure: state and now in, facts out; nothing is written here.
public enum Engine {
    public static func facts(for intent: Intent, in state: SessionState, now: Date) -> Result<[Fact], Refusal> {
        switch intent {
        case .startOrPause:
            if state.hasEnded { return .failure(.dayHasEnded) }
            guard state.currentID != nil else {
                guard let first = state.nextItem else { return .failure(.dayHasEnded) }
                return .success((state.hasStarted ? [] : [.dayStarted]) + [.blockStarted(block: first.id)])
            }
            return .success([state.isPaused ? .resumed : .paused])
        case .next:
            if state.hasEnded { return .failure(.dayHasEnded) }
            guard state.currentID != nil else { return facts(for: .startOrPause, in: state, now: now) }
            guard let next = state.nextItem else { return .success([.dayEnded]) }
            return .success([.blockStarted(block: next.id)])
        case .back:
            if state.hasEnded { return .failure(.dayHasEnded) }
            guard let c = state.currentIndex, c > 0 else {
                return .failure(state.hasStarted ? .noPreviousBlock : .dayNotStarted)
            }
            return .success([.blockStarted(block: state.agenda[c - 1].id)])
        case .extend(let minutes):
            guard let c = state.currentID else { return .failure(.noCurrentBlock) }
            if state.effectiveMinutes(c) + minutes < 1 { return .failure(.tooShort) }
            return .success([.extended(block: c, minutes: minutes)])
        case .dealCard:
            guard let c = state.current else { return .failure(.noCurrentBlock) }
            if c.block.kind == .tracks { return state.dealTrackCards(now: now) }
            guard !c.block.cards.isEmpty else { return .failure(.noCards) }
            let shown = state.cardsShown(c.id, at: now).count
            guard shown < c.block.cards.count else { return .failure(.noCardsLeft) }
            return .success([.cardDealt(block: c.id, card: shown)])
        case .start(let id):
            if state.hasEnded { return .failure(.dayHasEnded) }
            if id == state.currentID { return .success(state.isPaused ? [.resumed] : []) }
            return .success((state.hasStarted ? [] : [.dayStarted]) + [.blockStarted(block: id)])
        case .edit(let id, let title, let minutes, let at):
            if let title, title.trimmingCharacters(in: .whitespaces).isEmpty { return .failure(.emptyTitle) }
            if let minutes, minutes < 1 { return .failure(.tooShort) }
            return .success([.blockEdited(block: id, title: title, minutes: minutes, at: at)])
        case .insert(let after, let title, let kind, let minutes):
            if title.trimmingCharacters(in: .whitespaces).isEmpty { return .failure(.emptyTitle) }
            if minutes < 1 { return .failure(.tooShort) }
            let id = "i\(Int64((now.timeIntervalSince1970 * 1000).rounded()))"
            return .success([.blockInserted(block: id, after: after, title: title, kind: kind, minutes: minutes)])
        case .drop(let id):
            if state.runs[id] != nil || state.currentID == id { return .failure(.blockHasRun) }
            if state.board.hasPostIts(in: id) { return .failure(.blockHasPostIts) }
            return .success([.blockDropped(block: id)])
        case .applyCatchUp(let proposal):
            guard !proposal.changes.isEmpty else { return .failure(.nothingToCatchUp) }
            return .success(proposal.facts)
        case .advanceTrack(let track):
            guard let c = state.current else { return .failure(.noCurrentBlock) }
            guard c.block.kind == .tracks, track < c.block.tracks.count else { return .failure(.notATracksBlock) }
            let status = state.trackStatuses(c.id, at: now)
            guard track < status.count, status[track].blockIndex != nil else { return .failure(.trackFinished) }
            return .success([.trackAdvanced(block: c.id, track: track)])
        case .endDay:
            if state.hasEnded { return .failure(.dayHasEnded) }
            return .success([.dayEnded])
        case .markAttendance(let name, let status):
            guard state.isPerson(name) else { return .failure(.unknownPerson) }
            return .success(state.attendance[name, default: .expected] == status ? [] : [.attendanceMarked(name: name, status: status)])
        case .addWalkIn(let name, let segment):
            let name = name.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { return .failure(.emptyName) }
            if state.isPerson(name) { return .failure(.personExists) }
            if let segment, state.plan.segment(segment) == nil { return .failure(.unknownSegment) }
            return .success([.walkInAdded(name: name, segment: segment)])
        case .showOnStage(let content, let block):
            let same = state.stageContent == content && (content != .tally || state.stagedTally == block)
            return .success(same ? [] : [.stageShown(content, block: content == .tally ? block : nil)])
        case .vote(let id, let delta):
            guard let postIt = state.postIt(id), !postIt.deleted else { return .failure(.noSuchPostIt) }
            if delta < 0, postIt.votes == 0 { return .failure(.noVotes) }
            return .success([.voted(id: id, delta: delta < 0 ? -1 : 1)])
        case .theme(let id, let name):
            guard let postIt = state.postIt(id), !postIt.deleted else { return .failure(.noSuchPostIt) }
            let trimmed = name?.trimmingCharacters(in: .whitespaces)
            let theme = (trimmed?.isEmpty ?? true) ? nil : trimmed
            return .success(postIt.theme == theme ? [] : [.themed(id: id, theme: theme)])
        case .renameTheme(let from, let to):
            guard state.themes.contains(from) else { return .failure(.noSuchTheme) }
            let name = to.trimmingCharacters(in: .whitespaces)
            if name.isEmpty { return .failure(.emptyThemeName) }
            return .success(name == from ? [] : [.themeRenamed(from: from, to: name)])
        case .quickWin(let id, let on):
            guard let postIt = state.postIt(id), !postIt.deleted else { return .failure(.noSuchPostIt) }
            return .success(postIt.quickWin == on ? [] : [.quickWinMarked(id: id, on: on)])
        case .movePresenter(let delta):
            guard let c = state.currentID, let turn = state.presenterTurn(c, at: now) else { return .failure(.noPresenters) }
            let target = turn.index + (delta < 0 ? -1 : 1)
            if target < 0 { return .failure(.firstPresenter) }
            if target >= turn.count { return .failure(.lastPresenter) }
            return .success([.presenterStarted(block: c, presenter: target)])
        case .undo:
            guard let change = state.lastUndoableChange else { return .failure(.nothingToUndo) }
            return .success([.undone(seqs: change.seqs)])
        case .reopenDay:
            guard let change = state.dayEndingChange else { return .failure(.dayNotEnded) }
            return .success([.undone(seqs: change.seqs)])
        case .closeVote, .tagActor, .orderQuickWins:
            return priorityFacts(for: intent, in: state)
        case .markAll(let names, let status):
            return .success(names.filter { state.isPerson($0) && state.attendance[$0, default: .expected] != status }
                .map { .attendanceMarked(name: $0, status: status) })
        }
    }
}
