/// One problem found in a user's file: an error (the file is refused) or a warning (it still runs).
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// Whether the problem stops the plan from running.
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    public var position: SourcePosition?
    public var message: String

    public init(_ severity: Severity, _ message: String, at position: SourcePosition? = nil) {
        self.severity = severity
        self.message = message
        self.position = position
    }

    /// `FILE:LINE:COLUMN: error: SENTENCE` (or `FILE: error: SENTENCE` where there is no place).
    public func formatted(file: String) -> String {
        let place = position.map { "\(file):\($0.line):\($0.column)" } ?? file
        return "\(place): \(severity.rawValue): \(message)"
    }

    public var description: String { formatted(file: "plan") }
}

extension Array where Element == Diagnostic {
    /// Whether any of these refuses the file.
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}
