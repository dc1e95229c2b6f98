/// The functions a formula may call. Their arguments are never named, so `x = y` inside
/// them is a comparison; rules and results (`规则`, `结果`) are the calls with named parameters.
enum FormulaFunctions {
  /// Numbers in, a number out.
  static let arithmetic: Set<String> = ["最小", "最大", "绝对值"]
  /// `四舍五入(x, 位数)`, `向上取整(x, 位数)`, `向下取整(x, 位数)`; 位数 defaults to 0.
  static let rounding: Set<String> = ["四舍五入", "向上取整", "向下取整"]
  /// Values across every unit of the batch (same checklist, year, 学段, plan): 待全体 until
  /// the batch is complete, resolved in `ducha summary`.
  static let cohort: Set<String> = ["全体平均", "全体合计", "全体最高", "全体最低"]
  /// `选中数(多选录入)`: how many entries were ticked.
  static let count = "选中数"
  /// `平方根(x, 位数)`: the square root rounded half up to 位数 places. A root is seldom a
  /// terminating decimal, so the form must say how many places it keeps (差异系数 “求平方根”).
  static let root = "平方根"

  /// Every function name.
  static let names: Set<String> = arithmetic.union(rounding).union(cohort).union(["若", count, root])
  /// `names` asked by bytes (`NameSet`), once per call in every formula.
  static let nameSet = NameSet(Array(names))

  /// For messages: every function as a clerk writes it.
  static let catalogue =
    "最小(a, b, …)、最大(a, b, …)、绝对值(x)、若(条件, 是时, 否时)、四舍五入(x, 位数)、向上取整(x, 位数)、向下取整(x, 位数)、平方根(x, 位数)、选中数(多选录入项)、全体平均(x)、全体合计(x)、全体最高(x)、全体最低(x)"
}
