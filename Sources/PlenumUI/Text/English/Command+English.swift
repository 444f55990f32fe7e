import PlenumCore

/// The command line's refusals and reports: in English.
extension EnglishUI: CommandWords {
    func file(_ kind: FileKind) -> String {
        switch kind {
        case .plan: "a plan"
        case .agenda: "an agenda"
        case .process: "a process"
        }
    }
    func noSuchFile(_ path: String) -> String { "cannot read \(path): there is no such file" }
    func isAFolder(_ path: String, not kind: FileKind) -> String { "\(path) is a folder, not \(file(kind))" }
    func sessionNotA(_ path: String, _ kind: FileKind) -> String {
        "\(path) is a session file, not \(file(kind)): go on with the day with plenum run PLAN --session \(path), "
            + "or look at it with plenum review \(path)"
    }
    func cannotReadPermission(_ path: String) -> String { "cannot read \(path): permission denied" }
    func fileTooBig(_ path: String, megabytes: Double, _ kind: FileKind, most: Int) -> String {
        "\(path) is \(megabytes) MB; \(file(kind)) is a small text file (at most \(most) MB)"
    }
    func cannotRead(_ path: String) -> String { "cannot read \(path)" }
    func cannotWrite(_ path: String, _ reason: String) -> String { "cannot write \(path): \(reason)" }
    func cannotWriteNothingWritten(_ path: String, _ reason: String) -> String {
        "cannot write \(path): \(reason); nothing was written"
    }
    func cannotWriteTo(_ what: String, _ reason: String) -> String { "cannot write to \(what): \(reason)" }
    var linkToNothing: String { "it is a link to a file that does not exist" }
    var isFolder: String { "it is a folder" }
    var notFilePipeOrTerminal: String { "it is not a file, a pipe or a terminal" }
    func folderMissing(_ folder: String) -> String { "the folder \(folder) does not exist" }
    var diskFull: String { "the disk is full" }
    var standardInput: String { "standard input" }
    var standardOutput: String { "standard output" }
    func existsAlready(_ path: String) -> String {
        "\(path) exists already; choose another name, or add --force to replace it"
    }
    func wrotePlan(_ path: String) -> String { "Wrote \(path). Check it with: plenum check \(path)" }

    func inputLineTooLong(_ line: Int) -> String {
        "line \(line) of standard input runs over 1 MB without a line break; post-its are read as lines of text"
    }
    func inputUnreadable(_ reason: String) -> String { "standard input cannot be read: \(reason)" }
    func inputNotText(_ line: Int) -> String {
        "standard input is not text (line \(line) holds a zero byte); post-its are read as lines of text"
    }

    var consoleNeedsTerminal: String {
        "the console needs a terminal; run it in a terminal window (for scripts use `plenum check` or `plenum export`)"
    }
    var notesNeedTerminal: String { "the notes screen needs a terminal" }
    var stageNeedsTerminal: String { "the stage view needs a terminal" }
    func reviewNeedsTerminal(_ session: String) -> String {
        "review needs a terminal; for a file, use plenum export \(session) --format md"
    }
    var termUnset: String {
        "TERM is not set, so plenum cannot tell what this terminal can do; run it in a terminal window or set TERM, e.g. TERM=xterm-256color"
    }
    func termUnknown(_ term: String) -> String {
        "the terminal type TERM=\"\(term)\" is unknown on this machine (terminfo has no entry for it); set TERM to one it knows, e.g. TERM=xterm-256color"
    }
    func termCannotPlace(_ term: String) -> String {
        "the terminal TERM=\"\(term)\" cannot place text on the screen; plenum's screens need a full terminal, e.g. TERM=xterm-256color"
    }

