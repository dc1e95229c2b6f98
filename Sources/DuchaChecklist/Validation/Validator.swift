import Foundation

/// Turns a syntax tree into a `Checklist`, reporting every problem it finds.
///
/// Checks, in order: the header; names declared once; inputs well-formed; every name a
/// formula, condition or rule reads is declared; rule arguments match the catalogue and the
/// input types; points add up; year targets cover the assessment years; samples refer to
/// real items and give well-typed values.
public struct Validator {
  var tree: ChecklistSyntax
  var diagnostics: [Diagnostic] = []
  var checklist: Checklist
  /// Item, section and derived names for the sample checks (filled by `buildSamples`).
  var sampleTargets = SampleTargets()
  /// Whether `分值` (the item's points) may be read: inside a 规则 only.
  var allowItemPoints = false
  /// `换算` results written so far (usable by later results) and all of them (for messages).
  var earlierResults: Set<String> = []
  var allResults: Set<String> = []
  /// Inputs whose declaration was reported and left out: a rule that reads one is not also
  /// told the input is undefined.
  var inputsWithErrors: Set<String> = []
  /// The texts of the numbers written back into rule sources so far (`buildRules`).
  var numberTexts = NumberTexts()

  /// Whether the last passes of a large form may run on two cores (`checkAndBuildSamples`);
  /// tests turn it off to hold the two ways to each other.
  var runsTailInParallel = true

  /// Whether the checklist is wanted, or only the diagnostics (`ducha validate`, which prints
  /// them and discards the checklist). Without it the parts of the checklist no check reads are
  /// left out: the rules' source texts, the item texts, the samples' answers and the name
  /// table, a twentieth of checking a large file. `CheckOnlyTests` holds the diagnostics to
  /// the full validation's.
  var buildsModel = true

  /// Validates `tree`; the checklist is nil when there are errors.
  public static func validate(_ tree: ChecklistSyntax) -> (Checklist?, [Diagnostic]) {
    validate(tree, tailInParallel: true)
  }

  /// `validate(_:)`, with the last passes on one core when `tailInParallel` is false. Without
  /// `buildsModel` only the diagnostics are exact: the checklist lacks what no check reads
  /// (see `buildsModel`) and is only to be released.
  static func validate(_ tree: ChecklistSyntax, tailInParallel: Bool, buildsModel: Bool = true)
    -> (Checklist?, [Diagnostic])
  {
    // Without a 清单 line the file is not a checklist; the parser said so, and listing every
    // missing header field as well would bury that one useful message.
    guard tree.id != nil else { return (nil, []) }
    var validator = Validator(tree: tree)
    validator.runsTailInParallel = tailInParallel
    validator.buildsModel = buildsModel
    validator.run()
    guard !validator.diagnostics.hasErrors else { return (nil, validator.diagnostics) }
    // The names are final: the evaluator's one-lookup table of them (`NameTable`).
    if buildsModel { validator.checklist.names = NameTable(validator.checklist) }
    return (validator.checklist, validator.diagnostics)
  }

  private init(tree: ChecklistSyntax) {
    self.tree = tree
    var items: [ItemSyntax] = []
    for section in tree.sections {
      for item in section.children {
        items.append(item)
        items.append(contentsOf: item.children)
      }
    }
    self.itemSyntaxList = items
    self.checklist = Checklist(
      id: tree.id?.0 ?? "", title: "", issuer: nil, documentNumber: nil, year: nil,
      assessmentYears: nil, unitKind: .school, stages: Stage.compulsory, totalPoints: 0,
      kind: .scoring,
      inapplicablePolicy: .exclude, notes: [], lists: [:], yearTargets: [:], indicators: [:],
      sections: [], outcomes: [], samples: [], inputs: [:], inputOrder: [], file: tree.file)
  }

