/// The store's sentences in English.
struct EnglishStore: StoreVocabulary {
    func notFound(_ path: String) -> String { "cannot open \(path): there is no such session file" }
    func notASession(_ path: String) -> String { "\(path) is not a plenum session file; it was left as it was" }
    func newerVersion(_ path: String, _ version: Int) -> String {
        "\(path) was written by a newer plenum (session format \(version)); update plenum to open it. The file was left as it was"
    }
    func damaged(_ path: String, _ reason: String) -> String {
        "\(path) is damaged (\(reason)); it was left as it was, and `plenum recover \(path) -o NEW` saves what can be read"
    }
    func cannotWrite(_ path: String, _ reason: String) -> String { "cannot save to \(path): \(reason)" }
    func cannotOpen(_ path: String, _ reason: String) -> String { "cannot open \(path): \(reason); it was left as it was" }
    func exists(_ path: String) -> String { "\(path) exists already" }
    var reasons: [String: String] { [:] }
}
