import Foundation
import Testing

/// `plenum review` on a real terminal: the timeline, a block's post-its, an export written from
/// the screen; it never writes to the session.
@Suite(.serialized) struct ReviewInTmuxTests {
    @Test func browseAndExportFromTheScreen() throws {
        let (folder, file) = try ExportCommandTests.session()
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
        let review = try Tmux.start(["review", file], in: folder, width: 120, height: 30)
        defer { review.kill() }
        #expect(review.waitFor("Velkomst og dagens formål"))
        #expect(review.waitFor("gennemsyn"))
        try review.send("Enter")
        #expect(review.waitFor("Flere cykelstier"), "the first block holds the post-its saved before the day")
        try review.send("Escape")
        try review.send("x")
        #expect(review.waitFor("Eksportér"))
        try review.send("Enter")
        #expect(review.waitFor("Skrevet: s.md"))
        let minutes = try String(contentsOfFile: folder + "/s.md", encoding: .utf8)
        #expect(minutes.hasPrefix("# Bootcamp: Fremtidens kommune"))
        #expect(minutes.contains("Flere cykelstier"))
        try review.send("q")
        #expect(review.waitFor("PLENUM-EXIT=0"))
        let after = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + file))
        #expect(before == after, "review never writes to the session")
    }

    @Test func withoutATerminalItPointsToExport() throws {
        let (folder, file) = try NoteCommandTests.session()
        let r = try PlenumProcess.run(["review", file], in: folder)
        #expect(r.status == 2 && r.stderr.contains("plenum export"))
    }
}
