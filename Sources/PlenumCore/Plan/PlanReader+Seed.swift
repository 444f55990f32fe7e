/// Reading `seed`: the number the day's seating starts from.
extension PlanReader {
    mutating func readSeed(_ root: TOMLNode) -> UInt64? {
        guard let node = root["seed"] else { return nil }
        guard case .integer(let n) = node.value, n >= 0 else {
            let what = { if case .integer = node.value { return "a negative number" } else { return node.typeDescription } }()
            error("`seed` must be a whole number of 0 or more (another number seats the day differently), not \(what)", node)
            return nil
        }
        return UInt64(n)
    }
}
