import ArgumentParser
import DuchaChecklist

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
  /// The values of the line, as read.
  private struct Values {
    var lang, checklists, sessions, script, ledger, checklist, unit, group, date, year: String?
    var stage: [String] = []
    var inspector: [String] = []
    var lastYear: [String] = []
    var strict = false

    /// Takes `value` for option `name`; false for an unknown name or a single option repeated.
    /// A `switch` over the names, not a set or dictionary of them: instantiating those generic
    /// types at run time cost more than the whole parse.
    mutating func take(_ name: String, _ value: String) -> Bool {
      switch name {
      case "--lang": return Self.once(&lang, value)
      case "--checklists": return Self.once(&checklists, value)
      case "--sessions": return Self.once(&sessions, value)
      case "--script": return Self.once(&script, value)
      case "--ledger": return Self.once(&ledger, value)
      case "--checklist": return Self.once(&checklist, value)
      case "--unit": return Self.once(&unit, value)
      case "--group": return Self.once(&group, value)
      case "--date": return Self.once(&date, value)
      case "--year": return Self.once(&year, value)
      case "--stage": stage.append(value)
      case "--inspector": inspector.append(value)
      case "--last-year": lastYear.append(value)
      default: return false
      }
      return true
    }

    private static func once(_ slot: inout String?, _ value: String) -> Bool {
      guard slot == nil else { return false }
      slot = value
      return true
    }
  }

  /// The command ArgumentParser would parse and validate from `arguments` (the command line
  /// without the program's name), or nil when the line is not of the plain form.
  static func command(_ arguments: [String]) -> InspectCommand? {
    var rest = arguments[...]
    if rest.first == "inspect" { rest = rest.dropFirst() }
    var values = Values()
    while let name = rest.popFirst() {
      if name == "--strict" {
        guard !values.strict else { return nil }
        values.strict = true
        continue
      }
      guard let value = rest.popFirst(), !value.isEmpty, !value.hasPrefix("-"),
        values.take(name, value)
      else { return nil }
    }
    var year: Int?
    if let text = values.year {
      guard let number = Int(text) else { return nil }
      year = number
    }
    // A `--lang` ArgumentParser's validation refuses is left to it, with its message.
    if let lang = values.lang, Language(option: lang) == nil { return nil }
    var options = CommonOptions()
    options.lang = values.lang
    options.checklists = values.checklists
    var sessionOptions = SessionOptions()
    sessionOptions.sessions = values.sessions
    sessionOptions.script = values.script
    sessionOptions.ledger = values.ledger
    sessionOptions.strict = values.strict
    var command = InspectCommand()
    command.options = options
    command.sessionOptions = sessionOptions
    command.checklist = values.checklist
    command.unit = values.unit
    command.stage = values.stage
    command.group = values.group
    command.inspector = values.inspector
    command.date = values.date
    command.year = year
    command.lastYear = values.lastYear
    do {
      try sessionOptions.validate()
      try command.validate()
    } catch {
      return nil  // ArgumentParser reports it, with the usage it prints beside it
    }
    return command
  }
}
