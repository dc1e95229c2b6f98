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
    let listed: Set<String> = ["重复学籍", "无照片", "无身份证号", "问题学籍未处理", "身份证号有误", "其他证件", "学籍号不符"]
    let figures = Figures.registry.filter {
      Self.figuresAskedByHand.contains($0) || session.registry.counts[$0] != nil
    }
    asking: for figure in figures {
      let current = session.registry.counts[figure]
      // 回车保留: Enter keeps a value, and otherwise leaves the figure blank.
      var answer: Int??
      while true {
        answer = askOptionalCount(
          "  " + figure, current: current, offered: nil, source: "",
          limit: figure == "系统班级数" ? Limits.classes : Limits.schoolSize,
          blank: t("（整数，回车=不填）", " (whole number, Enter = leave blank)"))
        guard let typed = answer else { break asking }
        // More students with a problem than the school has registered is surely a slip.
        if let count = typed, figure != "系统学生数", figure != "系统班级数",
          let students = session.registry.counts["系统学生数"], count > students, count != current
        {
          guard
            let sure = askYesNo(
              "  "
                + t(
                  "\(figure) \(count) 比学籍系统学生数 \(students) 还多。确认吗？（是/否，否=重新输入）",
                  "\(figure) \(count) is more than the \(students) students registered. Sure? (yes/no)"
                ))
          else { break asking }
          if !sure { continue }
        }
        break
      }
      guard let typed = answer, let count = typed else { continue }
      let imported = session.registry.imported?.figures.contains(figure) == true
      if imported, let current, count != current {
        guard overrideImported(figure, count, over: current) else { break }
        continue
      }
      session.registry.counts[figure] = count
      if listed.contains(figure), count > 0, !imported {
        // The figure is on disk before its students are asked, as every answer is.
        save()
        let known = session.registry.students[figure]?.joined(separator: "、")
        var students: [String]?
        while students == nil {
          guard
            let text = askText(
              "    " + t("涉及的学生（姓名或身份证号，用、分隔）", "students concerned (names or ID numbers)"),
              fallback: known)
          else { break }
          switch StudentNamesAnswer.read(text, split: names) {
          case .none: students = []
          case .names(let given): students = given
          case .count:
            // The number is the figure above; a student called 2 would be kept in the session.
            console.complain(
              Localized(
                "“\(text)”是人数，\(figure)已记为 \(count)。这里写涉及的学生的姓名或身份证号；不记姓名就按回车。",
                en:
                  "'\(text)' is a number; \(figure) is recorded as \(count). Type the students' names or ID numbers here, or press Enter for none."
              ))
          }
        }
        guard let students else { break }
        for student in students
        where IDNumber.looksLikeIdentifier(student) && !IDNumber.isValid(student)
          && student.count == 18
        {
          console.complain(
            Localized(
              "身份证号 \(IDNumber.mask(student)) 的校验位不对，请核对。",
              en: "ID number \(IDNumber.mask(student)) fails its check digit; please verify."))
        }
        session.registry.students[figure] = students
      }
      save()
    }
    save()
    let summary = Figures.registry.compactMap { name in
      session.registry.counts[name].map { "\(name) \($0)" }
    }
    console.say(t("已记录：", "recorded: ") + summary.joined(separator: "，"))
    reportRescored(before, prefix: "学籍.")
  }
}
