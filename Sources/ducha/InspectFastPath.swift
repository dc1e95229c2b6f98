import ArgumentParser

/// `ducha inspect` (or `ducha` alone) read from a plain command line without ArgumentParser.
///
/// Parsing the command tree cost every start about 21 million instructions (a third of the time
/// until the first question; README, issue 13), most of it the runtime looking up protocol
/// conformances for each option of every command. The REPL is the command whose start people
/// wait for, so its common form — `--name value` pairs of its own options and `--strict` — is
/// read here. Anything else (`--help`, `--version`, `--name=value`, a value starting with `-`,
/// an empty value, a repeated single option, an unknown word, a value ArgumentParser would
/// reject, a failed validation) returns nil and goes through ArgumentParser, which gives the
/// same help and errors as before. `InspectFastPathTests` holds every result to ArgumentParser's.
enum InspectFastPath {
  /// Options that take one value, each at most once.
  private static let single: Set<String> = [
    "--lang", "--checklists", "--sessions", "--script", "--ledger", "--checklist", "--unit",
    "--group", "--date", "--year",
  ]
  /// Options that may be repeated, their values kept in order.
  private static let repeated: Set<String> = ["--stage", "--inspector", "--last-year"]

  /// The command ArgumentParser would parse and validate from `arguments` (the command line
  /// without the program's name), or nil when the line is not of the plain form.
  static func command(_ arguments: [String]) -> InspectCommand? {
    var rest = arguments[...]
    if rest.first == "inspect" { rest = rest.dropFirst() }
    var values: [String: String] = [:]
    var lists: [String: [String]] = [:]
    var strict = false
    while let name = rest.popFirst() {
      if name == "--strict" {
        guard !strict else { return nil }
        strict = true
        continue
      }
      let isSingle = single.contains(name)
      guard isSingle || repeated.contains(name), let value = rest.popFirst(), !value.isEmpty,
        !value.hasPrefix("-")
      else { return nil }
      if isSingle {
        guard values.updateValue(value, forKey: name) == nil else { return nil }
      } else {
        lists[name, default: []].append(value)
      }
    }
    var year: Int?
    if let text = values["--year"] {
      guard let number = Int(text) else { return nil }
      year = number
    }
    var options = CommonOptions()
    options.lang = values["--lang"]
    options.checklists = values["--checklists"]
    var sessionOptions = SessionOptions()
    sessionOptions.sessions = values["--sessions"]
    sessionOptions.script = values["--script"]
    sessionOptions.ledger = values["--ledger"]
    sessionOptions.strict = strict
    var command = InspectCommand()
    command.options = options
    command.sessionOptions = sessionOptions
    command.checklist = values["--checklist"]
    command.unit = values["--unit"]
    command.stage = lists["--stage"] ?? []
    command.group = values["--group"]
    command.inspector = lists["--inspector"] ?? []
    command.date = values["--date"]
    command.year = year
    command.lastYear = lists["--last-year"] ?? []
    do {
      try sessionOptions.validate()
      try command.validate()
    } catch {
      return nil  // ArgumentParser reports it, with the usage it prints beside it
    }
    return command
  }
}
