import Foundation
import PlenumTerminal
import PlenumUI

/// The screens' common refusal: they need a terminal on standard input and output that curses can
/// drive. Asked before a session file is created or the terminal is touched.
enum TerminalCheck {
    /// Throws `UserError(notATerminal)` without a terminal, or the sentence (in `strings`' language)
    /// that says why this terminal cannot show the screens (TERM unset, unknown, or dumb).
    static func require(_ notATerminal: String, strings: UIStrings) throws {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else { throw UserError(notATerminal) }
        if let problem = Terminal.problem(strings) { throw UserError(problem) }
    }
}
