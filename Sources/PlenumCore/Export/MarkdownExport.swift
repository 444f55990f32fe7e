import Foundation

/// `plenum export --format md`: minutes a committee secretary can send with light edits — the day's
/// facts, the agenda planned vs actual, each block's questions and post-its by table and kind, the
/// themes with their votes and the quick wins. Post-it text is escaped so it reads as typed.
/// The minutes name no people (not the notetakers either): they are about what was said.
public struct MarkdownExport {
    public let digest: SessionDigest

    public init(_ digest: SessionDigest) {
        self.digest = digest
    }

    public func render() -> String {
        var text = ""
        write { text += $0 }
        return text
    }

    /// The minutes handed to `emit` in pieces of about a megabyte.
    public func write(to emit: (String) -> Void) {
        let plan = digest.state.plan
        let words = plan.language.export
        var out = TidyLines()
        out += ["# \(Self.escape(plan.title))", ""]
        if let rehearsal = digest.rehearsalNote(words.report) { out += ["**\(rehearsal)**", ""] }
        var facts = [words.report.longDate(digest.clock.day).prefix(1).uppercased() + words.report.longDate(digest.clock.day).dropFirst()]
        if let venue = plan.venue { facts.append(Self.escape(venue)) }
        out.append(facts.joined(separator: " · "))
        if digest.participantCount > 0 {
            let bySegment = digest.participantsBySegment.filter { !$0.name.isEmpty }
                .map { "\(Self.escape($0.name)) \($0.count)" }.joined(separator: ", ")
            out.append("")
            out.append("\(words.participants): \(digest.participantCount)" + (bySegment.isEmpty ? "" : " (\(bySegment))"))
        }
        out += ["", "## \(words.agenda)", ""]
        out.append("| # | \(words.blockHeader) | \(words.plannedHeader) | \(words.actualHeader) | \(words.minutesHeader) | \(words.differenceHeader) |")
        out.append("|---:|---|---|---|---:|---:|")
        for line in digest.blocks {
            let planned = digest.plannedSpan(line) ?? "–"
            let actual = digest.actualSpan(line, running: words.running, skipped: words.skipped, notRun: words.notRun)
            let minutes = line.actualMinutes.map { String($0) } ?? "–"
            let over = line.overMinutes.map(MinutesOver.text) ?? ""
            out.append("| \(line.index + 1) | \(Self.cell(line.block.title)) | \(planned) | \(actual) | \(minutes) | \(over) |")
            for (t, track) in line.tracks.enumerated() {
                for inner in track.lines {
                    let number = "\(line.index + 1).\(TrackLetters.letter(t))\(inner.index + 1)"
                    let actual = digest.actualSpan(inner, running: words.running, skipped: words.skipped, notRun: words.notRun)
                    out.append("| \(number) | \(Self.cell(track.track.title + ": " + inner.block.title)) | \(digest.plannedSpan(inner) ?? "–") | \(actual) | \(inner.actualMinutes.map { String($0) } ?? "–") | \(inner.overMinutes.map(MinutesOver.text) ?? "") |")
                }
            }
        }
        for line in digest.blocks {
            if digest.reported(line) {
                out += section(line, heading: "## \(line.index + 1). \(Self.escape(line.block.title))", level: "###", words: words)
                out.drain(to: emit)
            }
            for track in line.tracks where track.lines.contains(where: digest.reported) {
                let room = track.track.room.map { " · " + Self.escape($0) } ?? ""
                out += ["", "## \(line.index + 1). \(Self.escape(line.block.title)): \(Self.escape(words.report.track(track.track.title)))\(room)", ""]
                for inner in track.lines where digest.reported(inner) {
                    let actual = digest.actualSpan(inner, running: words.running, skipped: words.skipped, notRun: words.notRun)
                    out += section(inner, heading: "### \(Self.escape(inner.block.title)) (\(actual))", level: "####", words: words)
                }
                out.drain(to: emit)
            }
        }
        if !digest.themes.isEmpty {
            out += ["", "## \(words.themes)", ""]
            for theme in digest.themes {
                out += ["### \(Self.escape(theme.name))" + (theme.votes > 0 ? " (\(words.votes(theme.votes)))" : ""), ""]
                for p in theme.postIts { out.append("- " + item(p, words: words, showPlace: true)) }
                out.append("")
            }
        }
        out += priorities(digest.state.plan.language.priorities)
        if !digest.quickWins.isEmpty {
            out += ["", "## \(words.quickWins)", ""]
            for (k, p) in digest.quickWins.enumerated() { out.append("\(k + 1). " + item(p, words: words, showPlace: true, quickWinMark: false)) }
        }
        emit(out.text)
    }

