import Foundation
import Testing

/// A leader edits the problem list with a Chinese input method still on: the entry number in
/// full-width digits (`３`), the status with a slip (`已整该`). `３` was refused with “请写阿拉伯数字，
/// 如 3” — what was typed; the slip got the list of statuses without a word about which was
/// meant. End to end with the binary.
@Suite("problems edit typed with a Chinese input method", .serialized)
struct ProblemEditTypingCLITests {
  @Test("full-width entry numbers are numbers; a slip in the status is named back")
  func fullWidthNumberAndStatusSlip() throws {
    let laptop = try PartialResultCLITests.laptopWithGroup("edit-typing")
    defer { laptop.remove() }
    let built = try laptop.run(["problems", "build", "第三组"])
    #expect(built.status == 0, "\(built.errors)")

    let edited = try laptop.run([
      "problems", "edit", "第三组", "３", "--responsible", "教务处", "--by", "张徽",
    ])
    #expect(edited.status == 0, "\(edited.errors)")
    let list = try laptop.run(["problems", "show", "第三组", "--format", "csv"])
    let rows = list.output.components(separatedBy: "\r\n")
    #expect(rows[3].hasPrefix("3,"), "\(rows[3])")
    #expect(rows[3].contains(",教务处,,未整改,"), "\(rows[3])")
    #expect(!rows[2].contains("教务处") && !rows[4].contains("教务处"))

    let before = try Data(contentsOf: laptop.url("第三组/_问题清单.json"))
    let slip = try laptop.run([
      "problems", "edit", "第三组", "3", "--status", "已整该", "--by", "张徽",
    ])
    #expect(slip.status != 0)
    #expect(
      slip.errors == "是不是“已整改”？状态只能是 未整改、已整改、已核实（删除用 drop，合并用 merge）。\n",
      "\(slip.errors)")
    #expect(try Data(contentsOf: laptop.url("第三组/_问题清单.json")) == before)

    // Dropping the entry by its full-width number also works, with its reason.
    let dropped = try laptop.run([
      "problems", "drop", "第三组", "１０", "--reason", "重复", "--by", "张徽",
    ])
    #expect(dropped.status == 0, "\(dropped.errors)")
  }
}
