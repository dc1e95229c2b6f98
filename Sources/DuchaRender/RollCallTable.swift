import DuchaChecklist
import DuchaSession
import DuchaTerminal

/// Renders roll calls per class with the differences and a total row. Names are shown; ID
/// numbers typed in place of names are masked.
public enum RollCallTable {
  /// The roll-call table.
  public static func format(
    _ classes: [ClassRollCall], language: Language = .chinese, width: Int = 80
  ) -> String {
    let zh = language == .chinese
    var table = TextTable(columns: [
      TextTable.Column(zh ? "班级" : "class"),
      TextTable.Column(zh ? "学籍" : "reg.", alignment: .right, wraps: false),
      TextTable.Column(zh ? "实到" : "pres.", alignment: .right, wraps: false),
      TextTable.Column(zh ? "请假" : "leave", alignment: .right, wraps: false),
      TextTable.Column(zh ? "实有" : "actual", alignment: .right, wraps: false),
      TextTable.Column(zh ? "差额" : "diff", alignment: .right, wraps: false),
      TextTable.Column(zh ? "籍在人不在" : "absent", alignment: .right, wraps: false),
      TextTable.Column(zh ? "人在籍不在" : "unreg.", alignment: .right, wraps: false),
    ])
    func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }
    for entry in classes {
      table.rows.append([
        entry.label, "\(entry.registered)", "\(entry.present)", "\(entry.onLeave)",
        "\(entry.actual)",
        signed(entry.difference), "\(entry.absentCount)", "\(entry.unregisteredCount)",
      ])
    }
    let total = { (value: (ClassRollCall) -> Int) in classes.saturatingSum(value) }
    table.rows.append([
      zh ? "合计 \(classes.count) 个班" : "\(classes.count) classes", "\(total(\.registered))",
      "\(total(\.present))",
      "\(total(\.onLeave))", "\(total(\.actual))", signed(total(\.difference)),
      "\(total(\.absentCount))",
      "\(total(\.unregisteredCount))",
    ])
    var lines = [table.render(maxWidth: width)]
    for entry in classes {
      if !entry.absentNames.isEmpty {
        lines.append(
          "\(entry.label) " + (zh ? "籍在人不在：" : "absent: ")
            + entry.absentNames.map(IDNumber.mask).joined(separator: "、"))
      }
      if !entry.unregisteredNames.isEmpty {
        lines.append(
          "\(entry.label) " + (zh ? "人在籍不在：" : "unregistered: ")
            + entry.unregisteredNames.map(IDNumber.mask).joined(separator: "、"))
      }
    }
    return lines.joined(separator: "\n")
  }
}
