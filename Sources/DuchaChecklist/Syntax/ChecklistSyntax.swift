import Foundation

/// A `关键词：text` line, kept verbatim.
public struct TextField: Sendable, Equatable {
  /// The keyword before the colon.
  public var keyword: String
  /// Everything after the colon, continuation lines joined with newlines.
  public var text: String
  /// Where the keyword stands.
  public var range: SourceRange
  /// Where the text after the colon starts.
  public var valueRange: SourceRange
}

/// `名单 <名>：甲、乙、丙`.
public struct ListSyntax: Sendable, Equatable {
  /// The list's name.
  public var name: String
  /// The entries with where each stands.
  public var entries: [(String, SourceRange)]
  /// Where the statement starts.
  public var range: SourceRange

  /// Compares the parts that matter for tests (names, values, positions).
  public static func == (lhs: ListSyntax, rhs: ListSyntax) -> Bool {
    lhs.name == rhs.name && lhs.entries.map(\.0) == rhs.entries.map(\.0) && lhs.range == rhs.range
  }
}

/// `年度目标 <名>：2018=99.3，2019=99.6`.
public struct YearTargetSyntax: Sendable, Equatable {
  /// The target's name.
  public var name: String
  /// Year → value, in file order.
  public var values: [(year: Int, value: Decimal)]
  /// Where the statement starts.
  public var range: SourceRange

  /// Compares the parts that matter for tests (names, values, positions).
  public static func == (lhs: YearTargetSyntax, rhs: YearTargetSyntax) -> Bool {
    lhs.name == rhs.name && lhs.values.map(\.year) == rhs.values.map(\.year)
      && lhs.values.map(\.value) == rhs.values.map(\.value)
  }
}

/// `指标 <名> = <公式>`.
public struct IndicatorSyntax: Sendable, Equatable {
  /// The indicator's name.
  public var name: String
  /// The formula.
  public var formula: Expression
  /// The formula as the clerk wrote it, for display.
  public var source: String
  /// Where the statement starts.
  public var range: SourceRange
}

/// `录入 <名> <类型> …`.
public struct InputSyntax: Sendable, Equatable {
  /// The input's name.
  public var name: String
  /// The type keyword, e.g. `计数`.
  public var type: String
  /// Where the type keyword stands.
  public var typeRange: SourceRange
  /// `范围 a..b`.
  public var bounds: (Decimal?, Decimal?)?
  /// `选项 [...]`.
  public var options: Expression?
  /// `名单 X`.
  public var listName: (String, SourceRange)?
  /// `默认 <公式>`.
  public var defaultValue: Expression?
  /// `提示 "…"`.
  public var prompt: String?
  /// `越界提示 "…"`.
  public var rangeMessage: String?
  /// `步长 0.1`: the grid a score must lie on.
  public var step: Decimal?
  /// Where the statement starts.
  public var range: SourceRange

  /// Compares the parts that matter for tests (names, values, positions).
  public static func == (lhs: InputSyntax, rhs: InputSyntax) -> Bool {
    lhs.name == rhs.name && lhs.type == rhs.type && lhs.range == rhs.range
  }
}

/// A `部分`, `条目` or `小项` header with what belongs to it.
///
/// Its fields live in one shared, copy-on-write box: validation walks every item several
/// times, and copying the value copied (retained and later released) each of its ten fields,
/// where a copy of the box is one reference (callgrind, 2.02 MB generated checklist: about
/// 30M of 544M instructions went to copying and destroying items).
public struct ItemSyntax: Sendable, Equatable {
  /// `部分`, `条目` or `小项`.
  public var keyword: String {
    get { storage.keyword }
    _modify {
      makeUnique()
      yield &storage.keyword
    }
  }
  /// The id, unique in the file.
  public var id: String {
    get { storage.id }
    _modify {
      makeUnique()
      yield &storage.id
    }
  }
  /// The title.
  public var title: String {
    get { storage.title }
    _modify {
      makeUnique()
      yield &storage.title
    }
  }
  /// The points, when written.
  public var points: Decimal? {
    get { storage.points }
    _modify {
      makeUnique()
      yield &storage.points
    }
  }
  /// Where the header starts.
  public var range: SourceRange {
    get { storage.range }
    _modify {
      makeUnique()
      yield &storage.range
    }
  }
  /// `要求：`, `赋分：`, `办法：`, `说明：` lines.
  public var texts: [TextField] {
    get { storage.texts }
    _modify {
      makeUnique()
      yield &storage.texts
    }
  }
  /// `适用：<条件>`.
  public var applicability: Expression? {
    get { storage.applicability }
    _modify {
      makeUnique()
      yield &storage.applicability
    }
  }
  /// `录入` lines.
  public var inputs: [InputSyntax] {
    get { storage.inputs }
    _modify {
      makeUnique()
      yield &storage.inputs
    }
  }
  /// `规则` lines.
  public var rules: [Expression] {
    get { storage.rules }
    _modify {
      makeUnique()
      yield &storage.rules
    }
  }
  /// Items of a section, or parts of an item.
  public var children: [ItemSyntax] {
    get { storage.children }
    _modify {
      makeUnique()
      yield &storage.children
    }
  }

