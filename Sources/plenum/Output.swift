import Foundation
import PlenumCore

/// Every byte the commands write to standard output and standard error outside curses goes
/// through here, so text from a plan, a session, an option or an error message echoing input can
/// never drive the terminal: it passes `SafeText.clean`, the same path screens use.
enum Output {
    /// Text for people on standard output (a report, a sentence), cleaned.
    static func out(_ text: String) {
        write(SafeText.clean(text), to: STDOUT_FILENO)
    }

    /// A sentence on standard error, cleaned.
    static func err(_ text: String) {
        write(SafeText.clean(text), to: STDERR_FILENO)
    }

    /// A document (an export, a plan) on standard output: its exact bytes into a file or a pipe,
    /// cleaned on a terminal.
    static func document(_ text: String) {
        let terminal = isatty(STDOUT_FILENO) != 0
        write(terminal ? SafeText.clean(text) : text, to: STDOUT_FILENO)
    }

    /// All of `text`, or as much as the reader takes (a closed pipe ends the writing, not plenum).
    private static func write(_ text: String, to fd: Int32) {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return }
            written += n
        }
    }
}
