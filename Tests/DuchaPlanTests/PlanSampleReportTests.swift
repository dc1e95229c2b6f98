import DuchaChecklist
import DuchaPlan
import Testing

/// `PlanSampleReport` prints groups, must-check and drawn units lined up by display width, a
/// line per draw and the seed.
@Suite struct PlanSampleReportTests {
  static func sample(group: String? = nil) throws -> PlanSample {
    let (plan, _) = PlanLoader.load(
      path: PlanTesting.path("Tests/DuchaPlanTests/Fixtures/plans/sampling.plan"))
    return try PlanSampler.sample(try #require(plan), group: group, seed: 42)
  }

  @Test func chineseReport() throws {
    let expected = """
      抽查结果：抽查样例（抽查样例）
      随机种子：42

      组别    组长/召集人  单位          类别      方式
      ──────  ───────────  ────────────  ────────  ────────────
      第一组  张徽         下楼中心小学  完小      必查（本部）
                           下中          中学      必查
                           下楼一小      完小      抽中
                           下楼二小      完小      抽中
      第二组  马东海       尤集          中心学校  必查（本部）
                           尤中          中学      必查
                           尤集一小      完小      抽中
      第三组  李辉         朱集          中心学校  必查（本部）
                           朱中          中学      必查

      第一组：抽查 完小 1–2所，本次定为 2 所，从 5 所可抽单位中抽出 2 所。
      第二组：抽查 完小 1–2所，本次定为 1 所，从 1 所可抽单位中抽出 1 所。
      第三组：抽查 完小 2所，本次定为 2 所，从 0 所可抽单位中抽出 0 所。计划里没有本组
      可抽的完小，少抽 2 所：用“单位 名称 完小 属于 <中心学校或乡镇>”加上。

      随机种子 42：同一计划、同一种子，每次抽出的结果相同。
      """
    #expect(PlanSampleReport.format(try Self.sample()) == expected)
  }

  @Test func englishReport() throws {
    let expected = """
      Sample: 抽查样例（抽查样例）
      seed: 42

      Group   Convener  Unit          Kind              Visit
      ──────  ────────  ────────────  ────────────────  ──────────────────
      第一组  张徽      下楼中心小学  complete primary  must (main campus)
                        下中          secondary school  must
                        下楼一小      complete primary  drawn
                        下楼二小      complete primary  drawn

      第一组: draw 1–2 complete primary; 2 this time, 2 drawn from 5 candidates.

      seed 42: the same plan and seed always give the same draw.
      """
    #expect(PlanSampleReport.format(try Self.sample(group: "1"), language: .english) == expected)
  }

  @Test func aPlanWithoutDrawsPrintsNoDrawLines() throws {
    let plan = try PlanTesting.shipped("huili-2018.plan")
    let report = PlanSampleReport.format(try PlanSampler.sample(plan, group: "四", seed: 5))
    #expect(
      report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == [
        "抽查结果：会理县控辍保学工作全面核查（huili-2018）",
        "随机种子：5",
        "",
        "组别              组长/召集人  单位      类别  方式",
        "────────────────  ───────────  ────────  ────  ────",
        "第四大组第一小组  蒋兴德       太平镇    乡镇  必查",
        "                               槽元乡    乡镇  必查",
        "第四大组第二小组  杨文莉       云甸镇    乡镇  必查",
        "                               北果湾乡  乡镇  必查",
        "第四大组第三小组  程义祥       下村乡    乡镇  必查",
        "                               六华镇    乡镇  必查",
        "",
        "随机种子 5：同一计划、同一种子，每次抽出的结果相同。",
      ])
  }
}
