import Foundation
import Testing

/// `plenum groups` as a facilitator prints it for paper, and as scripts read it.
@Suite struct GroupsCommandTests {
    @Test func theBootcampSeatingAsJSON() throws {
        let r = try PlenumProcess.run(["groups", "sessions/bootcamp.toml", "--format", "json"], in: packageRoot)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        #expect(blocks.first?["formation"] as? String == "mixed")
        let groups = try #require(blocks.first?["groups"] as? [[String: Any]])
        #expect(groups.count == 8)
        let members = groups.flatMap { $0["members"] as? [String] ?? [] }
        #expect(members.count == Set(members).count)
        #expect(!members.contains("Karsten Juul"))
        let hosts = try #require(blocks.first?["hosts"] as? [[String: Any]])
        #expect(hosts.first?["table"] as? String == "Bord 1")
        #expect(json["repeat_pairs"] is Int)
        // The panel rotation: every group visits every station once.
        let rotation = try #require(blocks.first { $0["formation"] as? String == "rotation" })
        let rounds = try #require(rotation["stations"] as? [[String: Any]])
        #expect(rounds.count == 8)
        var visited: [String: [String]] = [:]
        for round in rounds {
            let visits = round["visits"] as? [[String: Any]] ?? []
            let stations = visits.compactMap { $0["station"] as? String }
            #expect(stations.count == Set(stations).count, "one group per station per round")
            for visit in visits {
                if let station = visit["station"] as? String {
                    visited["\(visit["table"] ?? "")/\(visit["group"] ?? "")", default: []].append(station)
                }
            }
        }
        #expect(visited.count == 8 && visited.values.allSatisfy { $0.count == 4 && Set($0).count == 4 })
    }

    @Test func overflowingPinsAreRefusedWithTheNames() throws {
        let folder = try PlenumProcess.temporaryFolder()
        let plan = """
            title = "Lille møde"
            start = "09:00"
            language = "da"
            [tables]
            count = 2
            [[people]]
            name = "Anne"
            table = "Bord 1"
            [[people]]
            name = "Bo"
            table = "Bord 1"
            [[people]]
            name = "Carl"
            table = "Bord 1"
            [[people]]
            name = "Dorte"
            [[blocks]]
            title = "Dialog"
            kind = "groups"
            minutes = 20
            """
        try plan.write(toFile: "\(folder)/plan.toml", atomically: true, encoding: .utf8)
        let r = try PlenumProcess.run(["groups", "plan.toml"], in: folder)
        // As `check` warns: the block is named, every other block is seated, and the day runs.
        #expect(r.status == 0)
        #expect(r.stderr == "plenum: plan.toml: warning: 3 personer er sat fast ved Bord 1 (Anne, Bo og Carl), men bordets grupper har kun 2 pladser i \"Dialog\"; sæt færre personer fast der\n")
    }

    @Test func theTextNamesNotetakersAndFacilitatorsByRoleNeverAsHosts() throws {
        let r = try PlenumProcess.run(["groups", "sessions/bootcamp.toml"], in: packageRoot)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("  Referent: Jakob Mørk") && r.stdout.contains("  Facilitator: Karsten Juul"))
        #expect(!r.stdout.contains("Vært:") && !r.stdout.contains("(referent)"))
        let check = try PlenumProcess.run(["check", "sessions/workshop.toml"], in: packageRoot)
        #expect(check.stdout.contains("The day ends at 17:00 · no slack before the end (17:00)"))
        #expect(!check.stdout.contains(" s ") && !check.stdout.contains("0 min before"))
    }
}
