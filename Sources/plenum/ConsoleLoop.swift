import Foundation
import PlenumCore
import PlenumStore
import PlenumTerminal
import PlenumUI

/// The facilitator's console: draw, wait for a key (at most 250 ms), fold in other terminals'
/// facts, turn keys into facts, write them (fsync) and fold them in.
struct ConsoleLoop {
    let session: LiveSession
    let strings: UIStrings
    var startMessage: String?

    func run() {
        let terminal = Terminal()
        defer { terminal.stop() }
        var ui = ConsoleUI(strings: strings)
        if let startMessage { ui.say(startMessage) }
        let planName = (session.info.planFile as NSString).lastPathComponent
        var lastCard: (BlockID, Int)?
        let worker = SeatingWorker(seed: session.info.seed)
        var shownRevision: Int?
        var seatedAttendance: ([String: Fact.Attendance], Int)?
        var announcedUndo = session.state.lastUndo?.seq ?? 0
        var undoText: String?
        while TerminalSignals.stopRequested == nil, !terminal.isGone {
            try? session.refresh()
            let now = session.now()
            let state = session.state
            ui.sync(with: state)
            if let undo = state.lastUndo, undo.seq > announcedUndo, case .undone(let seqs) = undo.fact {
                // Said on every console, whichever one undid it.
                announcedUndo = undo.seq
                undoText = strings.undoneMessage(state.entriesUndone(by: seqs), state: state)
                ui.say(undoText ?? "")
            }
            worker.request(state)
            let (seating, working) = worker.latest
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
            if let id = state.currentID, let card = state.currentCard(id, at: now) {
                if let (lastID, lastIndex) = lastCard, lastID == id, card.card > lastIndex {
                    terminal.bell()
                    ui.say(strings.cardDealtMessage)
                }
                lastCard = (id, card.card)
            }
            let (width, height) = terminal.size
            let projection = Projection.project(state, clock: session.clock, now: now)
            let readOnly = session.store.isReadOnly ? strings.readOnlyFile : nil
            terminal.draw(ConsoleView(state: state, projection: projection, clock: session.clock, now: now, ui: ui,
                                      readOnlyReason: readOnly, seating: seating, planName: planName)
                .render(width: width, height: height))
            guard let key = terminal.nextKey(timeout: 250) else { continue }
            switch ui.handle(key, state: state, clock: session.clock, now: session.now(), seating: seating.seating) {
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

    /// Writes the facts the intents ask for; a block that starts gets its groups fixed with it.
    private func perform(_ intents: [Intent], ui: inout ConsoleUI, seating: SeatingWorker) {
        for intent in intents {
            // An undo takes back the last change in the file, another console's of a moment ago too.
            if intent == .undo || intent == .reopenDay { try? session.refresh(force: true) }
            let now = session.now()
            switch Engine.facts(for: intent, in: session.state, now: now) {
            case .failure(let refusal):
                ui.say(strings.refusal(refusal), error: true)
            case .success(var facts):
                for fact in facts {
                    // Seated for who is here now (a check-in a moment ago included), then fixed; in
                    // tracks, each track's block as it starts.
                    let id: BlockID
                    switch fact {
                    case .blockStarted(let block), .trackAdvanced(let block, _): id = block
                    default: continue
                    }
                    seating.request(session.state)
                    let formed = seating.current().formationFacts(starting: id, state: session.state)
                    facts += SessionSeating.formingNow(formed, when: fact, state: session.state)
                }
                guard !facts.isEmpty else { continue }
                do {
                    try session.record(facts, actor: Identity.actor, at: now)
                    if case .applyCatchUp = intent { ui.say(strings.catchUpApplied) }
                    if case .showOnStage(let content) = intent { ui.say(strings.stageShows(content)) }
                } catch {
                    ui.say(strings.saveFailed(error.message), error: true)
                }
            }
        }
    }
}

/// The projector view: redraw at least every 250 ms from the journal; only `q` and Ctrl-C do anything.
struct StageLoop {
    let terminal: Terminal
    let session: LiveSession
    let strings: UIStrings
    /// The track whose room the stage is in, from 0 (nil: the whole day).
    var track: Int?

    func run() {
        let worker = SeatingWorker(seed: session.info.seed)
        while TerminalSignals.stopRequested == nil, !terminal.isGone {
            try? session.refresh()
            let now = session.now()
            let (width, height) = terminal.size
            let projection = Projection.project(session.state, clock: session.clock, now: now)
            if session.state.stageContent == .findTable { worker.request(session.state) }
            terminal.draw(StageView(state: session.state, projection: projection, clock: session.clock, now: now,
                                    strings: strings, seating: worker.latest.cache.seating, track: track).render(width: width, height: height))
            switch terminal.nextKey(timeout: 250) {
            case .character("q"), .control("c"): return
            case .control("l"): terminal.forceRedraw()
            default: break
            }
        }
    }
}
