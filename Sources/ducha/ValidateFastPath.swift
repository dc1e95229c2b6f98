/// `ducha validate FILE…` read from a plain command line without ArgumentParser.
///
/// ArgumentParser's parse of the whole command tree cost every `validate` about 17 million
/// instructions (`callgrind` of the release binary), as much as validating a 0.1 MB checklist:
/// the 20 MB/s of issue 13 was missed on small files by that alone. The plain form — the word
/// `validate` and then paths, none starting with `-` — is read here; anything else (`--lang`,
/// `--help`, no path at all, `--`) goes through ArgumentParser, which gives the same help and
/// errors as before. `ValidateFastPathTests` holds every result to ArgumentParser's.
enum ValidateFastPath {
  /// The command ArgumentParser would parse from `arguments` (the command line without the
  /// program's name), or nil when the line is not of the plain form.
  static func command(_ arguments: [String]) -> ValidateCommand? {
    guard arguments.first == "validate", arguments.count > 1 else { return nil }
    let files = Array(arguments.dropFirst())
    // `help` is a word ArgumentParser may read as a request for help, not as a file.
    guard files.allSatisfy({ !$0.isEmpty && !$0.hasPrefix("-") && $0 != "help" }) else {
      return nil
    }
    // Every property set, as ArgumentParser's parse sets them: an option never assigned in an
    // instance made by `init()` traps when read.
    var options = CommonOptions()
    options.lang = nil
    options.checklists = nil
    var command = ValidateCommand()
    command.options = options
    command.files = files
    return command
  }
}
