import Foundation
import PlenumTerminal
import PlenumUI

/// The one run loop, as bubbletea's Program: follow what changed elsewhere, draw when something
/// shown changed (`FramePacer`: a fact, a key, the size, the second the timers show), wait for a key
/// (no longer than until the timer's next second), hand it to the screen, do what it says. Every
/// screen (console, stage, notes, table picker, review, process) runs here.
struct ScreenProgram {
    let terminal: Terminal

    /// Runs `model` until it quits, the terminal goes away or a signal asks plenum to stop.
    func run<Model: ScreenModel>(_ model: inout Model) {
        var pacer = FramePacer()
        while TerminalSignals.stopRequested == nil, !terminal.isGone {
            guard obey(model.step(), &pacer) else { return }
            let now = model.now()
            let (width, height) = terminal.size
            // The state is read for this frame only: nothing holds it while a key's facts are folded.
            if pacer.needsDraw(model.pacingState, width: width, height: height, now: now, extra: model.pacingExtra) {
                terminal.draw(model.render(width: width, height: height, now: now))
            }
            let wait = FramePacer.wait(model.pacingState, now: now, limit: model.keyWait)
            guard let key = terminal.nextKey(timeout: wait) else { continue }
            guard obey(model.handle(key), &pacer) else { return }
        }
    }

    /// Does what the screen asked; false when it quit.
    private func obey(_ command: LoopCommand, _ pacer: inout FramePacer) -> Bool {
        switch command {
        case .nothing: break
        case .changed: pacer.invalidate()
        case .redraw: terminal.forceRedraw(); pacer.invalidate()
        case .bell: terminal.bell(); pacer.invalidate()
        case .quit: return false
        }
        return true
    }
}
