/// Where a block takes its cards or material from: an earlier day of the same process (`cards_from`
/// / `material_from` in a plan, see plan-format.md).
public struct CarriedSource: Sendable, Equatable, Hashable {
    /// What is taken from that day.
    public enum What: String, Sendable, CaseIterable {
        case quickWins = "quick_wins"
        case themes
    }

    /// The day's id in the process.
    public var day: String
    public var what: What
    /// Where the key stands in the plan file.
    public var position: SourcePosition?

    public init(day: String, what: What, position: SourcePosition? = nil) {
        self.day = day
        self.what = what
        self.position = position
    }

    public static func == (a: CarriedSource, b: CarriedSource) -> Bool { a.day == b.day && a.what == b.what }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(day)
        hasher.combine(what)
    }
}

/// The texts earlier days gave, by where they come from: what `cards_from` and `material_from`
/// take. A source that is there with no texts is a day that has given nothing yet.
public typealias CarriedMaterial = [CarriedSource: [String]]

extension PlanReader {
    /// `carried = [{ day = "…", what = "quick_wins", items = ["…"] }]`: the material written into a
    /// session's copy of the plan when it was created, so a resumed day has the same cards.
    mutating func readCarried(_ root: TOMLNode) -> CarriedMaterial {
        guard let elements = tables(root["carried"], key: "carried") else { return [:] }
        var result: CarriedMaterial = [:]
        for (i, node) in elements.enumerated() {
            let context = "carried \(i + 1)"
            checkKeys(node, allowed: ["day", "what", "items"], context: context)
            guard let day = text(node, "day", in: context, required: true),
                  let what = choice(node, "what", in: context, as: CarriedSource.What.self) else { continue }
            result[CarriedSource(day: day, what: what)] = textList(node, "items", in: context) ?? []
        }
        return result
    }

    /// `cards_from = { day = "bootcamp-1", what = "quick_wins" }` on a block.
    mutating func carriedSource(_ block: TOMLNode, _ key: String, in context: String) -> CarriedSource? {
        guard let node = block[key] else { return nil }
        guard case .table = node.value else {
            error("`\(key)` of \(context) must be a table: \(key) = { day = \"bootcamp-1\", what = \"quick_wins\" }", node)
            return nil
        }
        checkKeys(node, allowed: ["day", "what"], context: "`\(key)` of \(context)")
        let day = text(node, "day", in: "`\(key)` of \(context)", required: true)
        let what = choice(node, "what", in: "`\(key)` of \(context)", as: CarriedSource.What.self)
        if node["what"] == nil {
            error("`\(key)` of \(context) has no `what`; use \"quick_wins\" or \"themes\"", node)
        }
        guard let day, let what else { return nil }
        return CarriedSource(day: day, what: what, position: node.keyPosition ?? node.position)
    }
}

extension PlanLoader {
    /// The line `carried = […]` that holds `material`, for the top of a session's copy of a plan.
    public static func carriedLine(_ material: CarriedMaterial) -> String {
        let entries = material.sorted { ($0.key.day, $0.key.what.rawValue) < ($1.key.day, $1.key.what.rawValue) }.map { source, items in
            "{ day = \(AgendaPlanWriter.quoted(source.day)), what = \"\(source.what.rawValue)\", items = ["
                + items.map(AgendaPlanWriter.quoted).joined(separator: ", ") + "] }"
        }
        return "carried = [" + entries.joined(separator: ", ") + "]"
    }

    /// A plan's text with `material` written at its top (a top-level key before any header).
    public static func text(_ planText: String, carrying material: CarriedMaterial) -> String {
        material.isEmpty ? planText : carriedLine(material) + "\n" + planText
    }
}
