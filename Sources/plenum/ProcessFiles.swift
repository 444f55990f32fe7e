import Foundation
import PlenumCore
import PlenumSession
import PlenumStore
import PlenumUI

/// A process file with everything its days point at on disk: each day's plan (checked, with what
/// earlier days carry into it), its session files and what the held one left behind. Every problem
/// is one line `FILE:LINE:COLUMN: error: …`, in the process file or the plan it is in.
struct LoadedProcess {
    let path: String
    let process: ProcessFile
    let days: [ProcessDayInfo]
    /// Formatted problems of the process file and its plans, errors and warnings.
    let problems: [String]
    let hasErrors: Bool

    var timeline: ProcessTimeline { ProcessTimeline(process: process, days: days, today: Environment.today) }

    /// Reads the process at `path`; a process file with errors throws them (exit 2) after printing.
    static func load(_ path: String, text: String, language: Language) -> (LoadedProcess?, [String]) {
        let outcome = ProcessLoader.load(text: text, defaultLanguage: language)
        var problems = outcome.diagnostics.map { $0.formatted(file: path) }
        guard let process = outcome.process else { return (nil, problems) }
        let folder = (path as NSString).deletingLastPathComponent
        let said = process.language.ui
        var hasErrors = false
        var days: [ProcessDayInfo] = []
        for (index, day) in process.days.enumerated() {
            let planPath = resolve(day.plan, in: folder)
            let carried = ProcessDayInfo.carried(from: days)
            guard let bytes = readPlan(planPath) else {
                problems.append(Diagnostic(.error, said.processPlanUnreadable(day: index + 1, id: day.id, planPath),
                                           at: day.planPosition).formatted(file: path))
                hasErrors = true
                days.append(ProcessDayInfo(day: day, plan: nil, planPath: planPath))
                continue
            }
            let materials = (try? PlanLoader.decode(bytes).get()).map { MaterialLoading.read(forPlan: planPath, text: $0) } ?? [:]
            let planOutcome = PlanLoader.load(bytes, defaultLanguage: process.language, carried: carried, materials: materials)
            var diagnostics = planOutcome.diagnostics
            if let plan = planOutcome.plan {
                diagnostics += sourceProblems(plan, day: index, in: process, carried: carried, said: said)
            }
            problems += PlanLoader.inFileOrder(diagnostics).map { $0.formatted(file: planPath) }
            hasErrors = hasErrors || diagnostics.hasErrors
            let plan = diagnostics.hasErrors ? nil : planOutcome.plan
            var info = ProcessDayInfo(day: day, plan: plan, planPath: planPath)
            if let plan {
                let found = runs(of: day, plan: plan, folder: folder)
                info.runs = found.map(\.run)
                let holding = found.filter { $0.run.blocksRun > 0 && !$0.run.isRehearsal }
                if let held = holding.max(by: { $0.run.day < $1.run.day }) {
                    info.learning = DayLearning(state: held.state)
                }
            }
            days.append(info)
        }
        return (LoadedProcess(path: path, process: process, days: days, problems: problems, hasErrors: hasErrors), problems)
    }

    /// `cards_from` and `material_from` must name an earlier day of this process.
    private static func sourceProblems(_ plan: Plan, day index: Int, in process: ProcessFile,
                                       carried: CarriedMaterial, said: UIStrings) -> [Diagnostic] {
        var result: [Diagnostic] = []
        let blocks = plan.blocks + plan.blocks.flatMap { $0.tracks.flatMap(\.blocks) }
        for block in blocks {
            for (key, source) in [("cards_from", block.cardsFrom), ("material_from", block.materialFrom)] {
                guard let source else { continue }
                let ids = process.days.map(\.id)
                for day in source.days {
                    guard let other = ids.firstIndex(of: day) else {
                        result.append(Diagnostic(.error, said.sourceDayUnknown(key, block: block.title, day: day,
                                                                               nearest: Suggestion.nearest(to: day, in: ids)),
                                                 at: source.position))
                        continue
                    }
                    if other >= index {
                        result.append(Diagnostic(.error, said.sourceDayNotBefore(key, block: block.title, day: day),
                                                 at: source.position))
                    }
                }
                if (source.texts(in: carried) ?? []).isEmpty, source.days.allSatisfy({ ids.prefix(index).contains($0) }) {
                    result.append(Diagnostic(.warning, said.sourceNotHeld(source.days, quickWins: source.what == .quickWins,
                                                                           cardsFrom: key == "cards_from", ownCards: !block.cards.isEmpty),
                                             at: source.position))
                }
            }
        }
        return result
    }

