import DuchaSession
import Testing

/// School names as inspectors type them: the input method's spaces between Chinese words go,
/// the spaces of a Latin name stay.
@Suite struct UnitNameTests {
  @Test(arguments: [
    ("渔沟 小学", "渔沟小学"), ("渔沟\u{3000}小学", "渔沟小学"), (" 渔沟小学 ", "渔沟小学"),
    ("渔沟  中心 小学", "渔沟中心小学"), ("灵璧县 第2 小学", "灵璧县第2小学"),
    ("Hope  School", "Hope School"), ("渔沟小学", "渔沟小学"), ("", ""),
  ])
  func normalized(typed: String, kept: String) {
    #expect(UnitName.normalized(typed) == kept)
  }
}
