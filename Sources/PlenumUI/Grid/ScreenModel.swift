import Foundation
import PlenumCore

/// What a screen asks of the run loop, after a key or between keys.
public enum LoopCommand: Sendable, Equatable {
    /// Nothing shown changed.
    case nothing
    /// Something shown may have changed: draw at the next frame.
    case changed
    /// Send the whole screen again (Ctrl-L), then draw.
    case redraw
    /// Ring the terminal's bell, then draw.
    case bell
    /// The screen is done: the loop ends.
    case quit
}

/// One screen the run loop drives, as a bubbletea model: between keys it follows what changed
/// elsewhere (`step`), it is drawn as a pure function of what it holds (`render`), and a key
/// changes it and says what the loop should do (`handle`). The console, the stage, the notes, the
/// table picker, the review and the process all run in the one loop (`ScreenProgram`).
public protocol ScreenModel {
    /// The session's state the screen shows (its facts and its timers decide when a frame is
    /// drawn), or nil for a screen of no session. The loop lets go of it before a key is handled.
    var pacingState: SessionState? { get }
    /// Anything else shown that changes on its own (a seating made in the background), as a number.
    var pacingExtra: Int { get }
    /// The longest wait for a key, in milliseconds (the loop waits less when a timer's second turns).
    var keyWait: Int32 { get }
    /// The time the screen shows.
    func now() -> Date
    /// Between keys: follow other terminals' facts, and say what happened on its own.
    mutating func step() -> LoopCommand
    /// The screen as cells.
    func render(width: Int, height: Int, now: Date) -> Screen
    /// What a key does.
    mutating func handle(_ key: Key) -> LoopCommand
}

extension ScreenModel {
    public var pacingExtra: Int { 0 }
    public var keyWait: Int32 { 250 }
}
