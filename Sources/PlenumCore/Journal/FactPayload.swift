/// The stored form of one kind of fact: its kind name, its fields as the journal writes them, and
/// how those fields read back into the fact. One small type per kind of fact, listed in
/// `FactCoding.payloadTypes`; `Fact.visitPayload` picks a fact's own. This is a file format: add
/// fields and kinds, never rename them.
protocol FactPayload: Sendable {
    /// The fact's name in the journal and in exports ("blockStarted" …).
    static var kind: String { get }
    /// Whether the facilitator's `u` can take this kind of fact back: the day's course (blocks,
    /// time, cards, the agenda), check-in, the stage and a vote's close are; notetakers' post-its,
    /// the wall's marks and undo itself are not. Each payload says so; there is no default.
    static var isUndoable: Bool { get }
    /// The fact's fields, in the order they are written.
    var fields: [(String, JSONValue)] { get }
    /// The fact that stored fields hold (throws when a field is missing or not what it must be).
    static func read(_ fields: FactFields) throws(FactCoding.Unreadable) -> Fact
}

/// A payload without fields.
protocol FieldlessPayload: FactPayload {
    /// The fact.
    static var fact: Fact { get }
    init()
}

extension FieldlessPayload {
    var fields: [(String, JSONValue)] { [] }
    static func read(_ fields: FactFields) -> Fact { fact }
}

/// A stored fact's fields as read back from the journal, with the reads payloads share: a missing
/// or mistyped field is `Unreadable`, naming the field.
struct FactFields {
    /// The fact's kind, for the reason a field cannot be read.
    let kind: String
    /// The fields in their stored order.
    let pairs: [(String, JSONValue)]

    /// The value under `key`, if there is one.
    subscript(key: String) -> JSONValue? {
        // Lengths first: a field name of another length is passed over without comparing texts.
        let count = key.utf8.count
        return pairs.first { $0.0.utf8.count == count && $0.0 == key }?.1
    }

    /// Why this fact cannot be read.
    func unreadable(_ flaw: FactCoding.Flaw) -> FactCoding.Unreadable {
        FactCoding.Unreadable(type: kind, flaw: flaw)
    }

    /// A text field that must be there.
    func string(_ key: String) throws(FactCoding.Unreadable) -> String {
        guard let s = self[key]?.stringValue else { throw unreadable(.missing(key)) }
        return s
    }

    /// A whole number that must be there.
    func int(_ key: String) throws(FactCoding.Unreadable) -> Int {
        guard let n = self[key]?.intValue else { throw unreadable(.missing(key)) }
        return n
    }

    /// A truth value that must be there.
    func bool(_ key: String) throws(FactCoding.Unreadable) -> Bool {
        guard let b = self[key]?.boolValue else { throw unreadable(.missing(key)) }
        return b
    }

    /// A text field that must name one of `T`'s cases.
    func named<T: RawRepresentable>(_ key: String) throws(FactCoding.Unreadable) -> T
    where T.RawValue == String {
        guard let value = T(rawValue: try string(key)) else { throw unreadable(.unknownValue(key)) }
        return value
    }

    /// Minutes that must be there, from `least` up to a day: minutes no day has would overflow the
    /// clock arithmetic of every screen.
    func minutes(_ key: String, least: Int) throws(FactCoding.Unreadable) -> Int {
        try checked(minutes: try int(key), least: least)
    }

    /// Minutes that may be left out (or null), from `least` up to a day.
    func optionalMinutes(_ key: String, least: Int) throws(FactCoding.Unreadable) -> Int? {
        guard let n = self[key]?.intValue else { return nil }
        return try checked(minutes: n, least: least)
    }

    private func checked(minutes n: Int, least: Int) throws(FactCoding.Unreadable) -> Int {
        guard n >= least, n <= PlanLimits.dayMinutes else { throw unreadable(.overADay(n)) }
        return n
    }
}
