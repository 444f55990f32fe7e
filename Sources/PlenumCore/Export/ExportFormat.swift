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
        func digest() -> SessionDigest { SessionDigest(state: state, clock: clock, now: now) }
        switch self {
        case .json: return SessionJSON.render(state: state, entries: entries, clock: clock, now: now, anonymous: anonymous)
        case .md: return MarkdownExport(digest()).render()
        case .html: return HTMLExport(digest()).render()
        case .csv: return CSVExport(digest(), anonymous: anonymous).render()
        case .ics: return ICSExport(digest(), sessionCreated: createdAt).render()
        }
    }
}
