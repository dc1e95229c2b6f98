import DuchaReport
import DuchaSession
import Foundation
import Testing

/// 李辉 built 第三组's 问题清单 from 渔沟小学 and gave entry 6 a 责任人 and 期限; then 王雷's
/// 韦集小学 arrived late. `problems build` refused (`_问题清单.json 已存在`), and the only way
/// to list 韦集小学 was to move the list away and lose what was filled in. A rebuild now merges
/// the folder's problems into the list: new ones added with new numbers, the leader's fields
/// kept, a problem the records no longer show marked 已删除 (and reopened when it comes back),
/// a signed list changed only as an amendment, and an older copy of a record refused.
@Suite(.enabled(if: PythonClient.available, "python3 is not installed: run scripts/setup"))
struct ProblemListRebuildCLITests {
  let checklists = ["--checklists", CLI.checklists]

  /// 韦集小学: the walk's session under another unit and id, saved into the folder.
  func addWeiji(_ leader: LeaderFolder, problemOn items: [String] = []) throws -> Session {
    var session = try WalkReference.get().session
    session.id = "weiji0001"
    session.unit.name = "韦集小学"
    session.inspectors = ["王雷"]
    let store = SessionStore(directory: leader.group.path)
    // The file on disk, when there is one: a save over it must be the later save.
    if let saved = store.list().sessions.first(where: { $0.session.id == session.id }) {
      session = saved.session
    }
    session.problems = items.map {
      Problem(itemID: $0, description: "问题学籍未按期处理", time: "2021-10-28T10:00:00+08:00")
    }
    try store.save(&session)
    return session
  }

  func list(_ leader: LeaderFolder) throws -> ProblemList {
    try ProblemListStore(directory: leader.group.path).load()
  }

  @Test func lateSessionsJoinTheListAndFilledFieldsStay() throws {
    let leader = try LeaderFolder("rebuild")
    defer { leader.remove() }
    try leader.buildProblemList()
    _ = try leader.succeed(
      [
        "problems", "edit", "第三组", "6", "--responsible", "教务处", "--deadline", "2021-11-30", "--by",
        "李辉",
      ])
    let same = try leader.succeed(["problems", "build", "第三组"] + checklists)
    #expect(same == "问题清单已是最新：检查记录里没有新的或有变化的问题，文件没有改动。\n")

    _ = try addWeiji(leader)
    let late = try leader.succeed(["problems", "build", "第三组"] + checklists)
    #expect(
      late.hasPrefix(
        "重建问题清单：新增 10 条，其余 10 条不变；已填的责任人、期限、状态、合并和删除都保留。\n"
          + "  + 第 11 条 韦集小学 1 人员配备（新增）\n"), "\(late)")
    var now = try list(leader)
    #expect(now.entries.count == 20)
    #expect(now.entries[5].responsible == "教务处" && now.entries[5].deadline == "2021-11-30")
    #expect(now.entries[10].unit == "韦集小学" && now.entries[10].number == 11)

