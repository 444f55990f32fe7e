import Foundation

/// `plenum export --format csv`: one row per post-it for a spreadsheet — UTF-8 with a byte order
/// mark (so Excel reads æøå), RFC 4180 quoting, CRLF line ends, and cells that would start a
/// formula (`=`, `+`, `-`, `@`, tab, carriage return) prefixed with `'` so they stay text. A
/// rehearsal's rows end with a `rehearsal` column that says so ("prøvekørsel"/"rehearsal").
/// Cells are separated as the spreadsheets of the plan's language expect, so the file opens in
/// columns on a double-click: `;` for Danish (Excel's list separator where the decimal comma is
/// `,`), `,` for English.
/// Controls and direction marks are dropped (`SafeText`), so the file drives no terminal it is shown on.
public struct CSVExport {
    public static let header = ["block", "table", "group", "kind", "text", "author", "time", "votes", "theme", "quick_win"] + priorityHeader

    public let digest: SessionDigest
    public let anonymous: Bool

    public init(_ digest: SessionDigest, anonymous: Bool = false) {
        self.digest = digest
        self.anonymous = anonymous
    }

    /// The list separator of a language's spreadsheets: `;` in Danish, `,` in English.
    public static func separator(_ language: Language) -> Character {
        switch language {
        case .da: ";"
        case .en: ","
        }
    }

    public func render() -> String {
        var text = ""
        write { text += $0 }
        return text
    }

    /// The rows handed to `emit` in pieces of about a megabyte.
    public func write(to emit: (String) -> Void) {
        var timestamps = MinuteTimestamps(timeZone: digest.clock.timeZone)
        let words = digest.state.plan.language.export
        let separator = String(Self.separator(digest.state.plan.language))
        let rehearsal = digest.state.rehearsal == nil ? [] : [digest.state.plan.language.report.rehearsal]
        // One text, row after row (not a list of rows joined after: a copy less of 100,000 rows).
        var out = "\u{FEFF}" + (Self.header + (rehearsal.isEmpty ? [] : ["rehearsal"])).map(Self.field).joined(separator: separator) + "\r\n"
        let priorities = PriorityCells(digest)
        for line in digest.blocks {
            // A tracks block's own post-its, then each track's blocks ("2.a1. Fællesskaber: Formål").
            let parts = [("\(line.index + 1). \(line.block.title)", line)] + line.tracks.enumerated().flatMap { t, track in
                track.lines.map { ("\(line.index + 1).\(TrackLetters.letter(t))\($0.index + 1). \(track.track.title): \($0.block.title)", $0) }
            }
            for (title, part) in parts {
                for p in part.postIts {
                    let cells = [title, p.table, p.group.map { String($0) } ?? "", p.kind, p.text,
                                 anonymous ? "" : p.author, timestamps.string(from: p.createdAt), String(p.votes), p.theme ?? "",
                                 p.quickWin ? "yes" : ""] + priorities.cells(p) + rehearsal
                    out += cells.map(Self.field).joined(separator: separator)
                    out += "\r\n"
                    drainPiece(&out, to: emit)
                }
                // The evaluation: a row per rated question, its distribution and mean.
                for tally in digest.state.ratingTallies(part.id) where tally.total > 0 {
                    let cells = [title, "", "", words.evaluation.lowercased(), Self.tallyText(tally, words: words)]
                        + Array(repeating: "", count: Self.header.count - 5) + rehearsal
                    out += cells.map(Self.field).joined(separator: separator) + "\r\n"
                }
            }
        }
        emit(out)
    }

    /// "Dagens form: gennemsnit 3,7 · 1: 0 · 2: 1 · 3: 4 · 4: 7 · 5: 2 · 14 svar".
    static func tallyText(_ tally: RatingTally, words: ExportWords) -> String {
        let mean = tally.mean.map { $0.materialText(words.language) } ?? "–"
        let counts = tally.counts.enumerated().map { "\($0.offset + 1): \($0.element)" }
        return "\(tally.question): \(words.mean.lowercased()) \(mean) · " + counts.joined(separator: " · ")
            + " · \(tally.total) \(words.answers.lowercased())"
    }

    /// One cell: neutralised if a spreadsheet would read it as a formula, quoted if it must be (a
    /// cell with either separator is quoted, so it stays one cell whichever a spreadsheet uses).
    public static func field(_ text: String) -> String {
        var value = SafeText.clean(text)
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        // Bytes, not characters: comparing each character as text was half of a large csv export.
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x3B || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
                || value.hasPrefix(" ") || value.hasSuffix(" ") else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
