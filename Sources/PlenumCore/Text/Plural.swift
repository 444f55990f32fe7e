/// A count with its noun in the right number: "1 tema", "2 temaer"; "1 vote", "2 votes".
///
/// Danish and English both have one form for one and another for every other count (0 included:
/// "0 temaer", "0 votes"); a language with more forms gives its catalog its own rule.
public enum Plural {
    /// "1 tema", "2 temaer".
    public static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) " + word(n, one, many)
    }

    /// The noun alone in the number `n` asks for: "tema" for 1, "temaer" for 0, 2, 3, …
    public static func word(_ n: Int, _ one: String, _ many: String) -> String {
        n == 1 ? one : many
    }
}
