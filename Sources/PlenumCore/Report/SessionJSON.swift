import Foundation

/// `plenum export SESSION --format json`: the whole session as of its last fact, in the shape
/// interface.md documents (extend, never rename). `anonymous` leaves out every person's name:
/// authors and actors are empty, names in attendance facts are empty, group members are left out.
public enum SessionJSON {
    /// The whole document, pretty-printed, ending with a newline.
    public static func render(state: SessionState, entries: [JournalEntry], clock: SessionClock, now: Date,
                              anonymous: Bool = false) -> String {
        var text = ""
        write(state: state, entries: entries, clock: clock, now: now, anonymous: anonymous) { text += $0 }
        return text
    }

    /// The whole document handed to `emit` in pieces of about a megabyte: the post-its and the
    /// facts are written one at a time, so a session of 100,000 never stands in memory as JSON
    /// values, nor as one text.
    public static func write(state: SessionState, entries: [JournalEntry], clock: SessionClock, now: Date,
                             anonymous: Bool = false, to emit: (String) -> Void) {
        let planned = Schedule.plan(state.plan)
        let plan = JSONValue.object([
            ("title", .string(state.plan.title)),
            ("date", .string(clock.day.description)),
            ("start", .string(planned.start.description)),
            ("end", .optional(state.plan.end?.description)),
            ("language", .string(state.plan.language.rawValue)),
            ("venue", .optional(state.plan.venue)),
            ("rehearsal", .bool(state.rehearsal != nil)),
            ("plan_date", .optional(state.plan.date?.description)),
            ("actors", .array(state.plan.actors.map(JSONValue.string))),
        ])
        let blocks = state.agenda.enumerated().map { index, item -> JSONValue in
            let run = state.runs[item.id]
            let plannedEntry = item.planIndex.flatMap { $0 < planned.entries.count ? planned.entries[$0] : nil }
            let end = state.currentID == item.id ? nil : run?.lastEnd
            return .object([
                ("index", .int(index)),
                ("id", .string(item.id)),
                ("title", .string(item.block.title)),
                ("kind", .string(item.block.kind.rawValue)),
                ("planned_start", .optional(plannedEntry?.start.description)),
                ("planned_minutes", plannedEntry.map { .int($0.minutes) } ?? .null),
                ("minutes", .int(state.effectiveMinutes(item.id))),
                ("actual_start", .optional(run.map { iso($0.firstStart) })),
                ("actual_end", .optional(end.map(iso))),
                ("extended_minutes", .int(run?.extendedMinutes ?? 0)),
                ("cards_dealt", .int(state.cardsShown(item.id, at: end ?? now).count)),
                ("skipped", .bool(state.status(of: item.id) == .skipped)),
                ("presenters", .array(run == nil ? [] : state.presenterTimes(item.id, at: end ?? now).map { t in
                    .object([("name", .string(t.presenter.name)), ("table", .string(t.presenter.table)),
                             ("group", t.presenter.group.map { .int($0) } ?? .null),
                             ("planned_minutes", .double(t.plannedSeconds / 60)),
                             ("actual_minutes", .double((t.actualSeconds / 6).rounded() / 10)),
                             ("actual_start", .optional(t.start.map(iso))), ("actual_end", .optional(t.end.map(iso)))])
                })),
            ] + tracks(item, state: state, planned: plannedEntry, now: now)
              + BasisExport.json(item.block, tallies: state.ratingTallies(item.id)))
        }
        func event(_ entry: JournalEntry) -> JSONValue {
            var pairs: [(String, JSONValue)] = [("seq", .int(Int(entry.seq))), ("at", .string(iso(entry.at))),
                                                ("actor", .string(anonymous ? "" : entry.actor)), ("type", .string(entry.fact.type))]
            if case .object(let fields) = FactCoding.payload(entry.fact) {
                pairs += anonymous ? fields.map { key, value in (key, scrubbed(key, value)) } : fields
            }
            return .object(pairs)
        }
        func postIt(_ p: PostIt) -> JSONValue {
            let part = TrackPart(id: p.block)
            return .object([("id", .string(p.id)), ("block", state.index(of: part?.parent ?? p.block).map { .int($0) } ?? .null),
                     ("table", .string(p.table)), ("group", p.group.map { .int($0) } ?? .null),
                     ("kind", .string(p.kind)), ("text", .string(p.text)), ("author", .string(anonymous ? "" : p.author)),
                     ("created_at", .string(iso(p.createdAt))), ("edited", .bool(p.edited)), ("deleted", .bool(p.deleted)),
                     ("votes", .int(p.votes)), ("theme", .optional(p.theme)), ("quick_win", .bool(p.quickWin)),
                     ("for_plenum", .bool(p.forPlenum)), ("dots", .int(state.dots(of: p))),
                     ("actors", .array(state.priorities.actors(of: p.id).map(JSONValue.string)))]
                     + (part.map { [("track", .int($0.track)), ("track_block", .int($0.index))] } ?? [])
                     + (p.station.map { [("station", .string($0))] } ?? []))
        }
        var out = JSONText()
        out.reserveCapacity(1 << 21)
        func drain(_ text: inout JSONText) {
            guard text.count >= 1 << 20 else { return }
            emit(text.string)
            text.removeAll()
        }
        out.append("{\n  \"plan\": ")
        plan.write(into: &out, indent: 1)
        out.append(",\n  \"blocks\": ")
        JSONValue.array(blocks).write(into: &out, indent: 1)
        out.append(",\n  \"postits\": ")
        JSONValue.writeArray(state.postIts, into: &out, indent: 1, element: postIt, drain: drain)
        out.append(",\n  \"priorities\": ")
        priorities(state).write(into: &out, indent: 1)
        out.append(",\n  \"quick_wins\": ")
        quickWins(state).write(into: &out, indent: 1)
        out.append(",\n  \"events\": ")
        JSONValue.writeArray(entries, into: &out, indent: 1, element: event, drain: drain)
        out.append("\n}\n")
        emit(out.string)
    }

