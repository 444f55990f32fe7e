/// Where a block takes its cards or material from: one or more earlier days of the same process
/// (`cards_from` / `material_from` in a plan, see plan-format.md).
public struct CarriedSource: Sendable, Equatable {
    /// What is taken from those days.
    public enum What: String, Sendable, CaseIterable {
        case quickWins = "quick_wins"
        case themes
    }

    /// The days' ids in the process, in the order their texts are taken.
    public var days: [String]
    public var what: What
    /// Where the key stands in the plan file.
    public var position: SourcePosition?

    public init(days: [String], what: What, position: SourcePosition? = nil) {
        self.days = days
        self.what = what
        self.position = position
    }

    public static func == (a: CarriedSource, b: CarriedSource) -> Bool { a.days == b.days && a.what == b.what }

    /// The texts `material` holds for this source: every day's in turn, each text once.
    public func texts(in material: CarriedMaterial) -> [String]? {
        let known = days.compactMap { material[CarriedKey(day: $0, what: what)] }
        guard !known.isEmpty else { return nil }
        var seen = Set<String>()
        return known.flatMap { $0 }.filter { seen.insert($0).inserted }
    }
}

/// One day's quick wins or themes, as a key of `CarriedMaterial`.
public struct CarriedKey: Sendable, Hashable {
    public var day: String
    public var what: CarriedSource.What

    public init(day: String, what: CarriedSource.What) {
        self.day = day
        self.what = what
    }
}

/// The texts earlier days gave: what `cards_from` and `material_from` take. A day that is there
/// with no texts has given nothing yet.
public typealias CarriedMaterial = [CarriedKey: [String]]

extension PlanReader {
    /// `carried = [{ day = "…", what = "quick_wins", items = ["…"] }]`: the material written into a
    /// session's copy of the plan when it was created, so a resumed day has the same cards.
    mutating func readCarried(_ root: TOMLNode) -> CarriedMaterial {
        guard let elements = tables(root["carried"], key: "carried") else { return [:] }
        var result: CarriedMaterial = [:]
        for (i, node) in elements.enumerated() {
            let context = "carried \(i + 1)"
            checkKeys(node, allowed: PlanKeys.carried, context: context)
            guard let day = text(node, "day", in: context, required: true),
                  let what = choice(node, "what", in: context, as: CarriedSource.What.self) else { continue }
            result[CarriedKey(day: day, what: what)] = textList(node, "items", in: context) ?? []
        }
        return result
    }

    /// `cards_from = { day = "bootcamp-1", what = "quick_wins" }` on a block (`day` may also be a
    /// list of days: `day = ["bootcamp-1", "bootcamp-2"]`).
    mutating func carriedSource(_ block: TOMLNode, _ key: String, in context: String) -> CarriedSource? {
        guard let node = block[key] else { return nil }
        guard case .table = node.value else {
            error("`\(key)` of \(context) must be a table: \(key) = { day = \"bootcamp-1\", what = \"quick_wins\" }", node)
            return nil
        }
        let inner = "`\(key)` of \(context)"
        checkKeys(node, allowed: PlanKeys.carriedSource, context: inner)
        var days: [String]?
        if case .array = node["day"]?.value {
            days = textList(node, "day", in: inner, nonEmpty: true)
        } else {
            days = text(node, "day", in: inner, required: true).map { [$0] }
        }
        if node["day"] == nil { error("\(inner) has no `day`; name an earlier day of the process by its id", node) }
        let what = choice(node, "what", in: inner, as: CarriedSource.What.self)
        if node["what"] == nil { error("\(inner) has no `what`; use \"quick_wins\" or \"themes\"", node) }
        guard let days, let what else { return nil }
        return CarriedSource(days: days, what: what, position: node.keyPosition ?? node.position)
    }
}

extension PlanLoader {
    /// The line `carried = […]` that holds `material`, for the top of a session's copy of a plan.
    public static func carriedLine(_ material: CarriedMaterial) -> String {
        let entries = material.sorted { ($0.key.day, $0.key.what.rawValue) < ($1.key.day, $1.key.what.rawValue) }.map { key, items in
            "{ day = \(AgendaPlanWriter.quoted(key.day)), what = \"\(key.what.rawValue)\", items = ["
                + items.map(AgendaPlanWriter.quoted).joined(separator: ", ") + "] }"
        }
        return "carried = [" + entries.joined(separator: ", ") + "]"
    }

    /// A plan's text with `material` written at its top (a top-level key before any header).
    public static func text(_ planText: String, carrying material: CarriedMaterial) -> String {
        material.isEmpty ? planText : carriedLine(material) + "\n" + planText
    }
}
