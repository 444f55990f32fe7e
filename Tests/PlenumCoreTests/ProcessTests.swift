import Foundation
import Testing
@testable import PlenumCore

/// Processes: periods, the process file and its problems, day states, the timeline, the learning
/// side by side, cards carried from earlier days, and the exports.
@Suite struct ProcessTests {
    static func date(_ text: String) -> PlanDate {
        let p = text.split(separator: "-").compactMap { Int($0) }
        return PlanDate(year: p[0], month: p[1], day: p[2])
    }

    @Test func periodsAreSeasonsPartsOfMonthsAndMonthsWithAYear() {
        let spring = PeriodText.read("Forår 2020", year: nil)
        #expect(spring?.span == DateSpan(from: Self.date("2020-03-01"), to: Self.date("2020-05-31")))
        #expect(PeriodText.read("Efterår 2020: modul 3", year: nil)?.rest == "modul 3")
        #expect(PeriodText.read("Vinter 2023", year: nil)?.span?.to == Self.date("2024-02-29"))
        #expect(PeriodText.read("Primo april", year: 2019)?.span == DateSpan(from: Self.date("2019-04-01"), to: Self.date("2019-04-10")))
        #expect(PeriodText.read("ultimo februar 2024", year: nil)?.span?.to == Self.date("2024-02-29"))
        #expect(PeriodText.read("Primo april", year: nil)?.span == nil)
        #expect(PeriodText.read("Primo april", year: nil)?.phrase == "Primo april")
        #expect(PeriodText.read("höst 2021", year: nil)?.span?.from == Self.date("2021-09-01"))
        #expect(PeriodText.read("Sommer og sol", year: 2020) == nil)
        #expect(PeriodText.read("April er travl", year: 2020) == nil)
        #expect(PeriodText.read("Start af dagen", year: 2020) == nil)
        #expect(Self.date("2019-12-31").adding(days: 1) == Self.date("2020-01-01"))
        #expect(Self.date("2020-03-01").adding(days: -1) == Self.date("2020-02-29"))
    }

    static let processText = """
        title = "Visionsproces"
        language = "da"

        [[phases]]
        title = "Forår 2019"

        [[milestones]]
        date = 2019-03-11
        title = "Procesplan skal være klar"

        [[days]]
        id = "kickoff"
        plan = "kickoff.toml"

        [[days]]
        plan = "workshop.toml"
        phase = "Forår 2019"

        """

    @Test func aProcessFileReadsPhasesMilestonesAndDays() throws {
        let outcome = ProcessLoader.load(text: Self.processText, defaultLanguage: .en)
        let process = try #require(outcome.process, "\(outcome.diagnostics)")
        #expect(process.phases.first?.span?.to == Self.date("2019-05-31"))
        #expect(process.days.map(\.id) == ["kickoff", "workshop"])
        #expect(process.days[1].phase == "Forår 2019")
        #expect(process.milestones.first?.date == Self.date("2019-03-11"))
        #expect(ProcessLoader.isProcess(Self.processText))
        #expect(!ProcessLoader.isProcess("title = \"x\"\n[[blocks]]\ntitle = \"a\"\n"))
    }

    @Test func everyProblemOfAProcessFileHasItsPlace() {
        let text = """
            title = "P"
            [[phases]]
            title = "Forår"
            from = 2020-05-01
            to = 2020-03-01
            [[milestones]]
            titel = "Frist"
            date = "11.03.19"
            [[days]]
            plan = "a.toml"
            phase = "Forar"
            [[days]]
            id = "a"
            plan = "b.toml"
            """
        let messages = ProcessLoader.load(text: text, defaultLanguage: .en).diagnostics.map {
            "\($0.position.map { "\($0.line):\($0.column)" } ?? "-") \($0.message)"
        }
        #expect(messages.contains("5:6 `to` (2020-03-01) of phase \"Forår\" comes before its `from` (2020-05-01)"))
        #expect(messages.contains("7:1 unknown key `titel` in milestone 1; did you mean `title`?"))
        #expect(messages.contains("8:8 `date` of milestone 1 must be a day written like 2019-03-11"))
        #expect(messages.contains("11:9 day 1 is in phase \"Forar\", which the process does not have; did you mean \"Forår\"?"))
        #expect(messages.contains("13:6 two days have the id \"a\"; give each day its own `id`"))
    }

