import DuchaChecklist
import DuchaInspect
import Foundation
import Testing

/// `到 第7.2项`, `改 第3条`: an item named as it is said was refused (没有编号“第7.2项”).
@Suite struct SpokenItemNumberTests {
  typealias T = TranscriptTests

  @Test func anItemNamedAsItIsSaid() throws {
    let (output, _) = try T.run(input: "到 第7.2项\n退出\n", options: T.lingbiOptions)
    #expect(!output.contains("没有编号"), "\(output)")
    #expect(output.contains("── 一 学籍管理工作专项核查 › 7 学生信息维护 › 7.2 关键信息·无照片（5分）"), "\(output)")
  }
}
