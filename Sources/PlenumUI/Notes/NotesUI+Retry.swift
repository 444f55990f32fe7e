import PlenumCore

extension NotesUI {
    /// The text save to send again by itself: the one that failed where it may go through later
    /// (a dropped connection), while the line and the kind are still what it was made from. Once
    /// the notetaker changes the line, only Enter saves it (so a half-changed text never is).
    public var retrying: [NoteIntent]? {
        guard let retry, retry.text == editor.text, retry.kind == kindIndex else { return nil }
        return retry.intents
    }

    /// Whether every intent writes text typed in the line (new post-its, an edit), which the
    /// line still shows after a failed save.
    static func isText(_ intents: [NoteIntent]) -> Bool {
        !intents.isEmpty && intents.allSatisfy {
            switch $0 {
            case .add, .edit: true
            default: false
            }
        }
    }
}
