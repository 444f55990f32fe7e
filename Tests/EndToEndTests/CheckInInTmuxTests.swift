import Foundation
import Testing

/// Check-in in the real console: six people go home at lunch, a walk-in comes, the groups still to
/// come are seated again at once, the groups that ran stay; the stage shows "find your table";
/// all of it survives kill -9 and `plenum groups SESSION` prints it.
@Suite(.serialized) struct CheckInInTmuxTests {
    static let leaving = ["Anne Vang", "Bo Lund", "Camilla Hansen", "Dorthe Østergaard", "Emil Nielsen", "Frederik Jørgensen"]

    @Test func sixGoHomeAWalkInComesAndTheAfternoonIsSeatedAgain() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let file = folder + "/bootcamp.plenum"
        let console = try Tmux.start(["run", packageRoot + "/sessions/bootcamp.toml", "--session", file], in: folder,
                                     width: 120, height: 36)
        defer { console.kill() }
        #expect(console.waitFor("Velkomst og dagens formål"))
        try console.send("Space")
        #expect(console.waitFor("Kører"))
        try console.send("n")
        #expect(console.waitFor("Blok 2 af"))
        try console.send("k")
        #expect(console.waitFor("Indtjekning · 57 personer"))
        for name in Self.leaving {
            try console.send("/")
            try console.send(name)
            try console.send("Enter")
            try console.send("l")
            #expect(console.waitFor("← \(name)"), "\(name) marked as gone home")
            try console.send("Escape")
        }
        #expect(console.waitFor("gik hjem 6"))
        try console.send("n")
        #expect(console.waitFor("Ny deltager (walk-in)"))
        try console.send("Nadia Ny")
        try console.send("Tab")
        try console.send("Erhvervsliv")
        try console.send("Enter")
        #expect(console.waitFor("walk-ins 1"))
        #expect(console.waitFor("Grupperne er lagt om"), "the groups to come are seated again at once")
        try console.send("g")
        #expect(console.waitFor("dannet (ligger fast)"), "the block that runs keeps its groups")
        try console.send("Right")
        #expect(console.waitFor("43 personer"), "48 - 6 + 1 in the next round")
        #expect(console.waitFor("planlagt (følger indtjekningen)"))
        try console.send("f")
        let stage = try Tmux.start(["stage", file], in: folder, width: 100, height: 40)
        defer { stage.kill() }
        #expect(stage.waitFor("Find dit bord · Dialog i blandede grupper"))
        // The block that runs: where people sit now, the six who have since gone home included.
        #expect(stage.waitFor("Anne Vang"))
        let pid = try #require(console.plenumPID())
        kill(pid, SIGKILL)
        #expect(console.waitFor("PLENUM-EXIT=137"))

        let groups = try PlenumProcess.run(["groups", file, "--format", "json"], in: folder)
        #expect(groups.status == 0, "\(groups.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(groups.stdout.utf8)) as? [String: Any])
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        func members(_ block: [String: Any]) -> [String] {
            (block["groups"] as? [[String: Any]] ?? []).flatMap { $0["members"] as? [String] ?? [] }
        }
        let running = members(blocks[0])
        #expect(Set(Self.leaving).isSubset(of: running), "the groups that ran stay as they were")
        #expect(!running.contains("Nadia Ny"))
        let afternoon = blocks.filter { ($0["index"] as? Int ?? 0) > 6 && $0["track"] == nil }
        #expect(!afternoon.isEmpty)
        for block in afternoon {
            let seated = members(block)
            #expect(Set(seated).isDisjoint(with: Self.leaving), "\(block["title"] ?? "")")
            #expect(seated.contains("Nadia Ny"))
            #expect(seated.count == 43)
        }
    }
}