  private mutating func run() {
    validateHeader()
    declareLists()
    declareYearTargets()
    declareIndicators()
    declareItems()
    checkNames()
    checkListConditions()
    buildRules()
    buildOutcomes()
    checkAndBuildSamples()
  }

  /// Records a problem from the stage's catalogue (`ValidationErrors`).
  mutating func report(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  // MARK: - Declarations

  private mutating func declareLists() {
    for list in tree.lists {
      guard checklist.lists[list.name] == nil else {
        duplicate(Localized("名单", en: "list"), list.name, list.range)
        continue
      }
      let names = list.entries.map { declareEntry($0.0, $0.1, of: list.name) }
      checklist.lists[list.name] = names
      checkEntryPoints(of: list.name, names, list.entries)
    }
  }

  private mutating func declareYearTargets() {
    for target in tree.yearTargets {
      guard checklist.yearTargets[target.name] == nil else {
        duplicate(Localized("年度目标", en: "year target"), target.name, target.range)
        continue
      }
      checklist.yearTargets[target.name] = Dictionary(target.values.map { ($0.year, $0.value) }) {
        a, _ in a
      }
    }
  }

  private mutating func declareIndicators() {
    for indicator in tree.indicators {
      guard checklist.indicators[indicator.name] == nil,
        checklist.yearTargets[indicator.name] == nil
      else {
        duplicate(Localized("指标", en: "indicator"), indicator.name, indicator.range)
        continue
      }
      checklist.indicators[indicator.name] = Indicator(
        name: indicator.name, formula: indicator.formula, source: indicator.source)
    }
  }

  /// An input takes the name of an indicator or a year target: the name table reads the
  /// input first, so the other would be dropped without a word. The other's line is looked up
  /// only when there is such a clash.
  private mutating func reportHiddenName(_ input: InputSyntax) {
    if !checklist.indicators.isEmpty, checklist.indicators[input.name] != nil {
      let line = tree.indicators.first { $0.name == input.name }?.range.start.line ?? 0
      report(
        ValidationErrors.inputHidesIndicator(
          name: "\(input.name)", otherLine: line, input.range.start))
    } else if !checklist.yearTargets.isEmpty, checklist.yearTargets[input.name] != nil {
      let line = tree.yearTargets.first { $0.name == input.name }?.range.start.line ?? 0
      report(
        ValidationErrors.inputHidesYearTarget(
          name: "\(input.name)", otherLine: line, input.range.start))
    }
  }

  mutating func duplicate(_ what: Localized, _ name: String, _ range: SourceRange) {
    report(
      ValidationErrors.definedTwice(
        whatZh: "\(what.zh)", name: "\(name)", whatEn: "\(what.en)", range.start))
  }

  private mutating func declareItems() {
    // Room for every id and input at once: growing the set and the dictionary rehashed them a
    // dozen times on a large form.
    var ids = Set<String>(minimumCapacity: tree.sections.count + itemSyntaxes.count)
    let inputCount = itemSyntaxes.reduce(0) { $0 + $1.inputs.count }
    checklist.inputs.reserveCapacity(inputCount)
    checklist.inputOrder.reserveCapacity(inputCount)
    for sectionSyntax in tree.sections {
      if !ids.insert(sectionSyntax.id).inserted {
        duplicate(Localized("编号", en: "id"), sectionSyntax.id, sectionSyntax.range)
      }
      var section = Section(
        id: sectionSyntax.id, title: sectionSyntax.title, points: sectionSyntax.points,
        notes: sectionSyntax.texts.filter { InertText.equal($0.keyword, "说明") }.map(\.text),
        items: [], isBonus: InertText.equal(sectionSyntax.keyword, "加分项"))
      requirePoints(sectionSyntax)
      for itemSyntax in sectionSyntax.children {
        var item = makeItem(itemSyntax, section: section.id, parent: nil, ids: &ids)
        item.parts = itemSyntax.children.map {
          makeItem($0, section: section.id, parent: item.id, ids: &ids)
        }
        section.items.append(item)
      }
      checklist.sections.append(section)
    }
    if tree.sections.isEmpty, let id = tree.id {
      report(ValidationErrors.noSections(id.1.start))
    }
  }

  private mutating func requirePoints(_ syntax: ItemSyntax) {
    if checklist.kind == .scoring, syntax.points == nil {
      report(
        ValidationErrors.missingPoints(
          keyword: "\(syntax.keyword)", id: "\(syntax.id)", title: "\(syntax.title)",
          syntax.range.start))
    }
  }

  private mutating func makeItem(
    _ syntax: ItemSyntax, section: String, parent: String?, ids: inout Set<String>
  ) -> Item {
    if !ids.insert(syntax.id).inserted {
      duplicate(Localized("编号", en: "id"), syntax.id, syntax.range)
    }
    requirePoints(syntax)
    // The text fields in one pass over the lines (one pass per field and one for the notes
    // compared every line four times). `InertText.equal` is `==` without normalizing the
    // Chinese keywords; a field's lines are joined as they are found.
    var requirement: String?
    var scoringText: String?
    var method: String?
    var notes: [String] = []
    func join(_ joined: inout String?, _ text: String) {
      if joined == nil {
        joined = text
      } else {
        joined?.append("\n")
        joined?.append(text)
      }
    }
    for field in syntax.texts where buildsModel {
      if InertText.equal(field.keyword, "要求") {
        join(&requirement, field.text)
      } else if InertText.equal(field.keyword, "赋分") {
        join(&scoringText, field.text)
      } else if InertText.equal(field.keyword, "办法") {
        join(&method, field.text)
      } else if InertText.equal(field.keyword, "说明") {
        notes.append(field.text)
      }
    }
    for input in syntax.inputs {
      guard let built = makeInput(input, itemID: syntax.id) else {
        inputsWithErrors.insert(input.name)
        continue
      }
      // One lookup instead of a test and an insert (each hashed the Chinese name through
      // its normalized form): the default is stored only when the name is new.
      var isNew = false
      Self.touch(
        &checklist.inputs[
          input.name,
          default: {
            isNew = true
            return built
          }()])
      guard isNew else {
        duplicate(Localized("录入项", en: "input"), input.name, input.range)
        continue
      }
      reportHiddenName(input)
      checklist.inputOrder.append(input.name)
    }
    return Item(
      id: syntax.id, title: syntax.title, points: syntax.points, requirement: requirement,
      scoringText: scoringText, method: method, notes: notes,
      applicability: syntax.applicability, inputNames: syntax.inputs.map(\.name), rules: [],
      parts: [], sectionID: section, parentID: parent, location: syntax.range.start)
  }

  /// Reaches a dictionary entry through its `default:` subscript, which stores the default
  /// when the key is missing, and changes nothing else.
  private static func touch(_ value: inout Input) {}

  /// The syntax of every item and part, for passes that revisit them (listed once: the tree
  /// does not change during validation, and rebuilding the list cost a copy of every item per
  /// pass).
  var itemSyntaxes: [ItemSyntax] { itemSyntaxList }
  private let itemSyntaxList: [ItemSyntax]

  /// Sets the rules of every item and part from `rulesByID`, in one pass over the checklist
  /// (looking each item up by walking the sections made validation quadratic in the items).
  mutating func setRules(_ rulesByID: [String: [Rule]]) {
    for s in checklist.sections.indices {
      for i in checklist.sections[s].items.indices {
        if let rules = rulesByID[checklist.sections[s].items[i].id] {
          checklist.sections[s].items[i].rules = rules
        }
        for p in checklist.sections[s].items[i].parts.indices {
          if let rules = rulesByID[checklist.sections[s].items[i].parts[p].id] {
            checklist.sections[s].items[i].parts[p].rules = rules
          }
        }
      }
    }
  }
}
