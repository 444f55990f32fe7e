import Foundation
import PlenumCore

/// What the command line takes from the process environment: language, today, terminal width.
enum Environment {
    /// The language `LC_ALL`, `LC_MESSAGES` or `LANG` asks for.
    static var language: Language {
        let env = ProcessInfo.processInfo.environment
        let locale = [env["LC_ALL"], env["LC_MESSAGES"], env["LANG"]].compactMap { $0 }.first { !$0.isEmpty }
        return Language.fromLocale(locale)
    }

    /// Today's date in the local time zone.
    static var today: PlanDate {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return PlanDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }

    /// Columns of the terminal on stdout, else `COLUMNS`, else 100.
    static var outputWidth: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return 100
    }
}