  private var storage: Storage

  /// Creates a heading with what belongs to it.
  public init(
    keyword: String, id: String, title: String, points: Decimal?, range: SourceRange,
    texts: [TextField] = [], applicability: Expression? = nil, inputs: [InputSyntax] = [],
    rules: [Expression] = [], children: [ItemSyntax] = []
  ) {
    storage = Storage(
      keyword: keyword, id: id, title: title, points: points, range: range, texts: texts,
      applicability: applicability, inputs: inputs, rules: rules, children: children)
  }

  /// Gives this value a box of its own before a change, when the box is shared.
  private mutating func makeUnique() {
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
  }

  /// Compares every field, as the synthesized `==` did.
  public static func == (lhs: ItemSyntax, rhs: ItemSyntax) -> Bool {
    if lhs.storage === rhs.storage { return true }
    let (a, b) = (lhs.storage, rhs.storage)
    return a.keyword == b.keyword && a.id == b.id && a.title == b.title && a.points == b.points
      && a.range == b.range && a.texts == b.texts && a.applicability == b.applicability
      && a.inputs == b.inputs && a.rules == b.rules && a.children == b.children
  }

  /// The fields. Shared between copies and changed only through a box no other value holds
  /// (`makeUnique`), so a box that is read on several threads is never written. Every change
  /// goes through an access to the `ItemSyntax` value itself, which Swift already holds to
  /// exclusive access; the runtime's second check on the box's field, at every yield, cost as
  /// much as the copies the box saves.
  private final class Storage: @unchecked Sendable {
    @exclusivity(unchecked) var keyword: String
    @exclusivity(unchecked) var id: String
    @exclusivity(unchecked) var title: String
    @exclusivity(unchecked) var points: Decimal?
    @exclusivity(unchecked) var range: SourceRange
    @exclusivity(unchecked) var texts: [TextField]
    @exclusivity(unchecked) var applicability: Expression?
    @exclusivity(unchecked) var inputs: [InputSyntax]
    @exclusivity(unchecked) var rules: [Expression]
    @exclusivity(unchecked) var children: [ItemSyntax]

    init(
      keyword: String, id: String, title: String, points: Decimal?, range: SourceRange,
      texts: [TextField], applicability: Expression?, inputs: [InputSyntax],
      rules: [Expression], children: [ItemSyntax]
    ) {
      self.keyword = keyword
      self.id = id
      self.title = title
      self.points = points
      self.range = range
      self.texts = texts
      self.applicability = applicability
      self.inputs = inputs
      self.rules = rules
      self.children = children
    }

    func copy() -> Storage {
      Storage(
        keyword: keyword, id: id, title: title, points: points, range: range, texts: texts,
        applicability: applicability, inputs: inputs, rules: rules, children: children)
    }
  }
}

/// A `样例` block.
public struct SampleSyntax: Sendable, Equatable {
  /// One `设`, `同批` or `期望` line.
  public struct Line: Sendable, Equatable {
    /// The target name or id.
    public var target: String
    /// The value.
    public var value: Expression
    /// Where the line starts.
    public var range: SourceRange
  }

  /// The sample's name.
  public var name: String
  /// Where the block starts.
  public var range: SourceRange
  /// `学段：` inside the sample.
  public var stages: (String, SourceRange)?
  /// `年度：` inside the sample.
  public var year: (Int, SourceRange)?
  /// `设` lines.
  public var assignments: [Line] = []
  /// `同批` lines.
  public var cohort: [Line] = []
  /// `期望` lines.
  public var expectations: [Line] = []

  /// Compares the parts that matter for tests (names, values, positions).
  public static func == (lhs: SampleSyntax, rhs: SampleSyntax) -> Bool {
    lhs.name == rhs.name && lhs.range == rhs.range && lhs.assignments == rhs.assignments
      && lhs.expectations == rhs.expectations
  }
}

/// The whole file as written: the parser's output and the validator's input.
public struct ChecklistSyntax: Sendable, Equatable {
  /// The file path.
  public var file: String
  /// `清单 <编号>`.
  public var id: (String, SourceRange)?
  /// Header text fields (`标题：`, `对象：` …).
  public var header: [TextField] = []
  /// `名单` statements.
  public var lists: [ListSyntax] = []
  /// `年度目标` statements.
  public var yearTargets: [YearTargetSyntax] = []
  /// `指标` statements.
  public var indicators: [IndicatorSyntax] = []
  /// `结果` statements.
  public var outcomes: [Expression] = []
  /// `部分` blocks.
  public var sections: [ItemSyntax] = []
  /// `样例` blocks.
  public var samples: [SampleSyntax] = []

  /// Creates an empty tree for `file`.
  public init(file: String) {
    self.file = file
  }

  /// Compares the parts that matter for tests (names, values, positions).
  public static func == (lhs: ChecklistSyntax, rhs: ChecklistSyntax) -> Bool {
    lhs.file == rhs.file && lhs.id?.0 == rhs.id?.0 && lhs.header == rhs.header
      && lhs.sections == rhs.sections && lhs.samples == rhs.samples
  }
}
