import DuchaSession
import Testing

/// What inspectors write in 问题 and 备注: the texts that name a child get a hint, the texts
/// that only look like names do not.
@Suite struct ChildNameHintTests {
  @Test(arguments: [
    "三年级2班张三、李四籍在人不在，未办理转学手续",  // the 灵璧 walk's problem
    "五年级3班刘小红未到校，家长未说明原因",
    "学生王五已转学，未办理手续",
    "陈晓、黄丽丽未到校",
    "一年级1班欧阳某未建籍，2班赵子龙辍学",
  ])
  func namesAChild(_ text: String) {
    #expect(ChildNameHint.check(text, known: .none) == .unknown, "\(text)")
  }

  @Test(arguments: [
    "三个班点名，五年级3班人籍一致",
    "学籍管理员为兼职，EXCEL不熟练",
    "制度执行记录不全",
    "王老师说周一、周三补课",
    "学生2名籍在人不在，未办理转学手续",
    "高年级、低年级均有学生流失",
    "2班班主任未到，张贴、公示未到位",
    "三年级2班张某某未到校",
    "各班于本周完成核查",
    "经费达标率75%，档案盒、文件柜不足",
  ])
  func namesNoChild(_ text: String) {
    #expect(ChildNameHint.check(text, known: .none) == nil, "\(text)")
  }

  @Test func namesTheRecordsKnowAreReportedByName() {
    let known = StudentNames(["张三", "欧阳小明"])
    #expect(ChildNameHint.check("欧阳小明已去县城读书", known: known) == .known(["欧阳小明"]))
    // A known name counts even where the heuristic would not see it (no class, no list).
    #expect(ChildNameHint.check("据说张三在外地", known: known) == .known(["张三"]))
    #expect(ChildNameHint.check("张庄小学转入2人", known: StudentNames(["张庄"])) == nil)
  }
}
