/// Resolvable designs for shapes no field construction reaches: rounds of `groups` groups of
/// `size` in which nobody meets anyone twice. Each round lists the people (0, 1, … written with the
/// digits 0-9, a-z, A-Z) group by group. They were found once by `scripts/find-design.c` (a tabu
/// search over swaps; seed 1), checked by `DesignTablesTests`, and are reached in no time here.
enum DesignTables {
    /// Kirkman's schoolgirls: 15 people, 5 groups of 3, 7 rounds (a Kirkman triple system: every
    /// pair meets exactly once).
    static let kirkman15 = ["46702a3ce8bd159", "09d13648e5ac27b", "56b3ad49c12807e", "1bc6de23405879a",
                            "17d4ab25e38906c", "45d1ae26903b78c", "68a0142cd3579be"]

    /// 18 people, 6 groups of 3, 8 rounds (the most there can be).
    static let golfers6x3 = ["16d2ag03758c9be4fh", "2bd79h1eg56a34c08f", "57g48e09acdh13b26f", "1782eh46905d3fgabc",
                             "8ah0124dg67bcef359", "06e38d19cbgh2457af", "3ae9df04b27c15h68g", "14a7de2895bf0cg36h"]

    /// The social golfers: 32 people, 8 groups of 4, 10 rounds. Built, not searched
    /// (`scripts/doubled-planes.py`): 16 letters, each as two people (a and A); the 5 parallel
    /// classes of the affine plane of order 4 on the letters, and of a second one whose lines are
    /// quadrangles of the first (no three of their points on one line of the first), give 10 rounds
    /// of 4 letter quads; each quad is seated as two groups (its letters in one case or the other,
    /// as a GF(2) linear system chooses), so that every pair of letters meets once in the same case
    /// and once in different cases. Nobody meets twice, and a and A never meet.
    static let golfers8x4 = [
        "08go19hp2aiq3bjr4cks5dlt6emu7fnv",
        "0aku1blv28nt39ms4ehr5fgq6cjp7dio",
        "0cnr1dmq2elp3fko48jv59iu6ags7bht",
        "0fjt1eis2dgu3chv4bmo5anp69lr78kq",
        "024613578bde9acfgjlmhiknortupqsv",
        "girvhjqu25bc34ad07mp16no8fls9ekt",
        "479g568hceoqdfpr03il12jkamtvbnsu",
        "2fhm3egn6dkv7clu09bq18ar4ipt5jos",
        "ahlobgkp8cim9djn05ev14fu27rs36qt",
        "0dhs1cgt4lnq5kmr6bfi7aej29ov38pu",
    ]

    /// 40 people, 10 groups of 4, 10 rounds.
    static let golfers10x4 = [
        "0ahwbgik3duA1otBnqzD6mrxcflp489v2eyC57js", "16cn7lvz8esuhkpDdoxy4fqw0grC2bjA3aiB59mt",
        "8mqCaber27uD056v9cyzilow1dhjfkABgptx34ns", "9nuC07ck8htydewB3jlmiprz2qvx46go15aAbfsD",
        "3678swzCjpyB0boucdgq25knamvD4hxAefit19lr", "13ky7ehqcjrv9bxB4lCD0mps26dintwAaguz58fo",
        "0iny9gjw147b2ast3hov8cBDkqru5elx6pACdfmz", "28gl1puw9iqAemnodksv45rB0jxD7afy3ctC6bhz",
        "4ktz5chu23fr69eD1isx7gmA0lqBbvwy8dnpajoC", "35bq79op2cmw1fvC6lsy4iju8akxdrtDghnB0ezA",
    ]

    static let digits = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    /// The table's rounds for `groups` × `size`, as groups of point numbers.
    static func rounds(groups g: Int, size s: Int) -> [[[Int]]]? {
        let table: [String]
        switch (g, s) {
        case (5, 3): table = kirkman15
        case (6, 3): table = golfers6x3
        case (8, 4): table = golfers8x4
        case (10, 4): table = golfers10x4
        default: return nil
        }
        var value: [Character: Int] = [:]
        for (i, c) in digits.enumerated() { value[c] = i }
        return table.map { round in
            let points = round.compactMap { value[$0] }
            return stride(from: 0, to: points.count, by: s).map { Array(points[$0..<$0 + s]) }
        }
    }
}
