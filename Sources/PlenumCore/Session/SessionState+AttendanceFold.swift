import Foundation

/// Attendance: who came at check-in, walk-ins, and the groups each round was seated in. Every one
/// of these changes who sits where, so each counts in `seatingRevision`.
extension SessionState {
    /// Folds `fact` in if it is attendance's; false for any other fact.
    mutating func foldAttendance(_ fact: Fact) -> Bool {
        switch fact {
        case .attendanceMarked(let name, let status):
            guard isPerson(name), attendance[name, default: .expected] != status else { break }
            attendance[name] = status
            seatingRevision += 1
        case .walkInAdded(let name, let segment):
            let name = name.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, !isPerson(name) else { break }
            let known = segment.flatMap { plan.segment($0)?.key }
            walkIns.append(Attendee(name: name, segment: known))
            attendance[name] = .came
            seatingRevision += 1
        case .groupsFormed(let block, let groups):
            guard formations[block] == nil else { break }
            formations[block] = RoundSeating(round: block, groups: groups)
            seatingRevision += 1
        default:
            return false
        }
        return true
    }
}
