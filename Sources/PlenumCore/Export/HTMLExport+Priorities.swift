/// The report's priorities: every vote of the day, its items ranked with their points by table
/// and by segment and who contributes, as tables that print.
extension HTMLExport {
    func priorities(_ words: any PriorityVocabulary) -> String {
        guard !digest.tallies.isEmpty else { return "" }
        var html = "<section>\n<h2>\(words.priorities)</h2>\n"
        for tally in digest.tallies {
            let title = digest.state.anyBlock(tally.block)?.title ?? ""
            html += "<h3>\(Self.user(title)) <span class=\"votes\">\(Self.escape(words.voteAbout(tally.vote, voters: tally.voters.count, closed: tally.closed)))</span></h3>\n"
            guard !tally.items.isEmpty else { html += "<p>\(words.noVotes)</p>\n"; continue }
            html += "<table>\n<thead><tr><th>#</th><th>\(words.priorityHeader)</th><th>\(words.pointsHeader)</th>"
                + "<th>\(words.tablesHeader)</th><th>\(words.segmentsHeader)</th><th>\(words.actorsHeader)</th></tr></thead>\n<tbody>\n"
            for (k, item) in tally.items.enumerated() {
                let segments = words.segmentShares(item, in: digest.state.plan) ?? "–"
                html += "<tr><td>\(k + 1)</td><td>\(Self.user(words.itemTitle(item)))</td><td>\(item.points)</td>"
                    + "<td>\(Self.user(words.shares(item.byTable)))</td><td>\(Self.user(segments))</td>"
                    + "<td>\(Self.user(item.actors.isEmpty ? "–" : item.actors.joined(separator: ", ")))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        return html + "</section>\n"
    }
}