    // 王雷 marks a problem on item 8, then corrects it away: it is added, then marked gone.
    _ = try addWeiji(leader, problemOn: ["8"])
    let marked = try leader.succeed(["problems", "build", "第三组"] + checklists)
    #expect(marked.contains("  + 第 21 条 韦集小学 8 问题学籍处理（新增）\n"), "\(marked)")
    _ = try addWeiji(leader, problemOn: [])
    let corrected = try leader.succeed(["problems", "build", "第三组"] + checklists)
    #expect(
      corrected.hasPrefix(
        "重建问题清单：不再出现 1 条，其余 20 条不变；已填的责任人、期限、状态、合并和删除都保留。\n"
          + "  − 第 21 条 韦集小学 8 问题学籍处理（不再出现）：检查记录里已没有这个问题（回答更正过，或合并决定改了）：未整改 → 已删除\n"),
      "\(corrected)")
    now = try list(leader)
    #expect(now.entries.count == 21 && now.entries[20].status == .dropped)
    _ = try addWeiji(leader, problemOn: ["8"])
    let again = try leader.succeed(["problems", "build", "第三组"] + checklists)
    #expect(
      again.contains(
        "  ↺ 第 21 条 韦集小学 8 问题学籍处理（重新出现）：检查记录里又有这个问题：已删除 → 未整改\n"),
      "\(again)")
    #expect(try list(leader).entries[20].status == .open)

    // Field try: 韦集小学's record moved out of the folder was passed over in silence.
    for file in SessionFiles.sessionFiles(in: leader.group)
    where file.lastPathComponent.contains("韦集小学") {
      try FileManager.default.removeItem(at: file)
    }
    let moved = try leader.run(["problems", "build", "第三组"] + checklists)
    #expect(moved.status == 0)
    #expect(moved.output == "问题清单已是最新：检查记录里没有新的或有变化的问题，文件没有改动。\n")
    #expect(
      moved.errors
        == "注意：第 11、12、13、14、15、16、17、18、19、20、21 条的检查记录不在文件夹里了，这些问题照旧保留；"
        + "确实不要的，用 ducha problems drop 删除并写明理由。\n", "\(moved.errors)")
  }

  @Test func aSignedListChangesOnlyAsAnAmendment() throws {
    let leader = try LeaderFolder("rebuild-signed")
    defer { leader.remove() }
    try leader.buildProblemList()
    _ = try leader.succeed(["problems", "sign", "第三组", "--by", "张徽", "--yes"])
    let file = leader.group.appendingPathComponent("_问题清单.json")
    let signed = try Data(contentsOf: file)
    _ = try addWeiji(leader)

    let refused = try leader.run(["problems", "build", "第三组", "--by", "李辉"] + checklists)
    // Why, the changes refused, and how to make them: one refusal on standard error.
    #expect(refused.status == 1)
    #expect(refused.output.isEmpty, "\(refused.output)")
    #expect(
      refused.errors.hasPrefix("问题清单已由张徽于"), "\(refused.errors)")
    #expect(
      refused.errors.contains("签字，不能直接改动。\n重建问题清单：新增 10 条，其余 10 条不变"),
      "\(refused.errors)")
    #expect(
      refused.errors.hasSuffix(
        "以上改动没有写入。要作为修订写入：ducha problems build 第三组 --amend --reason \"…\" --by 姓名\n"),
      "\(refused.errors)")
    #expect(try Data(contentsOf: file) == signed)

    _ = try leader.succeed(
      ["problems", "build", "第三组", "--amend", "--reason", "韦集小学的记录迟交", "--by", "张徽"] + checklists)
    let amended = try list(leader)
    #expect(amended.entries.count == 20 && amended.signature?.name == "张徽")
    let record = amended.history.last { $0.action == "重建 新增 11" }
    #expect(record?.amendment == true && record?.reason == "韦集小学的记录迟交" && record?.by == "张徽")
    #expect(record?.detail == "韦集小学 1 人员配备")
  }

  /// 王雷's own record of 渔沟小学 came in after 张徽 signed: the same answers and findings as
  /// 李辉's. The rebuild said all ten entries were 更新 (来源记录增加 1 份) and refused the
  /// signed list without an amendment, though no figure or word of it had changed. A source
  /// that changes nothing is no update: the list is said to be up to date and left as signed.
  @Test func aLateIdenticalRecordIsNoChangeOfASignedList() throws {
    let leader = try LeaderFolder("rebuild-identical")
    defer { leader.remove() }
    try leader.buildProblemList()
    _ = try leader.succeed(["problems", "sign", "第三组", "--by", "张徽", "--yes"])
    let file = leader.group.appendingPathComponent("_问题清单.json")
    let signed = try Data(contentsOf: file)
    var second = try WalkReference.get().session
    second.id = "wanglei01"
    second.inspectors = ["王雷"]
    try SessionStore(directory: leader.group.path).save(&second)

    let same = try leader.run(["problems", "build", "第三组", "--by", "李辉"] + checklists)
    #expect(same.status == 0, "\(same.errors)")
    #expect(same.output == "问题清单已是最新：检查记录里没有新的或有变化的问题，文件没有改动。\n")
    #expect(try Data(contentsOf: file) == signed)

    // Beside a real change the new source is said with it, as an amendment.
    _ = try addWeiji(leader)
    let refused = try leader.run(["problems", "build", "第三组", "--by", "李辉"] + checklists)
    #expect(refused.status == 1)
    #expect(refused.output.isEmpty, "\(refused.output)")
    #expect(refused.errors.contains("\n重建问题清单：新增 10 条，其余 10 条不变"), "\(refused.errors)")
  }

  /// The refusal of a signed list's changes was split: the changes on standard output, as if
  /// made, the refusal on standard error. It is one refusal on standard error now, in the
  /// command's language: why, the changes, how to record them as an amendment.
  @Test func aSignedListsChangesAreOneRefusalInEnglish() throws {
    let leader = try LeaderFolder("rebuild-signed-english")
    defer { leader.remove() }
    try leader.buildProblemList()
    _ = try leader.succeed(["problems", "sign", "第三组", "--by", "张徽", "--yes"])
    _ = try addWeiji(leader)
    let refused = try leader.run(
      ["problems", "build", "第三组", "--by", "李辉", "--lang", "en"] + checklists)
    #expect(refused.status == 1)
    #expect(refused.output.isEmpty, "\(refused.output)")
    let lines = refused.errors.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("the list was signed by 张徽 at ") == true, "\(refused.errors)")
    #expect(lines.first?.hasSuffix("; it cannot simply change.") == true, "\(refused.errors)")
    #expect(
      lines.dropFirst().first
        == "rebuilding the problem list: 10 added, 10 unchanged; owners, deadlines, statuses,"
        + " merges and drops filled in are kept.")
    #expect(lines.count == 13, "\(refused.errors)")
    #expect(
      lines.last
        == "nothing was written. To record the changes above as an amendment: ducha problems build"
        + " 第三组 --amend --reason \"…\" --by NAME")
  }

  /// Field try: after 李辉 merged entry 3 into 2 and 张徽 signed, every rebuild said
  /// `~ 第 2 条 …（更新）：检查记录里的问题描述有变化…` though nothing had changed (a merged
  /// finding never equals the records'), so a signed list could not be rebuilt without an
  /// amendment; and a rebuild without --by was refused for the missing name, not the signature.
  @Test func aMergedFindingIsNoChangeAndTheSignatureIsSaidFirst() throws {
    let leader = try LeaderFolder("rebuild-merged")
    defer { leader.remove() }
    try leader.buildProblemList()
    _ = try leader.succeed(["problems", "merge", "第三组", "2", "3", "--by", "李辉"])
    _ = try leader.succeed(["problems", "sign", "第三组", "--by", "张徽", "--yes"])
    let same = try leader.succeed(["problems", "build", "第三组"] + checklists)
    #expect(same == "问题清单已是最新：检查记录里没有新的或有变化的问题，文件没有改动。\n")

    _ = try addWeiji(leader)
    let refused = try leader.run(["problems", "build", "第三组"] + checklists)
    #expect(refused.status == 1)
    #expect(refused.errors.hasPrefix("问题清单已由张徽于"), "\(refused.errors)")
    #expect(refused.errors.contains("签字，不能直接改动。\n"), "\(refused.errors)")
  }

  /// A list written before the sources were kept cannot tell an older copy: the leader is
  /// told so instead of reading the silence as a check made.
  @Test func aListWithoutSourcesSaysTheCheckCannotBeMade() throws {
    let leader = try LeaderFolder("rebuild-no-sources")
    defer { leader.remove() }
    try leader.buildProblemList()
    let store = ProblemListStore(directory: leader.group.path)
    var old = try store.load()
    old.sources = nil
    try store.save(old)
    let run = try leader.run(["problems", "build", "第三组"] + checklists)
    #expect(run.status == 0, "\(run.errors)")
    #expect(
      run.errors
        == "注意：这份问题清单没有记下生成时所用每份记录的保存序号（较早版本的 ducha 生成），这次无法查出文件夹里是否有旧副本；重建写入清单时会记下。\n")
  }

  /// The older copy from 王雷's second laptop, put over the newer file, would take back the
  /// problem the list has from the newer one.
  @Test func anOlderCopyIsRefused() throws {
    let leader = try LeaderFolder("rebuild-older")
    defer { leader.remove() }
    let first = try addWeiji(leader)
    let path = try #require(
      SessionFiles.sessionFiles(in: leader.group).first { $0.lastPathComponent.contains("韦集小学") })
    let old = try Data(contentsOf: path)
    _ = try addWeiji(leader, problemOn: ["8"])
    try leader.buildProblemList()
    let file = leader.group.appendingPathComponent("_问题清单.json")
    let built = try Data(contentsOf: file)
    try old.write(to: path)

    let refused = try leader.run(["problems", "build", "第三组"] + checklists)
    #expect(refused.status == 1)
    let sequence = first.saveSequence ?? 0
    #expect(
      refused.errors.hasPrefix(
        "✗ 韦集小学，王雷，2021-10-27 的检查记录比上次生成问题清单时用的旧（第 \(sequence) 次保存，"),
      "\(refused.errors)")
    #expect(
      refused.errors.hasSuffix(
        "问题清单没有重建：旧的记录会把清单里已有的内容改回去。请把新的那份记录放回文件夹（找检查人员要他电脑上的文件，或 ducha sync --pull），再运行。\n"
      ), "\(refused.errors)")
    #expect(try Data(contentsOf: file) == built)

    // Field try: the summary used the older copy without a word; it now says so.
    let summary = try leader.run(["summary", "第三组"] + checklists)
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(
      summary.errors.contains(
        "注意：韦集小学，王雷，2021-10-27 的检查记录比上次生成问题清单时用的旧（第 \(sequence) 次保存，"),
      "\(summary.errors)")
    #expect(
      summary.errors.contains("；汇总用的是文件夹里这份旧的。请把新的那份记录放回文件夹，再运行。\n"),
      "\(summary.errors)")
  }
}
