/// A first seating in which nobody meets anyone twice, for rounds of equal groups without segments
/// or pins: the people are numbered (i, j) with i < size and j < groups, and in the t-th such round
/// person (i, j) sits in group j + t·i, computed in a finite field of `groups` elements (`groups`
/// prime, or a power of two). Two people then share a group in at most one of the first `groups`
/// rounds. One round more meets the pairs left (the people of one i) when `size` divides `groups`.
/// The search starts from this and repairs what the rules or later rounds need.
enum OrthogonalStart {
    /// The groups of round `t` (0-based among such rounds) for `people` (`groups` × `size` of them,
    /// in a fixed order), or nil when the construction does not apply.
    static func groups(_ people: [Int], groups g: Int, size s: Int, round t: Int) -> [[Int]]? {
        guard g >= 2, s >= 2, s <= g, people.count == g * s, let field = Field(order: g) else { return nil }
        var result = Array(repeating: [Int](), count: g)
        if t == g, g % s == 0 {
            // The people of one i have not met yet: they sit together, `size` at a time.
            for (p, person) in people.enumerated() { result[(p / g) * (g / s) + (p % g) / s].append(person) }
            return result
        }
        guard t < g else { return nil }
        for (p, person) in people.enumerated() {
            let i = p / g, j = p % g
            result[field.add(j, field.multiply(t, i))].append(person)
        }
        return result
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
