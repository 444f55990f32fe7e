import Foundation
import PlenumCore
import PlenumSession
import PlenumTerminal
import PlenumUI

/// The facilitator's console as a screen of the run loop: between keys it folds in other
/// terminals' facts and says what happened on its own (`ConsoleWatch`); a key becomes intents,
/// whose facts are written (fsync) and folded in.
struct ConsoleScreen: ScreenModel {
    let session: LiveSession
    let strings: UIStrings
    private var ui: ConsoleUI
    private var watch: ConsoleWatch
    private let worker: SeatingWorker
    /// The plan file's name, for the title bar.
    private let planName: String

    /// `sessionPath`: the session file's full path, for the commands the console shows.
    init(session: LiveSession, strings: UIStrings, startMessage: String?, sessionPath: String) {
        self.session = session
        self.strings = strings
        ui = ConsoleUI(strings: strings)
        ui.sessionPath = sessionPath
        ui.say(startMessage ?? strings.openedMessage(sessionPath))
        watch = ConsoleWatch(session.state)
        worker = SeatingWorker(seed: session.info.seed)
        planName = (session.info.planFile as NSString).lastPathComponent
    }

    var pacingState: SessionState? { session.state }
    var pacingExtra: Int {
        let (seating, working) = worker.latest
        return (seating.revision ?? -1) * 2 + (working ? 1 : 0)
    }
    func now() -> Date { session.now() }

    mutating func step() -> LoopCommand {
        try? session.refresh()
        let state = session.state
        ui.sync(with: state)
        worker.request(state)
        let (seating, working) = worker.latest
        return watch.notice(state, seating: seating, working: working, now: session.now(), ui: &ui) ? .bell : .nothing
    }

    func render(width: Int, height: Int, now: Date) -> Screen {
        let state = session.state
        let projection = Projection.project(state, clock: session.clock, now: now)
        let readOnly = session.store.isReadOnly ? strings.readOnlyFile : nil
        return ConsoleView(state: state, projection: projection, clock: session.clock, now: now, ui: ui,
                           readOnlyReason: readOnly, seating: worker.latest.cache, planName: planName)
            .render(width: width, height: height)
    }

    mutating func handle(_ key: Key) -> LoopCommand {
        // Nothing here keeps a copy of the state past the key: facts are then folded in place.
        switch ui.handle(key, state: session.state, clock: session.clock, now: session.now(), seating: worker.latest.cache.seating) {
        case .nothing: return .changed
        case .quit: return .quit
        case .redraw: return .redraw
        case .perform(let intents):
            perform(intents)
            return .changed
        }
    }

    /// Writes the facts the intents ask for; a block that starts gets its groups fixed with it
    /// (seated by the worker, for who is here as it starts).
    private mutating func perform(_ intents: [Intent]) {
        for intent in intents {
            do {
                let now = session.now()
                let worker = worker
                if let refusal = try session.perform(intent, actor: Identity.actor, at: now, seating: { started in
                    worker.request(started)
                    return worker.current()
                }) {
                    ui.say(strings.refusal(refusal), error: true)
                    continue
                }
                if case .applyCatchUp(let p) = intent { ui.say(p.givesBack ? strings.minutesGivenBack : strings.catchUpApplied) }
                if case .movePresenter = intent, let id = session.state.currentID,
                   let turn = session.state.presenterTurn(id, at: now) { ui.say(strings.presenterMoved(turn.presenter.name)) }
                if case .showOnStage(let content, _) = intent { ui.say(strings.stageShows(content)) }
                if case .closeVote(_, let closed) = intent { ui.say(strings.voteClosedMessage(closed)) }
            } catch {
                ui.say(strings.saveFailed(error.message(strings.language)), error: true)
            }
        }
    }
}
