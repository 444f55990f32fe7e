import Foundation
import PlenumCore
import PlenumStore
import Testing

/// Flipped bytes in a session file: never a post-it silently gone. The file is refused as damaged
/// (naming the fact), left byte for byte as it was, and `plenum recover` saves everything else.
@Suite struct RecoverCommandTests {
    /// A session holding `count` post-its, all in the main file (the -wal is gone after the last close).
    static func session(count: Int) throws -> (folder: String, file: String, bytes: Data) {
        let (folder, file) = try NoteCommandTests.session()
        let input = folder + "/in.txt"
        try (1...count).map { "post-it nummer \($0) om cykelstier" }.joined(separator: "\n")
            .write(toFile: input, atomically: true, encoding: .utf8)
        let r = try PlenumProcess.run(["note", file, "--table", "1"], in: folder, stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/" + file + "-wal"))
        return (folder, file, try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file)))
    }

    static func postIts(_ folder: String, _ file: String) throws -> [String] {
        let export = try PlenumProcess.run(["export", file, "--format", "json"], in: folder)
        try #require(export.status == 0, "\(export.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        return try #require(json["postits"] as? [[String: Any]]).compactMap { $0["text"] as? String }
    }

    @Test func aFlippedByteInAPayloadIsNamedAndRecoverSavesTheRest() throws {
        let (folder, file, original) = try Self.session(count: 60)
        // Flip one byte in the field name `"text"` of some post-its' payloads.
        let key = Data("\"text\"".utf8)
        var offsets: [Int] = []
        var from = original.startIndex
        while let found = original.range(of: key, in: from..<original.endIndex) {
            offsets.append(found.lowerBound + 2)
            from = found.upperBound
        }
        #expect(offsets.count == 60)
        for (round, offset) in [offsets[0], offsets[29], offsets[59]].enumerated() {
            var flipped = original
            flipped[offset] ^= 0x04
            let damaged = "flipped-\(round).plenum"
            FileManager.default.createFile(atPath: folder + "/" + damaged, contents: flipped)
            let export = try PlenumProcess.run(["export", damaged, "--format", "csv"], in: folder)
            #expect(export.status == 2 && export.stdout.isEmpty, "never an export with a post-it missing")
            // The session's plan is Danish, so the refusal is too (the fact's own reason stays as the store gives it).
            #expect(export.stderr.contains("er beskadiget (fact ") && export.stderr.contains("(postItAdded) cannot be read: no `text`)"),
                    "\(export.stderr)")
            #expect(export.stderr.contains("plenum recover \(damaged) -o NY"))
            let saved = "saved-\(round).plenum"
            let recover = try PlenumProcess.run(["recover", damaged, "-o", saved], in: folder)
            #expect(recover.status == 0, "\(recover.stderr)")
            #expect(recover.stdout.contains("1 fact could not be decoded: "), "\(recover.stdout)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + damaged)) == flipped, "the damaged file is untouched")
            let texts = try Self.postIts(folder, saved)
            #expect(texts.count == 59 && Set(texts).count == 59, "every other post-it is saved, in order")
            #expect(texts == texts.sorted { Int($0.split(separator: " ")[2])! < Int($1.split(separator: " ")[2])! })
        }
    }

    @Test func aFlippedByteAnywhereIsNeverASilentLossOrACrash() throws {
        let (folder, file, original) = try Self.session(count: 40)
        let all = try Self.postIts(folder, file)
        var rng = SplitMix64(seed: 1313)
        for round in 0..<24 {
            var flipped = original
            let offset = Int(rng.next() % UInt64(original.count))
            flipped[offset] ^= UInt8(1 << (rng.next() % 8))
            let damaged = "any-\(round).plenum"
            FileManager.default.createFile(atPath: folder + "/" + damaged, contents: flipped)
            let export = try PlenumProcess.run(["export", damaged, "--format", "json"], in: folder)
            let what = "byte \(offset) flipped"
            #expect(export.status == 0 || export.status == 2, "\(what): \(export.status) \(export.stderr)")
            if export.status == 0 {
                let json = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
                #expect((json["postits"] as? [Any])?.count == all.count, "\(what): an export has every post-it")
            } else {
                #expect(export.stderr.hasPrefix("plenum: ") && export.stderr.split(separator: "\n").count == 1, "\(what): \(export.stderr)")
                let recover = try PlenumProcess.run(["recover", damaged, "-o", "r-\(round).plenum"], in: folder)
                #expect(recover.status == 0 || recover.status == 2, "\(what): recover \(recover.status) \(recover.stderr)")
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + damaged)) == flipped, "\(what): the file is untouched")
        }
    }

    @Test func recoverRefusesWhatItCannotDo() throws {
        let (folder, file, _) = try Self.session(count: 3)
        let whole = try PlenumProcess.run(["recover", file, "-o", "copy.plenum"], in: folder)
        #expect(whole.status == 0 && whole.stdout.contains("every fact could be read"), "\(whole.stdout)")
        #expect(try Self.postIts(folder, "copy.plenum").count == 3)
        let again = try PlenumProcess.run(["recover", file, "-o", "copy.plenum"], in: folder)
        #expect(again.status == 2 && again.stderr == "plenum: copy.plenum exists already\n")
        FileManager.default.createFile(atPath: folder + "/notes.txt", contents: Data("hej".utf8))
        let foreign = try PlenumProcess.run(["recover", "notes.txt", "-o", "x.plenum"], in: folder)
        #expect(foreign.status == 2 && foreign.stderr.contains("is not a plenum session file"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/x.plenum"))
    }
}
