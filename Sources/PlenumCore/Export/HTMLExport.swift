import Foundation

/// `plenum export --format html`: one self-contained page (no network: the style and the timeline
/// are inside it) that opens in a browser and prints — the day's facts, an SVG timeline planned vs
/// actual, the agenda, the themes, the quick wins and every block's post-its. Every text is escaped
/// and cleaned (`SafeText`: no controls, no direction overrides, no storm of combining marks); text
/// people wrote is isolated in `<bdi>` (its own direction, never the page's), and long words break.
public struct HTMLExport {
    public let digest: SessionDigest

    public init(_ digest: SessionDigest) {
        self.digest = digest
    }

    public func render() -> String {
        var text = ""
        write { text += $0 }
        return text
    }

    /// The page handed to `emit` in pieces of about a megabyte.
    public func write(to emit: (String) -> Void) {
    let plan = digest.state.plan
    let words = plan.language.export
    var html = Self.pageStart(title: plan.title, language: plan.language)
    if let rehearsal = digest.rehearsalNote(words.report) {
        html += "<p class=\"meta\"><strong>\(Self.escape(rehearsal))</strong></p>\n"
    }
    var facts = [words.report.longDate(digest.clock.day)]
    if let venue = plan.venue { facts.append(venue) }
    html += "<p class=\"meta\">\(facts.map(Self.user).joined(separator: " · "))</p>\n"
    if digest.participantCount > 0 {
        let bySegment = digest.participantsBySegment.filter { !$0.name.isEmpty }.map { "\($0.name) \($0.count)" }
        html += "<p class=\"meta\">\(words.participants): \(digest.participantCount)"
            + (bySegment.isEmpty ? "" : " (" + bySegment.map(Self.user).joined(separator: ", ") + ")") + "</p>\n"
    }
    html += "</header>\n"
    html += "<section>\n<h2>\(words.timeline)</h2>\n\(TimelineSVG(digest: digest).render())\n</section>\n"
    html += agendaTable(words)
    if !digest.themes.isEmpty {
        html += "<section>\n<h2>\(words.themes)</h2>\n"
        for theme in digest.themes {
            let votes = theme.votes > 0 ? " <span class=\"votes\">\(words.votes(theme.votes))</span>" : ""
            html += "<h3>\(Self.user(theme.name))\(votes)</h3>\n<ul>\n"
            for p in theme.postIts { html += item(p, words: words, showPlace: true) }
            html += "</ul>\n"
        }
        html += "</section>\n"
    }
    html += priorities(digest.state.plan.language.priorities)
    if !digest.quickWins.isEmpty {
        html += "<section>\n<h2>\(words.quickWins)</h2>\n<ol>\n"
        for p in digest.quickWins { html += item(p, words: words, showPlace: true) }
        html += "</ol>\n</section>\n"
    }
    for line in digest.blocks {
        if digest.reported(line) {
            section(line, heading: "\(line.index + 1). \(Self.user(line.block.title))", words: words, into: &html, emit: emit)
        }
        for track in line.tracks {
            let room = track.track.room.map { " · " + Self.user($0) } ?? ""
            let heading = "\(line.index + 1). \(Self.user(line.block.title)): \(Self.user(words.report.track(track.track.title)))\(room)"
            for inner in track.lines where digest.reported(inner) {
                section(inner, heading: heading + " — " + Self.user(inner.block.title), words: words, into: &html, emit: emit)
            }
        }
    }
    html += "<footer>\(words.made)</footer>\n</body>\n</html>\n"
    emit(html)
}

/// A block's presenters, cards and its post-its by table and kind, added to `html`.
private func section(_ line: SessionDigest.BlockLine, heading: String, words: ExportWords, into html: inout String,
                     emit: (String) -> Void) {
        html += "<section class=\"block\">\n<h2>\(heading)</h2>\n"
        if !line.presenters.isEmpty {
            html += "<h4>\(words.presenters)</h4>\n<table class=\"presenters\">\n<tr><th>\(words.presenterHeader)</th>"
                + "<th>\(words.plannedHeader)</th><th>\(words.actualHeader)</th></tr>\n"
            for p in line.presenters {
                html += "<tr><td>\(Self.user(p.presenter.name))</td><td>\(words.presenterMinutes(p.plannedSeconds))</td>"
                    + "<td>\(words.presenterMinutes(p.actualSeconds))</td></tr>\n"
            }
            html += "</table>\n"
        }
        if !line.cards.isEmpty, line.ran {
            html += "<h4>\(words.cards)</h4>\n<ol class=\"cards\">\n"
            for card in line.cards { html += "<li>\(Self.user(card))</li>\n" }
            html += "</ol>\n"
        }
        html += BasisExport.html(line.block, tallies: digest.state.ratingTallies(line.id), words: words)
        html += "<div class=\"tables\">\n"
        for table in digest.tables(in: line) {
            let atTable = line.postIts.filter { $0.table == table }
            html += "<div class=\"table\">\n<h3>\(Self.user(table))</h3>\n"
            for kind in digest.kinds(in: atTable) {
                html += "<h4>\(Self.user(words.kindTitle(kind)))</h4>\n<ul>\n"
                for p in atTable where p.kind == kind { html += item(p, words: words, showPlace: false) }
                html += "</ul>\n"
            }
            html += "</div>\n"
            drainPiece(&html, to: emit)
        }
        html += "</div>\n</section>\n"
    }

