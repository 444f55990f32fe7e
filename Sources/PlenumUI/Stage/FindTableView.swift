import Foundation
import PlenumCore

/// The stage's "find your table": everyone in the round people are moving to, alphabetically, with
/// their table (and group), in as many columns as the projector holds; a longer list turns its
/// pages by itself every ten seconds.
struct FindTableView {
    let state: SessionState
    let seating: DaySeating?
    let strings: UIStrings
    let now: Date
    /// The track whose room the stage is in: only its people (nil: everyone).
    var track: Int? = nil

    static let secondsPerPage = 10.0

    func draw(on screen: inout Screen) {
        let width = screen.width, height = screen.height
        guard let seating, let entry = seating.entriesNow(state, track: track).first else {
            screen.center(strings.findTableTitle, row: 1, style: .bold)
            screen.center(seating == nil ? strings.seatingInProgress : strings.noGroupsBlocks, row: height / 2, style: .dim)
            return
        }
        let entries = seating.entriesNow(state, track: track)
        let title = entries.count > 1 ? state.agenda[safe: entry.index]?.block.title ?? entry.round.title : entry.round.title
        screen.center(strings.findTableTitle + " · " + title, row: 1, style: .bold)
        let places = DaySeating.places(entries).filter { !state.isSeat($0.name) }.map { place -> (String, String) in
            let where_ = place.groupsAtTable > 1 ? place.table + " · " + strings.groupShort(place.group) : place.table
            return (place.name, where_)
        }
        guard !places.isEmpty else {
            drawSeats(&screen, entry)
            return
        }
        let nameWidth = min(30, places.map { DisplayWidth.of($0.0) }.max() ?? 0)
        let placeWidth = min(24, places.map { DisplayWidth.of($0.1) }.max() ?? 0)
        let columnWidth = nameWidth + placeWidth + 2
        let columns = max(1, (width - 2 + 4) / (columnWidth + 4))
        let top = 3, rows = max(1, height - top - 2)
        let perPage = rows * columns
        let pages = (places.count + perPage - 1) / perPage
        let page = pages > 1 ? Int(now.timeIntervalSince1970 / Self.secondsPerPage) % pages : 0
        let shown = Array(places.dropFirst(page * perPage).prefix(perPage))
        let filled = min(columns, (shown.count + rows - 1) / rows)
        let used = filled * columnWidth + (filled - 1) * 4
        let left = max(1, (width - used) / 2)
        for (i, (name, place)) in shown.enumerated() {
            let column = i / rows, row = top + i % rows
            let x = left + column * (columnWidth + 4)
            screen.put(DisplayWidth.pad(name, to: nameWidth), row: row, column: x)
            screen.put(DisplayWidth.pad(place, to: placeWidth, right: true), row: row, column: x + nameWidth + 2,
                       style: .accent)
        }
        drawFooter(&screen, pages: pages, page: page)
    }

    /// A plan that names nobody: each table (and group) with how many seats it has.
    private func drawSeats(_ screen: inout Screen, _ entry: DaySeating.Entry) {
        screen.center(entry.seating.groups.isEmpty ? strings.noNamesYet : strings.sitAnywhere, row: 3, style: .dim)
        var perTable: [String: Int] = [:]
        for group in entry.seating.groups { perTable[group.table, default: 0] += 1 }
        let lines = entry.seating.groups.map { group in
            (perTable[group.table] ?? 1 > 1 ? group.table + " · " + strings.groupShort(group.group) : group.table)
                + ": " + strings.seatsCount(group.members.count)
        }
        for (i, line) in lines.enumerated() where 5 + i < screen.height - 2 {
            screen.center(line, row: 5 + i, style: .accent)
        }
        drawFooter(&screen, pages: 1, page: 0)
    }

    private func drawFooter(_ screen: inout Screen, pages: Int, page: Int) {
        let height = screen.height
        var footer: [String] = []
        if let current = state.current {
            footer.append(current.block.title + " · " + strings.timeLeft(state.remaining(current.id, at: now)))
        }
        if pages > 1 { footer.append(strings.pageOf(page + 1, pages)) }
        screen.center(footer.joined(separator: " · "), row: height - 1, style: .dim)
    }
}
