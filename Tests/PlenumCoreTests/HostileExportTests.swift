import Foundation
import Testing
@testable import PlenumCore

/// Exports carry no control character and no direction override from any source — the plan's
/// title and table names, a notetaker's --name, post-it text — and the HTML page isolates what
/// people wrote, caps combining storms and breaks long words.
@Suite struct HostileExportTests {
    static let escape = "\u{1B}]0;owned\u{07}\u{1B}[2J"
    static let storm = "Z" + String(repeating: "\u{0301}\u{0316}", count: 200)
    static let longWord = String(repeating: "x", count: 3000)

    static let plan = """
        title = "Dag \\u001B]0;owned\\u0007 \\u202Eslut"
        start = "09:00"
        language = "da"
        [[tables]]
        name = "Bord\\u001B[2J 1"
        [[tables]]
        name = "Bord \\u009B31m2"
        [[blocks]]
        title = "Grupper \\u2067x"
        kind = "groups"
        minutes = 30
        """

    static func render(_ format: ExportFormat) throws -> String {
        var d = try SessionDriver(plan, at: "09:00")
        d.perform(.startOrPause)
        d.at("09:05")
        let texts = ["\u{202E}tekst der vender", storm, longWord, "linje\r\nto" + escape]
        for (k, text) in texts.enumerated() {
            d.record([.postItAdded(PostItDraft(id: "h\(k)", block: "p1", table: "Bord\u{1B}[2J 1", group: 1, kind: "pointe",
                                               text: text, author: "Navn" + escape)),
                      .themed(id: "h\(k)", theme: "Tema\u{202E}" + escape)])
        }
        return format.render(state: d.state, entries: d.journal, clock: d.clock, createdAt: d.now, now: d.now, anonymous: false)
    }

    static func harmful(_ text: String) -> [String] {
        text.unicodeScalars.filter { SafeText.isHarmful($0) && $0 != "\n" && $0 != "\r" && $0 != "\t" }
            .map { "U+" + String($0.value, radix: 16) }
    }

    @Test(arguments: ExportFormat.allCases) func noControlOrOverrideFromAnySource(_ format: ExportFormat) throws {
        let text = try Self.render(format)
        #expect(Self.harmful(text).isEmpty, "\(Self.harmful(text).prefix(5))")
        #expect(text.contains("owned") && (format == .ics || text.contains("tekst der vender")), "the text itself is kept")
        if format == .json {
            #expect(text.contains("\\u202e") && text.contains("\\u001b"), "json keeps them, escaped")
        } else {
            let widest = text.map { $0.unicodeScalars.count }.max() ?? 0
            #expect(widest <= SafeText.scalarsPerCharacter, "a combining storm is capped")
        }
    }

    @Test func theHTMLIsolatesWhatPeopleWroteAndBreaksLongWords() throws {
        let html = try Self.render(.html)
        #expect(html.contains("<li><bdi>tekst der vender</bdi>"))
        #expect(html.contains("<h3><bdi>Tema]0;owned[2J</bdi>"))
        #expect(html.contains("overflow-wrap:anywhere") && html.contains("word-break:break-word"))
        #expect(html.contains("<bdi>Z\u{0301}\u{0316}\u{0301}\u{0316}</bdi>"))
    }

    @Test func markdownEscapesEachMarkAndTakesPlainTextWhole() {
        #expect(MarkdownExport.escape("Grøn omstilling i Ærø") == "Grøn omstilling i Ærø")
        #expect(MarkdownExport.escape("*fed* og _kursiv_ [link](x) <b>&amp;") == "\\*fed\\* og \\_kursiv\\_ \\[link\\](x) \\<b\\>\\&amp;")
        #expect(MarkdownExport.escape("a\nb\tc\r\nd") == "a b c d", "line breaks and tabs are spaces")
        #expect(MarkdownExport.escape("\u{1B}[2Jrent") == "\\[2Jrent", "no control is left, the bracket is escaped")
        #expect(MarkdownExport.escape("- ikke en liste") == "\\- ikke en liste")
        #expect(MarkdownExport.escape("12. ikke nummereret") == "12\\. ikke nummereret")
        #expect(MarkdownExport.escape("Version 2.0") == "Version 2.0")
        #expect(MarkdownExport.escape("*\u{0301} accent") == "\\*\u{0301} accent", "a mark with an accent is still a mark")
    }

    @Test func theCleaningPathKeepsLinesAndLanguage() {
        #expect(SafeText.clean("a\u{1B}[2Jb\r\nc\td\u{9B}e") == "a[2Jb\nc\tde")
        #expect(SafeText.clean("a\nb\tc", lines: false) == "a b c")
        #expect(SafeText.clean("Ærø 会 👍🏽 👨‍👩‍👧‍👦 Việt") == "Ærø 会 👍🏽 👨‍👩‍👧‍👦 Việt")
        #expect(SafeText.printable("\t") == " " && SafeText.printable("\u{202E}") == "")
        #expect(SafeText.isClean("fint\n") && !SafeText.isClean("\u{1B}[2J"))
    }
}
