/// The command line's refusals of its own arguments (what ArgumentParser found wrong with them),
/// one sentence each. `help` is the command whose `--help` explains it ("plenum run"); a name is
/// written as the user sees it in `--help` (`<plan>`, `--format`).
public protocol ArgumentWords: Sendable {
    /// One of `names` (positional arguments, `<plan>`) is missing.
    func missingArgument(_ names: [String], help: String) -> String
    /// `name` is not one of the commands of `help`.
    func unknownCommand(_ name: String, help: String) -> String
    /// A command was named without the subcommand it needs (`plenum db`).
    func missingCommand(help: String) -> String
    /// Arguments left over after the command took its own.
    func unexpectedArguments(_ values: [String], help: String) -> String
    /// An option the command does not have; `suggestion` is the one nearest to it.
    func unknownOption(_ option: String, suggestion: String?, help: String) -> String
    /// Something that looks like an option and cannot be one (`-?`).
    func invalidOption(_ option: String, help: String) -> String
    /// An option given without its value; `valueName` is what `--help` calls the value.
    func missingValue(_ option: String, valueName: String?, help: String) -> String
    /// A flag given a value (`--force=yes`).
    func takesNoValue(_ option: String, value: String, help: String) -> String
    /// A value `name` cannot take: `choices` are the ones it can (empty: not listed), `reason` the
    /// type's own words for why.
    func invalidValue(_ value: String, for name: String, choices: [String], reason: String?, help: String) -> String
}
