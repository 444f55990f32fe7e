import Foundation
import Testing
@testable import PlenumCore

/// `docs/plan-format.md` and `docs/process-format.md` name every key the readers accept, and their
/// key tables list no key the readers refuse.
struct PlanKeysDocsTests {
    static func doc(_ name: String) throws -> String {
        try String(contentsOfFile: packageRoot + "/docs/" + name, encoding: .utf8)
    }

    /// Whether some code span (`…`) of `text` has `key` as a word in it.
    static func names(_ text: String, _ key: String) -> Bool {
        text.matches(of: /`[^`\n]+`/).contains { span in
            span.output.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).contains { $0 == key }
        }
    }

    /// The keys in the first column of the table under the heading `## heading`.
    static func tableKeys(_ text: String, under heading: String) -> [String] {
        guard let start = text.range(of: "\n## " + heading + "\n") else { return [] }
        let section = text[start.upperBound...].components(separatedBy: "\n## ")[0]
        return section.components(separatedBy: "\n").filter { $0.hasPrefix("| `") }.flatMap { row in
            row.components(separatedBy: " | ")[0].matches(of: /`([a-z_]+)`/).map { String($0.output.1) }
        }
    }

    @Test func thePlanFormatNamesEveryKeyAPlanMayHave() throws {
        let text = try Self.doc("plan-format.md")
        let accepted = PlanKeys.topLevel + PlanKeys.uniformTables + PlanKeys.namedTable + PlanKeys.person + PlanKeys.rule
            + PlanKeys.track + PlanKeys.station + PlanKeys.allBlockKeys + PlanKeys.carried
        for key in Set(accepted) {
            #expect(Self.names(text, key), "docs/plan-format.md does not name the plan key `\(key)`")
        }
        for key in Self.tableKeys(text, under: "Top-level keys") {
            #expect(PlanKeys.topLevel.contains(key), "docs/plan-format.md lists `\(key)` as a top-level key; plans refuse it")
        }
        for key in Self.tableKeys(text, under: "Block keys") {
            #expect(PlanKeys.allBlockKeys.contains(key), "docs/plan-format.md lists `\(key)` as a block key; plans refuse it")
        }
        #expect(Self.tableKeys(text, under: "Top-level keys").count >= 10 && Self.tableKeys(text, under: "Block keys").count >= 10)
    }

    @Test func theProcessFormatNamesEveryKeyAProcessMayHave() throws {
        let text = try Self.doc("process-format.md")
        for key in Set(ProcessFile.topKeys + ProcessFile.phaseKeys + ProcessFile.milestoneKeys + ProcessFile.dayKeys) {
            #expect(Self.names(text, key), "docs/process-format.md does not name the process key `\(key)`")
        }
    }
}
