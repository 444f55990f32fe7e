import Foundation
import Testing
@testable import PlenumCore

/// Exports of a day with parallel tracks: every format gives the tracks as sections of their own.
@Suite struct TrackExportTests {
    /// Bootcamp III until 10:40: two tracks have moved on, post-its in three tracks, one at the panel.
    static func render(_ format: ExportFormat) throws -> String {
        var d = try SessionDriver(TrackPartTests.planText, at: "09:00")
        d.perform(.startOrPause)
        d.at("09:20"); d.perform(.next)
        d.note(.add(id: "a", kind: "idé", text: "Foreningsbørs hvert forår"), at: NoteDesk(table: "Bord 1", group: 1, author: "Jakob Mørk"))
        d.note(.add(id: "b", kind: "pointe", text: "Naturen er vores styrke"), at: NoteDesk(table: "Bord 4", group: 2, author: "Tina Lyng"))
        d.at("10:05"); d.perform(.advanceTrack(0)); d.perform(.advanceTrack(1))
        d.at("10:25"); d.perform(.advanceTrack(1))
        d.at("10:33")
        d.note(.add(id: "c", kind: "spørgsmål", text: "Hvem betaler for stierne?"), at: NoteDesk(table: "Bord 3", group: 1, author: "Peter Due"))
        d.at("10:40")
        return format.render(state: d.state, entries: d.journal, clock: d.clock,
                             createdAt: d.clock.date(ClockTime(hour: 8, minute: 30)), now: d.now, anonymous: false)
    }

    @Test func theMinutesHaveASectionPerTrackWithItsBlocksAndPostIts() throws {
        let md = try Self.render(.md)
        #expect(md.contains("| 2.a1 | Fællesskaber: Formål | 09:20–10:05 | 09:20–10:05 | 45 | ±0 |"))
        #expect(md.contains("| 2.b3 | Natur og klima: Forudsætninger og politikerpanel | 10:25–11:49 | 10:25–i gang | 15 |"))
        #expect(md.contains("## 2. Tre parallelle spor: spor Natur og klima · Mødelokale 1"))
        #expect(md.contains("| 2.a3 | Fællesskaber: Forudsætninger og politikerpanel | 10:25–11:49 | ikke afholdt endnu |"))
        #expect(md.contains("- Hvem betaler for stierne? _(gruppe 1, Politikerpanel)_"))
        #expect(md.contains("- Foreningsbørs hvert forår _(gruppe 1)_"))
        let html = try Self.render(.html)
        #expect(html.contains("<h2>2. <bdi>Tre parallelle spor</bdi>: <bdi>spor Fællesskaber</bdi> · <bdi>Byrådssalen</bdi> — <bdi>Formål</bdi></h2>"))
        #expect(html.contains("<tr class=\"track\"><td>2.c1</td><td><bdi>Bosætning og mobilitet: Formål</bdi></td>"))
    }

    @Test func csvJsonAndTheCalendarKnowTheTracks() throws {
        let csv = try Self.render(.csv)
        #expect(csv.contains("2.b3. Natur og klima: Forudsætninger og politikerpanel;Bord 3;1;spørgsmål;Hvem betaler for stierne?"))
        #expect(csv.contains("2.a1. Fællesskaber: Formål;Bord 1;1;idé;Foreningsbørs hvert forår"))
        let json = try Self.render(.json)
        #expect(json.contains("\"station\": \"Politikerpanel\""))
        #expect(json.contains("\"track\": 1,\n      \"track_block\": 2"))
        #expect(json.contains("\"id\": \"p2.t3.b1\""))
        #expect(json.contains("\"room\": \"Mødelokale 2\""))
        let ics = try Self.render(.ics).replacingOccurrences(of: "\r\n ", with: "")
        #expect(ics.contains("UID:plenum-"))
        #expect(ics.contains("SUMMARY:Natur og klima: Forudsætninger og politikerpanel (prøvekørsel)") || ics.contains("SUMMARY:Natur og klima: Forudsætninger og politikerpanel\r\n"))
        #expect(ics.contains("LOCATION:Mødelokale 1\\, Lejre Rådhus"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == 6 + 3 * 3 + 3 * 2)
    }
}

/// The wall and the review of a tracks block hold the post-its of every block inside its tracks.
@Suite struct TrackWallTests {
    @Test func aTracksBlockHoldsItsTracksPostIts() throws {
        var d = try SessionDriver(TrackPartTests.planText, at: "09:00")
        d.perform(.startOrPause)
        d.at("09:20"); d.perform(.next)
        d.note(.add(id: "a", kind: "idé", text: "Et"), at: NoteDesk(table: "Bord 1", group: 1, author: "J"))
        d.note(.add(id: "b", kind: "idé", text: "To"), at: NoteDesk(table: "Bord 6", group: 2, author: "R"))
        #expect(d.state.postIts(in: "p2").map(\.id) == ["a", "b"])
        #expect(d.state.postIts(in: "p2.t1.b1").map(\.id) == ["a"])
        #expect(d.state.postItCounts(in: "p2").filter { $0.count > 0 }.map(\.table) == ["Bord 1", "Bord 6"])
        #expect(d.state.postIts(in: "p1").isEmpty)
        let digest = SessionDigest(state: d.state, clock: d.clock, now: d.now)
        #expect(digest.blocks[1].postIts.isEmpty && digest.blocks[1].postItsWithTracks.map(\.id) == ["a", "b"])
        #expect(digest.postItCount == 2)
    }
}
