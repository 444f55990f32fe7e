import Foundation
import PlenumCore

/// Reading the material files a plan names (`material = "survey.csv"`), beside the plan; each
/// one's text, or in a few words why it cannot be read, for `PlanLoader` to check and report at
/// the block's key.
enum MaterialLoading {
    /// Every material file the plan's text names, read from the plan's folder.
    static func read(forPlan planPath: String, text: String) -> MaterialFiles {
        var files: MaterialFiles = [:]
        for name in PlanLoader.materialFiles(in: text) {
            let path = Diagnostic.path(name, besides: planPath)
            files[name] = read(path, shown: path == name ? nil : path)
        }
        return files
    }

    /// One file's text, or why not.
    static func read(_ path: String, shown: String? = nil) -> MaterialSource {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .unreadable(.missing(shown: shown))
        }
        if isDirectory.boolValue { return .unreadable(.folder) }
        guard FileManager.default.isReadableFile(atPath: path), let handle = FileHandle(forReadingAtPath: path) else {
            return .unreadable(.permissionDenied)
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: MaterialReader.maximumBytes + 1)) ?? Data()
        return MaterialReader.decode([UInt8](data))
    }

    /// The plan's text with the readable material files' texts at its top, as the session keeps it.
    static func planText(_ text: String, with files: MaterialFiles) -> String {
        let texts = PlanLoader.materialFiles(in: text).compactMap { name -> (file: String, text: String)? in
            guard case .text(let body)? = files[name] else { return nil }
            return (name, body)
        }
        return PlanLoader.text(text, holding: texts)
    }
}
