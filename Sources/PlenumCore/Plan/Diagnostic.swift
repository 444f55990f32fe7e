/// One problem found in a user's file: an error (the file is refused) or a warning (it still runs).
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// Whether the problem stops the plan from running.
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    public var position: SourcePosition?
    public var message: String
    /// The file the problem is in when it is not the one checked: a block's material, named
    /// relative to the plan (its line and column are that file's).
    public var file: String?

    public init(_ severity: Severity, _ message: String, at position: SourcePosition? = nil, in file: String? = nil) {
        self.severity = severity
        self.message = message
        self.position = position
        self.file = file
    }

    /// `FILE:LINE:COLUMN: error: SENTENCE` (or `FILE: error: SENTENCE` where there is no place);
    /// a problem in a material file names that file, beside `file`.
    public func formatted(file: String) -> String {
        let shown = self.file.map { Diagnostic.path($0, besides: file) } ?? file
        let place = position.map { "\(shown):\($0.line):\($0.column)" } ?? shown
        return "\(place): \(severity.rawValue): \(message)"
    }

    /// `name` (relative to the folder of `file`) as a path from where `file` is named.
    public static func path(_ name: String, besides file: String) -> String {
        guard !name.hasPrefix("/"), let slash = file.lastIndex(of: "/") else { return name }
        return String(file[...slash]) + name
    }

    public var description: String { formatted(file: "plan") }
}

extension Array where Element == Diagnostic {
    /// Whether any of these refuses the file.
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}
