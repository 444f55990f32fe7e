import Foundation

/// The formats of `plenum export`, and the one place that renders a session in each.
public enum ExportFormat: String, Sendable, CaseIterable {
    case md, html, csv, json, ics

    /// The file name ending for this format.
    public var fileExtension: String { rawValue }

    /// The session in this format. `anonymous` leaves out every person's name; `createdAt` is the
    /// session's creation (calendar UIDs).
    public func render(state: SessionState, entries: [JournalEntry], clock: SessionClock, createdAt: Date,
                       now: Date, anonymous: Bool) -> String {
        var text = ""
        write(state: state, entries: entries, clock: clock, createdAt: createdAt, now: now, anonymous: anonymous) { text += $0 }
        return text
    }

    /// The same, handed to `emit` in pieces of about a megabyte (the calendar whole).
    public func write(state: SessionState, entries: [JournalEntry], clock: SessionClock, createdAt: Date,
                      now: Date, anonymous: Bool, to emit: (String) -> Void) {
        func digest() -> SessionDigest { SessionDigest(state: state, clock: clock, now: now) }
        switch self {
        case .json: SessionJSON.write(state: state, entries: entries, clock: clock, now: now, anonymous: anonymous, to: emit)
        case .md: MarkdownExport(digest()).write(to: emit)
        case .html: HTMLExport(digest()).write(to: emit)
        case .csv: CSVExport(digest(), anonymous: anonymous).write(to: emit)
        case .ics: emit(ICSExport(digest(), sessionCreated: createdAt).render())
        }
    }
}

/// Hands `text` on to `emit` once it holds a megabyte or more, and empties it: an export of 100,000
/// post-its goes to its file in pieces instead of standing whole in memory (twice, as it grows).
func drainPiece(_ text: inout String, to emit: (String) -> Void) {
    guard text.utf8.count >= 1 << 20 else { return }
    emit(text)
    text.removeAll(keepingCapacity: true)
}
