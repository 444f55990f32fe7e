import PlenumCore

/// The texts of the notetaker's screens and the console's post-it views, in Danish and English.
extension UIStrings {
    public func groupNumber(_ n: Int) -> String { da ? "gruppe \(n)" : "group \(n)" }
    public func tablePostIts(_ table: String, _ n: Int) -> String {
        da ? "\(table): \(Plural.count(n, "post-it", "post-its")) i blokken" : "\(table): \(Plural.count(n, "post-it", "post-its")) in this block"
    }
    public func postItsGoTo(_ title: String) -> String { da ? "Post-its gemmes under: \(title)" : "Post-its are saved under: \(title)" }
    public var noPostItsYet: String {
        da ? "Ingen post-its endnu. Skriv nedenfor og tryk Enter." : "No post-its yet. Type below and press Enter."
    }
    public var editingLabel: String { da ? "ret" : "edit" }
    public var moveToBlock: String { da ? "Flyt post-it til blok (↑↓ Enter, Esc fortryd):" : "Move the post-it to block (↑↓ Enter, Esc cancel):" }
    public var postItSaved: String { da ? "✓ Gemt" : "✓ Saved" }
    public func postItsSaved(_ n: Int) -> String {
        da ? "✓ \(Plural.count(n, "post-it", "post-its")) gemt" : "✓ \(Plural.count(n, "post-it", "post-its")) saved"
    }
    public var postItDeleted: String { da ? "Post-it fjernet — Ctrl-Z henter den tilbage" : "Post-it removed — Ctrl-Z brings it back" }
    public var postItRestored: String { da ? "Post-it hentet tilbage" : "Post-it restored" }
    public var postItMoved: String { da ? "Post-it flyttet" : "Post-it moved" }
    public var postItTooLong: String {
        da ? "En post-it kan højst have \(PostIt.maxLength) tegn; resten kom ikke med."
           : "A post-it holds at most \(PostIt.maxLength) characters; the rest was left out."
    }
    public func notSaved(_ reason: String) -> String {
        da ? "IKKE GEMT: \(reason). Teksten bliver i feltet; tryk Enter igen."
           : "NOT SAVED: \(reason). The text stays in the line; press Enter again."
    }
    public func cannotSaveHere(_ reason: String) -> String {
        da ? "Kan ikke gemme her: \(reason)." : "Cannot save here: \(reason)."
    }
    public func noteRefusal(_ refusal: NoteRefusal) -> String {
        switch refusal {
        case .empty: return da ? "Tom post-it; intet gemt." : "Empty post-it; nothing saved."
        case .tooLong: return postItTooLong
        case .unknownPostIt: return da ? "Den post-it findes ikke længere." : "That post-it is gone."
        case .anotherTablesPostIt: return da ? "Den post-it tilhører et andet bord." : "That post-it belongs to another table."
        case .unknownBlock: return da ? "Den blok findes ikke længere." : "That block is gone."
        case .noBlocks: return da ? "Planen har ingen blokke." : "The plan has no blocks."
        case .notRated: return noRatingHere
        case .outsideScale(let scale): return ratingOutOfScale(scale)
        }
    }

    /// The keys under the notetaker's line; `rating` and `material` when the block has them.
    public func notesHints(width: Int, rating: Bool = false, material: Bool = false) -> String {
        let extra = (rating ? [da ? "Tab ★ bedøm" : "Tab ★ rate"] : []) + (material ? [da ? "F2 grundlag" : "F2 basis"] : [])
        let items = extra + (da ? ["Enter gem", "Tab type", "↑ vælg", "Enter på valgt: ret", "Del fjern", "m flyt", "Ctrl-Z fortryd"]
                                : ["Enter save", "Tab kind", "↑ select", "Enter on selected: edit", "Del remove", "m move", "Ctrl-Z undo"])
        return Self.fit(items, always: da ? ["F1 hjælp", "q afslut (tom linje)"] : ["F1 help", "q quit (empty line)"], width: width)
    }
    public var notesHelpTitle: String { da ? "Taster for referenten" : "Notetaker keys" }
    public var notesHelp: [String] {
        da ? ["Skriv: teksten går direkte i feltet nederst. Enter gemmer den som post-it (den vises først, når den er på disken).",
              "Tab / Shift-Tab: skift type (fx pointe, mulighed).",
              "← → Home End, Ctrl-A/E: flyt markøren · Backspace/Delete · Ctrl-W sletter et ord · Ctrl-U sletter til starten.",
              "Indsæt flere linjer: én post-it pr. linje.",
              "↑ ↓: vælg en gemt post-it. Enter retter den, Delete fjerner den (Ctrl-Z henter den tilbage), m flytter den til en anden blok.",
              "Esc: tilbage til at skrive. F1 eller ? (tom linje): denne hjælp. q (tom linje) eller Ctrl-C: afslut; intet går tabt.",
              "Tryk en tast for at lukke hjælpen."]
           : ["Type: text goes straight into the line at the bottom. Enter saves it as a post-it (it shows once it is on disk).",
              "Tab / Shift-Tab: change the kind (e.g. point, opportunity).",
              "← → Home End, Ctrl-A/E: move the cursor · Backspace/Delete · Ctrl-W deletes a word · Ctrl-U deletes to the start.",
              "Paste several lines: one post-it per line.",
              "↑ ↓: select a saved post-it. Enter edits it, Delete removes it (Ctrl-Z brings it back), m moves it to another block.",
              "Esc: back to typing. F1 or ? (empty line): this help. q (empty line) or Ctrl-C: quit; nothing is lost.",
              "Press any key to close the help."]
    }

