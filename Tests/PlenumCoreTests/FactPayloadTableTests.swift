import Testing
@testable import PlenumCore

/// The table the journal reads facts with lists every kind of fact once: a kind missing from it
/// could be written but never read back.
@Suite struct FactPayloadTableTests {
    @Test func theTableHasEveryStoredKindOnce() {
        let kinds = FactCoding.payloadTypes.map { $0.kind }
        #expect(Set(kinds).count == kinds.count)
        #expect(Set(kinds) == Set(StoredFactsTests.lines.map(\.kind)))
    }
}
