import Foundation
import PlenumCore

/// The notetaker's capture screen: the running block and card on top, the table's post-its of the
/// block in the middle (newest last), the input line with its kind at the bottom.
public struct NotesView {
    public static let minimumWidth = 40
    public static let minimumHeight = 12
    public static let minimumSize = MinimumSize(width: minimumWidth, height: minimumHeight)

    let state: SessionState
    let clock: SessionClock
    let now: Date
    let ui: NotesUI
    /// Why this terminal cannot save (read-only file), shown at once rather than at the first Enter.
    let readOnlyReason: String?
    var strings: UIStrings { ui.strings }

    public init(state: SessionState, clock: SessionClock, now: Date, ui: NotesUI, readOnlyReason: String? = nil) {
        self.state = state
        self.clock = clock
        self.now = now
        self.ui = ui
        self.readOnlyReason = readOnlyReason
    }

    public func render(width: Int, height: Int) -> Screen {
        if let small = Self.minimumSize.refusal(width: width, height: height, strings: strings) { return small }
        var screen = Screen(width: width, height: height)
        drawTitle(&screen)
        var top = drawBlock(&screen)
        let input = inputLines(width: width - 2)
        let inputTop = height - 2 - input.lines.count
        screen.put(String(repeating: "─", count: width), row: top, column: 0, style: .dim)
        let postIts = ui.visiblePostIts(state)
        let current = state.noteBlockID(at: ui.desk.table)
        let inBlock = postIts.count(in: current)
        screen.put(" " + strings.tablePostIts(ui.desk.table, inBlock) + " ", row: top, column: 2, style: .dim)
        top += 1
        if let current, let vote = state.vote(of: current) {
            let closed = state.isVoteClosed(current)
            let status = strings.voteStatus(vote, left: state.votesLeft(in: current, by: ui.voter), closed: closed)
            screen.put(status, row: top, column: 1, style: closed ? .warning : .accent, limit: width - 2)
            top += 1
        }
        if ui.showsMaterial {
            drawMaterial(&screen, top: top, bottom: inputTop - 2)
        } else if let target = ui.moveTarget {
            drawMoveChoice(&screen, target: target, top: top, bottom: inputTop - 2)
        } else {
            drawPostIts(&screen, postIts, current: current, top: top, bottom: inputTop - 2)
        }
        screen.put(String(repeating: "─", count: width), row: inputTop - 1, column: 0, style: .dim)
        drawInput(&screen, input, top: inputTop)
        if ui.ratingQuestion(state) != nil, ui.message == nil, let block = current, let scale = state.anyBlock(block)?.scale {
            screen.put(strings.ratingTypeHint(scale: scale), row: height - 2, column: 1, style: .dim, limit: width - 2)
        } else if let message = ui.message {
            screen.put(DisplayWidth.truncateAtWord(message, to: width - 2), row: height - 2, column: 1,
                       style: ui.messageIsError ? .alarm : .good, limit: width - 2)
        } else if let reason = readOnlyReason {
            screen.put(DisplayWidth.truncateAtWord(strings.cannotSaveHere(reason), to: width - 2), row: height - 2, column: 1,
                       style: .alarm, limit: width - 2)
        }
        // Where the block has ratings or material, their keys come first.
        let running = current.flatMap(state.anyBlock)
        let extra = (running.map { !$0.rate.isEmpty } ?? false ? [strings.ratingHintItem] : [])
            + (running?.material != nil ? [strings.materialHintItem] : [])
        let room = width - 2 - extra.reduce(0) { $0 + DisplayWidth.of($1) + 3 }
        HintBar((extra + [NotesKeys.bar(strings, width: room)]).joined(separator: " · ")).draw(on: &screen)
        ui.actorPicker?.draw(on: &screen, state: state, strings: strings)
        if ui.showsHelp { drawHelp(&screen) }
        return screen
    }

    private var tableLabel: String {
        ui.desk.group.map { ui.desk.table + " · " + strings.groupNumber($0) } ?? ui.desk.table
    }

