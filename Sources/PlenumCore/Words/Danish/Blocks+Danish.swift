/// The sentences about blocks, tracks, stations and the planned schedule, in Danish.
extension DanishPlanMessages {
    func track(_ number: Int, of context: String) -> String { "spor \(number) i \(context)" }
    func namedTrack(_ title: String, of context: String) -> String { "sporet \"\(title)\" i \(context)" }
    func block(_ number: Int, title: String?, track: String?) -> String {
        "blok \(number)" + (title.map { " \"\($0)\"" } ?? "") + (track.map { " i sporet \"\($0)\"" } ?? "")
    }
    func station(of context: String) -> String { "en station i \(context)" }
    func namedStation(_ name: String, in context: String) -> String { "stationen \"\(name)\" i \(context)" }
    var noBlocks: String { "planen har ingen blokke; skriv dagsordenen som [[blocks]]-tabeller, hver med title, kind og minutes" }
    var blocksEmpty: String { "`blocks` er tom; en plan skal have mindst én blok" }
    func noKind(_ context: String, kinds: String) -> String { "\(context) har ingen `kind`; brug \(kinds)" }
    func tracksHaveNoMinutes(_ context: String) -> String {
        "en blok af typen \"tracks\" varer lige så længe som sit længste spor; fjern `minutes` fra \(context)"
    }
    func keyForOtherKinds(_ key: String, owners: String, context: String, kind: String) -> String {
        "`\(key)` gælder kun blokke af typen \(owners); \(context) er af typen \"\(kind)\""
    }
    func nestedTracks(_ context: String) -> String {
        "\(context) er af typen \"tracks\" og ligger selv i et spor; spor kan ikke ligge inden i hinanden"
    }
    func atInsideTrack(_ context: String) -> String {
        "\(context) ligger i et spor og kan ikke have `at`; giv i stedet blokken med sporene et `at`"
    }
    func minMinutesTooLong(_ context: String, minMinutes: Int, minutes: Int) -> String {
        "`min_minutes` i \(context) er \(minMinutes), længere end blokkens \(minutes) minutter"
    }
    func cardMinutesWithoutCards(_ context: String) -> String { "`card_minutes` i \(context) har ingen `cards` at dele ud" }
    func needsTables(_ context: String, presenters: Bool, kind: String) -> String {
        let what = presenters ? "har fremlæggere" : "er af typen \"\(kind)\""
        return "\(context) \(what), men planen har ingen [tables]; tilføj f.eks. [tables] count = 4"
    }
    func keepWithoutGroups(_ context: String) -> String {
        "\(context) beholder de forrige grupper, men der er ingen gruppeblok før den"
    }
    func segmentWithoutSegments(_ context: String) -> String {
        "\(context) laver én gruppe pr. segment, men planen har ingen [segments]"
    }
    func mixedWithoutSegments(_ context: String) -> String {
        "\(context) blander segmenterne, men planen har ingen [segments]; grupperne bliver tilfældige"
    }
    func rotationNeedsStations(_ context: String) -> String {
        "\(context) er en rotation og skal have `stations`, f.eks. stations = [\"Politikerpanel\"]"
    }
    func stationsNotList(_ context: String) -> String {
        "`stations` i \(context) skal være en liste i firkantede parenteser, f.eks. stations = [\"Politikerpanel\"]"
    }
    func stationEntryWrong(_ context: String, type: String) -> String {
        "`stations` i \(context) må kun indeholde navne i anførselstegn eller { name = …, hosts = … }; her står \(type)"
    }
    func stationTwice(_ station: String, in context: String) -> String { "stationen \"\(station)\" står to gange i \(context)" }
    func stationHosts(_ station: String, in context: String) -> String { "`hosts` for stationen \"\(station)\" i \(context)" }
    func hostsUnknownSegment(_ about: String, key: String, noSegments: Bool) -> String {
        "\(about) nævner segmentet \"\(key)\", men " + (noSegments ? "planen har ingen [segments]" : "det segment findes ikke")
    }
    func hostsSegmentEmpty(_ about: String, key: String) -> String {
        "\(about) er segmentet \(key), men ingen i [[people]] hører til det"
    }
    func hostsWrongType(_ about: String, type: String) -> String {
        "\(about) skal være en segmentnøgle i anførselstegn (hosts = \"POL\") eller en liste af navne, ikke \(type)"
    }
    func tracksMissing(_ context: String) -> String {
        "\(context) er af typen \"tracks\" og skal have `tracks`, hvert spor med en title og blokke"
    }
    func tableInTwoTracks(_ table: String, _ first: String, _ second: String) -> String {
        "bordet \"\(table)\" er med i både sporet \"\(first)\" og sporet \"\(second)\""
    }
    func trackHasNoBlocks(_ context: String) -> String { "\(context) har ingen blokke" }
    func voteNotTable(_ context: String, type: String) -> String {
        "`vote` i \(context) skal være en tabel som vote = { dots = 3 } eller vote = { rank = 5 }, ikke \(type)"
    }
    func voteNeedsKind(_ voteContext: String) -> String {
        "\(voteContext) skal have `dots` (prikker at fordele) eller `rank` (en topliste), f.eks. vote = { dots = 3 }"
    }
    func voteHasBoth(_ voteContext: String) -> String {
        "\(voteContext) har både `dots` og `rank`; en afstemning er enten det ene eller det andet"
    }
    func actorTwice(_ name: String) -> String { "`actors` nævner \"\(name)\" to gange" }
    func firstBlockBeforeStart(title: String, at: ClockTime, start: ClockTime) -> String {
        "blok 1 \"\(title)\" ligger fast kl. \(at), før dagen begynder kl. \(start)"
    }
    func anchorsOutOfOrder(_ number: Int, title: String, at: ClockTime, earlier: Int, earlierTitle: String,
                           earlierAt: ClockTime) -> String {
        "de faste tider står i forkert rækkefølge: blok \(number) \"\(title)\" ligger fast kl. \(at), "
            + "tidligere end blok \(earlier) \"\(earlierTitle)\" kl. \(earlierAt)"
    }
    func anchorMissed(_ number: Int, title: String, at: ClockTime, before: String, endsAt: ClockTime, missing: Int) -> String {
        "blok \(number) \"\(title)\" ligger fast kl. \(at), men blok \(number - 1) \"\(before)\" før den slutter kl. \(endsAt): "
            + "der mangler \(Plural.count(missing, "minut", "minutter"))"
    }
    func dayPastEnd(_ ends: ClockTime, over: Int, end: ClockTime) -> String {
        "dagen slutter kl. \(ends), \(Plural.count(over, "minut", "minutter")) efter `end` (\(end))"
    }
    func pastMidnight(_ ends: ClockTime) -> String { "dagen går over midnat (den slutter kl. \(ends) næste dag)" }
    func lateCards(_ late: Int, of count: Int, block: String, minutes: Int, interval: Int) -> String {
        "\(late) af de \(count) kort i \"\(block)\" kommer efter blokkens \(minutes) minutter, når der kommer et kort hvert "
            + (interval == 1 ? "minut" : "\(interval). minut")
    }
    func sharedStationTooShort(_ station: String, tracks: Int, block: String, visits: Int, minutes: Int, each: Int,
                               shortest: Int) -> String {
        "\"\(station)\" er én station, som \(tracks) spor i \"\(block)\" deler: deres \(visits) grupper besøger den én ad gangen "
            + "i de \(minutes) minutter, rotationerne har til fælles, \(Plural.count(each, "minut", "minutter")) hver; "
            + "gør rotationerne længere (med \(shortest) minutter pr. besøg skal de have \(visits * shortest))"
    }
}
