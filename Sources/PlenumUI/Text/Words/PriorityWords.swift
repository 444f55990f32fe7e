import PlenumCore

/// The texts of priorities on the screens: the tables' votes on the notetaker's screen, the tally,
/// who contributes and the quick wins.
public protocol PriorityWords: Sendable {
    /// "Prioritér: 2 af 3 prikker tilbage · ↑ vælg · + prik · - af" (a top list's places; closed).
    func voteStatus(_ vote: Vote, left: Int, closed: Bool) -> String
    var dotPlaced: String { get }
    var dotRemoved: String { get }
    func rankPlaced(_ place: Int) -> String
    var rankRemoved: String { get }
    func actorTagged(_ actor: String, on: Bool) -> String
    var undoneVote: String { get }
    var nothingToUndoHere: String { get }
    /// Why a notetaker's vote or tag was refused (nil: not a refusal of priorities).
    func priorityRefusal(_ refusal: NoteRefusal) -> String?
    /// Why the facilitator's vote or tag was refused (nil: not a refusal of priorities).
    func priorityRefusal(_ refusal: Refusal) -> String?
    var actorsTitle: String { get }
    /// The items of the actors' picker's footer.
    var actorsHints: ActorsHints { get }
    var noActors: String { get }
    /// "Bidrager: kommunen, borgerne".
    func contributes(_ actors: [String]) -> String
    var tallyTitle: String { get }
    /// "Bordene går sammen · 3 prikker pr. bord · 2 borde har stemt".
    func tallyHeading(_ title: String, _ vote: Vote, voters: Int, closed: Bool) -> String
    /// "2 prikker" / "5 point".
    func points(_ n: Int, ranking: Bool) -> String
    var noVotesYet: String { get }
    var noVoteBlocks: String { get }
    /// The items of the tally's hint bar (`PriorityKeys.tally` builds it).
    var tallyHints: TallyHints { get }
    func voteClosedMessage(_ closed: Bool) -> String
    /// The console's line for a block with a vote.
    func voteRunning(_ vote: Vote, voters: Int, tables: Int, closed: Bool) -> String
    var quickWinsTitle: String { get }
    var noQuickWinsYet: String { get }
    /// The items of the quick wins' hint bar (`PriorityKeys.quickWins` builds it).
    var quickWinsHints: QuickWinsHints { get }
    func stageShowsPriorities(_ content: Fact.StageContent) -> String
    /// What `v` / `Q` do, for the console's help.
    var tallyHelp: String { get }
    var quickWinsHelp: String { get }
    /// What `+`, `-` and `1`-`9` do on a selected post-it in a vote, and `a` anywhere.
    var voteMoreHelp: String { get }
    var voteLessHelp: String { get }
    var votePlaceHelp: String { get }
    var actorsHelp: String { get }
    /// What an undo of a vote's close took back: "lukningen af afstemningen i »…«".
    func undoneClose(_ title: String, closed: Bool) -> String
}
