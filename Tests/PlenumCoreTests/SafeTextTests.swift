import Testing
@testable import PlenumCore

/// `SafeText.isHarmful` asks Unicode's Bidi_Control property only where such scalars are: it
/// must still say exactly what the property says, for every scalar there is.
@Suite struct SafeTextTests {
    @Test func harmfulIsTheControlsAndEveryBidiControlScalar() {
        var differing: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let byDefinition = value < 0x20 || value == 0x7F || (0x80..<0xA0).contains(value) || scalar.properties.isBidiControl
            if SafeText.isHarmful(scalar) != byDefinition { differing.append(value) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(10).map { String($0, radix: 16) })")
        #expect(SafeText.isHarmful("\u{202E}") && SafeText.isHarmful("\u{061C}") && SafeText.isHarmful("\u{2066}"))
        #expect(!SafeText.isHarmful("–") && !SafeText.isHarmful("æ") && !SafeText.isHarmful("会"))
    }
}
