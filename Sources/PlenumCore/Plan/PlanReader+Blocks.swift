/// Reading the agenda: `[[blocks]]` of every kind, and the nested blocks of `tracks`.
extension PlanReader {
    mutating func readBlocks(_ root: TOMLNode) -> [Block]? {
        guard let node = root["blocks"] else {
            error("the plan has no blocks; add the agenda as [[blocks]] tables, each with title, kind and minutes", nil)
            return nil
        }
        guard let elements = tables(node, key: "blocks") else { return nil }
        if elements.isEmpty {
            error("`blocks` is empty; a plan needs at least one block", node)
            return nil
        }
        guard withinCount(elements.count, most: PlanLimits.blocks, of: "blocks", in: "the plan", node: node) else {
            return nil
        }
        var blocks: [Block] = []
        var hadGroups = false
        for (i, element) in elements.enumerated() {
            let context = "block \(i + 1)"
            if let block = readBlock(element, context: context, inTrack: false, hadGroups: hadGroups) {
                hadGroups = hadGroups || block.kind == .groups
                    || block.tracks.contains { $0.blocks.contains { $0.kind == .groups } }
                blocks.append(block)
            }
        }
        return blocks
    }

    /// One block; `context` names it in messages ("block 3"), and gains its title once read.
    mutating func readBlock(_ node: TOMLNode, context plainContext: String, inTrack: Bool, hadGroups: Bool) -> Block? {
        let title = text(node, "title", in: plainContext, required: true)
        let context = title.map { "\(plainContext) \"\($0)\"" } ?? plainContext
        guard let kindNode = node["kind"] else {
            error("\(context) has no `kind`; use one of \(Self.list(Block.Kind.allCases.map(\.rawValue)))", node)
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
        checkKeys(node, allowed: PlanKeys.block(kind), context: context) { key in
            guard PlanKeys.allBlockKeys.contains(key) else { return nil }
            if kind == .tracks, key == "minutes" {
                return "a tracks block lasts as long as its longest track; remove `minutes` from \(context)"
            }
            let owners = PlanKeys.kindsAllowing(key).map(\.rawValue)
            return "`\(key)` is for \(Self.list(owners)) blocks; \(context) is a \(kind.rawValue) block"
        }
        if inTrack, kind == .tracks {
            error("\(context) is a tracks block inside a track; tracks cannot be nested", kindNode)
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
            error("\(context) is inside a track and cannot have `at`; give `at` to the tracks block", node["at"])
        }
        let minMinutes = self.minutes(node, "min_minutes", in: context)
        if let minMinutes, let minutes, minMinutes > minutes {
            error("`min_minutes` of \(context) is \(minMinutes), longer than its \(minutes) minutes", node["min_minutes"])
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
            warning("`card_minutes` of \(context) has no `cards` to deal", node["card_minutes"])
        }
        let formation = readFormation(node, kind: kind, context: context, hadGroups: hadGroups)
        let groupSize = integer(node, "group_size", in: context, maximum: PlanLimits.seatsPerTable,
                                why: "the seats at one table")
        let present = choice(node, "present", in: context, as: Block.Presenters.self)
        let stations = readStations(node, kind: kind, context: context)
        if [.groups, .rotation].contains(kind) || present != nil, tables.isEmpty {
            let what = present != nil ? "has presenters" : "is a \(kind.rawValue) block"
            error("\(context) \(what), but the plan has no [tables]; add e.g. [tables] count = 4", kindNode)
        }
        let (materialFile, material) = readMaterial(node, in: context)
        let rating = readRating(node, in: context)
        guard let title, let minutes else { return nil }
        var block = Block(title: title, kind: kind, minutes: minutes, at: inTrack ? nil : at, minMinutes: minMinutes,
                     notes: notes, capture: capture, cards: cards,
                     cardMinutes: cardMinutes, formation: formation, groupSize: groupSize, present: present,
                     stations: stations.names, stationHosts: stations.hosts, tracks: tracks, position: node.position,
                     atPosition: node["at"]?.position, cardsFrom: cardsFrom, materialFrom: materialFrom)
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
            error("\(context) keeps the previous groups, but no groups block comes before it", node["formation"])
        }
        if formation == .segment, segments.isEmpty {
            error("\(context) forms one group per segment, but the plan has no [segments]", node["formation"])
        }
        if formation == .mixed, segments.isEmpty, given != nil {
            warning("\(context) mixes segments, but the plan has no [segments]; groups will be random", node["formation"])
        }
        return formation
    }

