import DuchaChecklist
import DuchaSession
import Foundation
import Testing

@Suite struct FiguresTests {
  @Test func rollCallTotals() throws {
    var session = try emptySession()
    session.rollCall = twoClasses
    let figures = session.figures

    #expect(figures["点名.班级数"] == 2)
    #expect(figures["点名.学籍人数"] == 85)  // 45 + 40
    #expect(figures["点名.实到人数"] == 83)  // 42 + 41
    #expect(figures["点名.请假人数"] == 1)  // 1 + 0
    #expect(figures["点名.实有人数"] == 84)  // (42 + 1) + (41 + 0)
    #expect(figures["点名.籍在人不在"] == 2)  // 张三、李四 in 三年级2班 (45 − 43 = 2)
    #expect(figures["点名.人在籍不在"] == 1)  // 王五 in 四年级1班 (41 − 40 = 1)
    #expect(figures["点名.人籍不一致"] == 3)  // 2 + 1
    // Every roll-call figure but the two whole-school ones, which are recorded apart.
    #expect(figures.keys.filter { $0.hasPrefix("点名.") }.count == Figures.rollCall.count - 2)
  }

  /// 实到 9223372036854775807 in two classes used to trap in the sums (issue 7): a damaged or
  /// hand-edited file must not trap; its counts are out of the sane range (a class of more than
  /// 10,000), so they are reported (`figureFindings`) and the 点名 figures left out, never scored.
  @Test func hugeCountsFromADamagedFileDoNotTrap() throws {
    var session = try emptySession()
    let huge = ClassRollCall(
      grade: "三年级", className: "2班", registered: 45, present: Int.max, onLeave: Int.max)
    session.rollCall = [huge, huge]
    let figures = session.figures
    #expect(figures["点名.实到人数"] == nil)
    #expect(figures["点名.学籍人数"] == nil)
    #expect(session.figureFindings.map(\.field).first == "rollCall[0].present")
    #expect(huge.actual == Int.max / 2, "saturates instead of trapping")
    #expect(!huge.addsUp)
  }

  @Test func wholeSchoolFiguresAreApartFromTheClassesCalled() throws {
    var session = try emptySession()
    session.rollCall = twoClasses
    #expect(session.figures["点名.全校班级数"] == nil, "not recorded, not guessed")
    session.wholeSchool = WholeSchool(classes: 18, students: 890)
    #expect(session.figures["点名.班级数"] == 2)
    #expect(session.figures["点名.全校班级数"] == 18)
    #expect(session.figures["点名.全校在校生数"] == 890)
  }

  @Test func perClassArithmetic() {
    let third = twoClasses[0]
    #expect(third.label == "三年级2班")
    #expect(third.actual == 43)  // 42 + 1
    #expect(third.difference == -2)  // 43 − 45
    #expect(third.absentCount == 2)
    #expect(third.unregisteredCount == 0)
    let fourth = twoClasses[1]
    #expect(fourth.actual == 41)
    #expect(fourth.difference == 1)  // 41 − 40
    #expect(fourth.absentCount == 0)
    #expect(fourth.unregisteredCount == 1)
  }

  @Test func countsDefaultToTheArithmeticGapWithoutNames() {
    // 45 − (40 + 2) = 3 missing.
    let short = ClassRollCall(
      grade: "五年级", className: "3班", registered: 45, present: 40, onLeave: 2)
    #expect(short.absentCount == 3)
    #expect(short.unregisteredCount == 0)
    // 30 − (32 + 0) = −2: two children in class who are not on the register.
    let over = ClassRollCall(grade: "一年级", className: "1班", registered: 30, present: 32, onLeave: 0)
    #expect(over.absentCount == 0)
    #expect(over.unregisteredCount == 2)
    // Names beyond the gap: one missing and one extra cancel out in the totals, yet both count.
    let swapped = ClassRollCall(
      grade: "六年级", className: "2班", registered: 45, present: 44, onLeave: 1,
      absentNames: ["赵六"], unregisteredNames: ["孙七"])
    #expect(swapped.absentCount == 1)
    #expect(swapped.unregisteredCount == 1)
    // Counts given explicitly win.
    let explicit = ClassRollCall(
      grade: "二年级", className: "1班", registered: 45, present: 40, onLeave: 2, absentCount: 1,
      unregisteredCount: 4)
    #expect(explicit.absentCount == 1)
    #expect(explicit.unregisteredCount == 4)
  }

  @Test func noRollCallNoRollCallFigures() throws {
    let figures = try emptySession().figures
    #expect(figures.isEmpty)
    #expect(figures["点名.人籍不一致"] == nil)  // pending, never a silent 0
  }

  @Test func registryCountsMapToRegistryFigures() throws {
    var session = try emptySession()
    session.registry = RegistryCheck(
      counts: ["系统班级数": 12, "系统学生数": 530, "重复学籍": 1, "无照片": 0],
      students: ["重复学籍": ["G110105***********X"]])
    let figures = session.figures
    #expect(figures["学籍.系统班级数"] == 12)
    #expect(figures["学籍.系统学生数"] == 530)
    #expect(figures["学籍.重复学籍"] == 1)
    #expect(figures["学籍.无照片"] == 0)
    #expect(figures["学籍.无身份证号"] == nil)
    #expect(figures.count == 4)
  }

  @Test func verificationsMapToCounts() throws {
    var session = try emptySession()
    session.verifications = [
      "huili-taizhang": ["入学通知书存根": .missing, "辍学学生名册": .complete, "劝返记录卡": .incomplete],
      "jiudian-dangan": ["控辍档案": .missing, "家访记录": .complete, "会议记录": .complete],
    ]
    let figures = session.figures
    #expect(figures["核验.齐全"] == 3)
    #expect(figures["核验.缺失"] == 2)
    #expect(figures["核验.不全"] == 1)
    #expect(figures["核验.问题数"] == 3)  // 2 缺失 + 1 不全
  }

  @Test func previousValuesMapToLastYear() throws {
    var session = try emptySession()
    session.previousValues = ["小学入学率": d("99.6"), "辍学人数": 2]
    let figures = session.figures
    #expect(figures["上年.小学入学率"] == d("99.6"))
    #expect(figures["上年.辍学人数"] == 2)
    #expect(figures.count == 2)
  }

  @Test func evaluationAnswersKeepRecordedFigures() throws {
    var session = try emptySession()
    session.rollCall = twoClasses
    session.answers.figures["点名.人籍不一致"] = 5  // recorded by hand: wins over the derived 3
    session.answers.values["宣传"] = Answer(.choice("仅有资料"))

    let answers = session.evaluationAnswers

    #expect(answers.figures["点名.人籍不一致"] == 5)
    #expect(answers.figures["点名.籍在人不在"] == 2)  // derived, nothing recorded
    #expect(answers.figures["点名.学籍人数"] == 85)
    #expect(answers.values == session.answers.values)
    #expect(session.answers.figures.count == 1)  // the session itself is unchanged
  }
}
