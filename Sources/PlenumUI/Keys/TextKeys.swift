/// The keys of a line being typed (`LineEditor`: post-its, forms, searches, theme names). Every
/// character typed is text, whatever it is; only these keys edit the line.
public enum TextKeys {
    /// What a key does to the line.
    public enum LineAction: Sendable, Equatable { case left, right, start, end, deleteBack, deleteForward, deleteWord, deleteToStart, deleteToEnd }
    public static let line = Keymap<LineAction>(section: "Typing a line (every text field)", [
        KeyBinding([.left], .left, .moving, help: NotesKeys.line(2)),
        KeyBinding([.right], .right, .moving, help: NotesKeys.line(2)),
        KeyBinding([.home, .control("a")], .start, .moving, help: NotesKeys.line(2)),
        KeyBinding([.end, .control("e")], .end, .moving, help: NotesKeys.line(2)),
        KeyBinding([.backspace, .control("h")], .deleteBack, .changing, help: NotesKeys.line(2)),
        KeyBinding([.delete, .control("d")], .deleteForward, .changing, help: NotesKeys.line(2)),
        KeyBinding([.control("w")], .deleteWord, .changing, help: NotesKeys.line(2)),
        KeyBinding([.control("u")], .deleteToStart, .changing, help: NotesKeys.line(2)),
        KeyBinding([.control("k")], .deleteToEnd, .changing, help: NotesKeys.line(2)),
    ])
}
