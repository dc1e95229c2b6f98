import DuchaChecklist
import DuchaSession

extension InspectionREPL {
  /// The figures the inspector reads off the registry system by hand; the others come from an
  /// imported export and are asked only once they have a value.
  static let figuresAskedByHand: Set<String> = [
    "系统班级数", "系统学生数", "重复学籍", "无照片", "无身份证号", "问题学籍未处理",
  ]

  /// 学籍系统核查: the counts found in the registry system, with the students concerned. A
  /// figure computed from an imported export can be changed only with a reason.
  func registryFlow() {
    let before = boundScores(prefix: "学籍.")
    console.say(
      t("学籍系统核查（回车保留原值，Ctrl-D 结束）", "registry check (Enter keeps the value, Ctrl-D stops)"))
    let figures = Figures.registry.filter {
      Self.figuresAskedByHand.contains($0) || session.registry.counts[$0] != nil
    }
    asking: for figure in figures {
      let current = session.registry.counts[figure]
      // 回车保留: Enter keeps a value, and otherwise leaves the figure blank.
      var count: Int?
      while true {
        guard
          let answer = askOptionalCount(
            "  " + figure, current: current, offered: nil, source: "",
            limit: figure == "系统班级数" ? Limits.classes : Limits.schoolSize,
            blank: t("（整数，回车=不填）", " (whole number, Enter = leave blank)"))
        else { break asking }
        guard let typed = answer else { break }
        guard let sure = confirmFigure(figure, typed, current: current) else { break asking }
        if sure {
          count = typed
          break
        }
      }
      guard let count else { continue }
      guard recordFigure(figure, count, current: current) else { break }
    }
    save()
    let summary = Figures.registry.compactMap { name in
      session.registry.counts[name].map { "\(name) \($0)" }
    }
    console.say(t("已记录：", "recorded: ") + summary.joined(separator: "，"))
    reportRescored(before, prefix: "学籍.")
  }
}
