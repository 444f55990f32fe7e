/// The commented plan that `plenum new` writes: a small complete day that checks clean, with every
/// key a facilitator is likely to need shown in place.
public enum PlanTemplate {
    public static func text(_ language: Language) -> String {
        switch language {
        case .da: danish
        case .en: english
        }
    }

    /// The template with its own `seed` after `venue`: the groups printed from the plan are the
    /// groups of the day, whatever else is edited later.
    public static func text(_ language: Language, seed: UInt64) -> String {
        let comment = switch language {
        case .da: "# fordelingen i grupper: samme tal, samme grupper på papir og på dagen"
        case .en: "# the seating: the same number gives the same groups on paper and on the day"
        }
        var lines = text(language).components(separatedBy: "\n")
        if let venue = lines.firstIndex(where: { $0.hasPrefix("venue") }) {
            let value = "seed     = \(seed)"
            lines.insert(value + String(repeating: " ", count: max(1, 31 - value.count)) + comment, at: venue + 1)
        }
        return lines.joined(separator: "\n")
    }

    static let danish = """
        # Plan for en dag med plenum. Tjek den med:  plenum check FIL.toml
        # Alle nøgler er beskrevet i docs/plan-format.md i plenums repository. Linjer med # er kommentarer.

        title    = "Borgermøde om fremtidens skole"
        # date   = 2026-03-12          # dagen; uden date gælder den dag, planen køres
        start    = "09:00"             # hvornår første blok begynder
        end      = "12:30"             # valgfri: dagens hårde sluttidspunkt
        language = "da"                # "da" eller "en": skærmtekster, eksport og check
        venue    = "Rådhuset, mødesal 1"

        [segments]                     # hvem er i rummet: nøgle = navn
        POL = "Politikere"
        BOR = "Borgere"
        MED = "Medarbejdere"

        [tables]                       # ens borde; eller [[tables]] med name/groups/seats hver
        count  = 3
        groups = 2                     # dialoggrupper pr. bord
        seats  = 12

        # [[people]]                   # valgfrit: uden personer nummereres grupperne
        # name    = "Anne Vang"
        # segment = "POL"
        # role    = "participant"      # participant | facilitator | notetaker
        # table   = "Bord 1"           # valgfrit: fast bord

        # [[rules]]                    # valgfrit: regler for grupperne
        # apart = ["Anne Vang", "Bo Holm"]

        [[blocks]]
        title   = "Velkomst og dagens tema"
        kind    = "plenum"
        minutes = 15
        notes   = "Præsenter programmet og husreglerne."
        # material = "survey.csv"      # en fil ved siden af planen: surveyens svar (søjler pr. segment) eller et hjælpeark (.md)

        [[blocks]]
        title        = "Dialog i blandede grupper"
        kind         = "groups"
        formation    = "mixed"         # mixed | segment | random | table | keep | new
        minutes      = 40
        capture      = ["pointe", "mulighed"]
        cards        = ["Hvad fungerer godt i dag?",
                        "Hvad skal vi holde fast i?",
                        "Hvad skal vi gøre anderledes?",
                        "Hvad kan vi gøre allerede i morgen?"]
        card_minutes = 10              # nyt spørgsmålskort hvert 10. minut

        [[blocks]]
        title   = "Pause"
        kind    = "break"
        minutes = 15

        [[blocks]]
        title     = "Bordene går sammen"
        kind      = "groups"
        formation = "table"            # de to grupper ved hvert bord slås sammen
        minutes   = 30
        capture   = ["prioritet"]

        [[blocks]]
        title   = "Bordene fremlægger"
        kind    = "plenum"
        at      = "11:00"              # fast starttidspunkt: et anker
        minutes = 30
        present = "tables"             # hvert bord fremlægger på skift

        [[blocks]]
        title   = "Opsamling og næste skridt"
        kind    = "plenum"
        minutes = 20
        rate    = ["Dagens form", "Udbytte"]   # evaluering: referenterne taster 1–5 (scale = 5)

        """

    static let english = """
        # A plan for one day. Check it with:  plenum check FILE.toml
        # Every key is described in docs/plan-format.md in plenum's repository. Lines starting with # are comments.

        title    = "Neighbourhood workshop: the future of our school"
        # date   = 2026-03-12          # the day; without date, the day the plan is run
        start    = "09:00"             # when the first block starts
        end      = "12:30"             # optional: the hard end of the day
        language = "en"                # "da" or "en": screen texts, exports and check
        venue    = "Town hall, room 1"

        [segments]                     # who is in the room: key = name
        POL = "Politicians"
        RES = "Residents"
        STA = "Staff"

        [tables]                       # uniform tables; or [[tables]] with name/groups/seats each
        count  = 3
        groups = 2                     # dialog groups per table
        seats  = 12

        # [[people]]                   # optional: without people, groups are numbered
        # name    = "Anne Vang"
        # segment = "POL"
        # role    = "participant"      # participant | facilitator | notetaker
        # table   = "Table 1"          # optional pin

        # [[rules]]                    # optional constraints for the groups
        # apart = ["Anne Vang", "Bo Holm"]

        [[blocks]]
        title   = "Welcome and the theme of the day"
        kind    = "plenum"
        minutes = 15
        notes   = "Present the programme and the house rules."
        # material = "survey.csv"      # a file beside the plan: the survey's answers (bars per segment) or a helper sheet (.md)

        [[blocks]]
        title        = "Dialogue in mixed groups"
        kind         = "groups"
        formation    = "mixed"         # mixed | segment | random | table | keep | new
        minutes      = 40
        capture      = ["point", "opportunity"]
        cards        = ["What works well today?",
                        "What must we keep?",
                        "What should we do differently?",
                        "What could we start tomorrow?"]
        card_minutes = 10              # a new question card every 10 minutes

        [[blocks]]
        title   = "Break"
        kind    = "break"
        minutes = 15

        [[blocks]]
        title     = "The groups at each table merge"
        kind      = "groups"
        formation = "table"
        minutes   = 30
        capture   = ["priority"]

        [[blocks]]
        title   = "Tables present"
        kind    = "plenum"
        at      = "11:00"              # a fixed start: an anchor
        minutes = 30
        present = "tables"             # each table presents in turn

        [[blocks]]
        title   = "Wrap-up and next steps"
        kind    = "plenum"
        minutes = 20
        rate    = ["How was the day?", "What did you get out of it?"]   # the evaluation: notetakers type 1–5 (scale = 5)

        """
}
