import Foundation
import Testing

/// `ducha compare -o 疑似.csv` writes four files; the clerk imports `疑似*.csv`. The
/// `-问题户籍` list (enrolled, on no population list) and the `-重复在籍` list (enrolled in two
/// schools) were read as lists of children out of school: every child on them, at school,
/// became a 疑似 case. Now each is refused whole (C112), saying which file to import.
struct CasesCompareSideListsCLITests {
  @Test func onlyTheMainListOfTheFourFilesMakesCases() throws {
    let folder = try CLI.temporaryDirectory("cases-compare-side-lists")
    defer { try? FileManager.default.removeItem(at: folder) }
    let population =
      "姓名,公民身份号码,乡镇\n周杰,990101201305070934,良马镇\n钱多,990101201111110619,良马镇\n"
    // 钱多 in two schools; 吴某 on no population list.
    let first = "姓名,身份证件号\n钱多,990101201111110619\n吴某,99010120121212071X\n"
    let second = "姓名,身份证件号\n钱多,990101201111110619\n"
    for (name, text) in [("公安.csv", population), ("一小.csv", first), ("二小.csv", second)] {
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    let compared = try runDucha(
      [
        "compare", "--population", "公安.csv", "--enrolled", "一小.csv", "二小.csv", "--cutoff",
        "2022-08-31", "--reveal", "-o", "疑似.csv",
      ], in: folder, workingDirectory: folder)
    #expect(
      compared.output
        == "疑似失学辍学 1，问题户籍 1，重复在籍 1，无法比对 0，人口名单人数 2，在籍人数 2，适龄人数 2\n",
      "\(compared.errors)")
    let imported = try runDucha(
      ["cases", "import", "疑似.csv", "疑似-问题户籍.csv", "疑似-重复在籍.csv", "--by", "李辉"], in: folder,
      workingDirectory: folder)
    #expect(imported.status == 1)
    #expect(
      imported.output == """
        疑似.csv：读入 1 人，新建案例 1 个，已在台账中 0 人（不重复建案）
        疑似-问题户籍.csv：读入 0 人，新建案例 0 个，已在台账中 0 人（不重复建案）
        疑似-重复在籍.csv：读入 0 人，新建案例 0 个，已在台账中 0 人（不重复建案）

        """)
    let fix = "  改法：导入 ducha compare 的主名单（-o 给的那个文件，文件名后面没有“-问题户籍”“-重复在籍”“-统计”）。\n"
    #expect(
      imported.errors
        == "疑似-问题户籍.csv:1:1: 错误[C112]: 这是 ducha compare 写的问题户籍名单（有学籍、却不在人口名单上的学生），不是疑似失学辍学名单：这些孩子都有学籍，不建案例。这个文件没有导入。\n"
        + fix
        + "疑似-重复在籍.csv:1:1: 错误[C112]: 这是 ducha compare 写的重复在籍名单（在两所学校都有学籍的学生），不是疑似失学辍学名单：这些孩子都有学籍，不建案例。这个文件没有导入。\n"
        + fix)
    let listed = try runDucha(["cases", "list"], in: folder, workingDirectory: folder)
    #expect(listed.output.hasSuffix("共 1 例：疑似 1\n"), "\(listed.output)")
  }
}
