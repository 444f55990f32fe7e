/// Reading the agenda: `[[blocks]]` of every kind, and the nested blocks of `tracks`.
extension PlanReader {
    mutating func readBlocks(_ root: TOMLNode) -> [Block]? {
        guard let node = root["blocks"] else {
            error(says.noBlocks, nil)
            return nil
        }
        guard let elements = tables(node, key: "blocks") else { return nil }
        if elements.isEmpty {
            error(says.blocksEmpty, node)
            return nil
        }
        guard withinCount(elements.count, most: PlanLimits.blocks, of: .blocks, in: says.thePlan, node: node) else {
            return nil
        }
        var blocks: [Block] = []
        var hadGroups = false
        for (i, element) in elements.enumerated() {
            if let block = readBlock(element, number: i + 1, track: nil, hadGroups: hadGroups) {
                hadGroups = hadGroups || block.kind == .groups
                    || block.tracks.contains { $0.blocks.contains { $0.kind == .groups } }
                blocks.append(block)
            }
        }
        return blocks
    }

    /// Block `number` of the plan (or of `track`); messages name it ("block 3"), with its title once read.
    mutating func readBlock(_ node: TOMLNode, number: Int, track: String?, hadGroups: Bool) -> Block? {
        let inTrack = track != nil
        let title = text(node, "title", in: says.block(number, title: nil, track: track), required: true)
        let context = says.block(number, title: title, track: track)
        guard let kindNode = node["kind"] else {
            error(says.noKind(context, kinds: list(Block.Kind.allCases.map(\.rawValue))), node)
            checkKeys(node, allowed: PlanKeys.allBlockKeys, context: context)
            _ = minutes(node, "minutes", in: context)
            _ = time(node, "at", in: context)
            return nil
        }
        guard let kind = choice(node, "kind", in: context, as: Block.Kind.self) else {
            checkKeys(node, allowed: PlanKeys.allBlockKeys, context: context)
            _ = minutes(node, "minutes", in: context)
            _ = time(node, "at", in: context)
            return nil
        }
        let says = self.says
        checkKeys(node, allowed: PlanKeys.block(kind), context: context) { key in
            guard PlanKeys.allBlockKeys.contains(key) else { return nil }
            if kind == .tracks, key == "minutes" {
                return says.tracksHaveNoMinutes(context)
            }
            let owners = PlanKeys.kindsAllowing(key).map(\.rawValue)
            return says.keyForOtherKinds(key, owners: says.list(owners, quote: "\"", and: false), context: context, kind: kind.rawValue)
        }
        if inTrack, kind == .tracks {
            error(says.nestedTracks(context), kindNode)
            return nil
        }
        var tracks: [Track] = []
        var minutes: Int?
        if kind == .tracks {
            tracks = readTracks(node, context: context, hadGroups: hadGroups)
            minutes = tracks.map { $0.minutes }.max()
        } else {
            minutes = self.minutes(node, "minutes", in: context, required: true)
        }
        let at = time(node, "at", in: context)
        if inTrack, at != nil {
            error(says.atInsideTrack(context), node["at"])
        }
        let minMinutes = self.minutes(node, "min_minutes", in: context)
        if let minMinutes, let minutes, minMinutes > minutes {
            error(says.minMinutesTooLong(context, minMinutes: minMinutes, minutes: minutes), node["min_minutes"])
        }
        let capture = textList(node, "capture", in: context, nonEmpty: true) ?? []
        var cards = textList(node, "cards", in: context) ?? []
        let cardsFrom = carriedSource(node, "cards_from", in: context)
        if let taken = cardsFrom?.texts(in: carried), !taken.isEmpty { cards = taken }
        let materialFrom = carriedSource(node, "material_from", in: context)
        var notes = text(node, "notes", in: context)
        if let taken = materialFrom?.texts(in: carried), !taken.isEmpty {
            notes = ([notes].compactMap { $0 } + taken.map { "• " + $0 }).joined(separator: "\n")
        }
        let cardMinutes = self.minutes(node, "card_minutes", in: context)
        if cardMinutes != nil, cards.isEmpty, cardsFrom == nil {
            warning(says.cardMinutesWithoutCards(context), node["card_minutes"])
        }
        let formation = readFormation(node, kind: kind, context: context, hadGroups: hadGroups)
        let groupSize = integer(node, "group_size", in: context, maximum: PlanLimits.seatsPerTable,
                                why: .theSeatsAtOneTable)
        let present = choice(node, "present", in: context, as: Block.Presenters.self)
        let stations = readStations(node, kind: kind, context: context)
        if [.groups, .rotation].contains(kind) || present != nil, tables.isEmpty {
            error(says.needsTables(context, presenters: present != nil, kind: kind.rawValue), kindNode)
        }
        let vote = readVote(node, context: context)
        let (materialFile, material) = readMaterial(node, in: context)
        let rating = readRating(node, in: context)
        guard let title, let minutes else { return nil }
        var block = Block(title: title, kind: kind, minutes: minutes, at: inTrack ? nil : at, minMinutes: minMinutes,
                          notes: notes, capture: capture, cards: cards,
                          cardMinutes: cardMinutes, formation: formation, groupSize: groupSize, present: present,
                          stations: stations.names, stationHosts: stations.hosts, tracks: tracks, position: node.position,
                          atPosition: node["at"]?.position, cardsFrom: cardsFrom, materialFrom: materialFrom)
        block.vote = vote
        block.materialFile = materialFile
        block.material = material
        block.rate = rating.questions
        block.scale = rating.scale
        return block
    }