    /// The table and who writes; at the right the time of day, after PRØVEKØRSEL/REHEARSAL in a rehearsal.
    private func drawTitle(_ screen: inout Screen) {
        let time = clock.time(now).description
        screen.titleBar(tableLabel + " · " + ui.desk.author,
                        time: state.rehearsal == nil ? time : strings.rehearsalBadge + " · " + time)
    }

    /// The running block, its time and its card; returns the first free row.
    private func drawBlock(_ screen: inout Screen) -> Int {
        var writer = PaneWriter(row: 1, bottom: 6, left: 1, width: screen.width - 2)
        if let part = state.runningPart(at: ui.desk.table) {
            drawPart(&screen, &writer, part)
        } else if let current = state.current {
            let number = (state.currentIndex ?? 0) + 1
            let remaining = state.remaining(current.id, at: now)
            let time = strings.timeLeft(remaining)
            let status = state.isPaused ? "⏸ " + strings.pausedWord + " · " : ""
            writer.line(&screen, status + strings.blockOf(number, state.agenda.count) + " · " + time,
                        style: remaining < 0 ? .alarm : .dim)
            writer.wrapped(&screen, current.block.title, style: .bold, maxLines: 1)
            if let who = groupMembers(current.id) { writer.wrapped(&screen, who, style: .dim, maxLines: 2) }
            if let card = state.currentCard(current.id, at: now) {
                writer.wrapped(&screen, strings.cardOf(card.card + 1, current.block.cards.count) + ": "
                               + current.block.cards[card.card], style: .accent, maxLines: 3)
            }
        } else if let id = state.noteBlockID, let item = state.item(id) {
            writer.line(&screen, state.hasEnded ? strings.dayOver : strings.notStarted, style: .warning)
            writer.wrapped(&screen, strings.postItsGoTo(item.block.title), style: .bold, maxLines: 2)
        }
        return writer.row
    }

    /// The block the table's track is running: the track and room, the block, its kinds, its group,
    /// its card, and in a rotation who is at which station now and next.
    private func drawPart(_ screen: inout Screen, _ writer: inout PaneWriter, _ part: TrackPart) {
        let lines = TrackPartLines(state: state, part: part, strings: strings, now: now)
        let status = state.isPaused ? "⏸ " + strings.pausedWord + " · " : ""
        writer.line(&screen, status + lines.heading, style: lines.isOver ? .alarm : .dim)
        writer.wrapped(&screen, (lines.block?.title ?? "") + " · " + lines.kinds, style: .bold, maxLines: 1)
        if let who = groupMembers(part.id) { writer.wrapped(&screen, who, style: .dim, maxLines: 1) }
        for line in lines.rounds { writer.wrapped(&screen, line, style: .accent, maxLines: 1) }
        if let card = lines.card { writer.wrapped(&screen, card, style: .accent, maxLines: 2) }
    }

    /// Who sits in this notetaker's group (or at the table) in the running block, once its groups
    /// are formed: "Gruppe 1: Anne Vang, Bo Lund, …".
    private func groupMembers(_ block: BlockID) -> String? {
        guard let formed = state.formations[block] else { return nil }
        let here = formed.groups.filter { $0.table == ui.desk.table && (ui.desk.group == nil || $0.group == ui.desk.group) }
        guard !here.isEmpty else { return nil }
        return here.map { group in
            let (names, seats) = state.namedMembers(group.members)
            let who = (seats > 0 ? [strings.seatsCount(seats)] : []) + names
            return strings.groupLabel(group.group) + ": " + who.joined(separator: ", ")
        }.joined(separator: " · ")
    }

