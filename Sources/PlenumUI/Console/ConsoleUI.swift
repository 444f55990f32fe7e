import Foundation
import PlenumCore

/// What the console screen shows besides the session itself: the selected agenda row, an open
/// overlay (help, a form, the catch-up proposal, a confirmation) and the last message.
public struct ConsoleUI: Sendable {
    /// A panel over the console that takes the keys while it is open.
    public enum Overlay: Sendable, Equatable {
        case help
        case form(BlockForm)
        case catchUp(CatchUp)
        case confirmDrop(BlockID, String)
        case wall(WallCursor)
        /// The day's themes, opened from the wall (which it returns to).
        case themes(ThemesCursor, WallCursor)
        case groups(GroupsCursor)
        case checkIn(CheckInCursor)
        /// A question before a key that cannot simply be taken back (Enter does it, Esc does not).
        case question(ConsoleQuestion)
        /// The tally of the tables' votes (`v`).
        case tally(TallyCursor)
        /// The day's quick wins in the facilitator's order (`Q`).
        case quickWins(QuickWinsCursor)
    }

    /// What the run loop should do after a key.
    public enum Command: Sendable, Equatable {
        case nothing
        case perform([Intent])
        case quit
        case redraw
    }

    public var selected = 0
    /// The selection follows the current block until the facilitator moves it.
    public var followsCurrent = true
    public var overlay: Overlay?
    public var message: String?
    public var messageIsError = false
    public let strings: UIStrings
    /// The session file as the notetakers and the stage open it (shown in the help and before the day).
    public var sessionPath: String?
    /// How far the help is scrolled (↑/↓ when it is longer than the screen).
    public var helpScroll = 0

    public init(strings: UIStrings) {
        self.strings = strings
    }

    /// Keeps the selection on the current block (while following) and inside the agenda.
    public mutating func sync(with state: SessionState) {
        if followsCurrent { selected = state.currentIndex ?? (state.hasEnded ? max(0, state.agenda.count - 1) : 0) }
        selected = max(0, min(selected, state.agenda.count - 1))
        if case .checkIn(var cursor) = overlay {
            cursor.settle(CheckInRow.rows(state, filter: cursor.search.text))
            overlay = .checkIn(cursor)
        }
    }

    public mutating func say(_ text: String, error: Bool = false) {
        message = text
        messageIsError = error
    }

    /// What a key means here.
    /// `seating` is the day's seating as the console last made it (for `g`).
    public mutating func handle(_ key: Key, state: SessionState, clock: SessionClock, now: Date,
                                seating: DaySeating? = nil) -> Command {
        guard case .paste(let text) = key else { return handleKey(key, state: state, clock: clock, now: now, seating: seating) }
        // Keys typed faster than the screen reads them arrive together. In a line being typed the
        // text goes in whole; Tab and Enter still move and save; elsewhere each character is a key.
        var intents: [Intent] = []
        var run = ""
        func send(_ one: Key) -> Bool {
            switch handleKey(one, state: state, clock: clock, now: now, seating: seating) {
            case .perform(let more): intents += more
            case .quit: return false
            case .nothing, .redraw: break
            }
            return true
        }
        for c in text {
            if takesText, c != "\n", c != "\t" { run.append(c); continue }
            if !run.isEmpty { _ = send(.paste(run)); run = "" }
            if !send(c == "\n" ? .enter : (c == "\t" ? .tab : .character(c))) { return .quit }
        }
        if !run.isEmpty { _ = send(.paste(run)) }
        return intents.isEmpty ? .nothing : .perform(intents)
    }

    private mutating func handleKey(_ key: Key, state: SessionState, clock: SessionClock, now: Date,
                                    seating: DaySeating?) -> Command {
        if let overlay { return handle(key, in: overlay, state: state, seating: seating) }
        message = nil
        guard let action = ConsoleKeys.map.action(for: key) else { return .nothing }
        return perform(action, state: state, clock: clock, now: now, seating: seating)
    }

