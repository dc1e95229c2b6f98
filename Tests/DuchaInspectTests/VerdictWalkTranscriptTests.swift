import DuchaChecklist
import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// 河北 优质均衡 核验表: each line is judged 达标/不达标 from figures the inspector records, the
/// figures declared once on 条目 1 and shared by 小项 1.1 小学 and 1.2 初中. The walk used to ask
/// 齐全/缺失/不全 at every line and never the figures, so no line could be judged.
///
/// Hand-computed from the form's own thresholds:
///   1.1 小学 27 ÷ 600 × 100 = 4.5 ≥ 4.2 达标      1.2 初中 23 ÷ 450 × 100 = 5.11 < 5.3 不达标
///   2.1 小学 10 ÷ 600 × 100 = 1.67 ≥ 1 达标       2.2 初中  6 ÷ 450 × 100 = 1.33 ≥ 1 达标
@Suite struct VerdictWalkTranscriptTests {
  typealias T = TranscriptTests

  static let options = InspectOptions(
    checklist: "hebei-youzhi-junheng", unit: "城关九年一贯制学校", stages: [.primary, .junior],
    group: "一组", inspectors: ["王五"], date: "2021-10-27")

  @Test func figuresAreAskedAndEachLineJudged() throws {
    let input = ["否", "600", "27", "", "450", "23", "", "10", "", "6", "", "完成"]
    let (output, store) = try T.run(
      input: input.joined(separator: "\n") + "\n", options: Self.options)
    #expect(!output.contains("齐全 / 缺失 / 不全"), "no status is asked of a judged line")
    #expect(
      output.contains(
        """
          本单位是不是不足50人的教学点？（是/否）> 否
          小学在校学生数（整数，≥0）> 600
          小学高于规定学历的教师数（整数，≥0）> 27
        判定：达标
          = 小学每百名高学历教师数 >= 4.2（小学每百名高学历教师数 = 4.5）：达标
        累计：已核验 1/4 项（达标 1，不达标 0）
        """), "\(output)")
    // 1.2 asks only the 初中 figures: 是不足50人的教学点 was answered at 1.1.
    #expect(
      output.contains(
        """
        ── 一 县域义务教育资源配置（存储副本所见第1、2项） › 1 每百名学生拥有高于规定学历教师数 › 1.2 初中
          初中在校学生数（整数，≥0）> 450
          初中高于规定学历的教师数（整数，≥0）> 23
        判定：不达标
        """), "\(output)")
    #expect(output.contains("累计：已核验 4/4 项（达标 3，不达标 1）"), "\(output)")
    #expect(
      output.contains(
        """
        1.1   小学                              达标
        1.2   初中                              不达标
        2     每百名学生拥有县级以上骨干教师数
        2.1   小学                              达标
        2.2   初中                              达标
        达标 3，不达标 1
        检查已完成
        """), "\(output)")
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.status == .complete)
    #expect(session.answers.statuses.isEmpty)
    #expect(session.answers.values["初中高于规定学历教师数"]?.value == .number(23))
  }

  /// A 教学点 with fewer than 50 pupils is outside every line: after 是, the rest is not asked.
  @Test func aSmallTeachingPointIsNotAskedTheFigures() throws {
    let (output, _) = try T.run(input: "是\n退出\n", options: Self.options)
    #expect(
      output.contains(
        """
          本单位是不是不足50人的教学点？（是/否）> 是
        本单位不适用此项
        累计：已核验 0/0 项（达标 0，不达标 0）
        """), "\(output)")
    #expect(!output.contains("小学在校学生数（整数"), "\(output)")
  }

  /// 改 小学在校学生数 at 1.2: the figure is declared on 条目 1, so the walk goes to 1.1, the
  /// first part that asks it, and shows 1.1 judged again: 27 ÷ 700 × 100 = 3.86 < 4.2 不达标.
  @Test func revisingASharedFigureShowsTheLineItJudges() throws {
    let input = ["否", "600", "27", "", "改 小学在校学生数", "700", "退出"]
    let (output, store) = try T.run(
      input: input.joined(separator: "\n") + "\n", options: Self.options)
    #expect(
      output.contains(
        """
          初中在校学生数（整数，≥0）> 改 小学在校学生数
          小学在校学生数（整数，≥0；当前 600）> 700
        判定：不达标
          = 小学每百名高学历教师数 >= 4.2（小学每百名高学历教师数 = 3.86）不成立：不达
            标
        累计：已核验 1/4 项（达标 0，不达标 1）
        [1.1] 命令（回车=下一项，帮助）> 退出
        """), "\(output)")
    let session = try #require(store.list().sessions.first?.session)
    #expect(session.answers.values["小学在校学生数"]?.value == .number(700))
  }
}