    private func drawPostIts(_ screen: inout Screen, _ list: PostItList, current: BlockID?, top: Int, bottom: Int) {
        guard bottom >= top else { return }
        if list.isEmpty {
            screen.put(strings.noPostItsYet, row: top, column: 2, style: .dim, limit: screen.width - 4)
            return
        }
        let textWidth = screen.width - 4
        let visible = bottom - top + 1
        // Newest last: wrap from the newest back only as far as the screen (and the selection) needs.
        var rows: [(text: String, style: Style)] = []
        var selectedRow: Int?
        var shownAll = true
        // Post-its of earlier blocks come under their block's title; with only this block's, no titles.
        let titled = list.count(in: current) < list.count
        func heading(_ block: BlockID) {
            let title = state.anyBlock(block)?.title ?? ""
            rows.insert(("── " + title + " " + String(repeating: "─", count: max(0, textWidth - DisplayWidth.of(title) - 4)), .dim), at: 0)
            if let s = selectedRow { selectedRow = s + 1 }
        }
        let vote = current.flatMap { block in state.vote(of: block).map { (block, $0) } }
        for (k, postIt) in list.reversed().enumerated() {
            if rows.count >= visible, ui.selectedID == nil || selectedRow != nil {
                shownAll = false
                break
            }
            if titled, k > 0, list[list.count - k].block != postIt.block { heading(list[list.count - k].block) }
            var style: Style = postIt.id == ui.editingID ? .dim : .plain
            if postIt.id == ui.selectedID { style = style.selected }
            let lines = DisplayWidth.wrap(voteMark(postIt, vote) + "[" + postIt.kind + "] " + postIt.text + actorsMark(postIt), to: textWidth)
            let bullet = postIt.forPlenum ? "▲ " : "• "
            let block = lines.enumerated().map { ((($0.offset == 0 ? bullet : "  ") + $0.element), style) }
            rows.insert(contentsOf: block, at: 0)
            if postIt.id == ui.selectedID { selectedRow = 0 } else if let s = selectedRow { selectedRow = s + block.count }
            if titled, k == list.count - 1 { heading(postIt.block) }
        }
        var first = max(0, rows.count - visible)
        if let at = selectedRow, at < first { first = at }
        for (offset, row) in rows[first..<min(rows.count, first + visible)].enumerated() {
            screen.put(row.text, row: top + offset, column: 1, style: row.style, limit: screen.width - 2)
        }
        if first > 0 || !shownAll { screen.put("↑", row: top, column: screen.width - 2, style: .dim) }
    }

    /// Before a post-it in a vote: this table's dots on it ("●● ") or its place ("[2] "), and
    /// another table's name where every table's post-its are voted on.
    private func voteMark(_ postIt: PostIt, _ vote: (BlockID, Vote)?) -> String {
        guard let (block, kind) = vote else { return "" }
        let table = postIt.table == ui.desk.table ? "" : postIt.table + ": "
        if kind.isRanking {
            return (state.priorities.rank(in: block, by: ui.voter, of: postIt.id).map { "[\($0)] " } ?? "") + table
        }
        let dots = state.priorities.dots(in: block, by: ui.voter, on: postIt.id)
        return (dots > 0 ? String(repeating: "●", count: min(dots, 10)) + " " : "") + table
    }

    /// After a post-it: the actors it is tagged with (" → kommunen, borgerne").
    private func actorsMark(_ postIt: PostIt) -> String {
        let actors = state.priorities.actors(of: postIt.id)
        return actors.isEmpty ? "" : "  → " + actors.joined(separator: ", ")
    }

    private func drawMoveChoice(_ screen: inout Screen, target: Int, top: Int, bottom: Int) {
        screen.put(strings.moveToBlock, row: top, column: 1, style: .bold, limit: screen.width - 2)
        let rows = bottom - top
        guard rows > 0 else { return }
        let first = max(0, min(target - rows / 2, state.agenda.count - rows))
        for (offset, index) in (first..<min(state.agenda.count, first + rows)).enumerated() {
            let item = state.agenda[index]
            let style: Style = index == target ? .reverse : (index == state.currentIndex ? .bold : .plain)
            screen.put(" \(index + 1). " + item.block.title + " ", row: top + 1 + offset, column: 2, style: style,
                       limit: screen.width - 4)
        }
    }