    // Choosing the table
    public var pickTableTitle: String { da ? "Hvilket bord tager du noter for?" : "Which table are you taking notes for?" }
    public var pickTableHint: String { da ? "↑ ↓ vælg · Enter start · q afslut" : "↑ ↓ choose · Enter start · q quit" }
    public func tableChoice(_ table: String, group: Int?) -> String {
        group.map { table + " · " + groupNumber($0) } ?? table
    }

    // The console's post-it views
    public var postItsWord: String { "Post-its" }
    public var wallTitle: String { da ? "Væggen" : "The wall" }
    public var wallEmpty: String { da ? "(ingen endnu)" : "(none yet)" }
}

extension UIStrings {
    /// Why a terminal cannot save: its session file (or folder) is read-only.
    public var readOnlyFile: String {
        da ? "sessionsfilen er skrivebeskyttet" : "the session file is read-only"
    }
}

/// The texts of the wall and the themes screen.
extension UIStrings {
    public func wallCount(_ n: Int, votes: Int) -> String {
        Plural.count(n, "post-it", "post-its") + " · " + votesWord(votes)
    }
    public func onlyKind(_ kind: String) -> String { da ? "kun \(kind)" : "only \(kind)" }
    public var themeTitle: String { da ? "Tema for post-it" : "Theme for the post-it" }
    public var newTheme: String { da ? "(et nyt tema)" : "(a new theme)" }
    public var themeHint: String {
        da ? "↑↓ vælg · Tab udfyld · Enter gem · tom: ud af temaet · Esc fortryd"
           : "↑↓ choose · Tab complete · Enter save · empty: out of its theme · Esc cancel"
    }
    public var themesTitle: String { da ? "Temaer" : "Themes" }
    public func themesCount(_ n: Int, quickWins: Int) -> String {
        da ? Plural.count(n, "tema", "temaer") + " · " + Plural.count(quickWins, "quick win", "quick wins")
           : Plural.count(n, "theme", "themes") + " · " + Plural.count(quickWins, "quick win", "quick wins")
    }
    public func votesWord(_ n: Int) -> String { da ? "\(n) \(n == 1 ? "prik" : "prikker")" : "\(n) \(n == 1 ? "vote" : "votes")" }
    public var noThemesYet: String {
        da ? "Ingen temaer endnu: vælg en post-it på væggen og tryk t." : "No themes yet: select a post-it on the wall and press t."
    }
    public func renameThemeTitle(_ name: String) -> String { da ? "Omdøb »\(name)«" : "Rename “\(name)”" }
    public var renameHint: String {
        da ? "Enter gem · et eksisterende navn slår temaerne sammen · Esc fortryd"
           : "Enter save · an existing name merges the themes · Esc cancel"
    }
    public func wallHint(width: Int) -> String {
        Self.fit(da ? ["←→ bord", "↑↓ post-it", "v/V prik", "t tema", "* quick win", "/ søg", "f type", "[ ] blok", "T temaer"]
                    : ["←→ table", "↑↓ post-it", "v/V vote", "t theme", "* quick win", "/ search", "f kind", "[ ] block", "T themes"],
                 always: [da ? "Esc tilbage" : "Esc back"], width: width)
    }
    public var themesHint: String {
        da ? "↑↓ tema · r omdøb eller slå sammen · Esc tilbage til væggen" : "↑↓ theme · r rename or merge · Esc back to the wall"
    }

    // Waiting for the console to make the session file (stage, notes)
    public var waitingForSession: String { da ? "Venter på sessionsfilen" : "Waiting for the session file" }
    public var sessionIsMadeBy: String {
        da ? "Ordstyrerens konsol laver den: plenum run" : "The facilitator's console makes it: plenum run"
    }
    public var waitingQuits: String { da ? "q afslutter" : "q quits" }
}
