/// The command line's refusals of its arguments: in Danish.
extension DanishUI: ArgumentWords {
    private func see(_ help: String) -> String { "; se \(help) --help" }
    private func quoted(_ values: [String]) -> String { values.map { "»\($0)«" }.joined(separator: ", ") }

    func missingArgument(_ names: [String], help: String) -> String {
        (names.count == 1 ? "\(names[0]) mangler" : "én af \(listed(names, or: true)) mangler") + see(help)
    }
    func unknownCommand(_ name: String, help: String) -> String { "»\(name)« er ikke en kommando i \(help)" + see(help) }
    func missingCommand(help: String) -> String { "\(help) mangler en kommando" + see(help) }
    func unexpectedArguments(_ values: [String], help: String) -> String {
        (values.count == 1 ? "uventet argument " : "uventede argumenter ") + quoted(values) + see(help)
    }
    func unknownOption(_ option: String, suggestion: String?, help: String) -> String {
        "ukendt tilvalg \(option)" + (suggestion.map { "; mente du \($0)?" } ?? see(help))
    }
    func invalidOption(_ option: String, help: String) -> String { "»\(option)« er ikke et tilvalg" + see(help) }
    func missingValue(_ option: String, valueName: String?, help: String) -> String {
        "\(option) mangler en værdi" + (valueName.map { ": \(option) <\($0)>" } ?? see(help))
    }
    func takesNoValue(_ option: String, value: String, help: String) -> String {
        "\(option) tager ingen værdi, men fik »\(value)«"
    }
    func invalidValue(_ value: String, for name: String, choices: [String], reason: String?, help: String) -> String {
        let refused = "»\(value)« er ikke en værdi for \(name)"
        if !choices.isEmpty { return refused + "; vælg \(listed(choices, or: true))" }
        return refused + (reason.map { ": \($0)" } ?? see(help))
    }
}
