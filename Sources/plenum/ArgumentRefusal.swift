import ArgumentParser
import PlenumCore
import PlenumUI

/// ArgumentParser's refusals of the command line (a missing argument, an unknown option, a value
/// it cannot read) said again as one sentence in the user's language: `--lang` where it is given
/// and is a language plenum speaks, else the environment's. ArgumentParser's error values are not
/// public, so each refusal is known by the shape of its English message; a shape not known here
/// stays as ArgumentParser wrote it.
enum ArgumentRefusal {
    /// The sentence for ArgumentParser's `message` about `arguments` (without the program's
    /// name), or nil for a message whose shape is not known.
    static func sentence(_ message: String, arguments: [String]) -> String? {
        let words = language(arguments).ui
        let (help, takesCommands) = command(arguments)
        if let m = message.wholeMatch(of: /Missing expected argument '(.+)'/) {
            return words.missingArgument([String(m.1)], help: help)
        }
        if let m = message.wholeMatch(of: /Missing one of: '(.+)'/) {
            return words.missingArgument(m.1.components(separatedBy: "', '"), help: help)
        }
        if message == "Missing required subcommand." {
            return words.missingCommand(help: help)
        }
        if let m = message.wholeMatch(of: /Unexpected argument '(.*)'/.dotMatchesNewlines()) {
            return takesCommands ? words.unknownCommand(String(m.1), help: help) : words.unexpectedArguments([String(m.1)], help: help)
        }
        if let m = message.wholeMatch(of: /[0-9]+ unexpected arguments: '(.*)'/.dotMatchesNewlines()) {
            return words.unexpectedArguments(m.1.components(separatedBy: "', '"), help: help)
        }
        if let m = message.wholeMatch(of: /Unknown option '([^'\n]+)'(?:\. Did you mean '([^'\n]+)'\?)?/) {
            return words.unknownOption(String(m.1), suggestion: m.2.map(String.init), help: help)
        }
        if let m = message.wholeMatch(of: /Invalid option: (.+)/.dotMatchesNewlines()) {
            return words.invalidOption(String(m.1), help: help)
        }
        if let m = message.wholeMatch(of: /Missing value for '([^' ]+)(?: <([^>]+)>)?'/) {
            return words.missingValue(String(m.1), valueName: m.2.map(String.init), help: help)
        }
        if let m = message.wholeMatch(of: /The option '([^']+)' does not take any value, but '(.*)' was specified\./.dotMatchesNewlines()) {
            return words.takesNoValue(String(m.1), value: String(m.2), help: help)
        }
        if let m = message.wholeMatch(of: /The value '(.*)' is invalid for '([^'\n]+)'(.*)/.dotMatchesNewlines()),
           let (choices, reason) = choicesAndReason(String(m.3)) {
            // "--lang <lang>" is said as the option; a positional "<plan>" as itself.
            let name = m.2.hasPrefix("-") ? String(m.2.split(separator: " ")[0]) : String(m.2)
            return words.invalidValue(String(m.1), for: name, choices: choices, reason: reason, help: help)
        }
        return nil
    }

    /// What follows "The value 'x' is invalid for '--y'": nothing, the values it can take
    /// (". Please provide one of 'a' and 'b'." or a list of "  - a" lines), or ": " and the
    /// type's reason; nil for anything else.
    private static func choicesAndReason(_ rest: String) -> (choices: [String], reason: String?)? {
        if rest.isEmpty { return ([], nil) }
        if rest.hasPrefix(": ") { return ([], String(rest.dropFirst(2))) }
        if let m = rest.wholeMatch(of: /\. Please provide one of the following:\n(.*)/.dotMatchesNewlines()) {
            let lines = m.1.components(separatedBy: "\n")
            guard lines.allSatisfy({ $0.hasPrefix("  - ") }) else { return nil }
            return (lines.map { String($0.dropFirst(4)) }, nil)
        }
        guard rest.hasPrefix(". Please provide one of "), rest.hasSuffix(".") else { return nil }
        return (rest.matches(of: /'([^']*)'/).map { String($0.1) }, nil)
    }

    /// `--lang`'s language where it is given and is one plenum speaks, else the environment's.
    static func language(_ arguments: [String]) -> Language {
        for (i, argument) in arguments.enumerated() {
            let value = argument.hasPrefix("--lang=") ? String(argument.dropFirst(7))
                : argument == "--lang" && i + 1 < arguments.count ? arguments[i + 1] : nil
            if let value, let language = Language(rawValue: value) { return language }
        }
        return Environment.language
    }

    /// The command the arguments name ("plenum", "plenum run", "plenum db init") and whether it
    /// takes commands of its own rather than arguments.
    static func command(_ arguments: [String]) -> (name: String, takesCommands: Bool) {
        var type: ParsableCommand.Type = Plenum.self
        var names = ["plenum"]
        for argument in arguments {
            guard let sub = type.configuration.subcommands.first(where: { $0._commandName == argument }) else { break }
            type = sub
            names.append(argument)
        }
        return (names.joined(separator: " "), !type.configuration.subcommands.isEmpty)
    }
}
