import ArgumentParser
import Foundation

/// Runs the command line; every refusal of the user's input is one sentence and exit code 2.
// A full disk or a file size limit must be an error we can report, not a signal that kills us.
signal(SIGXFSZ, SIG_IGN)

do {
    var command = try Plenum.parseAsRoot()
    try command.run()
} catch let error as UserError {
    Output.err("plenum: " + error.message + "\n")
    exit(2)
} catch let error as ExitCode {
    exit(error.rawValue)
} catch {
    let code = Plenum.exitCode(for: error)
    if code == .success {
        Output.out(Plenum.fullMessage(for: error) + "\n")
        exit(0)
    }
    let message = Plenum.message(for: error).trimmingCharacters(in: .whitespacesAndNewlines)
    // A refusal of the arguments is said in the user's language where its shape is known.
    if code == .validationFailure,
       let sentence = ArgumentRefusal.sentence(message, arguments: Array(CommandLine.arguments.dropFirst())) {
        Output.err("plenum: " + sentence + "\n")
        exit(2)
    }
    Output.err("plenum: \(message)\nSee 'plenum --help'.\n")
    exit(code == .validationFailure ? 2 : code.rawValue)
}
