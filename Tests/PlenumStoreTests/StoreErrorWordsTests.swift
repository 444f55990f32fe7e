import Testing
import PlenumCore
@testable import PlenumStore

/// A session file's refusals in the session's language: the sentence and the reasons plenum gives
/// itself; a reason from the system passes as it came.
@Suite struct StoreErrorWordsTests {
    @Test func theDiskIsFullInDanish() {
        let error = StoreError.cannotWrite("dag.plenum", .diskFull)
        #expect(error.message(.da) == "kan ikke gemme i dag.plenum: disken er fuld")
        #expect(error.message == "cannot save to dag.plenum: the disk is full")
        let busy = StoreError.cannotOpen("dag.plenum", .busy)
        #expect(busy.message(.da) == "kan ikke åbne dag.plenum: en anden plenum holdt filen optaget for længe; den er ikke rørt")
        #expect(StoreError.cannotWrite("x", .system("No space left on device")).message(.da) == "kan ikke gemme i x: No space left on device")
    }

    @Test(arguments: Language.allCases) func theJournalCarriesEveryLanguage(_ language: Language) {
        let error = StoreError.damaged("dag.plenum", .cutShort)
        #expect(error.journalError.message(language) == error.message(language))
        #expect(error.journalError.message == error.message)
    }

    @Test func aFileThatIsNoSessionIsRefusedInDanish() throws {
        #expect(StoreError.notASession("noter.plenum").message(.da) == "noter.plenum er ikke en plenum-sessionsfil; den er ikke rørt")
    }

    @Test func aFactThatCannotBeReadIsNamedInDanish() {
        let fact = StoreError.unreadableFact("dag.plenum", UnreadableFact(seq: 43, kind: "postItAdded", flaw: .missing("text")))
        #expect(fact.message(.da) == "dag.plenum er beskadiget (hændelse 43 (postItAdded) kan ikke læses: `text` mangler); "
            + "den er ikke rørt, og `plenum recover dag.plenum -o NY` gemmer det, der kan læses")
        #expect(fact.message.contains("(fact 43 (postItAdded) cannot be read: no `text`)"))
        #expect(StoreError.missingFacts("d", 8...9).message(.da).contains("(hændelserne 8 til 9 mangler)"))
        #expect(StoreError.missingFacts("d", 30...30).message(.en).contains("(fact 30 is missing)"))
        #expect(UnreadableFact(seq: 5, kind: nil, flaw: .overADay(9000)).sentence(.da) == "hændelse 5 kan ikke læses: 9000 minutter er mere end et døgn")
    }

    /// Every reason plenum names itself has its own words in each language; the system's pass as they came.
    @Test func everyReasonPlenumNamesIsSaidInDanishAndEnglish() {
        let reasons: [StoreReason] = [.diskFull, .readOnly, .damagedFile, .busy, .diskError, .permissionDenied, .cutShort,
                                      .sqliteCannotRead, .badPageSize, .noSessionDay, .walInReadOnlyFolder, .nothingToStartFrom]
        let danish = reasons.map { Language.da.store.reason($0) }
        let english = reasons.map { Language.en.store.reason($0) }
        #expect(Set(danish).count == reasons.count && Set(english).count == reasons.count)
        for (da, en) in zip(danish, english) { #expect(!da.isEmpty && da != en, "\(en)") }
        #expect(Language.da.store.reason(.system("No space left on device")) == "No space left on device")
    }
}
