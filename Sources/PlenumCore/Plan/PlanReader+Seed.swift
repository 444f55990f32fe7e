/// Reading `seed`: the number the day's seating starts from.
extension PlanReader {
    mutating func readSeed(_ root: TOMLNode) -> UInt64? {
        guard let node = root["seed"] else { return nil }
        guard case .integer(let n) = node.value, n >= 0 else {
            let what = { if case .integer = node.value { return says.aNegativeNumber } else { return says.type(of: node) } }()
            error(says.badSeed(what), node)
            return nil
        }
        return UInt64(n)
    }
}
