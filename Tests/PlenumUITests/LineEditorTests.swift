import Testing
@testable import PlenumCore
@testable import PlenumUI

@Suite struct LineEditorTests {
    func typed(_ text: String) -> LineEditor {
        var e = LineEditor()
        for c in text { e.handle(.character(c)) }
        return e
    }

    @Test func danishLettersAreOneGraphemeEach() {
        var e = typed("Ærø og Åbo")
        e.handle(.backspace)
        e.handle(.home)
        e.handle(.delete)
        #expect(e.text == "rø og Åb")
        #expect(e.cursor == 0)
    }

    @Test func emojiWithSkinToneAndCombiningMarksDeleteAsOne() {
        var e = LineEditor("ok 👍🏽")
        e.handle(.backspace)
        #expect(e.text == "ok ")
        var f = LineEditor("cafe\u{301}")
        #expect(f.text.count == 4)
        f.handle(.backspace)
        #expect(f.text == "caf")
        var g = LineEditor("会議です")
        g.handle(.left)
        g.handle(.backspace)
        #expect(g.text == "会議す")
    }

    @Test func wordAndLineKills() {
        var e = LineEditor("gode ideer til bydelen")
        e.handle(.control("w"))
        #expect(e.text == "gode ideer til ")
        e.handle(.left)
        e.handle(.left)
        e.handle(.control("u"))
        #expect(e.text == "l ")
        e.handle(.control("e"))
        #expect(e.cursor == 2)
        e.handle(.control("a"))
        #expect(e.cursor == 0)
    }

    @Test func controlCharactersAndEscapesNeverGetIn() {
        var e = LineEditor()
        e.insert("rød\u{1B}[31m tekst\u{07}\u{9B}2J slut")
        #expect(!e.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(e.text.contains("rød"))
        #expect(e.text.hasSuffix("slut"))
    }

    @Test func theLimitIsKeptAndSaid() {
        var e = LineEditor(maxLength: 5)
        e.insert("æøåæøå")
        #expect(e.text == "æøåæø")
        #expect(e.hitLimit)
        e.handle(.backspace)
        #expect(!e.hitLimit)
    }

    @Test func wrapsByTerminalWidthAndKeepsTheCursor() {
        let e = LineEditor("Flere cykelstier i Ørestad 🚲 tak")
        let w = e.wrapped(width: 12)
        #expect(w.lines == ["Flere ", "cykelstier ", "i Ørestad ", "🚲 tak"])
        #expect(w.row == 3 && w.column == 6)
        for line in w.lines { #expect(DisplayWidth.of(line) <= 12) }
        var f = LineEditor("会議会議会議")
        f.handle(.home)
        f.handle(.right); f.handle(.right); f.handle(.right)
        let v = f.wrapped(width: 5)
        #expect(v.lines == ["会議", "会議", "会議"])
        #expect(v.row == 1 && v.column == 2)
    }

    @Test func aFullLineMovesTheCursorToTheNext() {
        let e = LineEditor("abcde")
        let w = e.wrapped(width: 5)
        #expect(w.lines == ["abcde", ""])
        #expect(w.row == 1 && w.column == 0)
    }
}
