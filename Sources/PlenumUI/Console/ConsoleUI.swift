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
        let selectedItem = state.agenda.indices.contains(selected) ? state.agenda[selected] : nil
        switch key {
        case .character(" "):
            if let question = ConsoleQuestion.forReopen(in: state) { overlay = .question(question); return .nothing }
            return .perform([.startOrPause])
        case .character("n"), .right:
            followsCurrent = true
            if let question = ConsoleQuestion.forNext(in: state) { overlay = .question(question); return .nothing }
            return .perform([.next])
        case .character("p"), .left: followsCurrent = true; return .perform([.back])
        case .character("u"): return .perform([.undo])
        case .character("+"), .character("="): return .perform([.extend(minutes: 1)])
        case .character("-"): return .perform([.extend(minutes: -1)])
        case .character("c"): return .perform([.dealCard])
        case .up: move(-1, state)
        case .down: move(1, state)
        case .pageUp: move(-10, state)
        case .pageDown: move(10, state)
        case .home: move(-state.agenda.count, state)
        case .end: move(state.agenda.count, state)
        case .enter:
            guard let item = selectedItem else { return .nothing }
            if let question = ConsoleQuestion.forJump(to: item.id, in: state), !state.hasEnded {
                overlay = .question(question)
                return .nothing
            }
            followsCurrent = true
            return .perform([.start(item.id)])
        case .character("e"):
            guard let item = selectedItem else { return .nothing }
            overlay = .form(.edit(item, minutes: state.effectiveMinutes(item.id)))
        case .character("i"):
            overlay = .form(.insert(after: selectedItem?.id))
        case .character("x"):
            guard let item = selectedItem else { return .nothing }
            guard state.status(of: item.id) == .pending || state.status(of: item.id) == .skipped,
                  state.runs[item.id] == nil else {
                say(strings.refusal(.blockHasRun), error: true)
                return .nothing
            }
            overlay = .confirmDrop(item.id, item.block.title)
        case .character("a"):
            // Behind: shorten what is left; ahead again: give shortened blocks their minutes back.
            let proposal = CatchUp.propose(state, clock: clock, now: now)
            let gift = proposal.isNeeded ? nil : CatchUp.giveBack(state, clock: clock, now: now)
            overlay = .catchUp(gift.map { $0.changes.isEmpty ? proposal : $0 } ?? proposal)
        case .character(let c) where ("1"..."9").contains(c):
            return .perform([.advanceTrack(Int(String(c))! - 1)])
        case .character("w"):
            guard let block = state.noteBlockID else { return .nothing }
            overlay = .wall(WallCursor(block: block))
        case .character("T"):
            guard let block = state.noteBlockID else { return .nothing }
            overlay = .themes(ThemesCursor(), WallCursor(block: block))
        case .character("g"):
            overlay = .groups(GroupsCursor(entry: seating.map { GroupsCursor.entry(for: selected, in: $0, state: state) } ?? 0))
        case .character("k"):
            overlay = .checkIn(CheckInCursor())
        case .character("f"):
            return .perform([.showOnStage(state.stageContent == .timer ? .findTable : .timer)])
        case .character("v"):
            overlay = .tally(TallyCursor(block: state.tallyBlock))
        case .character("Q"):
            overlay = .quickWins(QuickWinsCursor())
        case .character("?"), .function(1):
            overlay = .help
            helpScroll = 0
        case .character("q"), .control("c"):
            return .quit
        case .control("l"), .resize:
            return .redraw
        case .character(">"): return .perform([.movePresenter(by: 1)])
        case .character("<"): return .perform([.movePresenter(by: -1)])
        default:
            break
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
        if key == .control("c") { return .quit }
        switch overlay {
        case .help:
            if key == .down || key == .pageDown { helpScroll += key == .down ? 1 : 10 }
            if key == .up || key == .pageUp { helpScroll = max(0, helpScroll - (key == .up ? 1 : 10)) }
            if key == .escape || key == .character("?") || key == .character("q") || key == .enter || key == .function(1) {
                self.overlay = nil
            }
        case .form(var form):
            switch key {
            case .escape:
                self.overlay = nil
            case .tab, .down:
                form.field = (form.field + 1) % form.fieldCount
                self.overlay = .form(form)
            case .backTab, .up:
                form.field = (form.field + form.fieldCount - 1) % form.fieldCount
                self.overlay = .form(form)
            case .enter:
                switch form.intent(strings) {
                case .success(let intent):
                    self.overlay = nil
                    return .perform([intent])
                case .failure(let error):
                    form.error = error.message
                    self.overlay = .form(form)
                }
            default:
                form.edit(key)
                self.overlay = .form(form)
            }
        case .catchUp(let proposal):
            if key == .escape || key == .character("q") { self.overlay = nil }
            if key == .enter {
                self.overlay = nil
                if !proposal.changes.isEmpty { return .perform([.applyCatchUp(proposal)]) }
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
            switch key {
            case .escape, .character("g"), .character("q"): self.overlay = nil
            case .left: cursor.entry = max(0, cursor.entry - 1); cursor.scroll = 0
            case .right: cursor.entry = max(0, min(count - 1, cursor.entry + 1)); cursor.scroll = 0
            case .up: cursor.scroll = max(0, cursor.scroll - 1)
            case .down: cursor.scroll += 1
            case .pageUp: cursor.scroll = max(0, cursor.scroll - 10)
            case .pageDown: cursor.scroll += 10
            case .character("k"): self.overlay = .checkIn(CheckInCursor()); return .nothing
            case .character("f"):
                self.overlay = .groups(cursor)
                return .perform([.showOnStage(state.stageContent == .timer ? .findTable : .timer)])
            default: break
            }
            if self.overlay != nil { self.overlay = .groups(cursor) }
        case .checkIn(var cursor):
            if key == .character("g"), cursor.walkIn == nil, !cursor.searching {
                self.overlay = .groups(GroupsCursor(entry: seating.flatMap { day in
                    day.entryNow(state).flatMap { now in day.entries.firstIndex { $0.round.id == now.round.id } }
                } ?? 0))
                return .nothing
            }
            let (intents, close) = cursor.handle(key, state: state, strings: strings)
            self.overlay = close ? nil : .checkIn(cursor)
            if !intents.isEmpty { return .perform(intents) }
        case .confirmDrop(let id, _):
            if key == .escape || key == .character("q") || key == .character("n") { self.overlay = nil }
            if key == .enter {
                self.overlay = nil
                return .perform([.drop(id)])
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
            if key == .escape || key == .character("q") || key == .character("n") { self.overlay = nil }
            if key == .enter {
                self.overlay = nil
                followsCurrent = true
                return .perform(question.intents)
            }
        }
        return .nothing
    }
}
