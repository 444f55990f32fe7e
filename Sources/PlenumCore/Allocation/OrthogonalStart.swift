/// A first seating in which nobody meets anyone twice, for rounds of equal groups: the people are
/// numbered (i, j) with i < size and j < groups, and in the t-th such round person (i, j) sits in
/// group j + t·i, computed in a finite field of `groups` elements (`groups` prime, or a power of
/// two). Two people then share a group in at most one of the first `groups` rounds. One round more
/// meets the pairs left (the people of one i) when `size` divides `groups`. Where a resolvable design
/// gives more rounds (`DesignTables`: Kirkman's 15 in 7 rounds, 18 in 6 × 3 over 8, 32 in 8 × 4 over 10, 40 in 10 × 4
/// over 10), that is used instead. The search starts from this and repairs what pins, segments and
/// rules need.
enum OrthogonalStart {
    /// How many rounds without a repeat there are for `groups` groups of `size` (0: none known).
    static func roundCount(groups g: Int, size s: Int) -> Int {
        max(fieldRounds(groups: g, size: s), DesignTables.rounds(groups: g, size: s)?.count ?? 0)
    }

    /// The groups of round `t` (0-based among such rounds) for `people` (`groups` × `size` of them,
    /// in a fixed order), or nil when no construction gives that round.
    static func groups(_ people: [Int], groups g: Int, size s: Int, round t: Int) -> [[Int]]? {
        guard people.count == g * s, let points = points(groups: g, size: s, round: t) else { return nil }
        return points.map { $0.map { people[$0] } }
    }

    /// Round `t` of the best construction for the shape, as groups of point numbers 0 ..< groups × size.
    static func points(groups g: Int, size s: Int, round t: Int) -> [[Int]]? {
        let field = fieldRounds(groups: g, size: s)
        if let table = DesignTables.rounds(groups: g, size: s), table.count > field {
            return table.indices.contains(t) ? table[t] : nil
        }
        guard t >= 0, t < field, let order = Field(order: g) else { return nil }
        var result = Array(repeating: [Int](), count: g)
        if t == g {
            // The people of one i have not met yet: they sit together, `size` at a time.
            for p in 0..<(g * s) { result[(p / g) * (g / s) + (p % g) / s].append(p) }
            return result
        }
        for p in 0..<(g * s) {
            let i = p / g, j = p % g
            result[order.add(j, order.multiply(t, i))].append(p)
        }
        return result
    }

    /// The rounds of the field construction: `groups` (one more when `size` divides it), or 0.
    static func fieldRounds(groups g: Int, size s: Int) -> Int {
        guard g >= 2, s >= 2, s <= g, Field(order: g) != nil else { return 0 }
        return g + (g % s == 0 ? 1 : 0)
    }

    /// Addition and multiplication modulo a prime, or in GF(2^m) (carry-less, modulo an
    /// irreducible polynomial).
    struct Field {
        let order: Int
        let polynomial: Int?

        init?(order: Int) {
            self.order = order
            if Self.isPrime(order) {
                polynomial = nil
                return
            }
            // Irreducible polynomials of degree 2 … 7 (x² + x + 1, x³ + x + 1, …).
            let irreducible = [4: 0b111, 8: 0b1011, 16: 0b10011, 32: 0b100101, 64: 0b1000011, 128: 0b10001001]
            guard let poly = irreducible[order] else { return nil }
            polynomial = poly
        }

        func add(_ a: Int, _ b: Int) -> Int { polynomial == nil ? (a + b) % order : a ^ b }

        func multiply(_ a: Int, _ b: Int) -> Int {
            guard let polynomial else { return a * b % order }
            var result = 0, x = a, y = b
            while y > 0 {
                if y & 1 == 1 { result ^= x }
                y >>= 1
                x <<= 1
                if x & order != 0 { x ^= polynomial }
            }
            return result
        }

        static func isPrime(_ n: Int) -> Bool {
            guard n >= 2 else { return false }
            var d = 2
            while d * d <= n {
                if n % d == 0 { return false }
                d += 1
            }
            return true
        }
    }
}
