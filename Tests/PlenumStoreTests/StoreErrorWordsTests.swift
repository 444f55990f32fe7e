import Testing
import PlenumCore
@testable import PlenumStore

/// A session file's refusals in the session's language: the sentence and the reasons plenum gives
/// itself; a reason from the system passes as it came.
@Suite struct StoreErrorWordsTests {
    @Test func theDiskIsFullInDanish() {
        let error = StoreError.cannotWrite("dag.plenum", "the disk is full")
        #expect(error.message(.da) == "kan ikke gemme i dag.plenum: disken er fuld")
        #expect(error.message == "cannot save to dag.plenum: the disk is full")
        let busy = StoreError.cannotOpen("dag.plenum", "another plenum kept the file busy for too long")
        #expect(busy.message(.da) == "kan ikke åbne dag.plenum: en anden plenum holdt filen optaget for længe; den er ikke rørt")
        #expect(StoreError.cannotWrite("x", "No space left on device").message(.da) == "kan ikke gemme i x: No space left on device")
    }

    @Test(arguments: Language.allCases) func theJournalCarriesEveryLanguage(_ language: Language) {
        let error = StoreError.damaged("dag.plenum", "it is cut short")
        #expect(error.journalError.message(language) == error.message(language))
        #expect(error.journalError.message == error.message)
    }

    @Test func aFileThatIsNoSessionIsRefusedInDanish() throws {
        #expect(StoreError.notASession("noter.plenum").message(.da) == "noter.plenum er ikke en plenum-sessionsfil; den er ikke rørt")
    }
}