    func agendaTooBig(_ source: String) -> String { "\(source) is over 2 MB; an agenda is a small text" }
    func tooManyDays(_ source: String, days: Int, most: Int) -> String {
        "\(source) reads as \(days) days; plenum imports at most \(most) at a time, so split the agenda"
    }
    func dayOf(_ day: Int, _ source: String) -> String { "day \(day) of \(source)" }
    func tooManyBlocks(_ which: String, blocks: Int, most: Int) -> String {
        "\(which) has \(blocks) blocks; a plan holds at most \(most), so split the agenda into smaller days"
    }
    func importBug(process: Bool, _ source: String, _ problem: String) -> String {
        "the \(process ? "process" : "plan") made from \(source) does not check, which is a bug in plenum import: \(problem)"
    }
    func importedFile(process: Bool) -> String { process ? "the result" : "the plan" }
    func severalDays(_ days: Int) -> String { "\(days) days: add -o PLAN.toml to write one plan per day" }
    func wrotePlans(_ files: [String], blocks: Int) -> String {
        "Wrote \(files.joined(separator: ", ")) (\(blocks) block\(blocks == 1 ? "" : "s")). Check with: plenum check \(files[0])"
    }
    func processDays(_ days: Int) -> String {
        "a process with \(days) day\(days == 1 ? "" : "s"): add -o PROCESS.toml to write the process and one plan per day"
    }
    func wroteProcess(_ path: String, plans: [String]) -> String {
        let written = plans.isEmpty ? ""
            : " and \(plans.count) plan\(plans.count == 1 ? "" : "s") (\(plans.joined(separator: ", ")))"
        return "Wrote the process \(path)\(written). See it with: plenum process \(path)"
    }

    func notAProcess(_ path: String) -> String {
        "\(path) is not a process file: it needs [[days]], [[phases]] or [[milestones]] (see docs/process-format.md)"
    }
    func processFormats(_ format: String) -> String {
        "a process exports as ics, md or html; \(format) is for one session (plenum export SESSION)"
    }
    func planHasNoPostIts(_ path: String) -> String {
        "\(path) is a plan, and a plan has no post-its yet; csv lists a session's post-its (plenum export SESSION --format csv)"
    }
    func sessionNeedsChoice(_ path: String, plan: String, rehearsal: Bool, onServer: Bool) -> String {
        let why = rehearsal ? "holds a rehearsal of \(plan)" : "was started from another version of \(plan)"
        return "\(path) \(why); run again with --resume to go on with the session's plan, or with --new to start a new session\(onServer ? "" : " file")"
    }
    func noSessionToResume(_ path: String) -> String {
        "there is no session \(path) to resume; without --resume, plenum run starts it"
    }
    func cannotMakeFolder(_ folder: String, reason: String) -> String { "cannot make the folder \(folder): \(reason)" }
    func passwordPrompt(_ key: String) -> String { "Password for \(key): " }
    func waitingForPipedSession(_ path: String) -> String { "waiting for \(path) to be made by plenum run (Ctrl-C stops)" }
    var newAndResume: String { "--new and --resume cannot be used together" }
    func recovered(_ output: String, facts: Int, of session: String) -> String {
        "\(output): \(facts) fact\(facts == 1 ? "" : "s") of \(session), in order"
    }
    var everyFactRead: String { "every fact could be read" }
    func factsUnreadable(_ count: Int, _ numbers: String) -> String {
        "\(count) fact\(count == 1 ? "" : "s") could not be decoded: \(numbers)"
    }
    func factsMissing(_ count: Int64, _ numbers: String) -> String {
        "\(count) fact\(count == 1 ? "" : "s") could not be found in the file: \(numbers)"
    }

    func processPlanUnreadable(day: Int, id: String, _ path: String) -> String {
        "day \(day) (\"\(id)\"): cannot read the plan \(path)"
    }
    func sourceDayUnknown(_ key: String, block: String, day: String, nearest: String?) -> String {
        "`\(key)` of block \"\(block)\" names the day \"\(day)\", which the process does not have"
            + (nearest.map { "; did you mean \"\($0)\"?" } ?? "")
    }
    func sourceDayNotBefore(_ key: String, block: String, day: String) -> String {
        "`\(key)` of block \"\(block)\" names the day \"\(day)\", which does not come before this one in the process"
    }
    func sourceNotHeld(_ days: [String], quickWins: Bool, cardsFrom: Bool, ownCards: Bool) -> String {
        let own = cardsFrom ? (ownCards ? "its own `cards` are used" : "the block deals no cards") : "its notes are used as they are"
        let named = days.map { "\"\($0)\"" }.joined(separator: ", ")
        return "\(named) \(days.count == 1 ? "has" : "have") no \(quickWins ? "quick wins" : "themes") yet (not held); until then \(own)"
    }
}
