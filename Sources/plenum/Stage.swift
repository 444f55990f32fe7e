import ArgumentParser
import Foundation
import PlenumCore
import PlenumSession
import PlenumTerminal
import PlenumUI

/// `plenum stage SESSION [--track N|ROOM]`: the projector view, read-only, following the session
/// live; with `--track`, the projector in one track's room.
struct Stage: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show the projector view of a running session (q quits).")

    @Argument(help: "The session: a file (.plenum) or a server URL (postgres://user@host/database?session=name).")
    var session: String

    @Option(help: "da or en (default: the plan's).")
    var lang: Language?

    @Option(help: "This stage is in one track's room: the track's number (1, 2 …), its room or its title.")
    var track: String?

    func run() throws {
        // A track that the plan does not have is refused at once, where the session file is there to tell.
        if track != nil, FileManager.default.fileExists(atPath: session) {
            let live = try LiveSession.open(path: session, readOnly: true, language: lang)
            _ = try trackIndex(in: live.state.plan, strings: (lang ?? live.state.plan.language).ui)
        }
        let said = (lang ?? Environment.language).ui
        try TerminalCheck.require(said.stageNeedsTerminal, strings: said)
        Prompt.askBeforeTheScreen(for: session)
        let terminal = Terminal()
        defer { terminal.stop() }
        // Started before the console made the file: the projector waits for it.
        guard let live = try SessionWait.open(session, readOnly: true, terminal: terminal,
                                              strings: said) else { return }
        let strings = (lang ?? live.state.plan.language).ui
        var screen = StageScreen(session: live, strings: strings, track: try trackIndex(in: live.state.plan, strings: strings))
        ScreenProgram(terminal: terminal).run(&screen)
    }

    /// The track `--track` names (a number from 1, a room or a title, in any case), from 0; nil without it.
    func trackIndex(in plan: Plan, strings: UIStrings) throws -> Int? {
        guard let given = track else { return nil }
        let tracks = plan.blocks.first { $0.kind == .tracks }?.tracks ?? []
        let wanted = given.trimmingCharacters(in: .whitespaces).lowercased()
        if let n = Int(wanted), tracks.indices.contains(n - 1) { return n - 1 }
        if let i = tracks.firstIndex(where: { $0.room?.lowercased() == wanted || $0.title.lowercased() == wanted }) { return i }
        guard !tracks.isEmpty else {
            throw UserError(strings.noParallelTracks)
        }
        let choices = tracks.enumerated().map { i, t in "\(i + 1)" + (t.room.map { " (\($0))" } ?? "") }
        throw UserError(strings.unknownTrack(given, choices))
    }
}

/// The projector view as a screen of the run loop: it follows the journal; only `q`, Ctrl-C and
/// Ctrl-L do anything.
struct StageScreen: ScreenModel {
    let session: LiveSession
    let strings: UIStrings
    /// The track whose room the stage is in, from 0 (nil: the whole day).
    let track: Int?
    private let worker: SeatingWorker

    init(session: LiveSession, strings: UIStrings, track: Int?) {
        self.session = session
        self.strings = strings
        self.track = track
        worker = SeatingWorker(seed: session.info.seed)
    }

    var pacingState: SessionState? { session.state }
    var pacingExtra: Int { worker.latest.cache.revision ?? -1 }
    func now() -> Date { session.now() }

    mutating func step() -> LoopCommand {
        try? session.refresh()
        if session.state.stageContent == .findTable { worker.request(session.state) }
        return .nothing
    }

    func render(width: Int, height: Int, now: Date) -> Screen {
        let state = session.state
        let projection = Projection.project(state, clock: session.clock, now: now)
        return StageView(state: state, projection: projection, clock: session.clock, now: now,
                         strings: strings, seating: worker.latest.cache.seating, track: track).render(width: width, height: height)
    }

    mutating func handle(_ key: Key) -> LoopCommand {
        switch ReviewKeys.stage.action(for: key) {
        case .quit: return .quit
        // A resize is drawn at the new size; Ctrl-L sends the whole screen again.
        case .redraw: return key == .resize ? .changed : .redraw
        case nil: return .nothing
        }
    }
}