    /// A tracks block's tracks: each with its room and tables and its blocks planned and as they ran.
    static func tracks(_ item: AgendaItem, state: SessionState, planned: Schedule.Entry?, now: Date) -> [(String, JSONValue)] {
        guard item.block.kind == .tracks else { return [] }
        return [("tracks", .array(item.block.tracks.enumerated().map { t, track in
            .object([("title", .string(track.title)), ("room", .optional(track.room)),
                     ("tables", .array(track.tables.map(JSONValue.string))),
                     ("blocks", .array(track.blocks.enumerated().map { j, block in
                         let part = TrackPart(parent: item.id, track: t, index: j)
                         let window = state.window(of: part)
                         return .object([("id", .string(part.id)), ("title", .string(block.title)),
                                         ("kind", .string(block.kind.rawValue)),
                                         ("planned_start", .optional(planned?.tracks[safe: t]?.entries[safe: j]?.start.description)),
                                         ("planned_minutes", .int(block.minutes)),
                                         ("actual_start", .optional(window.map { iso($0.start) })),
                                         ("actual_end", .optional(window?.end.map(iso))),
                                         ("cards_dealt", .int(state.cardsShown(of: part, at: window?.end ?? now).count))])
                     }))])
        }))]
    }

    /// A fact's field without the names of people in it.
    static func scrubbed(_ key: String, _ value: JSONValue) -> JSONValue {
        switch key {
        case "author", "name": return .string("")
        case "groups":
            guard case .array(let groups) = value else { return value }
            return .array(groups.map { group in
                guard case .object(let fields) = group else { return group }
                return .object(fields.map { $0.0 == "members" ? ($0.0, .array([])) : $0 })
            })
        default: return value
        }
    }

    /// "2017-03-12T08:01:07Z" (UTC, whole seconds).
    public static func iso(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
