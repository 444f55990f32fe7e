import PlenumCore

/// What a stage or a notetaker shows when it is started before the console has made the session
/// file (or the session on the server): which one it waits for, who makes it, and how to stop waiting.
public struct WaitingView {
    let path: String
    let strings: UIStrings
    /// Whether the session is awaited on a server (a URL) rather than as a file.
    let onServer: Bool

    public init(path: String, strings: UIStrings, onServer: Bool = false) {
        self.path = path
        self.strings = strings
        self.onServer = onServer
    }

    public func render(width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        let middle = max(0, height / 2 - 2)
        screen.center(onServer ? strings.waitingForServerSession : strings.waitingForSession, row: middle, style: .bold)
        screen.center(path, row: middle + 1, style: .accent)
        screen.center(strings.sessionIsMadeBy, row: middle + 3, style: .dim)
        screen.center(strings.waitingQuits, row: min(height - 1, middle + 5), style: .dim)
        return screen
    }
}