    private func agendaTable(_ words: ExportWords) -> String {
        var html = "<section>\n<h2>\(words.agenda)</h2>\n<table class=\"agenda\">\n<thead><tr><th>#</th><th>\(words.blockHeader)</th>"
            + "<th>\(words.plannedHeader)</th><th>\(words.actualHeader)</th><th>\(words.minutesHeader)</th>"
            + "<th>\(words.differenceHeader)</th></tr></thead>\n<tbody>\n"
        for line in digest.blocks {
            let planned = digest.plannedSpan(line) ?? "–"
            let actual = digest.actualSpan(line, running: words.running, skipped: words.skipped, notRun: words.notRun)
            let over = line.overMinutes ?? 0
            let overClass = over > 0 ? " class=\"over\"" : (over < 0 ? " class=\"under\"" : "")
            html += "<tr><td>\(line.index + 1)</td><td>\(Self.user(line.block.title))</td><td>\(planned)</td>"
                + "<td>\(actual)</td><td>\(line.actualMinutes.map { String($0) } ?? "–")</td>"
                + "<td\(overClass)>\(line.overMinutes.map(MinutesOver.text) ?? "")</td></tr>\n"
            for (t, track) in line.tracks.enumerated() {
                for inner in track.lines {
                    let actual = digest.actualSpan(inner, running: words.running, skipped: words.skipped, notRun: words.notRun)
                    html += "<tr class=\"track\"><td>\(line.index + 1).\(TrackLetters.letter(t))\(inner.index + 1)</td>"
                        + "<td>\(Self.user(track.track.title + ": " + inner.block.title))</td><td>\(digest.plannedSpan(inner) ?? "–")</td>"
                        + "<td>\(actual)</td><td>\(inner.actualMinutes.map { String($0) } ?? "–")</td>"
                        + "<td>\(inner.overMinutes.map(MinutesOver.text) ?? "")</td></tr>\n"
                }
            }
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private func item(_ p: PostIt, words: ExportWords, showPlace: Bool) -> String {
        let notes = digest.notes(for: p, showPlace: showPlace, words: words)
        let mark = p.quickWin ? "<span class=\"qw\">\(words.quickWin)</span> " : ""
        let about = notes.isEmpty ? "" : " <span class=\"about\">" + notes.map(Self.user).joined(separator: " · ") + "</span>"
        return "<li>\(mark)\(Self.user(p.text))\(about)</li>\n"
    }

    /// A page up to its header's title: the document, the style (and `style` after it), the `<h1>`.
    static func pageStart(title: String, language: Language, style extra: String = "") -> String {
        """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <style>\(style)\(extra)</style>
            </head>
            <body>
            <header>
            <h1>\(user(title))</h1>

            """
    }

    /// Text people wrote, as element content: escaped, and isolated so its direction (Arabic,
    /// Hebrew) is its own and never turns the text around it.
    static func user(_ text: String) -> String {
        "<bdi>" + escape(text) + "</bdi>"
    }

    /// Text safe inside HTML elements and attribute values (cleaned by `SafeText` first).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in SafeText.clean(text).unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.4;overflow-wrap:anywhere;word-break:break-word}
        h1{margin-bottom:.2rem}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
        .meta{color:#555;margin:.2rem 0}table.agenda{border-collapse:collapse;width:100%}
        .agenda th,.agenda td{border-bottom:1px solid #e3e3e3;padding:.25rem .5rem;text-align:left}
        .agenda td:nth-child(1),.agenda td:nth-child(5),.agenda td:nth-child(6){text-align:right}
        .over{color:#b35a00;font-weight:600}.under{color:#2e7d32}.votes,.about{color:#666;font-size:.9em}
        .qw{background:#ffe08a;border-radius:3px;padding:0 .3em;font-size:.85em}
        .tables{display:flex;flex-wrap:wrap;gap:1rem}.table{flex:1 1 16rem;background:#fffbe6;border:1px solid #eee3a8;border-radius:4px;padding:.2rem .8rem}
        .table h3{margin:.4rem 0}h4{margin:.6rem 0 .2rem}ul{padding-left:1.2rem}svg{max-width:100%;height:auto}
        footer{margin-top:3rem;color:#888;font-size:.8em}
        @media print{body{margin:0;max-width:none;font-size:10pt}.block{break-inside:avoid-page}.table{break-inside:avoid;background:none}
        h2{break-after:avoid}a{color:inherit}footer{display:none}}
        """ + BasisExport.style
}

/// The day drawn as bars: each block's planned time (grey) above its actual time (blue, orange when
/// it ran over), on one time axis with an hour grid.
struct TimelineSVG {
    let digest: SessionDigest

    func render() -> String {
        let clock = digest.clock
        var spans: [(planned: (Double, Double)?, actual: (Double, Double)?, over: Bool)] = []
        func minutes(_ date: Date) -> Double { Double(clock.time(date).minutes) + Double(Int(date.timeIntervalSince1970) % 60) / 60 }
        for line in digest.blocks {
            let planned = line.plannedStart.map { (Double($0.minutes), Double($0.minutes + (line.plannedMinutes ?? 0))) }
            var actual: (Double, Double)?
            if let start = line.actualStart {
                let s = minutes(start)
                actual = (s, s + Double(line.actualMinutes ?? 0))
                if let end = line.actualEnd { actual = (s, max(s, minutes(end))) }
            }
            spans.append((planned, actual, (line.overMinutes ?? 0) > 0))
        }
        let all = spans.flatMap { [$0.planned?.0, $0.planned?.1, $0.actual?.0, $0.actual?.1].compactMap { $0 } }
        let first = floor((all.min() ?? 540) / 60) * 60, last = ceil((all.max() ?? 600) / 60) * 60
        let labelWidth = 230.0, width = 900.0, rowHeight = 22.0, top = 24.0
        let scale = (width - labelWidth - 10) / max(last - first, 60)
        func x(_ m: Double) -> String { String(format: "%.1f", labelWidth + (m - first) * scale) }
        func w(_ a: Double, _ b: Double) -> String { String(format: "%.1f", max(1, (b - a) * scale)) }
        let height = top + rowHeight * Double(spans.count) + 8
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" "
            + "width=\"\(Int(width))\" height=\"\(Int(height))\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\">\n"
        var hour = first
        while hour <= last {
            svg += "<line x1=\"\(x(hour))\" y1=\"16\" x2=\"\(x(hour))\" y2=\"\(Int(height))\" stroke=\"#ddd\"/>"
                + "<text x=\"\(x(hour))\" y=\"12\" text-anchor=\"middle\" fill=\"#666\">\(ClockTime(minutes: Int(hour)))</text>\n"
            hour += 60
        }
        for (k, line) in digest.blocks.enumerated() {
            let y = top + rowHeight * Double(k)
            let title = DisplayWidth.truncate("\(line.index + 1). \(line.block.title)", to: 36)
            svg += "<text x=\"4\" y=\"\(String(format: "%.1f", y + 14))\" fill=\"#222\">\(HTMLExport.escape(title))</text>\n"
            if let p = spans[k].planned {
                svg += "<rect x=\"\(x(p.0))\" y=\"\(String(format: "%.1f", y + 2))\" width=\"\(w(p.0, p.1))\" height=\"8\" fill=\"#c8c8c8\"/>\n"
            }
            if let a = spans[k].actual {
                svg += "<rect x=\"\(x(a.0))\" y=\"\(String(format: "%.1f", y + 11))\" width=\"\(w(a.0, a.1))\" height=\"8\" "
                    + "fill=\"\(spans[k].over ? "#e8902a" : "#3b7dd8")\"/>\n"
            }
        }
        return svg + "</svg>"
    }
}
