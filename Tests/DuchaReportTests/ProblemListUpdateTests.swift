import DuchaChecklist
import DuchaReport
import Foundation
import Testing

/// `ProblemListStore.update`: a change is applied to the list as it is on disk, and when another
/// command saves the list between the read and the write, the change is applied again to that
/// newer list instead of writing the older copy over it.
@Suite struct ProblemListUpdateTests {
  static func twoProblems() -> ProblemList {
    ProblemList(
      title: "灵璧县2021年学籍管理专项检查问题清单",
      entries: [1, 2].map {
        ProblemList.Entry(
          number: $0, unit: "渔沟小学", checklistID: "lingbi-xueji-2021", itemID: "\($0 + 4)",
          itemTitle: "", finding: "问题\($0)", evidence: [], pointsLost: nil, requirement: "整改",
          sourceSessionIDs: [])
      })
  }

  /// A store in a new folder holding `twoProblems()`.
  static func storeWithTwoProblems() throws -> ProblemListStore {
    let store = ProblemListStore(
      directory: FileManager.default.temporaryDirectory.appendingPathComponent(
        "ducha-problems-update-\(UUID())"
      ).path)
    try store.save(twoProblems())
    return store
  }

  @Test func aSaveMadeMeanwhileIsKeptAndTheChangeAppliedAgain() throws {
    let store = try Self.storeWithTwoProblems()
    defer { try? FileManager.default.removeItem(atPath: store.directory) }
    var attempts = 0
    let saved = try store.update { (list: inout ProblemList) throws(ProblemListEditError) in
      attempts += 1
      if attempts == 1 {
        // Another terminal names the owner of problem 1 while this change is being made.
        var other = Self.twoProblems()
        try other.edit(1, .responsible, to: "王校长", by: .init(name: "张徽", time: "t1"))
        try? store.save(other)
      }
      try list.edit(2, .deadline, to: "2021-12-15", by: .init(name: "李辉", time: "t2"))
    }
    #expect(attempts == 2)
    let onDisk = try store.load()
    #expect(onDisk == saved)
    #expect(onDisk.entries.map(\.responsible) == ["王校长", nil])
    #expect(onDisk.entries.map(\.deadline) == [nil, "2021-12-15"])
  }

  @Test func aRefusedChangeLeavesTheFileAsItWas() throws {
    let store = try Self.storeWithTwoProblems()
    defer { try? FileManager.default.removeItem(atPath: store.directory) }
    let before = store.currentData()
    #expect(throws: ProblemListEditError.self) {
      try store.update { (list: inout ProblemList) throws(ProblemListEditError) in
        try list.edit(3, .responsible, to: "王校长", by: .init(name: "张徽", time: "t"))
      }
    }
    #expect(store.currentData() == before)
  }
}