    /// Does what the console's keymap says a key means.
    private mutating func perform(_ action: ConsoleAction, state: SessionState, clock: SessionClock, now: Date,
                                  seating: DaySeating?) -> Command {
        let selectedItem = state.agenda.indices.contains(selected) ? state.agenda[selected] : nil
        switch action {
        case .startOrPause:
            if let question = ConsoleQuestion.forReopen(in: state) { overlay = .question(question); return .nothing }
            return .perform([.startOrPause])
        case .next:
            followsCurrent = true
            if let question = ConsoleQuestion.forNext(in: state) { overlay = .question(question); return .nothing }
            return .perform([.next])
        case .back: followsCurrent = true; return .perform([.back])
        case .undo: return .perform([.undo])
        case .longer: return .perform([.extend(minutes: 1)])
        case .shorter: return .perform([.extend(minutes: -1)])
        case .dealCard: return .perform([.dealCard])
        case .up: move(-1, state)
        case .down: move(1, state)
        case .pageUp: move(-10, state)
        case .pageDown: move(10, state)
        case .first: move(-state.agenda.count, state)
        case .last: move(state.agenda.count, state)
        case .startSelected:
            guard let item = selectedItem else { return .nothing }
            if let question = ConsoleQuestion.forJump(to: item.id, in: state), !state.hasEnded {
                overlay = .question(question)
                return .nothing
            }
            followsCurrent = true
            return .perform([.start(item.id)])
        case .edit:
            guard let item = selectedItem else { return .nothing }
            overlay = .form(.edit(item, minutes: state.effectiveMinutes(item.id)))
        case .insert:
            overlay = .form(.insert(after: selectedItem?.id))
        case .drop:
            guard let item = selectedItem else { return .nothing }
            guard state.status(of: item.id) == .pending || state.status(of: item.id) == .skipped,
                  state.runs[item.id] == nil else {
                say(strings.refusal(.blockHasRun), error: true)
                return .nothing
            }
            overlay = .confirmDrop(item.id, item.block.title)
        case .catchUp:
            // Behind: shorten what is left; ahead again: give shortened blocks their minutes back.
            let proposal = CatchUp.propose(state, clock: clock, now: now)
            let gift = proposal.isNeeded ? nil : CatchUp.giveBack(state, clock: clock, now: now)
            overlay = .catchUp(gift.map { $0.changes.isEmpty ? proposal : $0 } ?? proposal)
        case .advanceTrack(let track):
            return .perform([.advanceTrack(track)])
        case .wall:
            guard let block = state.noteBlockID else { return .nothing }
            overlay = .wall(WallCursor(block: block))
        case .themes:
            guard let block = state.noteBlockID else { return .nothing }
            overlay = .themes(ThemesCursor(), WallCursor(block: block))
        case .groups:
            overlay = .groups(GroupsCursor(entry: seating.map { GroupsCursor.entry(for: selected, in: $0, state: state) } ?? 0))
        case .checkIn:
            overlay = .checkIn(CheckInCursor())
        case .stage:
            return .perform([.showOnStage(state.stageContent == .timer ? .findTable : .timer)])
        case .priorities:
            overlay = .tally(TallyCursor(block: state.stageContent == .tally ? state.stageTallyBlock : state.tallyBlock))
        case .quickWins:
            overlay = .quickWins(QuickWinsCursor())
        case .help:
            overlay = .help
            helpScroll = 0
        case .quit:
            return .quit
        case .redraw:
            return .redraw
        case .nextPresenter: return .perform([.movePresenter(by: 1)])
        case .previousPresenter: return .perform([.movePresenter(by: -1)])
        }
        return .nothing
    }

    /// Whether the open overlay has a line the facilitator types into (a paste goes there whole).
    private var takesText: Bool {
        switch overlay {
        case .form: return true
        case .checkIn(let cursor): return cursor.walkIn != nil || cursor.searching
        case .wall(let cursor): return cursor.searching || cursor.themeEntry != nil
        case .themes(let cursor, _): return cursor.rename != nil
        default: return false
        }
    }

    private mutating func move(_ delta: Int, _ state: SessionState) {
        followsCurrent = false
        selected = max(0, min(state.agenda.count - 1, selected + delta))
    }

