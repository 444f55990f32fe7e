import Testing
@testable import PlenumCore

@Suite struct PlanLoaderTests {
    func message(_ bytes: [UInt8]) -> String {
        let d = PlanLoader.load(bytes, defaultLanguage: .en).diagnostics
        return d.map { ($0.position.map { "\($0.line):\($0.column): " } ?? "") + $0.message }.joined(separator: "\n")
    }

    @Test func emptyAndBlankFilesSaySo() {
        #expect(message([]).hasPrefix("the file is empty"))
        #expect(message(Array(" \n\r\n\t".utf8)).hasPrefix("the file is empty"))
        #expect(message([0xEF, 0xBB, 0xBF]).hasPrefix("the file is empty"))
    }

    @Test func bytesThatAreNotUTF8ArePlaced() {
        let bytes = Array("title = \"x\"\nvenue = \"K".utf8) + [0xE6] + Array("r\"\n".utf8)
        #expect(message(bytes) == "2:11: the file is not UTF-8 text; save it as UTF-8 (in most editors: Save As → Encoding → UTF-8)")
    }

    @Test func aNulByteIsRefused() {
        #expect(message(Array("title = \"a\0b\"".utf8)) == "1:11: the file contains a NUL byte; a plan must be plain text")
    }

    @Test func aHugeFileIsRefusedWithoutParsing() {
        let bytes = [UInt8](repeating: 0x61, count: PlanLoader.maximumBytes + 1)
        #expect(message(bytes) == "the file is 2.0 MB; a plan is a small text file (at most 2 MB)")
    }

    @Test func randomBytesNeverCrash() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let count = Int.random(in: 0..<200, using: &generator)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let outcome = PlanLoader.load(bytes, defaultLanguage: .da)
            #expect(outcome.plan == nil || !outcome.diagnostics.hasErrors)
        }
    }
}

/// The repeatable generator of the tests: the engine's own SplitMix64.
typealias SeededGenerator = SplitMix64
