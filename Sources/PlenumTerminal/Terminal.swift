import CNcursesw
import Foundation
import PlenumUI

/// The only code that talks to curses: start and restore the terminal, copy a `Screen` to it
/// (curses sends only the cells that changed), read keys, ring the bell.
public final class Terminal {
    /// True once the terminal has hung up (its window closed, its SSH link lost): the caller ends.
    public private(set) var isGone = false
    public let hasColor: Bool
    private var pairs: [Int: Int32] = [:]
    private var stopped = false
    /// A key read while gathering a paste that is not part of it: the next key returned.
    private var heldKey: Key?

    /// Takes over the terminal. Colours are used when the terminal has them and NO_COLOR is unset.
    public init(useColor: Bool = true) {
        Self.takeLocale()
        TerminalSignals.install()
        initscr()
        raw()
        noecho()
        nonl()
        _ = plenum_keypad(true)
        TerminalSignals.install()
        set_escdelay(25)
        curs_set(0)
        let colorWanted = useColor && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        if colorWanted, has_colors() {
            start_color()
            use_default_colors()
            hasColor = true
        } else {
            hasColor = false
        }
    }

    deinit { stop() }

    /// The environment's locale for the characters curses writes; where that locale is not
    /// installed (LANG=da_DK.UTF-8 on a machine that has only C.UTF-8), C.UTF-8: in the C locale
    /// curses drops every character outside ASCII, and a Danish screen would lose its æ, ø and å.
    private static func takeLocale() {
        guard setlocale(LC_ALL, "") == nil else { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil { return }
    }

    /// Why this terminal cannot show plenum's screens (TERM unset, unknown to terminfo, or
    /// unable to place text, such as TERM=dumb), as one sentence; nil when it can. Asked before
    /// anything is created or drawn, so a refusal leaves no session file and no raw terminal.
    public static func problem(_ strings: UIStrings) -> String? {
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        switch plenum_terminal_check() {
        case 0: return nil
        case 1: return strings.termUnset
        case 2: return strings.termUnknown(term)
        default: return strings.termCannotPlace(term)
        }
    }

    /// Gives the terminal back as it was (also on Ctrl-C, SIGTERM and SIGHUP, via the run loop).
    public func stop() {
        guard !stopped else { return }
        stopped = true
        curs_set(1)
        endwin()
    }

    /// The terminal's size in columns and rows.
    public var size: (width: Int, height: Int) {
        (Int(plenum_cols()), Int(plenum_lines()))
    }

    /// Copies a screen to the terminal. A full block (█: big digits, bars) goes out as a space in
    /// reverse video: one byte instead of three, and a row of them is one repeat for curses.
    public func draw(_ screen: Screen) {
        for row in 0..<screen.height {
            var column = 0
            while column < screen.width {
                let style = screen[row, column].style
                let solid = Self.isSolid(screen[row, column])
                let start = column
                var run: [wchar_t] = []
                while column < screen.width, screen[row, column].style == style, Self.isSolid(screen[row, column]) == solid {
                    let cell = screen[row, column]
                    if solid {
                        run.append(0x20)
                    } else if !cell.isContinuation {
                        run.append(contentsOf: cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) })
                    }
                    column += 1
                }
                run.append(0)
                _ = plenum_attrset(solid ? attributes(style) ^ plenum_a_reverse() : attributes(style))
                _ = run.withUnsafeBufferPointer { plenum_mvaddwstr(Int32(row), Int32(start), $0.baseAddress) }
            }
        }
        _ = plenum_attrset(plenum_a_normal())
        if let cursor = screen.cursor {
            curs_set(1)
            _ = plenum_move(Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        refresh()
    }

    private static func isSolid(_ cell: Cell) -> Bool { cell.text == "█" }

    /// Makes the next draw repaint everything (Ctrl-L).
    public func forceRedraw() {
        _ = plenum_clearok(true)
    }

    public func bell() {
        beep()
    }

    /// The next key, or nil after `timeout` milliseconds without one. Characters that arrive
    /// together (a paste) come as one `.paste`.
    public func nextKey(timeout milliseconds: Int32) -> Key? {
        if let held = heldKey {
            heldKey = nil
            return held
        }
        // Input curses already holds comes first; then wait on the terminal ourselves, so that a
        // terminal that went away (closed window, lost SSH) is seen instead of spun on.
        plenum_timeout(0)
        var first = readKey()
        if first == nil {
            var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 1, milliseconds)
            if ready > 0, fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                isGone = true
                return nil
            }
            guard ready > 0 else { return nil }
            plenum_timeout(50)
            first = readKey()
        }
        guard let first else { return nil }
        guard case .character(let c) = first else { return first }
        plenum_timeout(0)
        var burst = String(c)
        gathering: while let more = readKey() {
            switch more {
            case .character(let d): burst.append(d)
            case .enter: burst.append("\n")
            case .tab: burst.append("\t")
            default:
                // An arrow or function key right after typing is its own key, never lost.
                heldKey = more
                break gathering
            }
        }
        return burst.count == 1 ? first : .paste(burst)
    }

    private func readKey() -> Key? {
        var value: wint_t = 0
        let result = plenum_get_wch(&value)
        if result == ERR { return nil }
        if result == plenum_key_code_yes() { return Self.functionKey(Int32(value)) }
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(UnicodeScalar(UInt8(value) + 96)))
        default:
            guard let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
            return .character(Character(scalar))
        }
    }

    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case KEY_F0 + 1...KEY_F0 + 12: return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    private func attributes(_ style: Style) -> attr_t {
        var a = plenum_a_normal()
        if style.bold { a |= plenum_a_bold() }
        if style.dim { a |= plenum_a_dim() }
        if style.reverse { a |= plenum_a_reverse() }
        if style.underline { a |= plenum_a_underline() }
        if hasColor, style.foreground != nil || style.background != nil {
            a |= plenum_color_pair(pair(style.foreground, style.background))
        }
        return a
    }

    private func pair(_ foreground: Color?, _ background: Color?) -> Int32 {
        let key = (foreground.map { $0.rawValue + 1 } ?? 0) * 9 + (background.map { $0.rawValue + 1 } ?? 0)
        if let n = pairs[key] { return n }
        let n = Int32(pairs.count + 1)
        guard n < plenum_color_pairs() else { return 0 }
        init_pair(Int16(n), Int16(foreground?.rawValue ?? -1), Int16(background?.rawValue ?? -1))
        pairs[key] = n
        return n
    }
}

