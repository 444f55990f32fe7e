import Foundation
import Testing

/// A terminal whose LANG names a locale the machine does not have (da_DK.UTF-8 where only C.UTF-8
/// is installed, as on a fresh Debian) still shows æ, ø and å: plenum takes C.UTF-8 for the characters.
@Suite struct MissingLocaleInTmuxTests {
    @Test func aDanishLangWithoutItsLocaleKeepsTheDanishLetters() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let console = try Tmux.start(["demo"], in: folder, width: 120, height: 40,
                                     environment: ["LANG": "da_DK.UTF-8"])
        defer { console.kill() }
        #expect(console.waitFor("Første blok kl.", seconds: 60), "\(console.screen())")
        #expect(console.screen().contains("næste skridt"))
    }
}
