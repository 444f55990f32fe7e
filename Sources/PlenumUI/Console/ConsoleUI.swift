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

    public init(strings: UIStrings) {
        self.strings = strings
    }

    /// Keeps the selection on the current block (while following) and inside the agenda.
    public mutating func sync(with state: SessionState) {
        if followsCurrent { selected = state.currentIndex ?? (state.hasEnded ? max(0, state.agenda.count - 1) : 0) }
        selected = max(0, min(selected, state.agenda.count - 1))
    }

    public mutating func say(_ text: String, error: Bool = false) {
        message = text
        messageIsError = error
    }

    /// What a key means here.
    public mutating func handle(_ key: Key, state: SessionState, clock: SessionClock, now: Date) -> Command {
        if let overlay { return handle(key, in: overlay, state: state) }
        message = nil
        let selectedItem = state.agenda.indices.contains(selected) ? state.agenda[selected] : nil
        switch key {
        case .character(" "): return .perform([.startOrPause])
        case .character("n"), .right: followsCurrent = true; return .perform([.next])
        case .character("p"), .left: followsCurrent = true; return .perform([.back])
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
            overlay = .catchUp(CatchUp.propose(state, clock: clock, now: now))
        case .character(let c) where ("1"..."9").contains(c):
            return .perform([.advanceTrack(Int(String(c))! - 1)])
        case .character("w"):
            guard let block = state.noteBlockID else { return .nothing }
            overlay = .wall(WallCursor(block: block))
        case .character("?"), .function(1):
            overlay = .help
        case .character("q"), .control("c"):
            return .quit
        case .control("l"), .resize:
            return .redraw
        default:
            break
        }
        return .nothing
    }

    private mutating func move(_ delta: Int, _ state: SessionState) {
        followsCurrent = false
        selected = max(0, min(state.agenda.count - 1, selected + delta))
    }

    private mutating func handle(_ key: Key, in overlay: Overlay, state: SessionState) -> Command {
        if key == .control("c") { return .quit }
        switch overlay {
        case .help:
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
            let tables = max(1, state.plan.tables.count)
            switch key {
            case .escape, .character("w"), .character("q"): self.overlay = nil
            case .left: cursor.column = max(0, cursor.column - 1)
            case .right: cursor.column = min(tables - 1, cursor.column + 1)
            case .up: cursor.scroll = max(0, cursor.scroll - 1)
            case .down: cursor.scroll += 1
            case .pageUp: cursor.scroll = max(0, cursor.scroll - 10)
            case .pageDown: cursor.scroll += 10
            default: break
            }
            if self.overlay != nil { self.overlay = .wall(cursor) }
        case .confirmDrop(let id, _):
            if key == .escape || key == .character("q") { self.overlay = nil }
            if key == .enter {
                self.overlay = nil
                return .perform([.drop(id)])
            }
        }
        return .nothing
    }
}
