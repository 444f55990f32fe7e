import Foundation
import Testing
@testable import PlenumCore

/// The journal's payloads are read by plenum's own JSON reader: it reads back exactly what the
/// writer wrote (escapes, æøå, emoji, U+2028), what Foundation's JSONSerialization reads, and
/// refuses what is not JSON.
@Suite struct JSONReaderTests {
    static let hard = ["", "plain", "æøå ÆØÅ", "\"quoted\" \\ back\\slash", "line\nbreak\r\ttab", "\u{1}\u{1F}\u{7F}",
                       "emoji 🚲👩🏽‍💻", "separators \u{2028}\u{2029}", "dash – and — ‘quotes’", "\u{1B}[31mred"]

    @Test func whatTheWriterWritesReadsBackTheSame() throws {
        for text in Self.hard {
            let value = JSONValue.object([("text", .string(text)), ("n", .int(-42)), ("ok", .bool(true)), ("none", .null),
                                          ("list", .array([.string(text), .int(0), .object([])]))])
            for pretty in [true, false] {
                let read = try JSONReader.parse(value.rendered(pretty: pretty))
                #expect(read == value, "\(text.debugDescription) pretty: \(pretty)")
                #expect(read["text"]?.stringValue == text)
            }
        }
    }

    @Test func itReadsWhatFoundationWritesAndAgreesWithFoundation() throws {
        for text in Self.hard + ["/slash", "\u{10FFFF}"] {
            let data = try JSONSerialization.data(withJSONObject: ["text": text, "n": 7])
            let read = try JSONReader.parse(String(decoding: data, as: UTF8.self))
            #expect(read["text"]?.stringValue == text && read["n"]?.intValue == 7)
        }
        let escaped = try JSONReader.parse(#"{"a":"\u00e6\ud83d\udeb2\/\b\f","b":1.5e2,"c":[true,false,null]}"#)
        #expect(escaped["a"]?.stringValue == "æ🚲/\u{8}\u{C}")
        #expect(escaped["b"] == .double(150) && escaped["b"]?.intValue == 150)
        #expect(escaped["c"] == .array([.bool(true), .bool(false), .null]))
    }

    @Test func notJSONIsRefused() {
        for bad in ["", "{", "{\"a\":}", "{\"a\" 1}", "{\"a\":1,}", "[1 2]", "\"open", "\"bad \\x\"", "01", "1.", "-",
                    "{\"a\":\"\u{1}\"}", "\"\\ud83d\"", "tru", "{} x", "nul"] {
            #expect(throws: JSONReader.Malformed.self, "\(bad.debugDescription)") { try JSONReader.parse(bad) }
        }
    }

    @Test func everyFactReadsBackFromItsStoredForm() throws {
        let facts: [Fact] = [
            .dayStarted, .blockStarted(block: "p2"), .extended(block: "p2", minutes: -3), .cardDealt(block: "p2", card: 1),
            .blockEdited(block: "p3", title: "Ny \"titel\"", minutes: 12, at: .set(ClockTime(hour: 9, minute: 5))),
            .blockEdited(block: "p3", title: nil, minutes: nil, at: .clear),
            .blockInserted(block: "i1", after: nil, title: "Indskud", kind: .plenum, minutes: 5),
            .postItAdded(PostItDraft(id: "a", block: "p2", table: "Bord 1", group: 2, kind: "pointe", text: "æøå\n🚲", author: "Å")),
            .postItAdded(PostItDraft(id: "b", block: "p2", table: "Bord 1", group: nil, kind: "pointe", text: "x", author: "y")),
            .postItEdited(id: "a", text: "nyt", kind: "idé"), .postItMoved(id: "a", block: "p3"),
            .attendanceMarked(name: "Åse", status: .left), .walkInAdded(name: "Ny", segment: nil),
            .groupsFormed(block: "p2", groups: [SeatedGroup(table: "Bord 1", group: 1, members: ["A", "Ø"])]),
            .stageShown(.findTable), .voted(id: "a", delta: -1), .themed(id: "a", theme: nil), .themed(id: "a", theme: "Trafik"),
            .themeRenamed(from: "Trafik", to: "Transport"), .quickWinMarked(id: "a", on: true), .undone(seqs: [3, 4]),
        ]
        for fact in facts {
            let stored = FactCoding.payload(fact).rendered(pretty: false)
            #expect(try FactCoding.fact(type: fact.type, payload: stored) == fact)
        }
        #expect(throws: FactCoding.Unreadable.self) { try FactCoding.fact(type: "voted", payload: "[1]") }
        #expect(throws: FactCoding.Unreadable.self) { try FactCoding.fact(type: "voted", payload: #"{"id":"a"}"#) }
    }
}
