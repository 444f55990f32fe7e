import PlenumCore

/// Panels drawn over the console: help, the block form, the catch-up proposal, a confirmation.
struct OverlayView {
    let view: ConsoleView
    var strings: UIStrings { view.strings }

    func draw(_ overlay: ConsoleUI.Overlay, on screen: inout Screen) {
        switch overlay {
        case .help:
            drawHelp(on: &screen)
        case .form(let form):
            drawForm(form, on: &screen)
        case .catchUp(let proposal):
            var lines: [(String, Style)] = []
            if proposal.givesBack {
                for change in proposal.changes { lines.append((strings.shorten(change.title, change.from, change.to), .plain)) }
                lines.append(("", .plain))
                for d in proposal.deadlines { lines.append((strings.deadlineMet(d.title ?? strings.endName, d.at), .good)) }
                screen.box(title: strings.giveBackTitle, lines: lines, footer: ConsoleKeys.answerBar(strings))
                return
            }
            if !proposal.isNeeded {
                lines.append((strings.nothingToCatchUp, .good))
            } else {
                for change in proposal.changes { lines.append((strings.shorten(change.title, change.from, change.to), .plain)) }
                lines.append(("", .plain))
                for d in proposal.deadlines where d.lateMinutes > 0 {
                    let name = d.title ?? strings.endName
                    lines.append(d.missingMinutes == 0 ? (strings.deadlineMet(name, d.at), .good)
                                                       : (strings.deadlineMissed(name, d.at, d.missingMinutes), .alarm))
                }
            }
            let footer = !proposal.isNeeded ? strings.closeHint : (proposal.meetsAll ? ConsoleKeys.answerBar(strings) : strings.cannotCatchUp)
            screen.box(title: strings.catchUpTitle, lines: lines, footer: footer)
        case .confirmDrop(_, let title):
            screen.box(title: strings.dropTitle, lines: [(strings.dropConfirm(title), .bold)], footer: nil)
        case .wall(let cursor):
            WallView(state: view.state, strings: strings, cursor: cursor).draw(on: &screen, top: 1, bottom: screen.height - 3)
            HintBar(WallKeys.map.hintBar(strings, width: screen.width - 2)).draw(on: &screen)
        case .themes(let cursor, _):
            ThemesView(state: view.state, strings: strings, cursor: cursor).draw(on: &screen, top: 1, bottom: screen.height - 3)
            HintBar(WallKeys.themes.hintBar(strings, width: screen.width - 2)).draw(on: &screen)
        case .groups(let cursor):
            GroupsView(state: view.state, strings: strings, cache: view.seating, cursor: cursor)
                .draw(on: &screen, top: 1, bottom: screen.height - 3)
            HintBar(WallKeys.groupsMap.hintBar(strings, width: screen.width - 2)).draw(on: &screen)
        case .checkIn(let cursor):
            CheckInView(state: view.state, strings: strings, cache: view.seating, cursor: cursor)
                .draw(on: &screen, top: 1, bottom: screen.height - 3)
            HintBar(WallKeys.checkInMap.hintBar(strings, width: screen.width - 2)).draw(on: &screen)
        case .question(let question):
            let (title, lines, footer) = question.box(strings, maxLines: screen.height - 8)
            screen.box(title: title, lines: lines, footer: footer)
        case .tally(let cursor):
            PriorityScreens(state: view.state, strings: strings)
                .drawTally(cursor.block, scroll: cursor.scroll, on: &screen, top: 1, bottom: screen.height - 3)
            let closed = cursor.block.map(view.state.isVoteClosed) ?? false
            HintBar(PriorityKeys.tallyBar(strings, width: screen.width - 2, closed: closed)).draw(on: &screen)
        case .quickWins(let cursor):
            PriorityScreens(state: view.state, strings: strings)
                .drawQuickWins(selected: cursor.selected, on: &screen, top: 1, bottom: screen.height - 3)
            HintBar(PriorityKeys.quickWins.hintBar(strings, width: screen.width - 2)).draw(on: &screen)
        }
    }

    /// The keys (the console keymap's help rows under their groups' headings), after the commands
    /// that open the session elsewhere; ↑/↓ scroll a help longer than the screen.
    private func drawHelp(on screen: inout Screen) {
        KeyHelpBox(title: strings.helpTitle, intro: view.ui.sessionPath.map(strings.connectLines) ?? [],
                   sections: ConsoleKeys.helpSections(strings), scroll: view.ui.helpScroll, footer: strings.closeHelp,
                   strings: strings).draw(on: &screen)
    }

    private func drawForm(_ form: BlockForm, on screen: inout Screen) {
        let labels = [strings.titleField, strings.minutesField, form.isInsert ? strings.kindField : strings.atField]
        let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
        let width = min(screen.width - 4, 64)
        let fieldWidth = width - labelWidth - 6
        var lines: [(String, Style)] = []
        var cursor: (Int, Int)?
        for (i, label) in labels.enumerated() {
            let editor = [form.title, form.minutes, form.at][i]
            var shown = editor.visible(width: fieldWidth)
            if i == 2, form.isInsert {
                shown = ("‹ " + strings.report.kind(form.kind) + " ›", 0)
            }
            if i == form.field, !(i == 2 && form.isInsert) { cursor = (i, labelWidth + 2 + shown.cursorColumn) }
            lines.append((DisplayWidth.pad(label, to: labelWidth) + "  " + shown.text, i == form.field ? .bold : .plain))
        }
        if let error = form.error { lines.append((error, .alarm)) } else if form.isInsert, form.field == 2 {
            lines.append((strings.kindHint, .dim))
        }
        let origin = screen.box(title: form.isInsert ? strings.insertTitle : strings.editTitle, lines: lines,
                         footer: ConsoleKeys.form.hintBar(strings, width: .max), minimumWidth: width)
        if let (row, column) = cursor { screen.cursor = (origin.row + row, origin.column + column) }
    }
}
