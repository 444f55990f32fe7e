/// The sentences `plenum check` says about a value of a plan or process file: its type, its length,
/// its bounds. `context` names where the value stands ("block 3 \"Velkomst\"", "[tables]", "the
/// plan"), already in the same language; the key is written as it is in the file.
protocol ValueMessages: Sendable {
    /// "a, b or c" (`and`: "a, b and c"), each name quoted with `quote`.
    func list(_ names: [String], quote: String, and: Bool) -> String
    /// "; did you mean "x"?" (or `x` with that quote), ready to end a sentence.
    func didYouMean(_ word: String, quote: String) -> String
    /// "`key` of CONTEXT".
    func key(_ key: String, of context: String) -> String
    func missingKey(_ key: String, in context: String) -> String
    func notText(_ key: String, of context: String, type: String) -> String
    func emptyText(_ key: String, of context: String) -> String
    func tooLong(_ key: String, of context: String, limit: Int) -> String
    func aboveMaximum(_ key: String, of context: String, value: Int, maximum: Int, why: String) -> String
    func belowMinimum(_ key: String, of context: String, value: Int, minimum: Int) -> String
    func quotedNumber(_ key: String, of context: String, written: String) -> String
    func notWholeNumber(_ key: String, of context: String, value: String) -> String
    func badTime(_ key: String, of context: String, why: String) -> String
    func timeWithSeconds(_ key: String, of context: String) -> String
    func timeNotText(_ key: String, of context: String, type: String) -> String
    /// Why a text is not a time: "\"9.3\" is not a time; write it as \"09:30\"" and its kin.
    func notATime(_ text: String, meant: String?) -> String
    func notATimeOfDay(_ text: String) -> String
    func listNotBracketed(_ key: String, of context: String, written: String) -> String
    func listNotTexts(_ key: String, of context: String, type: String) -> String
    func tooManyEntries(_ key: String, of context: String, count: Int, most: Int) -> String
    func entryNotText(_ key: String, of context: String, type: String) -> String
    func emptyEntry(_ key: String, of context: String) -> String
    func emptyList(_ key: String, of context: String) -> String
    func choiceNotText(_ key: String, of context: String, names: String, type: String) -> String
    func unknownChoice(_ key: String, value: String, for context: String, suggestion: String?, names: String) -> String
    func notListOfTables(_ key: String) -> String
    func entryNotTable(_ key: String, type: String) -> String
    /// Why a bound is where it is: "a whole day", "seats at one table" …
    func bound(_ bound: PlanBound) -> String
    /// "CONTEXT has 40 blocks; at most 30 are allowed".
    func tooMany(_ what: PlanCounted, count: Int, most: Int, in context: String) -> String
    func roomGroups(_ groups: Int, most: Int) -> String
    func roomSeats(_ seats: Int, most: Int) -> String
    func tooManyPlacements(seated: Int, rounds: Int, most: Int) -> String
    func dayTooLong(minutes: Int, from start: ClockTime) -> String
    var aNegativeNumber: String { get }
    func badSeed(_ what: String) -> String
}

extension ValueMessages {
    /// "a, b LAST c": the names, each quoted with `quote`, the last two joined by the word `last`.
    static func joined(_ names: [String], quote: String, last: String) -> String {
        let quoted = names.map { quote + $0 + quote }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " \(last) " + (quoted.last ?? "")
    }
}

/// What a maximum of `PlanLimits` stands for.
enum PlanBound: Sendable {
    case wholeDay, groupsAtOneTable, seatsAtOneTable, tablesInOneRoom, theSeatsAtOneTable, dotsOfOneTable, placesOfOneTopList,
         ratingDigit
}

/// What a plan holds a most of.
enum PlanCounted: String, Sendable {
    case blocks, tracks, segments, tables, people, rules
}