    @Test func aDayIsPlannedRehearsedOrHeldByItsSessions() {
        let day = Self.date("2017-03-12")
        #expect(DayState.of(runs: []) == .planned)
        #expect(DayState.of(runs: [DayRun(day: day, blocksRun: 0, path: "a")]) == .planned)
        #expect(DayState.of(runs: [DayRun(day: Self.date("2017-03-05"), blocksRun: 3, path: "a", isRehearsal: true)]) == .rehearsed)
        #expect(DayState.of(runs: [DayRun(day: Self.date("2017-03-05"), blocksRun: 3, path: "a", isRehearsal: true),
                                   DayRun(day: day, blocksRun: 1, path: "b")]) == .held)
    }

    /// A plan on `date` with a groups block that takes the quick wins of `from`.
    static func plan(_ title: String, _ date: String, cardsFrom: String? = nil) -> Plan {
        let from = cardsFrom.map { "cards_from = { day = \"\($0)\", what = \"quick_wins\" }\n" } ?? ""
        let text = "title = \"\(title)\"\ndate = \(date)\nstart = \"09:00\"\nlanguage = \"da\"\n[tables]\ncount = 2\n"
            + "[[blocks]]\ntitle = \"Velkomst\"\nkind = \"plenum\"\nminutes = 30\n"
            + "[[blocks]]\ntitle = \"Gruppearbejde\"\nkind = \"groups\"\nminutes = 60\ncards = [\"Egne kort\"]\n" + from
        return PlanLoader.load(text: text, defaultLanguage: .da).plan!
    }

    /// A session of `plan` with post-its under themes, some quick wins (one with an actor), dots.
    static func heldSession(_ plan: Plan, themes: [(String, [(String, Int, Bool)])]) -> SessionState {
        var state = SessionState(plan: plan)
        var seq: Int64 = 0
        func apply(_ fact: Fact) {
            seq += 1
            state.apply(JournalEntry(seq: seq, at: Date(timeIntervalSince1970: 1_489_300_000 + Double(seq)), actor: "t", fact: fact))
        }
        apply(.dayStarted)
        apply(.blockStarted(block: "p2"))
        for (theme, notes) in themes {
            for (text, dots, quick) in notes {
                let id = "\(theme)-\(text)"
                apply(.postItAdded(PostItDraft(id: id, block: "p2", table: "Bord 1", group: 1, kind: "idé", text: text, author: "a")))
                apply(.themed(id: id, theme: theme))
                if dots > 0 { apply(.voted(id: id, delta: dots)) }
                if quick { apply(.quickWinMarked(id: id, on: true)) }
            }
        }
        return state
    }

    static func lejre() -> ProcessTimeline {
        let process = ProcessFile(title: "Lejre", language: .da, phases: [], milestones: [
            ProcessFile.Milestone(title: "Liste af quick wins", date: Self.date("2017-04-03")),
        ], days: [
            ProcessFile.Day(id: "bootcamp-i", plan: "b1.toml"),
            ProcessFile.Day(id: "bootcamp-ii", plan: "b2.toml"),
            ProcessFile.Day(id: "bootcamp-iii", plan: "b3.toml"),
        ])
        let one = plan("Bootcamp I", "2017-03-12"), two = plan("Bootcamp II", "2017-03-26")
        let first = heldSession(one, themes: [
            ("Borgerservice", [("Ny hjemmeside (aktør: Digitalisering)", 3, true), ("Lange køer", 1, false)]),
            ("Ældrepleje", [("Flere frivillige", 2, false)]),
        ])
        let second = heldSession(two, themes: [("borgerservice", [("Chatbot på kommunens side", 4, true)])])
        var days = [ProcessDayInfo(day: process.days[0], plan: one, planPath: "b1.toml",
                                   runs: [DayRun(day: Self.date("2017-03-12"), blocksRun: 1, path: "s1")],
                                   learning: DayLearning(state: first)),
                    ProcessDayInfo(day: process.days[1], plan: two, planPath: "b2.toml",
                                   runs: [DayRun(day: Self.date("2017-03-20"), blocksRun: 1, path: "s2", isRehearsal: true)],
                                   learning: DayLearning(state: second))]
        let carried = ProcessDayInfo.carried(from: days)
        let three = PlanLoader.load(text: "title = \"Bootcamp III\"\ndate = 2017-04-23\nstart = \"09:00\"\n[tables]\ncount = 2\n"
            + "[[blocks]]\ntitle = \"Quick wins\"\nkind = \"groups\"\nminutes = 60\n"
            + "cards_from = { day = [\"bootcamp-i\", \"bootcamp-ii\"], what = \"quick_wins\" }\n",
            defaultLanguage: .da, carried: carried).plan
        days.append(ProcessDayInfo(day: process.days[2], plan: three, planPath: "b3.toml"))
        return ProcessTimeline(process: process, days: days, today: Self.date("2017-04-01"))
    }

    @Test func theTimelineShowsStatesMilestonesAndToday() {
        let text = ProcessText(Self.lejre()).timelineLines(width: 100).map(\.text)
        #expect(text.contains("● 2017-03-12 søn  09:00–10:30  afholdt    Bootcamp I"))
        #expect(text.contains("◐ 2017-03-26 søn  09:00–10:30  øvet       Bootcamp II"))
        #expect(text.contains("▶ 2017-04-01 lør  ── i dag ──"))
        #expect(text.firstIndex(of: "▶ 2017-04-01 lør  ── i dag ──")! < text.firstIndex { $0.contains("Liste af quick wins") }!)
        #expect(text.contains { $0.hasPrefix("○ 2017-04-23 søn") && $0.contains("planlagt   Bootcamp III") })
    }

    @Test func theLearningLiesSideBySideByThemeWithDotsAndActors() {
        let timeline = Self.lejre()
        // Bootcamp II was only rehearsed, but its session has learning: the caller decides what is held.
        let learning = ProcessLearning(days: timeline.days)
        #expect(learning.columns.map(\.title) == ["Bootcamp I", "Bootcamp II"])
        #expect(learning.rows.map(\.theme) == ["Borgerservice", "Ældrepleje"], "the same theme in both days is one row")
        let service = learning.rows[0]
        #expect(service.cells[0]?.quickWins == [ProcessLearning.QuickWin(text: "Ny hjemmeside", votes: 3, actor: "Digitalisering")])
        #expect(service.cells[1]?.quickWins.first?.text == "Chatbot på kommunens side")
        #expect(learning.rows[1].cells[1] == nil)
        let lines = ProcessText(timeline).learningLines(width: 100).map(\.text).joined(separator: "\n")
        #expect(lines.contains("★ Ny hjemmeside (3 prikker; aktør:"))
        #expect(lines.contains("4 prikker · 1 post-it"))
    }

    @Test func aLaterDayTakesTheQuickWinsOfEarlierDaysAsCards() throws {
        let three = try #require(Self.lejre().days[2].plan)
        #expect(three.blocks[0].cards == ["Ny hjemmeside", "Chatbot på kommunens side"])
        // Nothing carried yet: the block keeps its own cards.
        let own = Self.plan("Bootcamp III", "2017-04-23", cardsFrom: "bootcamp-i")
        #expect(own.blocks[1].cards == ["Egne kort"])
        #expect(own.blocks[1].cardsFrom?.days == ["bootcamp-i"])
        // The session's copy of the plan holds the material, so a resumed day has the same cards.
        let material: CarriedMaterial = [CarriedKey(day: "bootcamp-i", what: .quickWins): ["Ny \"hjemmeside\""]]
        let baked = PlanLoader.text("title = \"B\"\nstart = \"09:00\"\n[tables]\ncount = 2\n[[blocks]]\ntitle = \"G\"\n"
                                    + "kind = \"groups\"\nminutes = 30\ncards_from = { day = \"bootcamp-i\", what = \"quick_wins\" }\n",
                                    carrying: material)
        let resumed = PlanLoader.load(text: baked, defaultLanguage: .da)
        #expect(resumed.plan?.blocks[0].cards == ["Ny \"hjemmeside\""], "\(resumed.diagnostics)")
        #expect(problems("title = \"B\"\nstart = \"09:00\"\n[[blocks]]\ntitle = \"G\"\nkind = \"plenum\"\nminutes = 30\n"
                         + "cards_from = { day = \"x\", what = \"quickwins\" }\n")
                .contains { $0.hasPrefix("7:34: error: unknown what \"quickwins\"") })
    }

    @Test func aBlockTakesEarlierThemesAsMaterialInItsNotes() {
        let material: CarriedMaterial = [CarriedKey(day: "b1", what: .themes): ["Borgerservice", "Ældrepleje"],
                                         CarriedKey(day: "b2", what: .themes): ["Ældrepleje", "Kultur"]]
        let text = "title = \"B\"\nstart = \"09:00\"\n[[blocks]]\ntitle = \"Oplæg\"\nkind = \"plenum\"\nminutes = 20\n"
            + "notes = \"Husk slides\"\nmaterial_from = { day = [\"b1\", \"b2\"], what = \"themes\" }\n"
        let plan = PlanLoader.load(text: text, defaultLanguage: .da, carried: material).plan
        #expect(plan?.blocks[0].notes == "Husk slides\n• Borgerservice\n• Ældrepleje\n• Kultur")
        #expect(PlanLoader.load(text: text, defaultLanguage: .da).plan?.blocks[0].notes == "Husk slides")
    }

    @Test func aProgrammeOfPhasesWithoutATimeIsAProcessToo() throws {
        let text = "Lederuddannelse\n\nForår 2020\nModul 1: Ledelse\nEfterår 2020\nModul 2: Dialog\nForår 2021\nModul 3: Afslutning\n"
        let agenda = try AgendaImport.read(text).get()
        #expect(agenda.isProcess && agenda.days.isEmpty)
        let process = AgendaProcessWriter.process(agenda, source: "x.txt", planFiles: [])
        let loaded = try #require(ProcessLoader.load(text: process, defaultLanguage: .da).process)
        #expect(loaded.phases.map(\.title) == ["Forår 2020", "Efterår 2020", "Forår 2021"])
        #expect(loaded.phases.map { $0.notes ?? "" } == ["Modul 1: Ledelse", "Modul 2: Dialog", "Modul 3: Afslutning"])
        #expect(loaded.title == "Lederuddannelse")
    }

    @Test func hostileTextNeverLeavesAsAnEscapeSequence() {
        let process = ProcessFile(title: "Proces \u{1B}[2J\u{202E}slut", language: .en,
                                  milestones: [ProcessFile.Milestone(title: "A\u{7}\u{9B}31m", date: Self.date("2020-01-01"))])
        let timeline = ProcessTimeline(process: process, days: [], today: Self.date("2020-02-01"))
        let text = ProcessText(timeline).render(width: 80)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x7 || $0.value == 0x9B || $0.value == 0x202E })
        #expect(text.contains("Proces [2Jslut") && text.contains("A31m"))
    }

    @Test func theCalendarAndTheReportsHoldTheDaysMilestonesAndLearning() {
        let export = ProcessExport(Self.lejre())
        let ics = export.render(.ics)
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == 4)
        #expect(ics.contains("DTSTART:20170312T090000\r\n"))
        #expect(ics.contains("DTSTART;VALUE=DATE:20170403\r\nDTEND;VALUE=DATE:20170404\r\n"))
        #expect(ics == ProcessExport(Self.lejre()).render(.ics), "the same process gives the same calendar (UIDs)")
        let md = export.render(.md)
        #expect(md.contains("| Tema (kerneopgave) | Bootcamp I | Bootcamp II |"))
        #expect(md.contains("| 2017-03-12 søn | 09:00–10:30 | Bootcamp I | afholdt |"))
        let html = export.render(.html)
        #expect(html.contains("<th>Bootcamp II</th>") && html.contains("Ny hjemmeside (3 prikker; aktør: Digitalisering)"))
        #expect(!html.contains("<script"))
    }
}
