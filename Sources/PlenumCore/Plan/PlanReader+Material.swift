import Foundation

/// Reading a block's basis and evaluation: `material` (a file beside the plan), `rate` and
/// `scale`, and the `materials` a session's copy of the plan keeps.
extension PlanReader {
    /// The most questions `rate` may ask, and the largest `scale` (one digit a rating).
    static let maximumRatings = 10
    static let maximumScale = 9

    /// `materials = [{ file = "…", text = "…" }]`: the material files' texts written into a
    /// session's copy of the plan when it was made, so it opens anywhere without the files.
    mutating func readMaterialTexts(_ root: TOMLNode) -> MaterialFiles {
        guard let elements = tables(root["materials"], key: "materials") else { return [:] }
        var result: MaterialFiles = [:]
        for (i, node) in elements.enumerated() {
            let context = says.materialsEntry(i + 1)
            checkKeys(node, allowed: ["file", "text"], context: context)
            guard let file = text(node, "file", in: context, required: true) else { continue }
            guard case .string(let body)? = node["text"]?.value else {
                error(says.materialsEntryWithoutText(context), node)
                continue
            }
            result[file] = .text(body)
        }
        return result
    }

    /// A block's `material`: the file's name, and what it holds when the caller read it. A file
    /// that cannot be read, or read as its kind, is an error at the key (or at its own line and
    /// column, in the file).
    mutating func readMaterial(_ node: TOMLNode, in context: String) -> (file: String?, material: Material?) {
        guard let keyNode = node["material"] else { return (nil, nil) }
        guard let file = text(node, "material", in: context) else { return (nil, nil) }
        if file.hasPrefix("/") || file.hasPrefix("~") {
            error(says.materialNotBeside(context), keyNode)
            return (file, nil)
        }
        if let known = materialsRead[file] { return (file, known) }
        switch materials[file] {
        case nil:
            return (file, nil)
        case .unreadable(let why)?:
            error(says.materialUnreadable(context, file: file, why: says.unreadable(why)), keyNode)
            return (file, nil)
        case .text(let body)?:
            materialBytes += body.utf8.count
            if materialBytes > MaterialReader.maximumTotalBytes {
                error(says.materialsTooBig(context, file: file), keyNode)
                return (file, nil)
            }
            switch MaterialReader.read(file: file, text: body, segments: segments, says: says) {
            case .success(let material):
                materialsRead[file] = material
                return (file, material)
            case .failure(let problems):
                for problem in problems.diagnostics { append(problem) }
                if problems.diagnostics.isEmpty { error(says.materialNotATable(context, file: file), keyNode) }
                return (file, nil)
            }
        }
    }

    /// `rate = ["Dagens form", "Udbytte"]` and `scale = 5`: the questions the tables rate and the
    /// scale (1 to `scale`, one digit a rating).
    mutating func readRating(_ node: TOMLNode, in context: String) -> (questions: [String], scale: Int) {
        let scale = integer(node, "scale", in: context, minimum: 2, maximum: Self.maximumScale,
                            why: .ratingDigit) ?? Block.defaultScale
        guard let list = node["rate"] else {
            if let given = node["scale"] {
                warning(says.scaleWithoutRate(context), given)
            }
            return ([], scale)
        }
        if case .array(let elements) = list.value, elements.count > Self.maximumRatings {
            error(says.tooManyRatings(context, count: elements.count, most: Self.maximumRatings), list)
            return ([], scale)
        }
        let questions = textList(node, "rate", in: context, nonEmpty: true) ?? []
        if Set(questions).count < questions.count {
            error(says.questionTwice(context), list)
        }
        return (questions, scale)
    }
}

extension PlanLoader {
    /// The material files a plan's blocks name (in tracks too) that its text does not already
    /// hold: what the caller reads beside the plan before `load`. Empty for text that is not TOML.
    public static func materialFiles(in text: String) -> [String] {
        guard let root = try? TOMLDocument.parse(text) else { return [] }
        var written = Set<String>()
        if case .array(let entries)? = root["materials"]?.value {
            for entry in entries { if case .string(let file)? = entry["file"]?.value { written.insert(file.trimmingCharacters(in: .whitespaces)) } }
        }
        var names: [String] = []
        func visit(_ blocks: TOMLNode?) {
            guard case .array(let elements)? = blocks?.value else { return }
            for block in elements {
                if case .string(let file)? = block["material"]?.value {
                    let name = file.trimmingCharacters(in: .whitespaces)
                    if !name.isEmpty, !written.contains(name), !names.contains(name) { names.append(name) }
                }
                if case .array(let tracks)? = block["tracks"]?.value { tracks.forEach { visit($0["blocks"]) } }
            }
        }
        visit(root["blocks"])
        return names
    }

    /// The material texts a session's copy of a plan keeps (`materials = […]`), by file name.
    public static func keptMaterials(in text: String) -> MaterialFiles {
        guard let root = try? TOMLDocument.parse(text), case .array(let entries)? = root["materials"]?.value else { return [:] }
        var files: MaterialFiles = [:]
        for entry in entries {
            if case .string(let file)? = entry["file"]?.value, case .string(let body)? = entry["text"]?.value {
                files[file.trimmingCharacters(in: .whitespaces)] = .text(body)
            }
        }
        return files
    }

    /// A plan's text with the material files' texts written at its top (`materials = […]`, a
    /// top-level key before any header), as a session keeps it.
    public static func text(_ planText: String, holding materials: [(file: String, text: String)]) -> String {
        guard !materials.isEmpty else { return planText }
        let entries = materials.map { "{ file = \(AgendaPlanWriter.quoted($0.file)), text = \(AgendaPlanWriter.quoted($0.text)) }" }
        return "materials = [" + entries.joined(separator: ", ") + "]\n" + planText
    }
}
