/// The command line's refusals of its arguments: in English.
extension EnglishUI: ArgumentWords {
    private func see(_ help: String) -> String { "; see \(help) --help" }
    private func quoted(_ values: [String]) -> String { values.map { "\"\($0)\"" }.joined(separator: ", ") }

    func missingArgument(_ names: [String], help: String) -> String {
        (names.count == 1 ? "\(names[0]) is missing" : "one of \(listed(names, or: true)) is missing") + see(help)
    }
    func unknownCommand(_ name: String, help: String) -> String { "\"\(name)\" is not a command of \(help)" + see(help) }
    func missingCommand(help: String) -> String { "\(help) needs a command" + see(help) }
    func unexpectedArguments(_ values: [String], help: String) -> String {
        (values.count == 1 ? "unexpected argument " : "unexpected arguments ") + quoted(values) + see(help)
    }
    func unknownOption(_ option: String, suggestion: String?, help: String) -> String {
        "unknown option \(option)" + (suggestion.map { "; did you mean \($0)?" } ?? see(help))
    }
    func invalidOption(_ option: String, help: String) -> String { "\"\(option)\" is not an option" + see(help) }
    func missingValue(_ option: String, valueName: String?, help: String) -> String {
        "\(option) needs a value" + (valueName.map { ": \(option) <\($0)>" } ?? see(help))
    }
    func takesNoValue(_ option: String, value: String, help: String) -> String {
        "\(option) takes no value, but was given \"\(value)\""
    }
    func invalidValue(_ value: String, for name: String, choices: [String], reason: String?, help: String) -> String {
        let refused = "\"\(value)\" is not a value for \(name)"
        if !choices.isEmpty { return refused + "; choose \(listed(choices, or: true))" }
        return refused + (reason.map { ": \($0)" } ?? see(help))
    }
}