    /// A rotation's stations: names, or `{ name, hosts }` tables whose hosts (a segment key or a
    /// list of names) staff the station instead of sitting in the block's groups.
    private mutating func readStations(_ node: TOMLNode, kind: Block.Kind,
                                       context: String) -> (names: [String], hosts: [String: [String]]) {
        guard kind == .rotation else { return ([], [:]) }
        guard let list = node["stations"] else {
            error("\(context) is a rotation and needs `stations`, e.g. stations = [\"Politikerpanel\"]", node)
            return ([], [:])
        }
        guard case .array(let elements) = list.value else {
            error("`stations` of \(context) must be a list in brackets, e.g. stations = [\"Politikerpanel\"]", list)
            return ([], [:])
        }
        if elements.isEmpty { error("`stations` of \(context) is an empty list", list) }
        var names: [String] = []
        var hosts: [String: [String]] = [:]
        for element in elements {
            switch element.value {
            case .string(let s):
                let name = s.trimmingWhitespace
                if name.isEmpty { error("`stations` of \(context) has an empty entry", element) } else { names.append(name) }
            case .table:
                let stationContext = "a station of \(context)"
                checkKeys(element, allowed: PlanKeys.station, context: stationContext)
                guard let name = text(element, "name", in: stationContext, required: true) else { continue }
                names.append(name)
                if let staff = readStationHosts(element, station: name, context: context), !staff.isEmpty {
                    hosts[name] = staff
                }
            default:
                error("`stations` of \(context) must hold names in quotes or { name = …, hosts = … }; this is \(element.typeDescription)", element)
            }
        }
        var seen = Set<String>()
        for station in names where !seen.insert(station).inserted {
            error("station \"\(station)\" appears twice in \(context)", list)
        }
        return (names, hosts)
    }

    /// The people a station's `hosts` names: every participant of a segment (by its key), or a list of names.
    private mutating func readStationHosts(_ station: TOMLNode, station name: String, context: String) -> [String]? {
        guard let node = station["hosts"] else { return nil }
        let about = "`hosts` of station \"\(name)\" in \(context)"
        switch node.value {
        case .string(let key):
            let key = key.trimmingWhitespace
            guard segments.contains(where: { $0.key == key }) else {
                let why = segments.isEmpty ? "the plan has no [segments]" : "there is no such segment"
                error("\(about) names segment \"\(key)\", but \(why)"
                      + Suggestion.didYouMean(key, in: segments.map(\.key), quote: "\""), node)
                return nil
            }
            let members = people.filter { $0.segment == key && !$0.isHost }.map(\.name)
            if members.isEmpty, !people.isEmpty {
                warning("\(about) is segment \(key), but nobody in [[people]] is in it", node)
            }
            return members
        case .array:
            var result: [String] = []
            for person in textList(station, "hosts", in: "station \"\(name)\" in \(context)") ?? [] {
                guard people.contains(where: { $0.name == person }) else {
                    let why = people.isEmpty ? "the plan has no [[people]]" : "no person has that name"
                    error("\(about) names \"\(person)\", but \(why)"
                          + Suggestion.didYouMean(person, in: people.map(\.name), quote: "\""), node)
                    continue
                }
                result.append(person)
            }
            return result
        default:
            error("\(about) must be a segment key in quotes (hosts = \"POL\") or a list of names, not \(node.typeDescription)", node)
            return nil
        }
    }

    private mutating func readTracks(_ node: TOMLNode, context: String, hadGroups: Bool) -> [Track] {
        guard let list = node["tracks"] else {
            error("\(context) is a tracks block and needs `tracks`, each with a title and blocks", node)
            return []
        }
        guard let elements = tables(list, key: "tracks") else { return [] }
        if elements.isEmpty { error("`tracks` of \(context) is empty", list) }
        guard withinCount(elements.count, most: PlanLimits.tracks, of: "tracks", in: context, node: list) else { return [] }
        var tracks: [Track] = []
        var tablesTaken: [String: String] = [:]
        var givenTables: [[String]?] = []
        for (i, element) in elements.enumerated() {
            let trackContext = "track \(i + 1) of \(context)"
            checkKeys(element, allowed: PlanKeys.track, context: trackContext)
            let title = text(element, "title", in: trackContext, required: true) ?? "\(i + 1)"
            let room = text(element, "room", in: trackContext)
            var trackTables: [String]?
            if let names = textList(element, "tables", in: trackContext, nonEmpty: true), let tablesNode = element["tables"] {
                trackTables = []
                for name in names {
                    guard let name = checkedTableName(name, node: tablesNode, context: trackContext) else { continue }
                    if let other = tablesTaken[name] {
                        error("table \"\(name)\" is in both track \"\(other)\" and track \"\(title)\"", tablesNode)
                    }
                    tablesTaken[name] = title
                    trackTables?.append(name)
                }
            }
            givenTables.append(trackTables)
            var blocks: [Block] = []
            if let blockNodes = tables(element["blocks"], key: "blocks") {
                if blockNodes.isEmpty { error("track \"\(title)\" of \(context) has no blocks", element["blocks"]) }
                let fits = withinCount(blockNodes.count, most: PlanLimits.blocksPerTrack, of: "blocks",
                                       in: "track \"\(title)\" of \(context)", node: element["blocks"] ?? element)
                for (j, blockNode) in blockNodes.enumerated() where fits {
                    if let block = readBlock(blockNode, context: "block \(j + 1) of track \"\(title)\"",
                                             inTrack: true, hadGroups: hadGroups) {
                        blocks.append(block)
                    }
                }
            } else if element["blocks"] == nil {
                error("track \"\(title)\" of \(context) has no `blocks`", element)
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