    private mutating func readFormation(_ node: TOMLNode, kind: Block.Kind, context: String,
                                        hadGroups: Bool) -> Block.Formation? {
        guard kind == .groups else { return nil }
        let given = choice(node, "formation", in: context, as: Block.Formation.self)
        let formation = given ?? (segments.isEmpty ? .random : .mixed)
        if formation == .keep, !hadGroups {
            error(says.keepWithoutGroups(context), node["formation"])
        }
        if formation == .segment, segments.isEmpty {
            error(says.segmentWithoutSegments(context), node["formation"])
        }
        if formation == .mixed, segments.isEmpty, given != nil {
            warning(says.mixedWithoutSegments(context), node["formation"])
        }
        return formation
    }

    /// A rotation's stations: names, or `{ name, hosts }` tables whose hosts (a segment key or a
    /// list of names) staff the station instead of sitting in the block's groups.
    private mutating func readStations(_ node: TOMLNode, kind: Block.Kind,
                                       context: String) -> (names: [String], hosts: [String: [String]]) {
        guard kind == .rotation else { return ([], [:]) }
        guard let list = node["stations"] else {
            error(says.rotationNeedsStations(context), node)
            return ([], [:])
        }
        guard case .array(let elements) = list.value else {
            error(says.stationsNotList(context), list)
            return ([], [:])
        }
        if elements.isEmpty { error(says.emptyList("stations", of: context), list) }
        var names: [String] = []
        var hosts: [String: [String]] = [:]
        for element in elements {
            switch element.value {
            case .string(let s):
                let name = s.trimmingWhitespace
                if name.isEmpty { error(says.emptyEntry("stations", of: context), element) } else { names.append(name) }
            case .table:
                let stationContext = says.station(of: context)
                checkKeys(element, allowed: PlanKeys.station, context: stationContext)
                guard let name = text(element, "name", in: stationContext, required: true) else { continue }
                names.append(name)
                if let staff = readStationHosts(element, station: name, context: context), !staff.isEmpty {
                    hosts[name] = staff
                }
            default:
                error(says.stationEntryWrong(context, type: says.type(of: element)), element)
            }
        }
        var seen = Set<String>()
        for station in names where !seen.insert(station).inserted {
            error(says.stationTwice(station, in: context), list)
        }
        return (names, hosts)
    }