    /// The session files of a day: the one the process names, and every `<date>-<slug>.plenum` of
    /// its plan's title in the process's folder (a rehearsal is made on another day than the plan's).
    private static func runs(of day: ProcessFile.Day, plan: Plan, folder: String) -> [(run: DayRun, state: SessionState)] {
        var paths: [String] = []
        if let named = day.session { paths.append(resolve(named, in: folder)) }
        let suffix = "-" + SessionPaths.slug(plan.title) + ".plenum"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        for name in names.sorted() where name.hasSuffix(suffix) && name.count == 10 + suffix.count {
            let datePart = name.prefix(10)
            guard datePart.split(separator: "-").count == 3 else { continue }
            let path = folder.isEmpty ? name : folder + "/" + name
            if !paths.contains(path) { paths.append(path) }
        }
        return paths.compactMap { path in
            guard FileManager.default.fileExists(atPath: path),
                  let live = try? LiveSession.open(path: path, readOnly: true) else { return nil }
            let started = live.state.agenda.filter { live.state.runs[$0.id] != nil }.count
            return (DayRun(day: live.info.day, blocksRun: started, path: path, isRehearsal: live.info.rehearsal != nil),
                    live.state)
        }
    }

    static func resolve(_ file: String, in folder: String) -> String {
        file.hasPrefix("/") || folder.isEmpty ? file : folder + "/" + file
    }

    private static func readPlan(_ path: String) -> [UInt8]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        return try? Files.read(path, what: .plan, limit: PlanLoader.maximumBytes, language: .en)
    }
}

/// Finding the process files: whether a file is one, and which process a plan belongs to.
enum ProcessFiles {
    /// The text of `path` when it is a process file (TOML with days, phases or milestones).
    static func processText(_ path: String) -> String? {
        guard let bytes = try? Files.read(path, what: .process, limit: PlanLoader.maximumBytes, language: .en),
              !bytes.starts(with: Array("SQLite format 3".utf8)),
              case .success(let text) = PlanLoader.decode(bytes), ProcessLoader.isProcess(text) else { return nil }
        return text
    }

    /// What the earlier days of the process holding `planPath` carry into it (empty when no process
    /// file in the plan's folder lists it).
    static func carried(intoPlan planPath: String) -> CarriedMaterial {
        // Only a plan that takes something looks for its process (reading every process and session costs).
        guard let bytes = try? Files.read(planPath, what: .plan, limit: PlanLoader.maximumBytes, language: .en),
              let text = try? PlanLoader.decode(bytes).get(),
              text.contains("cards_from") || text.contains("material_from") else { return [:] }
        let folder = (planPath as NSString).deletingLastPathComponent
        let target = URL(fileURLWithPath: planPath).standardizedFileURL.path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        for name in names.sorted().prefix(500) where name.hasSuffix(".toml") {
            let path = folder.isEmpty ? name : folder + "/" + name
            guard let text = processText(path) else { continue }
            let (loaded, _) = LoadedProcess.load(path, text: text, language: Environment.language)
            guard let loaded, let index = loaded.days.firstIndex(where: {
                URL(fileURLWithPath: $0.planPath).standardizedFileURL.path == target
            }) else { continue }
            return ProcessDayInfo.carried(from: Array(loaded.days.prefix(index))).filter { !$0.value.isEmpty }
        }
        return [:]
    }
}
