import Testing
@testable import PlenumCore

/// The time notations people write in agendas, one line at a time.
@Suite struct AgendaLineReaderTests {
    /// start, end (or nil), and the text after the times.
    func read(_ line: String) -> (String?, String?, String) {
        let r = AgendaLineReader.read(line)
        return (r.start.map { "\($0.clock)" }, r.end.map { "\($0.clock)" }, r.rest)
    }

    @Test(arguments: [
        ("16:15-16:30 Velkomst", "16:15", "16:30", "Velkomst"),
        ("16.15–16.30 Velkomst", "16:15", "16:30", "Velkomst"),
        ("16.15—16.30 Velkomst", "16:15", "16:30", "Velkomst"),
        ("16.15 til 16.30 Velkomst", "16:15", "16:30", "Velkomst"),
        ("4:15 to 4:30 Welcome", "04:15", "04:30", "Welcome"),
        ("kl. 09.00-13.00 Workshop", "09:00", "13:00", "Workshop"),
        ("Kl. 09.00 Åpning", "09:00", nil, "Åpning"),
        ("9:00 - 9:15 Intro", "09:00", "09:15", "Intro"),
        ("08.00-09.00: Morgenmad", "08:00", "09:00", "Morgenmad"),
        ("- 10:00-10:15 Kaffe", "10:00", "10:15", "Kaffe"),
        ("• kl. 10 Pause", "10:00", nil, "Pause"),
        ("1:30 pm - 2:15 pm Breakout", "13:30", "14:15", "Breakout"),
        ("12:00 am Midnight", "00:00", nil, "Midnight"),
        ("11:30 - 12 Closing", "11:30", "12:00", "Closing"),
        ("09:00 - 10 minutters pause", "09:00", nil, "10 minutters pause"),
        ("Fra kl. 13 til kl. 15 Workshop", "13:00", "15:00", "Workshop"),
    ] as [(String, String?, String?, String)])
    func timesInTheNotationsPeopleUse(_ line: String, _ start: String?, _ end: String?, _ rest: String) {
        let (s, e, r) = read(line)
        #expect(s == start, "\(line)")
        #expect(e == end, "\(line)")
        #expect(r == rest, "\(line)")
    }

    @Test func numbersThatAreNoTimesStayText() {
        for line in ["1. Velkomst", "12 deltagere", "100 deltagere", "2 x 45 min", "1.5 timer", "Man kan komme"] {
            let r = AgendaLineReader.read(line)
            #expect(r.shape == .text, "\(line)")
            #expect(r.rest == line, "\(line)")
        }
    }

    @Test func datesAndDayHeaders() {
        let dated = AgendaLineReader.read("06.02.19 kl. 09.00-13.00 Workshop 1")
        #expect(dated.shape == .timed)
        #expect(dated.date == WrittenDate(day: 6, month: 2, year: 2019))
        #expect(AgendaLineReader.read("Mandag d. 17. februar").shape == .dayHeader)
        #expect(AgendaLineReader.read("Mandag d. 17. februar").date == WrittenDate(day: 17, month: 2, year: nil))
        #expect(AgendaLineReader.read("Day 2").dayNumber == 2)
        #expect(AgendaLineReader.read("Dag 3:").dayNumber == 3)
        #expect(AgendaLineReader.read("Tisdag").shape == .dayHeader)
        #expect(AgendaLineReader.read("March 3rd, 2026").date == WrittenDate(day: 3, month: 3, year: 2026))
        #expect(AgendaLineReader.read("2026-03-12").date == WrittenDate(day: 12, month: 3, year: 2026))
        #expect(AgendaLineReader.read("17. februar").shape == .dayHeader)
        let step = AgendaLineReader.read("20.02.19 Frist for input")
        #expect(step.shape == .datedNote)
        #expect(step.rest == "Frist for input")
    }

    @Test func impossibleTimesAreFlagged() {
        #expect(AgendaLineReader.read("25:00 Fest").impossibleTime?.text == "25:00")
        #expect(AgendaLineReader.read("12.75 Noget").impossibleTime?.text == "12.75")
        #expect(AgendaLineReader.read("13:00 pm Noget").impossibleTime?.text == "13:00")
    }

    @Test func htmlAndEntitiesAreCleaned() {
        let lines = AgendaText.lines("<p>09:00&ndash;09:30 Velkomst &amp; kaffe<br/>Borgmesteren</p>\n<td>10:00</td><td>Pause</td>")
        #expect(lines.map(\.text) == ["09:00–09:30 Velkomst & kaffe", "Borgmesteren", "10:00\tPause"])
        #expect(lines.map(\.number) == [1, 1, 2])
    }

    @Test func kindsFromWords() {
        #expect(AgendaWords.kind(of: "Breakout groups").kind == .groups)
        #expect(AgendaWords.kind(of: "Coffee break").kind == .break)
        #expect(AgendaWords.kind(of: "Kaffe på bordene").kind == .break)
        #expect(AgendaWords.kind(of: "Velkomst og kaffe").kind == .plenum)
        #expect(AgendaWords.kind(of: "Bordene præsenterer").kind == .plenum)
        #expect(AgendaWords.kind(of: "Gruppearbejde").kind == .groups)
        #expect(AgendaWords.kind(of: "Team building").kind == .plenum)
        #expect(AgendaWords.kind(of: "Middag").kind == .break)
        #expect(AgendaWords.kind(of: "Keynote").word == "keynote")
        #expect(AgendaWords.kind(of: "Status på projektet").word == nil)
    }
}
