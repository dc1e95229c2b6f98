import DuchaChecklist
import Testing

/// `ducha summary|report|sheet|problems build --checklist NAME` chose among a folder's
/// checklists by a rule of its own (the id, or the beginning of the file name) and kept every
/// match of an ambiguous beginning: `--checklist huili` summarised six forms at once, while
/// `ducha show huili` lists them. Both now follow `ChecklistNaming`: a whole id, file name or
/// title names its checklist; else the beginning of one, and several are listed, not all taken.
@Suite struct ChecklistNamingTests {
  static let bundled = BundledChecklists.files.compactMap { $0.load().0 }

  func choose(_ typed: String) -> ChecklistNaming {
    ChecklistNaming.choose(typed, among: Self.bundled)
  }

  @Test func aWholeIdFileNameOrTitleNamesItsChecklist() {
    let lingbi = ChecklistNaming(ids: ["lingbi-xueji-2021"], byBeginning: false)
    #expect(choose("lingbi-xueji-2021") == lingbi)
    #expect(choose("lingbi-xueji") == lingbi)
    #expect(choose("lingbi-xueji.ducha") == lingbi)
    #expect(choose("灵璧县学籍管理工作专项核查记录表") == lingbi)
  }

  @Test func aBeginningNamesTheOneChecklistBeginningSo() {
    #expect(choose("灵璧") == ChecklistNaming(ids: ["lingbi-xueji-2021"], byBeginning: true))
    #expect(choose("LINGBI-XU") == ChecklistNaming(ids: ["lingbi-xueji-2021"], byBeginning: true))
  }

  @Test func anAmbiguousBeginningNamesEveryCandidate() {
    let huili = choose("huili")
    #expect(huili.byBeginning)
    #expect(
      huili.ids == [
        "huili-hecha", "huili-kaohe-bumen", "huili-kaohe-jiaoyuju", "huili-kaohe-xiangzhen",
        "huili-kaohe-xuexiao", "huili-taizhang",
      ])
    #expect(
      ChecklistNaming.ambiguity("huili", ids: ["huili-hecha", "huili-taizhang"]).zh
        == "“huili”开头的清单有 2 张：huili-hecha、huili-taizhang。请写到能分出是哪一张。")
    #expect(
      ChecklistNaming.ambiguity("huili", ids: ["huili-hecha", "huili-taizhang"]).en
        == "2 checklists begin with 'huili': huili-hecha, huili-taizhang. Type enough to tell which."
    )
  }

  /// Two versions of one form (two 考核年度 in a folder) are one checklist, not two candidates.
  @Test func twoVersionsOfOneIdAreOneChoice() throws {
    let lingbi = try #require(Self.bundled.first { $0.id == "lingbi-xueji-2021" })
    var older = lingbi
    older.contentHash = "sha256:older"
    let chosen = ChecklistNaming.choose("lingbi", among: [lingbi, older])
    #expect(chosen == ChecklistNaming(ids: ["lingbi-xueji-2021"], byBeginning: true))
  }

  @Test func oneCharacterOrNoMatchNamesNone() {
    #expect(choose("h").ids.isEmpty)
    #expect(choose("sichuan-x").ids.isEmpty)
  }
}
