import DuchaChecklist
import DuchaSession
import Foundation
import Testing

/// Names a session knows, masked where an inspector typed them again in free text, and left
/// alone where the same characters are part of something else.
@Suite struct StudentNamesTests {
  @Test func namesComeFromTheListEntriesAsTyped() {
    #expect(StudentNames.name(in: "张三") == "张三")
    #expect(StudentNames.name(in: "王小明 341323201503080112 三年级1班 名单.csv:8：重复") == "王小明")
    #expect(StudentNames.name(in: "张三341323201005120011") == "张三")
    #expect(StudentNames.name(in: "阿依·买买提") == "阿依·买买提")
    // An ID number alone, a one-character entry and Latin letters name no one to look for.
    #expect(StudentNames.name(in: "341323201005120011") == nil)
    #expect(StudentNames.name(in: "张") == nil)
    #expect(StudentNames.name(in: "Tom") == nil)
  }

  @Test func aNameAfterLeadingSpacesIsFound() {
    #expect(StudentNames.name(in: "  王小明\t341323201503080112") == "王小明")
    #expect(StudentNames.name(in: "\u{3000}李四、张三") == "李四")
    #expect(StudentNames.name(in: " 341323201005120011 张三") == nil)
  }

  @Test func aCompatibilityIdeographIsTheIdeographItStandsFor() {
    // U+F900 is canonically U+8C48 (豈): the same character to a reader, masked alike.
    let names = StudentNames(["\u{8C48}明"])
    #expect(names.mask(in: "\u{F900}明缺课") == "\u{8C48}*缺课")
    #expect(names.mask(in: "学籍管理规范") == "学籍管理规范")
  }

  @Test func theLinbiProblemIsMasked() {
    let names = StudentNames(["张三", "李四"])
    #expect(names.mask(in: "三年级2班张三、李四籍在人不在") == "三年级2班张*、李*籍在人不在")
  }

  @Test func theLongestNameWinsAndCompoundFamilyNamesStay() {
    let names = StudentNames(["欧阳", "欧阳小明", "张三", "张三丰"])
    #expect(names.mask(in: "欧阳小明和张三丰、张三") == "欧阳**和张**、张*")
    #expect(PersonName.mask("欧阳小明") == "欧阳**")
    #expect(PersonName.mask("欧阳") == "欧*")
    #expect(PersonName.mask("李雷") == "李*")
  }

  @Test func placeNamesAndUnitNamesAreNotChildren() {
    let names = StudentNames(["张庄", "李四"], protecting: ["渔沟李四中心校"])
    // 张庄 before 小学 is the school, not the child; the child alone is masked.
    #expect(names.mask(in: "张庄小学转来的张庄未建籍") == "张庄小学转来的张*未建籍")
    #expect(names.mask(in: "张庄村、张庄镇") == "张庄村、张庄镇")
    // A unit's own name is never cut.
    #expect(names.mask(in: "渔沟李四中心校李四未到") == "渔沟李四中心校李*未到")
  }

  @Test func oneCharacterNamesAndUnknownTextStay() {
    let names = StudentNames(["王", "赵六"])
    #expect(names.mask(in: "王老师说赵六已转学") == "王老师说赵*已转学")
    #expect(StudentNames.none.mask(in: "张三未到") == "张三未到")
  }

  @Test func maskingTwiceChangesNothing() {
    let names = StudentNames(["张三", "欧阳小明"])
    let once = names.mask(in: "张三、欧阳小明")
    #expect(names.mask(in: once) == once)
    #expect(names.found(in: "张三、欧阳小明、李四") == ["欧阳小明", "张三"])
  }

  @Test func aSessionMasksTheNamesOfItsRollCallInItsFreeText() throws {
    var session = try emptySession()
    session.rollCall = [
      ClassRollCall(
        grade: "三年级", className: "2班", registered: 45, present: 42, onLeave: 1,
        absentNames: ["张三", "李四"])
    ]
    session.registry.students["重复学籍"] = ["王小明 341323201503080112 三年级1班"]
    session.problems = [Problem(itemID: "5", description: "三年级2班张三、李四籍在人不在", time: "t")]
    session.notes["7"] = [ItemNote(kind: .note, text: "王小明重复建籍", time: "t")]
    let masked = session.maskingPersonalData()
    #expect(masked.problems.first?.description == "三年级2班张*、李*籍在人不在")
    #expect(masked.notes["7"]?.first?.text == "王**重复建籍")
    // The lists keep their names (reports show them as counts; merging compares them).
    #expect(masked.rollCall.first?.absentNames == ["张三", "李四"])
    #expect(masked.registry.students["重复学籍"] == ["王小明 341323***********2 三年级1班"])
    // Names another session of the batch knows are masked too.
    let other = session.maskingPersonalData(names: StudentNames(["赵六"]))
    #expect(other.notes["7"]?.first?.text == "王小明重复建籍")
  }

  /// A union with no names and no words on one side is the other side as it is: building it
  /// again from its names (as `union` did) gives the same value, for names typed with a dot,
  /// after spaces, after a number, in a compatibility ideograph, and words of every length.
  @Test func aUnionWithNothingIsTheNamesAsTheyStand() {
    let entries = [
      "王小明 341323201503080112 三年级1班 名单.csv:8：重复", "阿依·买买提", "  欧阳小明", "张三",
      "\u{F900}山", "张", "Tom", "张三",
    ]
    let words = ["张庄小学", "欧阳小明学校", "学校12", "村"]
    let names = StudentNames(entries, protecting: words)
    let rebuilt = StudentNames(names.names, protecting: words)
    #expect(names == rebuilt)
    #expect(names.union(.none) == rebuilt)
    #expect(StudentNames.none.union(names) == rebuilt)
    let text = "欧阳小明、王小明和张三在张庄小学，\u{F900}山在欧阳小明学校"
    #expect(names.union(.none).mask(in: text) == rebuilt.mask(in: text))
    #expect(names.mask(in: text) == "欧阳**、王**和张*在张庄小学，\u{F900}山在欧阳小明学校")
  }
}
