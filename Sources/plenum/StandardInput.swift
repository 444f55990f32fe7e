import Foundation
import PlenumUI

/// Standard input read with a bound: as lines the moment each one arrives (piped notes), or whole
/// up to a size (a pasted agenda). Nothing on standard input can make plenum hold unbounded memory.
struct StandardInput {
    /// Why standard input was refused.
    enum Refusal: Error {
        /// The line with this number runs over `maxLineBytes` without a line break.
        case lineTooLong(Int)
        /// Reading failed, with the system's reason.
        case unreadable(String)
        /// The line with this number holds a zero byte.
        case notText(Int)

        /// The refusal as one sentence in `strings`' language.
        func message(_ strings: UIStrings) -> String {
            switch self {
            case .lineTooLong(let line): strings.inputLineTooLong(line)
            case .unreadable(let reason): strings.inputUnreadable(reason)
            case .notText(let line): strings.inputNotText(line)
            }
        }
    }

    /// A line longer than this (in bytes, with no line break) is not a line of text.
    static let maxLineBytes = 1 << 20

    private let fd: Int32
    private var pending: [UInt8] = []
    private var ended = false
    /// Lines handed out so far (for messages).
    private(set) var lineNumber = 0
    private var queued: [String] = []

    init(fd: Int32 = STDIN_FILENO) {
        self.fd = fd
    }

    /// The next line (without its line break), as soon as it has arrived; nil at the end.
    mutating func nextLine() throws(Refusal) -> String? {
        while queued.isEmpty {
            if let newline = pending.firstIndex(of: 10) {
                queue(pending[..<newline])
                pending.removeSubrange(...newline)
                continue
            }
            if ended {
                guard !pending.isEmpty else { return nil }
                queue(pending[...])
                pending = []
                continue
            }
            guard pending.count <= Self.maxLineBytes else {
                throw .lineTooLong(lineNumber + 1)
            }
            var buffer = [UInt8](repeating: 0, count: 65536)
            let n = read(fd, &buffer, buffer.count)
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if n == 0 { ended = true; continue }
            if buffer[..<n].contains(0) {
                throw .notText(lineNumber + 1)
            }
            pending += buffer[..<n]
        }
        lineNumber += 1
        return queued.removeFirst()
    }

    /// One line as read; an old Mac line break (a lone carriage return) also ends a line.
    private mutating func queue(_ bytes: ArraySlice<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        queued += text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if queued.isEmpty { queued = [""] }
    }

    /// All of standard input, but never more than `limit + 1` bytes (so a caller can tell "too big").
    static func bytes(limit: Int, fd: Int32 = STDIN_FILENO) -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while result.count <= limit {
            let n = read(fd, &buffer, min(buffer.count, limit + 1 - result.count))
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            result += buffer[..<n]
        }
        return result
    }
}
