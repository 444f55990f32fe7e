import PlenumCore

/// One person on the check-in list.
public struct CheckInRow: Sendable, Equatable {
    public var name: String
    public var segment: String?
    /// The person's role in the plan; nil for a walk-in.
    public var role: Person.Role?
    public var table: String?
    public var status: Fact.Attendance

    /// Everyone the session knows (the plan's people and the walk-ins), alphabetically (æ, ø, å
    /// last), those whose name contains `filter` or whose segment is it (any case; "oster" finds
    /// "Østergaard", see `SearchFold`).
    public static func rows(_ state: SessionState, filter: String = "") -> [CheckInRow] {
        let needle = SearchFold.fold(filter.trimmingCharacters(in: .whitespaces))
        let planned = state.plan.people.map {
            CheckInRow(name: $0.name, segment: $0.segment, role: $0.role, table: $0.table,
                       status: state.attendance[$0.name, default: .expected])
        }
        let walkIns = state.walkIns.map {
            CheckInRow(name: $0.name, segment: $0.segment, role: nil, table: nil,
                       status: state.attendance[$0.name, default: .expected])
        }
        return (planned + walkIns)
            .filter { needle.isEmpty || SearchFold.fold($0.name).contains(needle) || ($0.segment.map(SearchFold.fold) == needle) }
            .sorted { CollationKey.danish($0.name) < CollationKey.danish($1.name) }
    }
}

/// The form for a walk-in: a name and a segment (its key or name).
public struct WalkInForm: Sendable, Equatable {
    public var name = LineEditor("", maxLength: 80)
    public var segment = LineEditor("", maxLength: 40)
    /// 0 name, 1 segment.
    public var field = 0
    public var error: String?
}

/// The check-in screen's state: the selected person, the search, an open walk-in form.
public struct CheckInCursor: Sendable, Equatable {
    public var selected = 0
    public var search = LineEditor("", maxLength: 60)
    /// Typing goes into the search line.
    public var searching = false
    public var walkIn: WalkInForm?
    /// A name to select once it is on the list (a walk-in just added).
    public var select: String?
    /// Asking whether everyone not checked in is absent (`A`).
    public var confirmRest = false

    public init() {}

    /// What a key does on the check-in screen: the intents to perform, and whether it closes.
    public mutating func handle(_ key: Key, state: SessionState, strings: UIStrings) -> (intents: [Intent], close: Bool) {
        if var form = walkIn {
            defer { if walkIn != nil { walkIn = form } }
            switch WallKeys.walkIn.action(for: key) {
            case .cancel:
                walkIn = nil
            case .otherField:
                form.field = 1 - form.field
            case .add:
                switch Self.walkInIntent(form, state: state, strings: strings) {
                case .success(let intent):
                    walkIn = nil
                    search.clear()
                    if case .addWalkIn(let name, _) = intent { select = name }
                    return ([intent], false)
                case .failure(let error):
                    form.error = error.message
                }
            case nil:
                if form.field == 0 { _ = form.name.handle(key) } else { _ = form.segment.handle(key) }
                form.error = nil
            }
            return ([], false)
        }
        if confirmRest {
            confirmRest = false
            guard WallKeys.restAbsent.action(for: key) == .yes else { return ([], false) }
            // Hosts are not seated, so only participants and walk-ins are marked.
            let rest = CheckInRow.rows(state).filter { $0.status == .expected && ($0.role == nil || $0.role == .participant) }
            return ([.markAll(names: rest.map(\.name), status: .absent)], false)
        }
        let rows = CheckInRow.rows(state, filter: search.text)
        if searching {
            switch WallKeys.search.action(for: key) {
            case .cancel: search.clear(); searching = false
            case .done: searching = false
            case nil: _ = search.handle(key); selected = 0
            }
            return ([], false)
        }
        let person = rows.indices.contains(selected) ? rows[selected] : nil
        // A mark is set, never toggled: a second Enter on someone who came leaves them checked in.
        func mark(_ status: Fact.Attendance) -> [Intent] {
            guard let person, person.status != status else { return [] }
            return [.markAttendance(name: person.name, status: status)]
        }
        switch WallKeys.checkInMap.action(for: key) {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, rows.count - 1), selected + 1)
        case .pageUp: selected = max(0, selected - 10)
        case .pageDown: selected = min(max(0, rows.count - 1), selected + 10)
        case .first: selected = 0
        case .last: selected = max(0, rows.count - 1)
        case .came: return (mark(.came), false)
        case .absent: return (mark(.absent), false)
        case .left: return (mark(.left), false)
        case .notCheckedIn: return (mark(.expected), false)
        case .undo: return ([.undo], false)
        case .search:
            // A new search, not more letters on the last one.
            search.clear()
            searching = true
            selected = 0
        case .walkIn: walkIn = WalkInForm()
        case .restAbsent:
            confirmRest = CheckInRow.rows(state).contains { $0.status == .expected && ($0.role == nil || $0.role == .participant) }
        case .back:
            if search.text.isEmpty { return ([], true) }
            search.clear()
        case .close:
            return ([], true)
        case .groups, nil: break
        }
        return ([], false)
    }

    /// The walk-in the form asks for, or the sentence that says what is wrong with it.
    static func walkInIntent(_ form: WalkInForm, state: SessionState, strings: UIStrings) -> Result<Intent, BlockForm.FormError> {
        let name = form.name.text.trimmingCharacters(in: .whitespaces)
        if name.isEmpty { return .failure(BlockForm.FormError(strings.refusal(.emptyName))) }
        if state.isPerson(name) { return .failure(BlockForm.FormError(strings.refusal(.personExists))) }
        let typed = form.segment.text.trimmingCharacters(in: .whitespaces)
        let keys = state.plan.segments.map(\.key)
        if typed.isEmpty {
            if keys.isEmpty { return .success(.addWalkIn(name: name, segment: nil)) }
            return .failure(BlockForm.FormError(strings.segmentNeeded(keys)))
        }
        guard let key = SessionSeating.segmentKey(typed, plan: state.plan) else {
            return .failure(BlockForm.FormError(keys.isEmpty ? strings.noSegments : strings.unknownSegment(typed, keys)))
        }
        return .success(.addWalkIn(name: name, segment: key))
    }

    /// The selection moved to `select` once that person is on the list; clamped to the list.
    mutating func settle(_ rows: [CheckInRow]) {
        if let name = select, let i = rows.firstIndex(where: { $0.name == name }) {
            selected = i
            select = nil
        }
        selected = max(0, min(selected, rows.count - 1))
    }
}
