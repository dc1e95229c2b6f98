import DuchaChecklist
import DuchaSession
import Foundation
import Testing

/// The repository root, found from this file's path so tests run from any directory.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// A decimal from its literal text, so tests never pass through binary floating point.
func d(_ text: String) -> Decimal {
  Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!
}

/// A small valid checklist to create sessions from.
func smallChecklist() throws -> Checklist {
  let text = """
    清单 lingbi-xueji-2021
    标题：灵璧县学籍管理工作专项核查记录表
    对象：学校
    总分：10
    部分 一 学籍管理 10分
    条目 1 人籍一致情况 10分
      录入 人籍不一致人数 计数 默认 点名.人籍不一致
      规则 每例扣分(人籍不一致人数, 每例=0.5)
    """
  let (checklist, diagnostics) = ChecklistLoader.load(
    source: SourceText(file: "small.ducha", text: text))
  #expect(diagnostics.filter { $0.severity == .error }.isEmpty)
  return try #require(checklist)
}

/// A fresh session of 渔沟中学 on 2021-11-05.
func emptySession(
  id: String = "7f3a9c2e", date: String = "2021-11-05", now: String = "2021-11-05T09:12:30+08:00"
) throws -> Session {
  Session(
    id: id, checklist: try smallChecklist(),
    unit: Session.Unit(name: "渔沟中学", kind: .school, stages: [.primary, .junior]),
    group: "第二组", inspectors: ["李明", "王芳"], date: date, year: 2021, now: now)
}

/// A session with something in every field: the example in docs/session-format.md.
func fullSession() throws -> Session {
  var session = try emptySession()
  session.status = .complete
  session.cursor = "5"
  session.answers.values = [
    "人员配备扣分": Answer(.number(d("0.5")), reason: "专人负责，但不熟悉 EXCEL"),
    "小学入学率": Answer(.number(d("99.3"))),
    "专用电脑能上网": Answer(.bool(true)),
    "宣传": Answer(.choice("仅有资料")),
    "已配器材": Answer(.multiple(["激光打印机"])),
    "检查日期": Answer(.date("2021-11-05")),
    "情况说明": Answer(.text("学籍管理员兼任教务")),
    "台账": Answer(.verification(["入学通知书存根": .missing, "辍学学生名册": .incomplete])),
  ]
  session.answers.statuses = ["1.1": .complete]
  session.skipped = ["3"]
  session.notes = [
    "5": [
      ItemNote(kind: .note, text: "三年级2班张三、李四籍在人不在", time: "2021-11-05T10:02:11+08:00"),
      ItemNote(kind: .evidence, text: "IMG_2031.jpg", time: "2021-11-05T10:03:40+08:00"),
    ]
  ]
  session.problems = [
    Problem(
      itemID: "5", description: "人籍不一致 3 人：籍在人不在 2 人，人在籍不在 1 人", time: "2021-11-05T10:05:00+08:00")
  ]
  session.rollCall = twoClasses
  session.registry = RegistryCheck(
    counts: ["系统学生数": 85, "重复学籍": 1, "无照片": 2],
    students: ["重复学籍": [IDNumber.mask("11010519491231002X")]])
  session.verifications = ["huili-taizhang": ["入学通知书存根": .missing, "辍学学生名册": .complete]]
  session.previousValues = ["小学入学率": d("99.6")]
  session.corrections = [
    Correction(
      time: "2021-11-05T11:30:00+08:00", target: "人员配备扣分", before: "1", after: "0.5",
      reason: "复核后确认已有专人负责")
  ]
  session.updatedAt = "2021-11-05T11:30:00+08:00"
  session.saveSequence = 12
  return session
}

/// 三年级2班 and 四年级1班, worked in FiguresTests.
let twoClasses = [
  ClassRollCall(
    grade: "三年级", className: "2班", registered: 45, present: 42, onLeave: 1,
    absentNames: ["张三", "李四"]),
  ClassRollCall(
    grade: "四年级", className: "1班", registered: 40, present: 41, onLeave: 0,
    unregisteredNames: ["王五"]),
]

/// A new empty directory under the system's temporary directory, removed by the caller.
func temporaryDirectory() throws -> String {
  let path = NSTemporaryDirectory() + "ducha-session-tests-" + UUID().uuidString
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

/// The bytes of a file, failing the test when it cannot be read.
func bytes(_ path: String) throws -> Data {
  try #require(FileManager.default.contents(atPath: path))
}
