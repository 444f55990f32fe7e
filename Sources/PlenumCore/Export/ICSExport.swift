import Foundation

/// `plenum export --format ics`: one calendar event per block (its actual times if it ran, else as
/// planned), with UIDs that stay the same for the same session, so importing again updates instead
/// of doubling. RFC 5545: CRLF lines folded at 75 octets, text escaped. A rehearsal's calendar and
/// events say so in their names.
public struct ICSExport {
    public let digest: SessionDigest
    /// When the session was made: part of every UID, and the events' time stamp.
    public let sessionCreated: Date

    public init(_ digest: SessionDigest, sessionCreated: Date) {
        self.digest = digest
        self.sessionCreated = sessionCreated
    }

    public func render() -> String {
        let plan = digest.state.plan
        let words = plan.language.export
        let mark = digest.state.rehearsal == nil ? "" : " (\(words.report.rehearsal))"
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//plenum//plenum//\(plan.language.rawValue.uppercased())",
                     "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.text(plan.title + mark)]
        let stamp = Self.utc(sessionCreated)
        let session = Int(sessionCreated.timeIntervalSince1970)
        func event(_ line: SessionDigest.BlockLine, title: String, location: String?) {
            guard let span = digest.span(line) else { return }
            lines.append("BEGIN:VEVENT")
            lines.append("UID:plenum-\(session)-\(line.id)@plenum")
            lines.append("DTSTAMP:\(stamp)")
            lines.append("DTSTART:\(Self.utc(span.start))")
            lines.append("DTEND:\(Self.utc(max(span.end, span.start.addingTimeInterval(60))))")
            lines.append("SUMMARY:" + Self.text(title + mark))
            var about = [words.report.kind(line.block.kind)]
            if let rehearsal = digest.rehearsalNote(words.report) { about.insert(rehearsal, at: 0) }
            if line.status == .skipped { about.append(words.skipped) }
            if let notes = line.block.notes { about.append(notes) }
            if !line.cards.isEmpty { about.append(words.cards + ": " + line.cards.joined(separator: " / ")) }
            if !line.postIts.isEmpty { about.append(words.postItCount(line.postIts.count)) }
            lines.append("DESCRIPTION:" + Self.text(about.joined(separator: "\n")))
            if let location { lines.append("LOCATION:" + Self.text(location)) }
            lines.append("STATUS:" + (line.status == .skipped ? "CANCELLED" : "CONFIRMED"))
            lines.append("END:VEVENT")
        }
        for line in digest.blocks {
            event(line, title: line.block.title, location: plan.venue)
            // A track's blocks each an event of their own, in the track's room.
            for track in line.tracks {
                let room = [track.track.room, plan.venue].compactMap { $0 }.joined(separator: ", ")
                for inner in track.lines {
                    event(inner, title: track.track.title + ": " + inner.block.title, location: room.isEmpty ? nil : room)
                }
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// "20260312T080000Z".
    static func utc(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    /// A TEXT value: backslash, semicolon, comma and newline escaped; controls and direction marks dropped.
    static func text(_ value: String) -> String {
        var out = ""
        for c in value {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": break
            default:
                out += SafeText.clean(String(c), lines: false)
            }
        }
        return out
    }

    /// A content line folded to lines of at most 75 octets, never inside a character.
    static func fold(_ line: String) -> String {
        var out = ""
        var used = 0
        for c in line {
            let size = String(c).utf8.count
            if used + size > 75 {
                out += "\r\n "
                used = 1
            }
            out.append(c)
            used += size
        }
        return out
    }
}
