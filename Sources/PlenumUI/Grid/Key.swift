/// A key press (or a resize), as the terminal layer reports it.
public enum Key: Equatable, Sendable {
    case character(Character)
    /// Ctrl plus a letter, e.g. `.control("a")` for Ctrl-A.
    case control(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    case resize
    /// Several characters arriving at once (a paste).
    case paste(String)
}
