import Foundation
import PlenumCore
import PlenumSession
import PlenumTerminal
import PlenumUI

/// The facilitator's console: draw when something shown changed, wait for a key (at most 250 ms),
/// fold in other terminals' facts, turn keys into facts, write them (fsync) and fold them in.
struct ConsoleLoop {
    let session: LiveSession
    let strings: UIStrings
    var startMessage: String?
    /// The session file's full path, for the commands the console shows.
    let sessionPath: String

    func run() {
        let terminal = Terminal()
        defer { terminal.stop() }
        var ui = ConsoleUI(strings: strings)
        ui.sessionPath = sessionPath
        ui.say(startMessage ?? strings.openedMessage(sessionPath))
        var watch = ConsoleWatch(announcedUndo: session.state.lastUndo?.seq ?? 0)
        var pacer = FramePacer()
        let worker = SeatingWorker(seed: session.info.seed)
        while TerminalSignals.stopRequested == nil, !terminal.isGone {
            try? session.refresh()
            // Nothing here keeps a copy of the state past the key: facts are then folded in place.
            guard let command = frame(terminal, &ui, &watch, &pacer, worker) else { continue }
            pacer.invalidate()
            switch command {
            case .nothing:
                break
            case .quit:
                return
            case .redraw:
                terminal.forceRedraw()
            case .perform(let intents):
                perform(intents, ui: &ui, seating: worker)
            }
        }
    }

    /// The plan file's name, for the title bar.
    private var planName: String { (session.info.planFile as NSString).lastPathComponent }

    /// Draws if anything shown changed, then waits for a key and says what it asks for.
    private func frame(_ terminal: Terminal, _ ui: inout ConsoleUI, _ watch: inout ConsoleWatch, _ pacer: inout FramePacer,
                       _ worker: SeatingWorker) -> ConsoleUI.Command? {
        let now = session.now()
        let state = session.state
        ui.sync(with: state)
        worker.request(state)
        let (seating, working) = worker.latest
        if watch.notice(state, seating: seating, working: working, now: now, ui: &ui, strings: strings) {
            terminal.bell()
            pacer.invalidate()
        }
        let (width, height) = terminal.size
        if pacer.needsDraw(state, width: width, height: height, now: now, extra: (seating.revision ?? -1) * 2 + (working ? 1 : 0)) {
            let projection = Projection.project(state, clock: session.clock, now: now)
            let readOnly = session.store.isReadOnly ? strings.readOnlyFile : nil
            terminal.draw(ConsoleView(state: state, projection: projection, clock: session.clock, now: now, ui: ui,
                                      readOnlyReason: readOnly, seating: seating, planName: planName)
                .render(width: width, height: height))
        }
        guard let key = terminal.nextKey(timeout: FramePacer.wait(state, now: now, limit: 250)) else { return nil }
        return ui.handle(key, state: state, clock: session.clock, now: session.now(), seating: seating.seating)
    }

    /// Writes the facts the intents ask for; a block that starts gets its groups fixed with it
    /// (seated by the worker, for who is here as it starts).
    private func perform(_ intents: [Intent], ui: inout ConsoleUI, seating: SeatingWorker) {
        for intent in intents {
            do {
                let now = session.now()
                if let refusal = try session.perform(intent, actor: Identity.actor, at: now, seating: { started in
                    seating.request(started)
                    return seating.current()
                }) {
                    ui.say(strings.refusal(refusal), error: true)
                    continue
                }
                if case .applyCatchUp(let p) = intent { ui.say(p.givesBack ? strings.minutesGivenBack : strings.catchUpApplied) }
                if case .movePresenter = intent, let id = session.state.currentID,
                   let turn = session.state.presenterTurn(id, at: now) { ui.say(strings.presenterMoved(turn.presenter.name)) }
                if case .showOnStage(let content) = intent { ui.say(strings.stageShows(content)) }
            } catch {
                ui.say(strings.saveFailed(error.message), error: true)
            }
        }
    }
}

/// What the console says by itself between keys: what an undo took back (whichever console undid
/// it), a new seating after a check-in, a card dealt on its own (with the bell).
private struct ConsoleWatch {
    var announcedUndo: Int64
    var undoText: String?
    var lastCard: (BlockID, Int)?
    var shownRevision: Int?
    var seatedAttendance: ([String: Fact.Attendance], Int)?

    /// Says what happened since the last look; true when a card was dealt (ring the bell).
    mutating func notice(_ state: SessionState, seating: SeatingCache, working: Bool, now: Date, ui: inout ConsoleUI,
                         strings: UIStrings) -> Bool {
        if let undo = state.lastUndo, undo.seq > announcedUndo, case .undone(let seqs) = undo.fact {
            // Said on every console, whichever one undid it.
            announcedUndo = undo.seq
            undoText = strings.undoneMessage(state.entriesUndone(by: seqs), state: state)
            ui.say(undoText ?? "")
        }
        if seating.revision != shownRevision, !working {
            // A new seating is ready: say so when check-in changed who is here.
            shownRevision = seating.revision
            let attendance = (state.attendance, state.walkIns.count)
            if let before = seatedAttendance, before.0 != attendance.0 || before.1 != attendance.1 {
                if let problem = seating.problem ?? seating.unseatable(state).first?.problem {
                    ui.say(strings.cannotSeat(problem.message), error: true)
                } else {
                    // After an undo, the sentence that says what was undone stays in front.
                    let undone = undoText.flatMap { ui.message == $0 ? $0 + " " : nil } ?? ""
                    ui.say(undone + strings.reseated(seating.pendingRounds(state), seconds: seating.lastDuration))
                }
            }
            seatedAttendance = attendance
        }
        var dealt = false
        if let id = state.currentID, let card = state.currentCard(id, at: now) {
            if let (lastID, lastIndex) = lastCard, lastID == id, card.card > lastIndex {
                ui.say(strings.cardDealtMessage)
                dealt = true
            }
            lastCard = (id, card.card)
        }
        return dealt
    }
}

/// The projector view: draws when something shown changed (a fact, the timer's second, the size),
/// follows the journal every 250 ms; only `q` and Ctrl-C do anything.
struct StageLoop {
    let terminal: Terminal
    let session: LiveSession
    let strings: UIStrings
    /// The track whose room the stage is in, from 0 (nil: the whole day).
    var track: Int?

    func run() {
        let worker = SeatingWorker(seed: session.info.seed)
        var pacer = FramePacer()
        while TerminalSignals.stopRequested == nil, !terminal.isGone {
            try? session.refresh()
            let now = session.now()
            let (width, height) = terminal.size
            let state = session.state
            if state.stageContent == .findTable { worker.request(state) }
            let seating = worker.latest.cache
            if pacer.needsDraw(state, width: width, height: height, now: now, extra: seating.revision ?? -1) {
                let projection = Projection.project(state, clock: session.clock, now: now)
                terminal.draw(StageView(state: state, projection: projection, clock: session.clock, now: now,
                                        strings: strings, seating: seating.seating, track: track).render(width: width, height: height))
            }
            switch terminal.nextKey(timeout: FramePacer.wait(state, now: now, limit: 250)) {
            case .character("q"), .control("c"): return
            case .control("l"): terminal.forceRedraw(); pacer.invalidate()
            case .resize: pacer.invalidate()
            default: break
            }
        }
    }
}
