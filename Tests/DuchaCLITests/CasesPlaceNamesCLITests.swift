import Foundation
import Testing

/// A township's 摸排表 typed by hand: `大庙 小学` with a space a typist left, ` 大庙乡 ` padded,
/// beside rows that say 大庙小学. The cases kept the school as typed, so `cases list --school
/// 大庙小学` (and the school's 案例 at an inspection, and the register grouped by school) left the
/// child out — one child the school was never asked about. School and 乡镇 names (imported,
/// assigned, or given to `list`) are now kept as sessions keep unit names (`UnitName`: no space
/// beside a Chinese character).
struct CasesPlaceNamesCLITests {
  @Test func aSchoolTypedWithASpaceIsTheSchool() throws {
    let (folder, ledger) = try CasesCLITests.folder("place-names")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(
      "姓名,出生日期,乡镇,学校\n钱一,2012-04-04,大庙乡,大庙 小学\n孙二,2011-06-06, 大庙乡 ,大庙小学\n".utf8
    ).write(to: folder.appendingPathComponent("摸排.csv"))
    func cases(_ arguments: [String]) throws -> Finished {
      try runDucha(["cases"] + arguments + ledger, in: folder, workingDirectory: folder)
    }
    _ = try cases(["import", "摸排.csv", "--by", "李辉"])
    let bySchool = try cases(["list", "--school", "大庙小学"])
    #expect(bySchool.output.hasSuffix("共 2 例：疑似 2\n"), "\(bySchool.output)")
    let typedWithSpace = try cases(["list", "--school", "大庙 小学", "--township", "大庙乡 "])
    #expect(typedWithSpace.output == bySchool.output)
    // A new responsible school typed with a space: recorded, and named as recorded.
    let assigned = try cases(["assign", "1", "--school", "大庙 中学", "--by", "李辉"])
    #expect(
      assigned.errors
        == "注意：台账里没有学校是“大庙中学”的案例。是不是“大庙小学”？台账里的学校有：大庙小学。如果写错了，用 ducha cases assign 1 --school 正确的名称 --by 姓名 再分配一次。\n"
    )
    let responsible = try cases(["list", "--school", "大庙中学"])
    #expect(responsible.output.hasSuffix("共 1 例：疑似 1\n"), "\(responsible.output)")
  }
}
