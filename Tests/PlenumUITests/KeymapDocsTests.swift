import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// The keymaps are the one place a key is bound: `docs/interface.md` names exactly their keys,
/// every binding has help words in both languages, and the console's `?` help lists its keymap.
struct KeymapDocsTests {
    static let all: [KeymapSummary] = ConsoleKeys.all + WallKeys.all + NotesKeys.all + ReviewKeys.all + [TextKeys.line.summary]

    /// The `### ` sections under `## Keys` in docs/interface.md, with the keys their tables name.
    static func documentedKeys() throws -> [String: Set<String>] {
        let text = try String(contentsOfFile: packageRoot + "/docs/interface.md", encoding: .utf8)
        guard let start = text.range(of: "\n## Keys\n") else { return [:] }
        let keys = text[start.upperBound...].components(separatedBy: "\n## ")[0]
        var sections: [String: Set<String>] = [:]
        for section in keys.components(separatedBy: "\n### ").dropFirst() {
            let lines = section.components(separatedBy: "\n")
            let rows = lines.dropFirst().filter { $0.hasPrefix("| ") && !$0.hasPrefix("| key |") }
            sections[lines[0]] = Set(rows.flatMap { keyNames(in: $0.components(separatedBy: " | ")[0]) })
        }
        return sections
    }

    /// The keys a table's key cell names, as `Key.docName` writes them (`` `1`–`9` `` is nine keys).
    static func keyNames(in cell: String) -> [String] {
        var names: [String] = []
        let pattern = /`([^`]+)`–`([^`]+)`|`([^`]+)`|Shift-Tab|Ctrl-[A-Z]|F[0-9]+|Space|Enter|Esc|Tab|Backspace|Delete|Home|End|PgUp|PgDn|↑|↓|←|→/
        for match in cell.matches(of: pattern) {
            if let from = match.output.1, let to = match.output.2, let a = Int(from), let b = Int(to) {
                names += (a...b).map { "`\($0)`" }
            } else {
                names.append(String(match.output.0))
            }
        }
        return names
    }

    @Test func theDocsNameEveryKeyOfEveryScreenAndNoOther() throws {
        let documented = try Self.documentedKeys()
        var sections = Set<String>()
        for map in Self.all {
            #expect(!sections.contains(map.section), "two keymaps share the section \(map.section)")
            sections.insert(map.section)
            let bound = Set(map.keys.filter { $0 != .resize }.map(\.docName))
            guard let written = documented[map.section] else {
                Issue.record("docs/interface.md has no section \"### \(map.section)\"")
                continue
            }
            #expect(bound.subtracting(written).isEmpty, "\(map.section): bound but not in the docs: \(bound.subtracting(written).sorted())")
            #expect(written.subtracting(bound).isEmpty, "\(map.section): in the docs but not bound: \(written.subtracting(bound).sorted())")
        }
        for (section, keys) in documented where !keys.isEmpty && !sections.contains(section) {
            Issue.record("docs/interface.md documents keys under \"\(section)\", which no keymap has")
        }
    }

    @Test func noScreenBindsAKeyTwice() {
        for map in Self.all {
            let keys = map.keys.map(\.docName)
            #expect(Set(keys).count == keys.count, "\(map.section) binds a key twice: \(keys)")
        }
    }

    @Test func everyBindingHasHelpWordsInBothLanguages() {
        for language in [Language.da, .en] {
            let strings = language.ui
            for map in Self.all {
                for (i, help) in map.helps.enumerated() {
                    #expect(!help(strings).isEmpty, "\(map.section), binding \(i): no help words in \(language)")
                }
            }
        }
    }

    @Test func theConsoleHelpListsItsKeymap() {
        for language in [Language.da, .en] {
            let strings = language.ui
            let rows = ConsoleKeys.helpRows(strings)
            // Every help line the words have is bound, and every binding's line is shown (but the help's own key).
            #expect(rows.map(\.text) == strings.helpLines.map(\.1))
            for binding in ConsoleKeys.map.bindings where binding.action != .help {
                #expect(rows.contains { $0.text == binding.help(strings) }, "\(binding.keys) has no line in the help")
            }
        }
    }

    @Test func theHintBarsNameBoundKeys() {
        // Each hint names the keys first: that word must be a key its screen binds.
        let strings = Language.en.ui
        let bars: [(String, [KeymapSummary])] = [
            (strings.hints(width: .max), [ConsoleKeys.map.summary]),
            (strings.wallHint(width: .max), [WallKeys.map.summary]),
            (strings.groupsHint(width: .max), [WallKeys.groupsMap.summary]),
            (strings.checkInHint(width: .max), [WallKeys.checkInMap.summary]),
            (strings.notesHints(width: .max), [NotesKeys.anywhere.summary, NotesKeys.typing.summary, NotesKeys.selected.summary]),
            (strings.reviewHint(width: .max), [ReviewKeys.timeline.summary]),
            (strings.themesHint, [WallKeys.themes.summary]),
            (strings.pickTableHint, [NotesKeys.picker.summary]),
        ]
        let spelled: [String: String] = ["Del": "Delete", "⌫": "Backspace", "?": "`?`", "/": "`/`"]
        for (bar, maps) in bars {
            let bound = Set(maps.flatMap { $0.keys.map(\.docName) })
            for item in bar.components(separatedBy: " · ") {
                let first = String(item.split(separator: " ")[0])
                var names = Self.keyNames(in: first)
                if let name = spelled[first] { names = [name] }
                if names.isEmpty { names = first.split(separator: "/").map { "`\($0)`" } }
                if first == "[" { names = ["`[`", "`]`"] }
                for name in names {
                    #expect(bound.contains(name), "the hint \"\(item)\" names \(name), which its screen does not bind")
                }
            }
        }
    }
}
