import Foundation

/// The agenda and the clock: the day's start and end, blocks run, paused and made longer, cards
/// dealt, tracks moved on, presenters' turns, blocks edited, inserted and dropped, and what the
/// stage shows.
extension SessionState {
    /// Folds `fact` in if it is the agenda's or the clock's; false for any other fact.
    mutating func foldAgenda(_ fact: Fact, at: Date) -> Bool {
        switch fact {
        case .dayStarted, .blockStarted, .paused, .resumed, .extended, .cardDealt, .trackAdvanced, .dayEnded,
             .presenterStarted:
            foldClock(fact, at: at)
        case .blockEdited, .blockInserted, .blockDropped:
            if foldBlocks(fact) { seatingRevision += 1 }
        case .stageShown(let content, let block):
            stageContent = content
            stagedTally = content == .tally ? block : nil
        default:
            return false
        }
        return true
    }

    /// The day's course in time.
    private mutating func foldClock(_ fact: Fact, at: Date) {
        // A block start or the day's end can skip blocks (or bring one back): the seating follows.
        var skippedBefore: Set<BlockID>?
        switch fact {
        case .blockStarted, .dayEnded: skippedBefore = skippedBlocks
        default: break
        }
        defer { if let skippedBefore, skippedBefore != skippedBlocks { seatingRevision += 1 } }
        switch fact {
        case .dayStarted:
            if dayStartedAt == nil { dayStartedAt = at }
        case .blockStarted(let id):
            guard index(of: id) != nil, dayEndedAt == nil else { return }
            if dayStartedAt == nil { dayStartedAt = at }
            if let current = currentID, current != id { runs[current]?.stop(at: at) }
            if runs[id] == nil { runs[id] = BlockRun(start: at) } else { runs[id]?.resume(at: at) }
            currentID = id
            isPaused = false
        case .paused:
            guard let current = currentID, !isPaused else { return }
            runs[current]?.stop(at: at)
            isPaused = true
        case .resumed:
            guard let current = currentID, isPaused else { return }
            runs[current]?.resume(at: at)
            isPaused = false
        case .extended(let id, let minutes):
            if runs[id] != nil {
                let effective = (item(id)?.block.minutes ?? 0) + (runs[id]?.extendedMinutes ?? 0)
                runs[id]?.extendedMinutes += max(minutes, 1 - effective)
            } else if let i = index(of: id) {
                agenda[i].block.minutes = max(1, agenda[i].block.minutes + minutes)
            }
        case .cardDealt(let id, let card):
            if runs[id] != nil {
                runs[id]?.manualDeals.append(BlockRun.Deal(card: card, at: at))
            } else if let part = TrackPart(id: id), runs[part.parent] != nil {
                runs[part.parent]?.partDeals[id, default: []].append(BlockRun.Deal(card: card, at: at))
            }
        case .trackAdvanced(let id, let track):
            guard let run = runs[id], let block = item(id)?.block, track >= 0, track < block.tracks.count else { return }
            let advanced = run.trackAdvances[track]?.count ?? 0
            guard advanced < block.tracks[track].blocks.count else { return }
            runs[id]?.trackAdvances[track, default: []].append(at)
        case .dayEnded:
            guard dayEndedAt == nil else { return }
            if let current = currentID { runs[current]?.stop(at: at) }
            currentID = nil
            isPaused = false
            dayEndedAt = at
        case .presenterStarted(let id, let presenter):
            guard id == currentID, runs[id] != nil, presenter >= 0, presenter < presenters(of: id).count else { return }
            runs[id]?.presenterStarts.append(BlockRun.PresenterStart(presenter: presenter, at: at))
        default:
            break
        }
    }

    /// The agenda's blocks edited, inserted or dropped; true when the agenda changed.
    private mutating func foldBlocks(_ fact: Fact) -> Bool {
        switch fact {
        case .blockEdited(let id, let title, let minutes, let anchor):
            guard let i = index(of: id) else { return false }
            if let title, !title.isEmpty { agenda[i].block.title = title }
            if let minutes, minutes >= 1 {
                agenda[i].block.minutes = minutes
                agenda[i].block.minMinutes = min(agenda[i].block.minMinutes, minutes)
            }
            switch anchor {
            case .set(let t): agenda[i].block.at = t
            case .clear: agenda[i].block.at = nil
            case nil: break
            }
        case .blockInserted(let id, let after, let title, let kind, let minutes):
            guard index(of: id) == nil else { return false }
            let block = Block(title: title, kind: kind, minutes: max(1, minutes))
            let item = AgendaItem(id: id, block: block, planIndex: nil)
            if let after, let i = index(of: after) { agenda.insert(item, at: i + 1) }
            else if after == nil { agenda.insert(item, at: 0) }
            else { agenda.append(item) }
        case .blockDropped(let id):
            guard let i = index(of: id), runs[id] == nil, currentID != id, !board.hasPostIts(in: id) else { return false }
            agenda.remove(at: i)
        default:
            return false
        }
        return true
    }
}