/// The sentences about blocks, tracks, stations and the planned schedule.
protocol BlockMessages: Sendable {
    func track(_ number: Int, of context: String) -> String
    func namedTrack(_ title: String, of context: String) -> String
    /// "block 3", "block 3 \"Velkomst\"", "block 1 of track \"Nord\" \"Oplæg\"".
    func block(_ number: Int, title: String?, track: String?) -> String
    func station(of context: String) -> String
    func namedStation(_ name: String, in context: String) -> String
    var noBlocks: String { get }
    var blocksEmpty: String { get }
    func noKind(_ context: String, kinds: String) -> String
    func tracksHaveNoMinutes(_ context: String) -> String
    func keyForOtherKinds(_ key: String, owners: String, context: String, kind: String) -> String
    func nestedTracks(_ context: String) -> String
    func atInsideTrack(_ context: String) -> String
    func minMinutesTooLong(_ context: String, minMinutes: Int, minutes: Int) -> String
    func cardMinutesWithoutCards(_ context: String) -> String
    func needsTables(_ context: String, presenters: Bool, kind: String) -> String
    func keepWithoutGroups(_ context: String) -> String
    func segmentWithoutSegments(_ context: String) -> String
    func mixedWithoutSegments(_ context: String) -> String
    func rotationNeedsStations(_ context: String) -> String
    func stationsNotList(_ context: String) -> String
    func stationEntryWrong(_ context: String, type: String) -> String
    func stationTwice(_ station: String, in context: String) -> String
    func stationHosts(_ station: String, in context: String) -> String
    func hostsUnknownSegment(_ about: String, key: String, noSegments: Bool) -> String
    func hostsSegmentEmpty(_ about: String, key: String) -> String
    func hostsWrongType(_ about: String, type: String) -> String
    func tracksMissing(_ context: String) -> String
    func tableInTwoTracks(_ table: String, _ first: String, _ second: String) -> String
    func trackHasNoBlocks(_ context: String) -> String
    func voteNotTable(_ context: String, type: String) -> String
    func voteNeedsKind(_ voteContext: String) -> String
    func voteHasBoth(_ voteContext: String) -> String
    func actorTwice(_ name: String) -> String
    func firstBlockBeforeStart(title: String, at: ClockTime, start: ClockTime) -> String
    func anchorsOutOfOrder(_ number: Int, title: String, at: ClockTime, earlier: Int, earlierTitle: String,
                           earlierAt: ClockTime) -> String
    func anchorMissed(_ number: Int, title: String, at: ClockTime, before: String, endsAt: ClockTime, missing: Int) -> String
    func dayPastEnd(_ ends: ClockTime, over: Int, end: ClockTime) -> String
    func pastMidnight(_ ends: ClockTime) -> String
    func lateCards(_ late: Int, of count: Int, block: String, minutes: Int, interval: Int) -> String
    func sharedStationTooShort(_ station: String, tracks: Int, block: String, visits: Int, minutes: Int, each: Int,
                               shortest: Int) -> String
}

/// The sentences about segments, tables, people and rules.
protocol PeopleMessages: Sendable {
    func table(_ number: Int) -> String
    func person(_ number: Int) -> String
    func namedPerson(_ name: String) -> String
    func rule(_ number: Int) -> String
    var segmentsNotTable: String { get }
    func segmentNeedsName(_ key: String) -> String
    func twoTablesCalled(_ name: String) -> String
    var tablesWrongType: String { get }
    func seatsBelowGroups(groups: Int, seats: Int) -> String
    func twoPeopleCalled(_ name: String, firstLine: Int?) -> String
    func segmentKeyNotText(_ who: String, type: String) -> String
    func inSegmentWithoutSegments(_ who: String, key: String) -> String
    func unknownSegment(_ key: String, for who: String, suggestion: String, keys: [String]) -> String
    func tableNameNotText(_ key: String, of context: String, type: String) -> String
    func namesTableWithoutTables(_ context: String, table: String) -> String
    func unknownTable(_ name: String, for context: String, suggestion: String?, tables: String) -> String
    /// "CONTEXT names "X", but the plan has no [[people]]" (or "but no person has that name").
    func unknownPerson(_ context: String, name: String, noPeople: Bool) -> String
    func ruleNeedsOneKind(_ context: String) -> String
    func ruleNeedsTwoNames(_ kind: String, of context: String) -> String
    func togetherNamesHosts(_ hosts: String, count: Int) -> String
    func togetherTooBig(_ count: Int, block: String, size: Int) -> String
    func rulesContradict(_ first: String, _ second: String) -> String
    func carriedNotTable(_ key: String, of context: String) -> String
    func carriedNoDay(_ context: String) -> String
    func carriedNoWhat(_ context: String) -> String
}

/// The sentences about a process file's own keys.
protocol ProcessMessages: Sendable {
    var theProcess: String { get }
    var processNoTitle: String { get }
    var processEmpty: String { get }
    func phase(_ number: Int) -> String
    func milestone(_ number: Int) -> String
    func day(_ number: Int) -> String
    func twoPhasesCalled(_ title: String) -> String
    func phaseEndsBeforeStart(_ title: String, from: PlanDate, to: PlanDate) -> String
    func phaseNeedsBoth(_ title: String) -> String
    func milestoneNoDate(_ context: String) -> String
    func twoDaysWithID(_ id: String) -> String
    func dayInUnknownPhase(_ context: String, phase: String) -> String
    func notADay(_ key: String, of context: String) -> String
}

/// Why a seating cannot be made, said in one language.
protocol SeatingProblemMessages: Sendable {
    func seatingProblem(_ reason: SeatingProblem.Reason) -> String
}
