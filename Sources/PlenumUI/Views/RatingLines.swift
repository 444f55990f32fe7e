import PlenumCore

/// The evaluation as a histogram per question: its title, how many rated and the mean, then a
/// bar per value of the scale (the highest first), live as the tables type.
public struct RatingLines {
    let tally: RatingTally
    let strings: UIStrings

    public init(_ tally: RatingTally, strings: UIStrings) {
        self.tally = tally
        self.strings = strings
    }

    public func lines(width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        var out = DisplayWidth.wrap(SafeText.clean(tally.question), to: width).map { StyledLine($0, style: .bold) }
        out.append(StyledLine(DisplayWidth.truncate(strings.ratingSummary(tally), to: width), style: .dim))
        let most = tally.counts.max() ?? 0
        let numberWidth = max(1, String(most).count)
        let labelWidth = String(tally.scale).count
        let barWidth = max(1, width - labelWidth - numberWidth - 3)
        for value in stride(from: tally.scale, through: 1, by: -1) {
            let count = tally.counts[value - 1]
            let length = most == 0 || count == 0 ? 0 : max(1, Int((Double(count) / Double(most) * Double(barWidth)).rounded()))
            var line = StyledLine(DisplayWidth.pad(String(value), to: labelWidth, right: true) + " ", style: .dim)
            line.add(String(repeating: "█", count: length), .accent)
            line.add(String(repeating: " ", count: barWidth - length + 1) + DisplayWidth.pad(String(count), to: numberWidth, right: true))
            out.append(line)
        }
        return out
    }
}
