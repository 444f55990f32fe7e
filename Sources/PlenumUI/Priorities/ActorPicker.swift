import PlenumCore

/// The small picker that tags a post-it with the plan's actors (who contributes), on the
/// notetaker's screen and on the wall: ↑/↓ choose, Space or Enter turns an actor on or off (a
/// fact each), Esc closes.
public struct ActorPicker: Sendable, Equatable {
    /// The post-it being tagged.
    public var postItID: String
    public var selected = 0

    public init(postItID: String) {
        self.postItID = postItID
    }

    /// What a key in the picker leads to.
    public enum Outcome: Sendable, Equatable {
        case stay
        case close
        /// Tag the post-it with this actor (on), or take the tag off.
        case toggle(actor: String, on: Bool)
    }

    public mutating func handle(_ key: Key, state: SessionState) -> Outcome {
        let actors = state.plan.actors
        switch NotesKeys.actors.action(for: key) {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, actors.count - 1), selected + 1)
        case .toggle:
            guard actors.indices.contains(selected) else { return .close }
            let actor = actors[selected]
            return .toggle(actor: actor, on: !state.priorities.actors(of: postItID).contains(actor))
        case .pick(let n):
            guard actors.indices.contains(n - 1) else { return .stay }
            selected = n - 1
            return .toggle(actor: actors[n - 1], on: !state.priorities.actors(of: postItID).contains(actors[n - 1]))
        case .close: return .close
        case nil: break
        }
        return .stay
    }

    /// A tag to write: the post-it, the actor, on or off.
    public struct Tag: Sendable, Equatable {
        public var id: String
        public var actor: String
        public var on: Bool
    }

    /// A key for an open picker (nil: none open, nothing happens): the picker moves or closes, and
    /// a toggle comes back as the tag to write.
    static func route(_ key: Key, to picker: inout ActorPicker?, state: SessionState) -> Tag? {
        guard var open = picker else { return nil }
        switch open.handle(key, state: state) {
        case .stay: picker = open
        case .close: picker = nil
        case .toggle(let actor, let on):
            picker = open
            return Tag(id: open.postItID, actor: actor, on: on)
        }
        return nil
    }

    /// The picker as a box over the screen: each actor with its mark.
    public func draw(on screen: inout Screen, state: SessionState, strings: UIStrings) {
        let tagged = Set(state.priorities.actors(of: postItID))
        let actors = state.plan.actors
        let text = state.postIt(postItID)?.text ?? ""
        var lines: [(String, Style)] = [(DisplayWidth.truncate(text, to: 50), .dim), ("", .plain)]
        if actors.isEmpty { lines.append((strings.noActors, .warning)) }
        for (i, actor) in actors.enumerated() {
            let mark = tagged.contains(actor) ? "[x] " : "[ ] "
            lines.append(("\(i + 1) " + mark + actor, i == selected ? .reverse : .plain))
        }
        screen.box(title: strings.actorsTitle, lines: lines, footer: NotesKeys.actors.hintBar(strings, width: .max), minimumWidth: 40)
    }
}
