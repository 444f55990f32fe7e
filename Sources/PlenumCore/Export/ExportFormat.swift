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

    /// The same, handed to `emit` in pieces (JSON in pieces of about a megabyte, the others whole).
    public func write(state: SessionState, entries: [JournalEntry], clock: SessionClock, createdAt: Date,
                      now: Date, anonymous: Bool, to emit: (String) -> Void) {
        func digest() -> SessionDigest { SessionDigest(state: state, clock: clock, now: now) }
        switch self {
        case .json: SessionJSON.write(state: state, entries: entries, clock: clock, now: now, anonymous: anonymous, to: emit)
        case .md: emit(MarkdownExport(digest()).render())
        case .html: emit(HTMLExport(digest()).render())
        case .csv: emit(CSVExport(digest(), anonymous: anonymous).render())
        case .ics: emit(ICSExport(digest(), sessionCreated: createdAt).render())
        }
    }
}
