import PlenumCore

/// The texts of the groups, check-in and "find your table" screens.
public protocol GroupsWords: Sendable {
    // Groups (console g)
    var groupsPaneHint: String { get }
    var groupsTitle: String { get }
    func cannotSeat(_ why: String) -> String
    var seatingInProgress: String { get }
    var noGroupsBlocks: String { get }
    var rotationGroups: String { get }
    func peopleCount(_ n: Int) -> String
    func groupsCount(_ n: Int) -> String
    var formedWord: String { get }
    var plannedWord: String { get }
    func metBefore(_ n: Int) -> String
    func groupLabel(_ n: Int) -> String
    /// The items of the groups' hint bar (`WallKeys.groupsMap` builds the bar).
    var groupsHints: GroupsHints { get }
    func reseated(_ rounds: Int, seconds: Double) -> String
    func stageShows(_ content: Fact.StageContent) -> String
    // Check-in (console k)
    var checkInTitle: String { get }
    func attendanceWord(_ status: Fact.Attendance) -> String
    func walkInsCount(_ n: Int) -> String
    func inGroups(_ n: Int) -> String
    var searchLabel: String { get }
    var planNamesNobody: String { get }
    var nobodyFound: String { get }
    func roleWord(_ role: Person.Role) -> String
    var nameField: String { get }
    var walkInTitle: String { get }
    /// The items of the walk-in form's footer (`WallKeys.walkIn` builds it).
    var walkInHints: WalkInHints { get }
    func segmentNeeded(_ keys: [String]) -> String
    var noSegments: String { get }
    func unknownSegment(_ typed: String, _ keys: [String]) -> String
    /// The items of check-in's hint bar (`WallKeys.checkInMap` builds the bar).
    var checkInHints: CheckInHints { get }
    func restAbsentQuestion(_ n: Int) -> String
    var restAbsentHint: String { get }
    /// The attendance counts' short words.
    func attendanceCount(_ status: Fact.Attendance) -> String
    // Stage: find your table
    var findTableTitle: String { get }
    func groupShort(_ n: Int) -> String
    var noNamesYet: String { get }
    func pageOf(_ n: Int, _ count: Int) -> String
    /// "A, B eller C" / "A, B or C".
    func listed(_ items: [String], or: Bool) -> String
}

extension UIVocabulary {
    public var walkInWord: String { "walk-in" }

    public var segmentField: String { "Segment" }
}
