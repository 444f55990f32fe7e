/// The sentences about blocks, tracks, stations and the planned schedule, in English.
extension EnglishPlanMessages {
    func track(_ number: Int, of context: String) -> String { "track \(number) of \(context)" }
    func namedTrack(_ title: String, of context: String) -> String { "track \"\(title)\" of \(context)" }
    func block(_ number: Int, title: String?, track: String?) -> String {
        "block \(number)" + (track.map { " of track \"\($0)\"" } ?? "") + (title.map { " \"\($0)\"" } ?? "")
    }
    func station(of context: String) -> String { "a station of \(context)" }
    func namedStation(_ name: String, in context: String) -> String { "station \"\(name)\" in \(context)" }
    var noBlocks: String { "the plan has no blocks; add the agenda as [[blocks]] tables, each with title, kind and minutes" }
    var blocksEmpty: String { "`blocks` is empty; a plan needs at least one block" }
    func noKind(_ context: String, kinds: String) -> String { "\(context) has no `kind`; use one of \(kinds)" }
    func tracksHaveNoMinutes(_ context: String) -> String {
        "a tracks block lasts as long as its longest track; remove `minutes` from \(context)"
    }
    func keyForOtherKinds(_ key: String, owners: String, context: String, kind: String) -> String {
        "`\(key)` is for \(owners) blocks; \(context) is a \(kind) block"
    }
    func nestedTracks(_ context: String) -> String { "\(context) is a tracks block inside a track; tracks cannot be nested" }
    func atInsideTrack(_ context: String) -> String {
        "\(context) is inside a track and cannot have `at`; give `at` to the tracks block"
    }
    func minMinutesTooLong(_ context: String, minMinutes: Int, minutes: Int) -> String {
        "`min_minutes` of \(context) is \(minMinutes), longer than its \(minutes) minutes"
    }
    func cardMinutesWithoutCards(_ context: String) -> String { "`card_minutes` of \(context) has no `cards` to deal" }
    func needsTables(_ context: String, presenters: Bool, kind: String) -> String {
        let what = presenters ? "has presenters" : "is a \(kind) block"
        return "\(context) \(what), but the plan has no [tables]; add e.g. [tables] count = 4"
    }
    func keepWithoutGroups(_ context: String) -> String {
        "\(context) keeps the previous groups, but no groups block comes before it"
    }
    func segmentWithoutSegments(_ context: String) -> String {
        "\(context) forms one group per segment, but the plan has no [segments]"
    }
    func mixedWithoutSegments(_ context: String) -> String {
        "\(context) mixes segments, but the plan has no [segments]; groups will be random"
    }
    func rotationNeedsStations(_ context: String) -> String {
        "\(context) is a rotation and needs `stations`, e.g. stations = [\"Politikerpanel\"]"
    }
    func stationsNotList(_ context: String) -> String {
        "`stations` of \(context) must be a list in brackets, e.g. stations = [\"Politikerpanel\"]"
    }
    func stationEntryWrong(_ context: String, type: String) -> String {
        "`stations` of \(context) must hold names in quotes or { name = …, hosts = … }; this is \(type)"
    }
    func stationTwice(_ station: String, in context: String) -> String { "station \"\(station)\" appears twice in \(context)" }
    func stationHosts(_ station: String, in context: String) -> String { "`hosts` of station \"\(station)\" in \(context)" }
    func hostsUnknownSegment(_ about: String, key: String, noSegments: Bool) -> String {
        "\(about) names segment \"\(key)\", but " + (noSegments ? "the plan has no [segments]" : "there is no such segment")
    }
    func hostsSegmentEmpty(_ about: String, key: String) -> String {
        "\(about) is segment \(key), but nobody in [[people]] is in it"
    }
    func hostsWrongType(_ about: String, type: String) -> String {
        "\(about) must be a segment key in quotes (hosts = \"POL\") or a list of names, not \(type)"
    }
    func tracksMissing(_ context: String) -> String {
        "\(context) is a tracks block and needs `tracks`, each with a title and blocks"
    }
    func tableInTwoTracks(_ table: String, _ first: String, _ second: String) -> String {
        "table \"\(table)\" is in both track \"\(first)\" and track \"\(second)\""
    }
    func trackHasNoBlocks(_ context: String) -> String { "\(context) has no blocks" }
    func voteNotTable(_ context: String, type: String) -> String {
        "`vote` of \(context) must be a table such as vote = { dots = 3 } or vote = { rank = 5 }, not \(type)"
    }
    func voteNeedsKind(_ voteContext: String) -> String {
        "\(voteContext) needs `dots` (dots to spread) or `rank` (a top list), e.g. vote = { dots = 3 }"
    }
    func voteHasBoth(_ voteContext: String) -> String { "\(voteContext) has both `dots` and `rank`; a vote is one or the other" }
    func actorTwice(_ name: String) -> String { "`actors` names \"\(name)\" twice" }
    func firstBlockBeforeStart(title: String, at: ClockTime, start: ClockTime) -> String {
        "block 1 \"\(title)\" is fixed at \(at), before the day starts at \(start)"
    }
    func anchorsOutOfOrder(_ number: Int, title: String, at: ClockTime, earlier: Int, earlierTitle: String,
                           earlierAt: ClockTime) -> String {
        "anchors out of order: block \(number) \"\(title)\" is fixed at \(at), earlier than block \(earlier) \"\(earlierTitle)\" at \(earlierAt)"
    }
    func anchorMissed(_ number: Int, title: String, at: ClockTime, before: String, endsAt: ClockTime, missing: Int) -> String {
        "block \(number) \"\(title)\" is fixed at \(at), but block \(number - 1) \"\(before)\" before it ends at \(endsAt): "
            + "\(missing) \(missing == 1 ? "minute" : "minutes") missing"
    }
    func dayPastEnd(_ ends: ClockTime, over: Int, end: ClockTime) -> String {
        "the day ends at \(ends), \(over) \(over == 1 ? "minute" : "minutes") after `end` (\(end))"
    }
    func pastMidnight(_ ends: ClockTime) -> String { "the day runs past midnight (it ends at \(ends) the next day)" }
    func lateCards(_ late: Int, of count: Int, block: String, minutes: Int, interval: Int) -> String {
        "\(late) of the \(count) cards in \"\(block)\" fall after its \(minutes) minutes at one every \(interval) minutes"
    }
    func sharedStationTooShort(_ station: String, tracks: Int, block: String, visits: Int, minutes: Int, each: Int,
                               shortest: Int) -> String {
        "\"\(station)\" is one station shared by \(tracks) tracks of \"\(block)\": its \(visits) groups visit it one at a time "
            + "in the \(minutes) minutes their rotations share, \(each) \(each == 1 ? "minute" : "minutes") each; "
            + "make the rotations longer (\(shortest) minutes a visit needs \(visits * shortest))"
    }
}
