import PlenumCore

/// Console `k`: everyone expected, alphabetically, with who came, who sent word, who went home,
/// and the walk-ins; the counts at the top, and what the groups look like after each change.
struct CheckInView {
    let state: SessionState
    let strings: UIStrings
    let cache: SeatingCache?
    let cursor: CheckInCursor

    func draw(on screen: inout Screen, top: Int, bottom: Int) {
        for row in top...bottom { screen.fill(row: row, style: .plain) }
        let width = screen.width
        let all = CheckInRow.rows(state)
        screen.put(DisplayWidth.truncateAtWord(strings.checkInTitle + " · " + strings.peopleCount(all.count), to: width - 2),
                   row: top, column: 1, style: .bold)
        var counts: [Fact.Attendance: Int] = [:]
        for row in all { counts[row.status, default: 0] += 1 }
        let seated = DaySeating.attendees(state.plan, absent: SessionSeating.notSeated(state), walkIns: state.walkIns).count
        var x = 1
        for (status, style) in [(Fact.Attendance.came, Style.good), (.absent, .alarm), (.left, .warning), (.expected, .plain)] {
            x += screen.put(marker(status) + " " + strings.attendanceCount(status) + " \(counts[status, default: 0])  ",
                            row: top + 1, column: x, style: style)
        }
        screen.put(DisplayWidth.truncateAtWord(strings.walkInsCount(state.walkIns.count) + " · " + strings.inGroups(seated),
                                               to: max(0, width - x - 1)), row: top + 1, column: x, style: .dim)
        var listTop = top + 3
        if cursor.searching || !cursor.search.text.isEmpty {
            let label = strings.searchLabel + " "
            let shown = cursor.search.visible(width: width - 4 - DisplayWidth.of(label))
            screen.put(label + shown.text, row: top + 2, column: 1, style: cursor.searching ? .bold : .plain)
            if cursor.searching, cursor.walkIn == nil { screen.cursor = (top + 2, 1 + DisplayWidth.of(label) + shown.cursorColumn) }
            listTop = top + 4
        }
        let rows = CheckInRow.rows(state, filter: cursor.search.text)
        let visible = max(1, bottom - listTop + 1)
        let selected = max(0, min(cursor.selected, rows.count - 1))
        let first = max(0, min(selected - visible / 2, rows.count - visible))
        if rows.isEmpty {
            screen.put(DisplayWidth.truncateAtWord(all.isEmpty ? strings.planNamesNobody : strings.nobodyFound, to: width - 4),
                       row: listTop, column: 3, style: .dim)
        }
        let nameWidth = min(34, max(12, rows.map { DisplayWidth.of($0.name) }.max() ?? 12))
        for (offset, row) in rows.dropFirst(first).prefix(visible).enumerated() {
            let y = listTop + offset
            let isSelected = first + offset == selected
            let base: Style = isSelected ? Style.plain.selected : .plain
            if isSelected { screen.fill(row: y, style: base) }
            var x = 1
            x += screen.put(" " + marker(row.status) + " ", row: y, column: x, style: statusStyle(row.status, selected: isSelected))
            x += screen.put(DisplayWidth.pad(row.name, to: nameWidth) + "  ", row: y, column: x,
                            style: row.status == .absent || row.status == .left ? Style(dim: true, reverse: isSelected) : base)
            var segmentStyle = SegmentColors.style(row.segment, plan: state.plan)
            segmentStyle.reverse = isSelected
            x += screen.put(DisplayWidth.pad(row.segment ?? "", to: 5), row: y, column: x, style: segmentStyle)
            var about = [strings.attendanceWord(row.status)]
            if let role = row.role, role != .participant { about.append(strings.roleWord(role)) }
            if row.role == nil { about.append(strings.walkInWord) }
            if let table = row.table { about.append(table) }
            screen.put(DisplayWidth.truncateAtWord(about.joined(separator: " · "), to: max(0, width - x - 1)), row: y, column: x,
                       style: isSelected ? base : .dim)
        }
        if let form = cursor.walkIn { drawWalkIn(form, on: &screen) }
        if cursor.confirmRest {
            let rest = all.filter { $0.status == .expected && ($0.role == nil || $0.role == .participant) }.count
            screen.box(title: strings.checkInTitle, lines: [(strings.restAbsentQuestion(rest), .bold)], footer: strings.restAbsentHint)
        }
    }

    private func marker(_ status: Fact.Attendance) -> String {
        switch status {
        case .came: return "✓"
        case .absent: return "✗"
        case .left: return "←"
        case .expected: return "·"
        }
    }

    private func statusStyle(_ status: Fact.Attendance, selected: Bool) -> Style {
        var style: Style
        switch status {
        case .came: style = .good
        case .absent: style = .alarm
        case .left: style = .warning
        case .expected: style = .dim
        }
        style.reverse = selected
        return style
    }

    private func drawWalkIn(_ form: WalkInForm, on screen: inout Screen) {
        let width = min(screen.width - 10, 56)
        let labels = [strings.nameField, strings.segmentField]
        let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
        var lines: [(String, Style)] = []
        var cursorAt: (Int, Int)?
        for (i, label) in labels.enumerated() {
            let editor = i == 0 ? form.name : form.segment
            let shown = editor.visible(width: width - labelWidth - 3)
            if i == form.field { cursorAt = (i, labelWidth + 2 + shown.cursorColumn) }
            lines.append((DisplayWidth.pad(label, to: labelWidth) + "  " + shown.text, i == form.field ? .bold : .plain))
        }
        let segments = state.plan.segments.map { "\($0.key) \($0.name)" }.joined(separator: " · ")
        if !segments.isEmpty { lines.append((segments, .dim)) }
        if let error = form.error { lines.append((error, .alarm)) }
        let origin = screen.box(title: strings.walkInTitle, lines: lines, footer: WallKeys.walkIn.hintBar(strings, width: .max), minimumWidth: width)
        if let (row, column) = cursorAt { screen.cursor = (origin.row + row, origin.column + column) }
    }
}
