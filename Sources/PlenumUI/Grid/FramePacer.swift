import Foundation
import PlenumCore

/// Decides when a run loop draws: only when what the screen shows may have changed — a fact
/// folded in, a key, the terminal's size, or the second the timers show. Between those an idle
/// console or stage renders nothing and sends nothing.
public struct FramePacer: Sendable {
    private struct Frame: Equatable {
        var seq: Int64
        var width: Int
        var height: Int
        var second: Int
        var extra: Int
    }

    private var last: Frame?

    public init() {}

    /// Whether to draw now (and, if so, remembers this frame). `extra` stands for anything else the
    /// screen shows that may change on its own (a seating made in the background).
    /// A screen of no session (`state` nil) is drawn again only after a key, a resize or a change of `extra`.
    public mutating func needsDraw(_ state: SessionState?, width: Int, height: Int, now: Date, extra: Int = 0) -> Bool {
        let frame = Frame(seq: state?.lastSeq ?? 0, width: width, height: height,
                          second: state.map { Self.second($0, now: now) } ?? 0, extra: extra)
        guard frame != last else { return false }
        last = frame
        return true
    }

    /// Draw at the next call whatever it finds (after a key, a message, a repaint).
    public mutating func invalidate() {
        last = nil
    }

    /// Milliseconds to wait for a key before the timers show the next second (at most `limit`).
    public static func wait(_ state: SessionState?, now: Date, limit: Int32) -> Int32 {
        guard let state else { return limit }
        let phase = Self.phase(state, now: now)
        let t = now.timeIntervalSince1970 - phase - margin
        let left = (t.rounded(.down) + 1 - t) * 1000
        return max(1, min(limit, Int32(left.rounded(.up))))
    }

    /// The second the timers show, as a number that changes exactly when they do (a few
    /// milliseconds late, so a frame is never drawn just before the digits turn).
    static func second(_ state: SessionState, now: Date) -> Int {
        Int((now.timeIntervalSince1970 - phase(state, now: now) - margin).rounded(.down))
    }

    private static let margin = 0.005

    /// Where in a wall-clock second the running block's timer turns: the fraction of its end time
    /// (0 when nothing runs, and the clock turns on whole seconds).
    static func phase(_ state: SessionState, now: Date) -> Double {
        guard let id = state.currentID, !state.isPaused else { return 0 }
        let end = now.timeIntervalSince1970 + state.remaining(id, at: now)
        return end - end.rounded(.down)
    }
}
