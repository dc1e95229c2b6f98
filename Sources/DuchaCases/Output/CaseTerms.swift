import DuchaChecklist

/// The English of the words the ledger stores in Chinese: the history's actions (`走访`) and
/// the keys of what each change recorded (`走访日期`), which are the ledger's data and stay
/// Chinese in the file, and the labels `ducha cases show` puts before a case's facts. A word
/// not in the table (a history entry written by a later version, or typed into the file by
/// hand) is shown as stored rather than dropped.
public enum CaseTerms {
  /// `word` in `language`: itself in Chinese, its English where the table has one.
  public static func term(_ word: String, _ language: Language) -> String {
    language == .english ? english[word] ?? word : word
  }

  /// Chinese word → English, for actions, detail keys and field labels alike (they share
  /// words: 乡镇 is a label and a key, 报乡镇 an action and a label).
  static let english: [String: String] = [
    // Actions (`CaseAction.name`, and 导入 for the import).
    "导入": "import", "核查": "check", "分配": "assign", "改乡镇": "township",
    "走访": "visit", "限期复学通知": "notice", "逾期": "overdue", "报乡镇": "report",
    "复学销号": "return", "核实": "confirm", "重新打开": "reopen",
    // Keys of what a change recorded.
    "来源": "source", "核查日期": "date checked", "责任学校": "responsible school",
    "包保责任人": "person responsible", "乡镇": "township", "原乡镇": "former township",
    "走访日期": "visit date", "走访人": "visitors", "结果": "outcome", "通知日期": "notice date",
    "复学期限": "due", "记逾期日期": "marked overdue on", "报告日期": "report date",
    "行政处罚决定书": "decision", "复学日期": "return date", "复学学校": "school returned to",
    "班级": "class", "就读地": "studying at", "证明": "proof", "学校": "school", "情况": "situation",
    // Labels of `ducha cases show`.
    "身份证号": "ID number", "性别": "sex", "出生日期": "born", "村（社区）": "village",
    "年级班级": "grade and class", "监护人": "guardian", "联系电话": "phone",
    "家庭住址": "address", "备注": "note", "证明材料": "certificate", "复学": "returned",
    "就读学校": "enrolled at",
    // The sex as the lists write it.
    "男": "male", "女": "female",
  ]
}
