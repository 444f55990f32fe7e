import Testing
@testable import PlenumCore
@testable import PlenumUI

/// The layout helpers every screen draws with: a screen below its minimum says so (never a
/// crash), and a hint bar is the last row, dim, a column in from each side.
struct LayoutTests {
    @Test func belowItsMinimumAScreenSaysTheTerminalIsTooSmall() throws {
        let minimum = MinimumSize(width: 60, height: 16)
        #expect(minimum.refusal(width: 60, height: 16, strings: Language.en.ui) == nil)
        let small = try #require(minimum.refusal(width: 59, height: 30, strings: Language.da.ui))
        #expect(small.text.contains("Terminalen er for lille") && small.text.contains("mindst 60×16 tegn"))
        #expect(minimum.refusal(width: 80, height: 0, strings: Language.en.ui)?.text.isEmpty == true, "no rows: nothing to draw, no crash")
    }

    @Test func aHintBarIsTheDimLastRowCutToItsWidth() {
        var screen = Screen(width: 20, height: 3)
        HintBar("Enter gem · Esc fortryd · q afslut").draw(on: &screen)
        let last = screen.text.split(separator: "\n", omittingEmptySubsequences: false)[2]
        #expect(last.hasPrefix(" Enter gem · Esc"))
        #expect(DisplayWidth.of(String(last)) <= 20)
        #expect(screen[2, 0].style == .dim && screen[2, 19].style == .dim && screen[1, 0].style != .dim)
        #expect(Rect(screen).lastRows(1) == Rect(top: 2, left: 0, width: 20, height: 1))
    }
}
