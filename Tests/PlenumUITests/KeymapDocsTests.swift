import Foundation
import Testing
@testable import PlenumCore
@testable import PlenumUI

/// The keymaps are the one place a key is bound: `docs/interface.md` names exactly their keys,
/// every binding has help words in both languages, and the console's `?` help lists its keymap.
struct KeymapDocsTests {
    static let all: [KeymapSummary] = ConsoleKeys.all + WallKeys.all + NotesKeys.all + ReviewKeys.all + PriorityKeys.all + [TextKeys.line.summary]

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

    @Test func theConsoleHelpListsItsKeymapUnderItsGroups() {
        for language in [Language.da, .en] {
            let strings = language.ui
            let sections = ConsoleKeys.helpSections(strings)
            let rows = sections.flatMap(\.rows)
            // Every help line the words have is bound and shown once, and every binding's line is shown (but the help's own key).
            #expect(Set(rows.map(\.text)) == Set(strings.helpLines.map(\.1)))
            #expect(rows.count == strings.helpLines.count)
            for binding in ConsoleKeys.map.bindings where binding.action != .help {
                #expect(rows.contains { $0.text == binding.help(strings) }, "\(binding.keys) has no line in the help")
            }
            // The headings are the groups' words, in the groups' order; a line stands under its first binding's group.
            let groups = KeyGroup.allCases.filter { group in ConsoleKeys.map.bindings.contains { $0.group == group } }
            #expect(sections.map(\.heading) == groups.map(strings.helpHeading))
            for section in sections {
                let group = KeyGroup.allCases.first { strings.helpHeading($0) == section.heading }
                for row in section.rows {
                    #expect(ConsoleKeys.map.bindings.first { $0.help(strings) == row.text }?.group == group,
                            "\(row.keys) stands under \(section.heading)")
                }
            }
        }
        #expect(Language.da.ui.helpHeading(.day) == "Dagens gang")
        #expect(Language.en.ui.helpHeading(.views) == "Other views")
    }

    /// The notes' F1 help is built from the notes' keymaps as the console's `?` help is from its.
    @Test func theNotesHelpListsItsKeymapsUnderItsGroups() {
        for language in [Language.da, .en] {
            let strings = language.ui
            for evaluation in [false, true] {
                let maps = NotesKeys.helpMaps(evaluation: evaluation)
                let sections = NotesKeys.helpSections(strings, evaluation: evaluation)
                let rows = sections.flatMap(\.rows)
                let named = Set(maps.flatMap { map in map.helps.map { $0(strings) } })
                // Each line a binding names is shown once; only F1's own binding (its hint) has none.
                #expect(rows.count == Set(rows.map(\.text)).count, "a line shown twice")
                #expect(named.subtracting(rows.map(\.text)) == [strings.notesHints.help])
                // A line stands under the group of the first binding naming it, the groups in their order.
                let bindings = maps.flatMap { map in zip(map.helps, map.groups).map { ($0(strings), $1) } }
                for section in sections {
                    for row in section.rows {
                        let group = bindings.first { $0.0 == row.text }?.1
                        #expect(group.map(strings.notesHelpHeading) == section.heading, "\(row.keys) stands under \(section.heading)")
                    }
                }
                let groups = KeyGroup.allCases.filter { group in bindings.contains { $0.1 == group } }
                #expect(sections.map(\.heading) == groups.map(strings.notesHelpHeading))
            }
            // With ratings or material every line of the words is shown; without, not their keys.
            let all = NotesKeys.helpSections(strings, evaluation: true).flatMap(\.rows).map(\.text)
            #expect(all.count == strings.notesHelpLines.count && Set(all) == Set(strings.notesHelpLines.map(\.1)))
            let plain = NotesKeys.helpSections(strings, evaluation: false)
            #expect(!plain.map(\.heading).contains(strings.notesHelpHeading(.day)))
        }
    }

    /// Keymaps whose hint bar is built from their bindings (`Keymap.hintBar`).
    static let generatedBars: [KeymapSummary] = [ConsoleKeys.map.summary, WallKeys.map.summary, WallKeys.groupsMap.summary,
                                                  WallKeys.checkInMap.summary, WallKeys.themes.summary, ReviewKeys.timeline.summary,
                                                  ReviewKeys.block.summary, ReviewKeys.results.summary, NotesKeys.picker.summary,
                                                  NotesKeys.typing.summary, NotesKeys.selected.summary, NotesKeys.anywhere.summary,
                                                  PriorityKeys.tally.summary, PriorityKeys.quickWins.summary, ReviewKeys.process.summary,
                                                  ConsoleKeys.form.summary, WallKeys.walkIn.summary, ReviewKeys.export.summary,
                                                  ConsoleKeys.answer.summary, NotesKeys.actors.summary]

    /// The key names a hint item starts with ("←→ table" names ← and →, "v/V vote" v and V).
    static func keysNamed(byHint item: String) -> [String] {
        let spelled: [String: String] = ["Del": "Delete", "⌫": "Backspace", "?": "`?`", "/": "`/`", "mellemrum": "Space", "Space/Enter": "Enter"]
        let first = String(item.split(separator: " ")[0])
        if first == "[" { return ["`[`", "`]`"] }
        if let name = spelled[first] { return [name] }
        let names = keyNames(in: first)
        return names.isEmpty ? first.split(separator: "/").map { "`\($0)`" } : names
    }

    @Test func aGeneratedHintBarNamesEachItemsOwnKeyFirst() {
        for language in [Language.da, .en] {
            let strings = language.ui
            for map in Self.generatedBars {
                #expect(!map.hints.isEmpty, "\(map.section) has no hint bar")
                let bound = Set(map.keys.map(\.docName))
                for hint in map.hints {
                    let item = hint.text(strings)
                    let named = Self.keysNamed(byHint: item)
                    // The item names its own binding's key, and only keys its screen binds.
                    #expect(!Set(named).isDisjoint(with: hint.keys.map(\.docName)),
                            "the hint \"\(item)\" does not name its own key \(hint.keys.map(\.docName))")
                    for name in named {
                        #expect(bound.contains(name), "the hint \"\(item)\" names \(name), which its screen does not bind")
                    }
                }
            }
        }
    }

    @Test func aHintBarKeepsItsAlwaysItemsAndDropsTheRestFromTheEnd() {
        let strings = Language.en.ui
        let full = ConsoleKeys.map.hintBar(strings, width: .max)
        #expect(full.hasPrefix("Space start/pause · n next · "))
        #expect(full.hasSuffix("i insert · ? help · q quit"))
        let narrow = ConsoleKeys.map.hintBar(strings, width: 44)
        #expect(narrow == "Space start/pause · n next · ? help · q quit")
        #expect(ConsoleKeys.map.hintBar(strings, width: 43) == "Space start/pause · ? help · q quit")
        #expect(WallKeys.checkInMap.hintBar(Language.da.ui, width: 33) == "Enter kom · - afbud · Esc tilbage")
        // The notes' bar comes from three keymaps: typing's, a selected post-it's and every mode's.
        #expect(NotesKeys.bar(strings, width: .max) == "Enter save · Tab kind · ↑ select · Enter on selected: edit · Del remove · "
                + "m move · Ctrl-Z undo · F1 help · q quit (empty line)")
        #expect(NotesKeys.bar(Language.da.ui, width: 43) == "Enter gem · F1 hjælp · q afslut (tom linje)")
        // The tally's x says what it does now.
        #expect(PriorityKeys.tallyBar(strings, width: .max, closed: false) == "←→ vote · ↑↓ scroll · x close the vote · s the stage · Esc back")
        #expect(PriorityKeys.tallyBar(Language.da.ui, width: .max, closed: true)
                == "←→ afstemning · ↑↓ rul · x åbn igen · s scenen · Esc tilbage")
    }

    /// The questions' footers are the answer keymap's bar with what Enter does there; the actors'
    /// picker's is its keymap's bar.
    @Test func theQuestionsAndTheActorsPickerBuildTheirFootersFromTheirKeymaps() {
        let en = Language.en.ui, da = Language.da.ui
        #expect(ConsoleKeys.answerBar(en) == "Enter applies · Esc cancels")
        #expect(ConsoleKeys.answerBar(en, yes: en.answerHints.skip) == "Enter skips ahead · Esc cancels")
        #expect(ConsoleKeys.answerBar(da, yes: da.answerHints.endDay) == "Enter afslutter dagen · Esc fortryder")
        #expect(ConsoleKeys.answerBar(da, yes: da.answerHints.reopen) == "Enter åbner dagen · Esc fortryder")
        #expect(NotesKeys.actors.hintBar(en, width: .max) == "↑↓ choose · Space/Enter on/off · Esc close")
        #expect(NotesKeys.actors.hintBar(da, width: .max) == "↑↓ vælg · mellemrum/Enter til/fra · Esc luk")
        for strings in [en, da] {
            // Every question's Enter item names Enter, the key of `yes`.
            for item in [strings.answerHints.apply, strings.answerHints.skip, strings.answerHints.endDay, strings.answerHints.reopen] {
                #expect(Self.keysNamed(byHint: item) == ["Enter"], "\(item)")
            }
        }
    }
}
