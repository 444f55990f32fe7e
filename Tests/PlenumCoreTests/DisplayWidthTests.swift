import Testing
@testable import PlenumCore

@Suite struct DisplayWidthTests {
    @Test func danishLettersAreOneColumn() {
        #expect(DisplayWidth.of("æøåÆØÅ") == 6)
    }

    @Test func wideCharactersAndEmojiAreTwo() {
        #expect(DisplayWidth.of("会議") == 4)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2, "a skin tone modifier joins its emoji")
        #expect(DisplayWidth.of("👩‍👩‍👧") == 2, "a ZWJ family is one grapheme")
        #expect(DisplayWidth.of("🇩🇰") == 2)
        #expect(DisplayWidth.of("❤️") == 2, "VS16 asks for emoji presentation")
    }

    @Test func combiningMarksTakeNoColumn() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("a\u{30A}") == 1)
    }

    @Test func truncateAndPadByColumns() {
        #expect(DisplayWidth.truncate("Velkomst og baggrund", to: 10) == "Velkomst …")
        #expect(DisplayWidth.truncate("会議会議", to: 5) == "会議…")
        #expect(DisplayWidth.pad("Bord 1", to: 8) == "Bord 1  ")
        #expect(DisplayWidth.pad("会", to: 4, right: true) == "  会")
    }

    @Test func wrapBreaksAtSpacesAndSplitsLongWords() {
        #expect(DisplayWidth.wrap("Dialog i mindre grupper", to: 10) == ["Dialog i", "mindre", "grupper"])
        #expect(DisplayWidth.wrap("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
        #expect(DisplayWidth.wrap("", to: 4) == [""])
    }
}
