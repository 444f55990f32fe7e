import Foundation
import PlenumCore

/// What the console says by itself between keys, as a pure step of the run loop: what an undo took
/// back (whichever console undid it), a new seating after a check-in changed who is here, a card
/// dealt on its own (then it rings the bell).
public struct ConsoleWatch: Sendable {
    private var announcedUndo: Int64
    private var undoText: String?
    private var lastCard: (BlockID, Int)?
    private var shownRevision: Int?
    private var seatedAttendance: ([String: Fact.Attendance], Int)?

    /// Starts watching a session whose last undo (if any) has been said already.
    public init(_ state: SessionState) {
        announcedUndo = state.lastUndo?.seq ?? 0
    }

    /// Says on `ui` what happened since the last look; true when a card was dealt (ring the bell).
    /// `working`: a seating is being made in the background (its result is said when it is ready).
    public mutating func notice(_ state: SessionState, seating: SeatingCache, working: Bool, now: Date,
                                ui: inout ConsoleUI) -> Bool {
        let strings = ui.strings
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
