import Foundation
import PlenumCore
import PlenumSession
import PlenumUI

/// The table picker (`note` without `--table`) as a screen of the run loop; `chosen` holds the
/// table once Enter chose one.
struct TablePickerScreen: ScreenModel {
    let session: LiveSession
    private var picker: TablePicker
    private(set) var chosen: TablePicker.Choice?

    init(session: LiveSession, strings: UIStrings) {
        self.session = session
        picker = TablePicker(plan: session.state.plan, strings: strings)
    }

    var pacingState: SessionState? { nil }
    func now() -> Date { Date() }
    mutating func step() -> LoopCommand { .nothing }

    func render(width: Int, height: Int, now: Date) -> Screen {
        picker.render(width: width, height: height, title: session.state.plan.title)
    }

    mutating func handle(_ key: Key) -> LoopCommand {
        switch picker.handle(key) {
        case .nothing: return .changed
        case .quit: return .quit
        case .redraw: return .redraw
        case .chosen(let choice):
            chosen = choice
            return .quit
        }
    }
}

/// The notetaker's screen as a screen of the run loop: it folds in other terminals' facts, and
/// saves post-its (fsync) before the screen shows them as saved.
struct NotesScreen: ScreenModel {
    let session: LiveSession
    let desk: NoteDesk
    let strings: UIStrings
    private var ui: NotesUI
    /// When a save was last tried: one that failed for a dropped connection is tried again by
    /// itself, once a second.
    private var lastSave = Date.distantPast

    init(session: LiveSession, desk: NoteDesk, strings: UIStrings) {
        self.session = session
        self.desk = desk
        self.strings = strings
        ui = NotesUI(strings: strings, desk: desk)
    }

    private var readOnlyReason: String? { session.store.isReadOnly ? strings.readOnlyFile : nil }
    var pacingState: SessionState? { session.state }
    var pacingExtra: Int { readOnlyReason == nil ? 0 : 1 }
    func now() -> Date { session.now() }

    mutating func step() -> LoopCommand {
        try? session.refresh()
        if let again = ui.retrying, Date().timeIntervalSince(lastSave) >= 1 { return save(again, byItself: true) }
        return .nothing
    }

    func render(width: Int, height: Int, now: Date) -> Screen {
        NotesView(state: session.state, clock: session.clock, now: now, ui: ui, readOnlyReason: readOnlyReason)
            .render(width: width, height: height)
    }

    mutating func handle(_ key: Key) -> LoopCommand {
        try? session.refresh()
        switch ui.handle(key, state: session.state) {
        case .nothing: return .changed
        case .quit: return .quit
        case .redraw: return .redraw
        case .perform(let intents): return save(intents)
        }
    }

    /// Saves all the intents in one commit, or none of them; the screen says which (a failed save
    /// rings, unless it was tried again `byItself`).
    private mutating func save(_ intents: [NoteIntent], byItself: Bool = false) -> LoopCommand {
        lastSave = Date()
        do {
            // A file that was read-only may have been made writable meanwhile (the text waited for it).
            _ = session.becomeWritable()
            if let refusal = try session.perform(intents, at: desk) {
                ui.refused(refusal)
                return .changed
            }
            ui.saved(intents)
            ui.ratingsSaved(intents, state: session.state)
            return .changed
        } catch {
            if intents.contains(where: \.isRating) {
                ui.ratingsFailed(error.message(strings.language))
            } else {
                ui.saveFailed(error.message(strings.language), again: error.mayRetry ? intents : nil)
            }
            return byItself ? .changed : .bell
        }
    }
}