    /// A block's cards and its post-its by table and kind, under `heading`; tables at `level`.
    private func section(_ line: SessionDigest.BlockLine, heading: String, level: String, words: ExportWords) -> [String] {
        var out = ["", heading, ""]
        if !line.cards.isEmpty, line.ran {
            out.append("**\(words.cards)**")
            out.append("")
            for (k, card) in line.cards.enumerated() { out.append("\(k + 1). \(Self.escape(card))") }
            out.append("")
        }
        out += BasisExport.markdown(line.block, tallies: digest.state.ratingTallies(line.id), words: words)
        if !line.presenters.isEmpty {
            out += ["**\(words.presenters)**", ""]
            out.append("| \(words.presenterHeader) | \(words.plannedHeader) | \(words.actualHeader) |")
            out.append("|---|---:|---:|")
            for p in line.presenters {
                out.append("| \(Self.cell(p.presenter.name)) | \(words.presenterMinutes(p.plannedSeconds)) | \(words.presenterMinutes(p.actualSeconds)) |")
            }
            out.append("")
            if line.postIts.isEmpty { return out }
        }
        if line.postIts.isEmpty {
            // Before the day, a block's basis stands alone: no post-its are missing yet.
            if digest.state.hasStarted { out.append("_\(words.noPostIts)_") }
            return out
        }
        for table in digest.tables(in: line) {
            let atTable = line.postIts.filter { $0.table == table }
            out += ["\(level) \(Self.escape(table))", ""]
            for kind in digest.kinds(in: atTable) {
                out.append("**\(Self.escape(words.kindTitle(kind)))**")
                out.append("")
                for p in atTable where p.kind == kind { out.append("- " + item(p, words: words, showPlace: false)) }
                out.append("")
            }
        }
        return out
    }

    /// Every vote of the day: its items ranked, with points by table and segment and who contributes.
    private func priorities(_ words: any PriorityVocabulary) -> [String] {
        guard !digest.tallies.isEmpty else { return [] }
        var out = ["", "## \(words.priorities)", ""]
        for tally in digest.tallies {
            let title = digest.state.anyBlock(tally.block)?.title ?? ""
            out += ["### \(Self.escape(title))", "", "_\(Self.escape(words.voteAbout(tally.vote, voters: tally.voters.count, closed: tally.closed)))_", ""]
            guard !tally.items.isEmpty else { out += ["_\(words.noVotes)_", ""]; continue }
            out.append("| # | \(words.priorityHeader) | \(words.pointsHeader) | \(words.tablesHeader) | \(words.segmentsHeader) | \(words.actorsHeader) |")
            out.append("|---:|---|---:|---|---|---|")
            for (k, item) in tally.items.enumerated() {
                let segments = words.segmentShares(item, in: digest.state.plan) ?? "–"
                out.append("| \(k + 1) | \(Self.cell(words.itemTitle(item))) | \(item.points) | \(Self.cell(words.shares(item.byTable))) | "
                           + "\(Self.cell(segments)) | \(Self.cell(item.actors.isEmpty ? "–" : item.actors.joined(separator: ", "))) |")
            }
            out.append("")
        }
        return out
    }

    private func item(_ p: PostIt, words: ExportWords, showPlace: Bool, quickWinMark: Bool = true) -> String {
        var text = Self.escape(p.text)
        let notes = digest.notes(for: p, showPlace: showPlace, words: words).map(Self.escape)
        if quickWinMark, p.quickWin { text = "**\(words.quickWin):** " + text }
        return notes.isEmpty ? text : text + " _(" + notes.joined(separator: ", ") + ")_"
    }

    /// Text that reads in Markdown exactly as typed: Markdown's marks are escaped with a backslash;
    /// controls and direction marks are dropped (`SafeText`), line breaks made spaces.
    public static func escape(_ text: String) -> String {
        var out = SafeText.clean(text, lines: false)
        // Most post-its hold none of the marked characters: then the text is taken whole. The
        // marks are ASCII, so a backslash goes before each such byte (a mark that carries a
        // combining accent is escaped too, as a Markdown reader sees the mark).
        if out.utf8.contains(where: { $0 < 0x80 && markedASCII[Int($0)] }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(out.utf8.count + 16)
            for byte in out.utf8 {
                if byte < 0x80, markedASCII[Int(byte)] {
                    if byte == 0x0A || byte == 0x0D { bytes.append(0x20); continue }
                    bytes.append(0x5C)
                }
                bytes.append(byte)
            }
            out = String(decoding: bytes, as: UTF8.self)
        }
        // A line that starts like a list item or a numbered item stays text.
        guard let first = out.first else { return out }
        if first == "-" || first == "+" { out = "\\" + out }
        if first.isNumber, let dot = out.firstIndex(of: "."), out[..<dot].allSatisfy(\.isNumber) {
            out.insert("\\", at: dot)
        }
        return out
    }

    /// The bytes `escape` changes: \ ` * _ [ ] < > # | ~ { } ! & and line breaks.
    private static let markedASCII: [Bool] = (0..<128).map { byte in
        "\\`*_[]<>#|~{}!&\n\r".utf8.contains(UInt8(byte))
    }

    /// Text for a table cell: escaped, and never breaking the row.
    static func cell(_ text: String) -> String { escape(text) }
}

/// Lines written straight into one text, one blank line between parts and never two (none first or
/// last): minutes of 100,000 post-its are not a list of lines first and a joined copy after.
struct TidyLines {
    private(set) var text = ""
    private var lastWasEmpty = true
    private var blankPending = false

    mutating func append(_ line: String) {
        if line.isEmpty {
            if !lastWasEmpty { blankPending = true }
            lastWasEmpty = true
            return
        }
        if blankPending { text += "\n" }
        blankPending = false
        lastWasEmpty = false
        text += line
        text += "\n"
    }

    /// Hands the text so far on once it holds a megabyte (what follows still knows the last line).
    mutating func drain(to emit: (String) -> Void) { drainPiece(&text, to: emit) }

    static func += (lines: inout TidyLines, more: [String]) {
        for line in more { lines.append(line) }
    }
}
