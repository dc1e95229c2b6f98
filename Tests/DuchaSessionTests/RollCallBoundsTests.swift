import DuchaSession
import Testing

/// A class of 45 on the register, 41 there and 1 on leave: 50 籍在人不在 and 47 人在籍不在 add up
/// (45 − 50 + 47 = 42) but cannot be, and scored 97 cases of 人籍不一致.
@Suite struct RollCallBoundsTests {
  @Test func countsBeyondTheClassAreImpossibleThoughTheyAddUp() {
    let wrong = ClassRollCall(
      grade: "三年级", className: "2班", registered: 45, present: 41, onLeave: 1, absentCount: 50,
      unregisteredCount: 47)
    #expect(wrong.addsUp)
    #expect(wrong.impossibleCount?.zh == "籍在人不在 50 人，多于学籍人数 45 人。")
    let extra = ClassRollCall(
      grade: "三年级", className: "2班", registered: 0, present: 2, onLeave: 1, absentCount: 0,
      unregisteredCount: 3)
    #expect(extra.impossibleCount == nil)
    let tooMany = ClassRollCall(
      grade: "三年级", className: "2班", registered: 10, present: 2, onLeave: 1, absentCount: 11,
      unregisteredCount: 4)
    #expect(tooMany.addsUp)
    #expect(tooMany.impossibleCount?.zh == "籍在人不在 11 人，多于学籍人数 10 人。")
    let right = ClassRollCall(
      grade: "三年级", className: "2班", registered: 45, present: 41, onLeave: 1, absentCount: 3,
      unregisteredCount: 0)
    #expect(right.impossibleCount == nil)
  }
}
