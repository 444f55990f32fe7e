/// The language of a plan's screens and exports.
public enum Language: String, Sendable, CaseIterable, Codable {
    case da
    case en

    /// The language a `LANG`-style locale name asks for ("da_DK.UTF-8" → da), else English.
    public static func fromLocale(_ locale: String?) -> Language {
        guard let locale, locale.lowercased().hasPrefix("da") else { return .en }
        return .da
    }
}