    /// The notetaker's keys (its keymaps' help rows under their groups' headings) in a box over
    /// the screen; the rating question's and the basis' keys where the running block has them.
    private func drawHelp(_ screen: inout Screen) {
        let running = state.noteBlockID(at: ui.desk.table).flatMap(state.anyBlock)
        let evaluation = running.map { !$0.rate.isEmpty || $0.material != nil } ?? false
        KeyHelpBox(title: strings.notesHelpTitle, intro: [strings.notesHelpIntro],
                   sections: NotesKeys.helpSections(strings, evaluation: evaluation), scroll: ui.helpScroll,
                   footer: strings.notesHelpClose, strings: strings).draw(on: &screen)
    }

    /// The running block's material (F2), scrolled as the notetaker moved it.
    private func drawMaterial(_ screen: inout Screen, top: Int, bottom: Int) {
        guard bottom > top else { return }
        let block = state.noteBlockID(at: ui.desk.table).flatMap(state.anyBlock)
        guard let material = block?.material else {
            screen.put(strings.noMaterial, row: top, column: 2, style: .dim, limit: screen.width - 4)
            return
        }
        screen.put(strings.materialHeading(material.file) + " · " + strings.materialHint, row: top, column: 1, style: .bold,
                   limit: screen.width - 2)
        let lines = MaterialLines(material, strings: strings).lines(width: screen.width - 4)
        let room = bottom - top
        let first = min(ui.materialScroll, max(0, lines.count - room))
        for (k, line) in lines.dropFirst(first).prefix(room).enumerated() {
            line.draw(on: &screen, row: top + 1 + k, column: 2, width: screen.width - 4)
        }
        if first + room < lines.count { screen.put("↓", row: bottom, column: screen.width - 2, style: .dim) }
        if first > 0 { screen.put("↑", row: top + 1, column: screen.width - 2, style: .dim) }
    }

    private func inputLines(width: Int) -> (lines: [String], row: Int, column: Int, label: String) {
        if let question = ui.ratingQuestion(state), ui.editor.text.isEmpty, ui.editingID == nil,
           let block = state.noteBlockID(at: ui.desk.table), let rated = state.anyBlock(block) {
            // At a rating question the line shows what the table rated so far.
            let label = strings.ratingLabel(rated.rate[question], scale: rated.scale) + " › "
            let given = state.ratingBoard.ratings(in: block, table: ui.desk.table).filter { $0.question == question }
            let tally = state.ratingTallies(block, table: ui.desk.table)[question]
            let typed = given.map { String($0.value) }.joined(separator: " ")
            let text = (typed.isEmpty ? "" : typed + " · ") + strings.ratingSummary(tally)
            let room = max(1, width - DisplayWidth.of(label))
            let shown = DisplayWidth.of(text) > room ? "…" + String(text.suffix(max(1, room - 1))) : text
            return ([shown], 0, min(room, DisplayWidth.of(typed)), label)
        }
        let label = (ui.editingID != nil ? strings.editingLabel + " " : "") + ui.kind(state) + " › "
        let labelWidth = DisplayWidth.of(label)
        var wrapped = ui.editor.wrapped(width: width - labelWidth)
        // At most four lines show; the cursor's line is always among them.
        if wrapped.lines.count > 4 {
            let first = max(0, min(wrapped.row - 3, wrapped.lines.count - 4))
            wrapped.lines = Array(wrapped.lines[first..<first + 4])
            wrapped.row -= first
        }
        return (wrapped.lines, wrapped.row, wrapped.column, label)
    }

    private func drawInput(_ screen: inout Screen, _ input: (lines: [String], row: Int, column: Int, label: String), top: Int) {
        let labelWidth = screen.put(input.label, row: top, column: 1, style: .accent)
        for (i, line) in input.lines.enumerated() {
            screen.put(line, row: top + i, column: 1 + labelWidth)
        }
        if ui.selectedID == nil, ui.moveTarget == nil, !ui.showsHelp {
            screen.cursor = (top + input.row, 1 + labelWidth + input.column)
        }
    }
}
