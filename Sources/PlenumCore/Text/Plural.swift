/// A count with its noun in the right number: "1 tema", "2 temaer"; "1 vote", "2 votes".
public enum Plural {
    public static func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) " + (n == 1 ? one : many)
    }
}
