import DuchaCases
import Testing

/// A case's 家庭住址 in a masked output: which village, not which house (as the phone keeps
/// its last four digits); `--reveal` shows all of it.
@Suite struct CaseAddressMaskingTests {
  @Test(arguments: [
    ("渔沟镇张庄村3组12号", "渔沟镇张庄村**"),
    ("灵城镇东关社区幸福路8号", "灵城镇东关社区**"),
    ("韦集镇", "韦集镇"),
    ("人民路18号", "人民路**"),
    ("", ""),
  ])
  func theMaskedAddressStopsAtTheVillage(address: String, shown: String) {
    #expect(CasePrivacy(reveal: false).address(address) == shown)
    #expect(CasePrivacy(reveal: true).address(address) == address)
  }

  @Test func aCaseShownMaskedKeepsItsVillageOnly() {
    let record = CaseRecord(
      id: 1,
      child: CaseChild(
        name: "王强", idNumber: "341323201003120017", school: "渔沟小学",
        address: "渔沟镇张庄村3组12号"),
      source: "户籍.csv:3", createdAt: "2026-09-10")
    let text = CaseDetailText.text(record, history: [], privacy: CasePrivacy(reveal: false))
    #expect(text.contains("  家庭住址：渔沟镇张庄村**\n"), "\(text)")
    #expect(!text.contains("3组12号"))
  }
}
