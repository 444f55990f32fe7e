import PlenumCore

/// The form behind `e` (edit the selected block) and `i` (insert a block): title, minutes, fixed
/// time, and for a new block its kind.
public struct BlockForm: Sendable, Equatable {
    /// The block being edited, or nil for a new block.
    public var target: BlockID?
    /// For a new block: the block it goes after.
    public var after: BlockID?
    public var title: LineEditor
    public var minutes: LineEditor
    public var at: LineEditor
    public var kind: Block.Kind
    /// The field with the cursor: 0 title, 1 minutes, 2 fixed time (edit) or kind (insert).
    public var field = 0
    public var error: String?

    public static func edit(_ item: AgendaItem, minutes: Int) -> BlockForm {
        BlockForm(target: item.id, after: nil, title: LineEditor(item.block.title, maxLength: 200),
                  minutes: LineEditor(String(minutes), maxLength: 4),
                  at: LineEditor(item.block.at?.description ?? "", maxLength: 5), kind: item.block.kind)
    }

    public static func insert(after: BlockID?) -> BlockForm {
        BlockForm(target: nil, after: after, title: LineEditor("", maxLength: 200),
                  minutes: LineEditor("10", maxLength: 4), at: LineEditor("", maxLength: 5), kind: .plenum)
    }

    public var isInsert: Bool { target == nil }
    public var fieldCount: Int { 3 }

    /// The intent the form asks for, or an error sentence for the form.
    public func intent(_ strings: UIStrings) -> Result<Intent, FormError> {
        let title = self.title.text.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { return .failure(FormError(strings.refusal(.emptyTitle))) }
        guard let minutes = Int(self.minutes.text.trimmingCharacters(in: .whitespaces)), (1...PlanLimits.dayMinutes).contains(minutes) else {
            return .failure(FormError(strings.badMinutes))
        }
        if isInsert {
            return .success(.insert(after: after, title: title, kind: kind, minutes: minutes))
        }
        let atText = at.text.trimmingCharacters(in: .whitespaces)
        var change: Fact.AnchorChange?
        if atText.isEmpty {
            change = .clear
        } else if let time = ClockTime.parse(atText) {
            change = .set(time)
        } else {
            return .failure(FormError(strings.badAt))
        }
        return .success(.edit(target ?? "", title: title, minutes: minutes, at: change))
    }

    /// A sentence saying why the form cannot be saved.
    public struct FormError: Error, Equatable {
        public var message: String
        init(_ message: String) { self.message = message }
    }

    /// Sends a key to the field with the cursor.
    public mutating func edit(_ key: Key) {
        error = nil
        switch field {
        case 0: title.handle(key)
        case 1: minutes.handle(key)
        default:
            if isInsert {
                let kinds: [Block.Kind] = [.plenum, .groups, .break]
                let i = kinds.firstIndex(of: kind) ?? 0
                switch ConsoleKeys.kindField.action(for: key) {
                case .next: kind = kinds[(i + 1) % kinds.count]
                case .previous: kind = kinds[(i + kinds.count - 1) % kinds.count]
                case nil: break
                }
            } else {
                at.handle(key)
            }
        }
    }
}