    /// The people a station's `hosts` names: every participant of a segment (by its key), or a list of names.
    private mutating func readStationHosts(_ station: TOMLNode, station name: String, context: String) -> [String]? {
        guard let node = station["hosts"] else { return nil }
        let about = says.stationHosts(name, in: context)
        switch node.value {
        case .string(let key):
            let key = key.trimmingWhitespace
            guard segments.contains(where: { $0.key == key }) else {
                error(says.hostsUnknownSegment(about, key: key, noSegments: segments.isEmpty)
                      + didYouMean(key, in: segments.map(\.key)), node)
                return nil
            }
            let members = people.filter { $0.segment == key && !$0.isHost }.map(\.name)
            if members.isEmpty, !people.isEmpty {
                warning(says.hostsSegmentEmpty(about, key: key), node)
            }
            return members
        case .array:
            var result: [String] = []
            for person in textList(station, "hosts", in: says.namedStation(name, in: context)) ?? [] {
                guard people.contains(where: { $0.name == person }) else {
                    error(says.unknownPerson(about, name: person, noPeople: people.isEmpty)
                          + didYouMean(person, in: people.map(\.name)), node)
                    continue
                }
                result.append(person)
            }
            return result
        default:
            error(says.hostsWrongType(about, type: says.type(of: node)), node)
            return nil
        }
    }

    private mutating func readTracks(_ node: TOMLNode, context: String, hadGroups: Bool) -> [Track] {
        guard let list = node["tracks"] else {
            error(says.tracksMissing(context), node)
            return []
        }
        guard let elements = tables(list, key: "tracks") else { return [] }
        if elements.isEmpty { error(says.emptyText("tracks", of: context), list) }
        guard withinCount(elements.count, most: PlanLimits.tracks, of: .tracks, in: context, node: list) else { return [] }
        var tracks: [Track] = []
        var tablesTaken: [String: String] = [:]
        var givenTables: [[String]?] = []
        for (i, element) in elements.enumerated() {
            let trackContext = says.track(i + 1, of: context)
            checkKeys(element, allowed: PlanKeys.track, context: trackContext)
            let title = text(element, "title", in: trackContext, required: true) ?? "\(i + 1)"
            let room = text(element, "room", in: trackContext)
            var trackTables: [String]?
            if let names = textList(element, "tables", in: trackContext, nonEmpty: true), let tablesNode = element["tables"] {
                trackTables = []
                for name in names {
                    guard let name = checkedTableName(name, node: tablesNode, context: trackContext) else { continue }
                    if let other = tablesTaken[name] {
                        error(says.tableInTwoTracks(name, other, title), tablesNode)
                    }
                    tablesTaken[name] = title
                    trackTables?.append(name)
                }
            }
            givenTables.append(trackTables)
            var blocks: [Block] = []
            if let blockNodes = tables(element["blocks"], key: "blocks") {
                if blockNodes.isEmpty { error(says.trackHasNoBlocks(says.namedTrack(title, of: context)), element["blocks"]) }
                let fits = withinCount(blockNodes.count, most: PlanLimits.blocksPerTrack, of: .blocks,
                                       in: says.namedTrack(title, of: context), node: element["blocks"] ?? element)
                for (j, blockNode) in blockNodes.enumerated() where fits {
                    if let block = readBlock(blockNode, number: j + 1, track: title, hadGroups: hadGroups) {
                        blocks.append(block)
                    }
                }
            } else if element["blocks"] == nil {
                error(says.missingKey("blocks", in: says.namedTrack(title, of: context)), element)
            }
            tracks.append(Track(title: title, room: room, tables: [], blocks: blocks))
        }
        let shared = Self.shareTables(tables.map(\.name).filter { tablesTaken[$0] == nil }, given: givenTables)
        for i in tracks.indices { tracks[i].tables = shared[i] }
        return tracks
    }

    /// The tables of each track: those it names, and the rest shared out evenly, in order, over the
    /// tracks that name none.
    static func shareTables(_ free: [String], given: [[String]?]) -> [[String]] {
        let open = given.indices.filter { given[$0] == nil }
        var result = given.map { $0 ?? [] }
        for (k, trackIndex) in open.enumerated() {
            let from = k * free.count / open.count
            let to = (k + 1) * free.count / open.count
            result[trackIndex] = Array(free[from..<to])
        }
        return result
    }
}