    private mutating func handle(_ key: Key, in overlay: Overlay, state: SessionState, seating: DaySeating?) -> Command {
        switch ConsoleKeys.panels.action(for: key) {
        case .quit: return .quit
        case .redraw: return .redraw
        case nil: break
        }
        switch overlay {
        case .help:
            switch ConsoleKeys.help.action(for: key) {
            case .down: helpScroll += 1
            case .pageDown: helpScroll += 10
            case .up: helpScroll = max(0, helpScroll - 1)
            case .pageUp: helpScroll = max(0, helpScroll - 10)
            case .close: self.overlay = nil
            case nil: break
            }
        case .form(var form):
            switch ConsoleKeys.form.action(for: key) {
            case .cancel:
                self.overlay = nil
            case .nextField:
                form.field = (form.field + 1) % form.fieldCount
                self.overlay = .form(form)
            case .previousField:
                form.field = (form.field + form.fieldCount - 1) % form.fieldCount
                self.overlay = .form(form)
            case .save:
                switch form.intent(strings) {
                case .success(let intent):
                    self.overlay = nil
                    return .perform([intent])
                case .failure(let error):
                    form.error = error.message
                    self.overlay = .form(form)
                }
            case nil:
                form.edit(key)
                self.overlay = .form(form)
            }
        case .catchUp(let proposal):
            switch ConsoleKeys.answer.action(for: key) {
            case .no: self.overlay = nil
            case .yes:
                self.overlay = nil
                if !proposal.changes.isEmpty { return .perform([.applyCatchUp(proposal)]) }
            case nil: break
            }
        case .wall(var cursor):
            switch cursor.handle(key, state: state) {
            case .stay: self.overlay = .wall(cursor)
            case .close: self.overlay = nil
            case .themes: self.overlay = .themes(ThemesCursor(), cursor)
            case .perform(let intents):
                self.overlay = .wall(cursor)
                return .perform(intents)
            }
        case .themes(var cursor, let wall):
            let themes = SessionDigest.themes(of: state)
            let (intents, close) = cursor.handle(key, themes: themes)
            self.overlay = close ? .wall(wall) : .themes(cursor, wall)
            if !intents.isEmpty { return .perform(intents) }
        case .groups(var cursor):
            let count = seating?.entries.count ?? 0
            switch WallKeys.groupsMap.action(for: key) {
            case .close: self.overlay = nil
            case .previousRound: cursor.entry = max(0, cursor.entry - 1); cursor.scroll = 0
            case .nextRound: cursor.entry = max(0, min(count - 1, cursor.entry + 1)); cursor.scroll = 0
            case .up: cursor.scroll = max(0, cursor.scroll - 1)
            case .down: cursor.scroll += 1
            case .pageUp: cursor.scroll = max(0, cursor.scroll - 10)
            case .pageDown: cursor.scroll += 10
            case .checkIn: self.overlay = .checkIn(CheckInCursor()); return .nothing
            case .stage:
                self.overlay = .groups(cursor)
                return .perform([.showOnStage(state.stageContent == .timer ? .findTable : .timer)])
            case nil: break
            }
            if self.overlay != nil { self.overlay = .groups(cursor) }
        case .checkIn(var cursor):
            if cursor.walkIn == nil, !cursor.searching, WallKeys.checkInMap.action(for: key) == .groups {
                self.overlay = .groups(GroupsCursor(entry: seating.flatMap { day in
                    day.entryNow(state).flatMap { now in day.entries.firstIndex { $0.round.id == now.round.id } }
                } ?? 0))
                return .nothing
            }
            let (intents, close) = cursor.handle(key, state: state, strings: strings)
            self.overlay = close ? nil : .checkIn(cursor)
            if !intents.isEmpty { return .perform(intents) }
        case .confirmDrop(let id, _):
            switch ConsoleKeys.answer.action(for: key) {
            case .no: self.overlay = nil
            case .yes:
                self.overlay = nil
                return .perform([.drop(id)])
            case nil: break
            }
        case .tally(var cursor):
            let (intents, close) = cursor.handle(key, state: state)
            self.overlay = close ? nil : .tally(cursor)
            if !intents.isEmpty { return .perform(intents) }
        case .quickWins(var cursor):
            let (intents, close) = cursor.handle(key, state: state)
            self.overlay = close ? nil : .quickWins(cursor)
            if !intents.isEmpty { return .perform(intents) }
        case .question(let question):
            switch ConsoleKeys.answer.action(for: key) {
            case .no: self.overlay = nil
            case .yes:
                self.overlay = nil
                followsCurrent = true
                return .perform(question.intents)
            case nil: break
            }
        }
        return .nothing
    }
}
