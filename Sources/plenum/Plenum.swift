import ArgumentParser

/// The `plenum` command and its subcommands.
struct Plenum: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plenum",
        abstract: "Run a workshop or bootcamp day live from the terminal.",
        discussion: """
            A day is planned in a TOML file (see `plenum new`), checked with `plenum check`, \
            and run live from the console.
            """,
        subcommands: [Demo.self, Run.self, Note.self, Stage.self, Export.self, Review.self, Check.self, New.self, Import.self, Groups.self, ProcessCommand.self, Recover.self]
    )
}

/// A refusal of the user's input: printed as one sentence, exit code 2.
struct UserError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