/// SIGTERM, SIGHUP and SIGINT become a flag the run loop checks, so the terminal is always restored.
/// Every other signal that would end plenum and can be caught (SIGUSR1, SIGPIPE, SIGQUIT, a crash
/// such as SIGSEGV or a trap) restores the terminal first, then ends it as that signal would have
/// (through the handler that was there before, e.g. the runtime's backtrace).
public enum TerminalSignals {
    nonisolated(unsafe) private static var received: Int32 = 0
    nonisolated(unsafe) private static var previous: [sigaction] = Array(repeating: sigaction(), count: 65)
    nonisolated(unsafe) private static var fatalInstalled = false

    static let fatal: [Int32] = [SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGPOLL,
                                 SIGPWR, SIGSTKFLT, SIGSYS, SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP]

    /// Restores the terminal, puts back the handler that was there before and lets the signal do
    /// what it would have done: the process ends (a fault repeats on return and reaches it).
    private static let restoreAndDie: @convention(c) (Int32) -> Void = { number in
        endwin()
        var old = number >= 0 && number < 65 ? TerminalSignals.previous[Int(number)] : sigaction()
        sigaction(number, &old, nil)
        if ![SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP].contains(number) { raise(number) }
    }

    private static func installFatal() {
        guard !fatalInstalled else { return }
        fatalInstalled = true
        for s in fatal {
            var old = sigaction()
            sigaction(s, nil, &old)
            // A signal ignored by whoever started plenum stays ignored.
            if unsafeBitCast(old.__sigaction_handler.sa_handler, to: Int.self) == 1 { continue }  // SIG_IGN
            previous[Int(s)] = old
            var action = sigaction()
            action.__sigaction_handler.sa_handler = restoreAndDie
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(s, &action, nil)
        }
    }

    /// The signal that asked plenum to stop, if any.
    public static var stopRequested: Int32? { received == 0 ? nil : received }

    static func install() {
        installFatal()
        var set = sigset_t()
        sigemptyset(&set)
        for s in [SIGTERM, SIGHUP, SIGINT] {
            signal(s) { number in TerminalSignals.received = number }
            sigaddset(&set, s)
        }
        // Something in the runtime starts the main thread with these blocked; a blocked signal
        // never reaches its handler: the terminal would not be restored, nor resizes noticed.
        for s in [SIGWINCH, SIGTSTP, SIGCONT] + fatal { sigaddset(&set, s) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}
