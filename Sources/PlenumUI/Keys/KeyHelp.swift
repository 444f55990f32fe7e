import PlenumCore

/// One heading of a screen's key help (`?` on the console, F1 on the notes) and its rows: the
/// keys as the help writes them ("n  →") and what they do.
public struct KeyHelpSection: Sendable {
    public let heading: String
    public let rows: [(keys: String, text: String)]

    /// A help's rows under their headings, built from keymaps: each line of `lines` (keys, text)
    /// that a binding of `maps` names as its help, once, under the group of the first binding
    /// naming it; the groups in `KeyGroup`'s order, the lines in the keymaps' order. A binding
    /// whose help is not one of `lines` (the help's own key) has no row.
    public static func sections(of maps: [KeymapSummary], lines: [(String, String)], strings: UIStrings,
                                heading: (KeyGroup) -> String) -> [KeyHelpSection] {
        var rows: [(group: KeyGroup, keys: String, text: String)] = []
        for map in maps {
            for (help, group) in zip(map.helps, map.groups) {
                let text = help(strings)
                guard !rows.contains(where: { $0.text == text }), let row = lines.first(where: { $0.1 == text }) else { continue }
                rows.append((group, row.0, text))
            }
        }
        return KeyGroup.allCases.compactMap { group in
            let inGroup = rows.filter { $0.group == group }.map { (keys: $0.keys, text: $0.text) }
            return inGroup.isEmpty ? nil : KeyHelpSection(heading: heading(group), rows: inGroup)
        }
    }
}

/// A screen's key help in a box over it: `intro` lines first, then the sections, each heading
/// bold and its rows with the keys in a column; a row too long for the box goes on under its
/// text, not under its keys. A help longer than the screen shows from line `scroll` on, and its
/// footer says how to scroll.
struct KeyHelpBox {
    let title: String
    let intro: [String]
    let sections: [KeyHelpSection]
    let scroll: Int
    let footer: String
    let strings: UIStrings

    func draw(on screen: inout Screen) {
        let keyWidth = sections.flatMap(\.rows).map { DisplayWidth.of($0.keys) }.max() ?? 0
        let available = max(keyWidth + 12, screen.width - 6)
        var lines: [(String, Style)] = []
        for line in intro {
            let fitted = DisplayWidth.of(line) <= available ? [line] : DisplayWidth.wrap(line, to: available)
            lines += fitted.map { ($0, Style.accent) }
        }
        if !intro.isEmpty { lines.append(("", .plain)) }
        for section in sections {
            lines.append((section.heading, .bold))
            for row in section.rows {
                let text = DisplayWidth.wrap(row.text, to: available - keyWidth - 2)
                for (i, part) in text.enumerated() {
                    lines.append((DisplayWidth.pad(i == 0 ? row.keys : "", to: keyWidth) + "  " + part, .plain))
                }
            }
        }
        let room = max(1, screen.height - 6)
        let first = max(0, min(scroll, lines.count - room))
        let more = lines.count > room
        let shown = more ? Array(lines.dropFirst(first).prefix(room)) : lines
        screen.box(title: title, lines: shown, footer: more ? strings.helpScrollHint + " · " + footer : footer,
                   minimumWidth: lines.map { DisplayWidth.of($0.0) }.max() ?? 0)
    }
}
