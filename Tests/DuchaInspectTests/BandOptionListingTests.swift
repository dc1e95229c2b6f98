import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// The options of a 单选 say what each stands for before the inspector picks one: the band of a
/// 档内评分 (四川 c21 “执行好的给8-10分,一般的给4-7分,较差的给1-3分”) and the factor of one
/// multiplied by the item's points (南昌 1 “优(1) 良(0.8) 合格(0.6) 不合格(0.59—0)”). The list
/// used to show the bare labels for the bands, and “良（0.8分）” for a factor worth 12 of 15 points.
@Suite struct BandOptionListingTests {
  typealias T = TranscriptTests

  /// 济南 kindergarten form at a kindergarten.
  static let jinan = InspectOptions(
    checklist: "jinan-youeryuan", unit: "城关幼儿园", group: "三组", inspectors: ["李辉"],
    date: "2021-10-27", preschool: true)

  /// 四川 c21 walked: band 一般 chosen, 8 typed (outside 4—7) and refused, then 6.
  static func c21WithTheWrongScoreFirst() throws -> String {
    let options = InspectOptions(
      checklist: "sichuan-shifanxian", unit: "灵璧县", group: "三组", inspectors: ["李辉"],
      date: "2021-10-27")
    return try T.run(
      input: "0\n\n一般\n8\n6\n制度有，执行一般\n退出\n", options: options
    ).0
  }

  @Test func bandsAreShownWithTheirScores() throws {
    let output = try Self.c21WithTheWrongScoreFirst()
    #expect(
      output.contains(
        """
            1 执行好（8—10分）
            2 一般（4—7分）
            3 较差（1—3分）
          学籍管理制度（制度完善的前提下）执行情况属于哪一档？（序号或名称）> 一般
        """))
    #expect(output.contains("学籍制度档次：一般（4—7），学籍制度得分 6，得 6 分"))
  }

  /// With the band chosen, the score's prompt gives the band's scores, not the input's 1–10
  /// (a 8 typed after 一般 was refused by a prompt that had just offered it).
  @Test func theScorePromptGivesTheChosenBand() throws {
    let output = try Self.c21WithTheWrongScoreFirst()
    #expect(
      output.contains(
        """
          在所选档内给分（酌情，4–7分，“一般”档）> 8
        ✗ 8 不在“一般”档的 4—7 之内：请在档内评分，或先改选“学籍制度档次”的档次。
          在所选档内给分（酌情，4–7分，“一般”档）> 6
        """), "\(output)")
  }

  @Test func factorsAreNotShownAsPoints() throws {
    let options = InspectOptions(
      checklist: "nanchang-youeryuan", unit: "城关幼儿园", group: "三组", inspectors: ["李辉"],
      date: "2021-10-27", preschool: true)
    let (output, _) = try T.run(input: "良\n8\n退出\n", options: options)
    #expect(
      output.contains(
        """
            1 优（系数 1）
            2 良（系数 0.8）
            3 合格（系数 0.6）
            4 不合格（系数 0—0.59）
        """))
    #expect(!output.contains("（0.8分）"))
    #expect(output.contains("办园规模等级：良 0.8 × 分值 15 = 12，得 12 分"))
  }

  /// 济南 C2 “少一室扣该室分值”: the 多选 list showed the rooms without what each costs.
  @Test func listEntriesShowTheirPoints() throws {
    let (output, _) = try T.run(input: "/到 C2\n1 2 3 5 6\n退出\n", options: Self.jinan)
    #expect(
      output.contains(
        """
            1 活动室（4分）
            2 寝室（4分）
            3 盥洗室（4分）
            4 儿童厕所（4分）
            5 储藏室（2分）
            6 综合活动室（6分）
            7 科学发现室（6分）
          有哪些幼儿生活、活动用房？（序号或名称，空格分隔；全部/无）> 1 2 3 5 6
        得分 20 / 30
          − 10  缺 2 项（儿童厕所 4 分、科学发现室 6 分）= 10 分
        """), "\(output)")
  }

  /// 济南 C4 “寄宿制幼儿园有隔离室(3)浴室(3)”: a day kindergarten was shown 隔离室 and 浴室 like
  /// every other room, with nothing saying it need not have them; now each says its condition and
  /// that the answers so far do not require it here (and no deduction follows).
  @Test func conditionalEntriesSayWhetherTheyAreRequiredHere() throws {
    let (output, _) = try T.run(input: "/到 C4\n否\n1 2 3 4 5 6 9\n退出\n", options: Self.jinan)
    #expect(
      output.contains(
        """
            7 隔离室（3分）（若 寄宿制；本单位不要求）
            8 浴室（3分）（若 寄宿制；本单位不要求）
            9 值班室（1分）
          有哪些辅助用房？（序号或名称，空格分隔；全部/无）> 1 2 3 4 5 6 9
        得分 25 / 25
        """), "\(output)")
  }
}
