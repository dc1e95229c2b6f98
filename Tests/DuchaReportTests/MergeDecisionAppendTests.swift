import DuchaChecklist
import Foundation
import Testing

@testable import DuchaReport

/// Two `ducha merge` runs on one folder (the leader on the laptop, a deputy in a second
/// terminal) each read the decisions and wrote them back with their own added, so the one that
/// saved first lost its decision without a word. A decision is now appended to the file as it
/// is when it is written.
@Suite struct MergeDecisionAppendTests {
  static func decision(_ key: String, by leader: String) -> MergeDecision {
    MergeDecision(
      unit: "渔沟小学", checklistID: "lingbi-xueji-2021", key: key, chosenSessionID: "a1",
      reason: "核对了原始记录", decidedBy: leader, time: "2021-10-28T09:00:00+08:00")
  }

  /// A new empty folder for one test's decisions.
  static func emptyFolder() throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "ducha-merge-append-\(UUID())"
    ).path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return directory
  }

  @Test func aDecisionSavedMeanwhileIsKept() throws {
    let directory = try Self.emptyFolder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = MergeDecisionStore(directory: directory)
    try store.append(Self.decision("录入:政策宣传", by: "李辉"))
    var collided = false
    try store.append(Self.decision("点名:三年级2班", by: "李辉"), attempts: 3) {
      guard !collided else { return }
      collided = true
      try? MergeDecisionStore(directory: directory).append(Self.decision("录入:控辍措施", by: "张徽"))
    }
    #expect(try store.load().map(\.key) == ["录入:政策宣传", "录入:控辍措施", "点名:三年级2班"])
  }

  @Test func aFileThatKeepsChangingIsRefusedAndKept() throws {
    let directory = try Self.emptyFolder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = MergeDecisionStore(directory: directory)
    var other = 0
    #expect(throws: MergeDecisionStore.LoadError.self) {
      try store.append(Self.decision("点名:三年级2班", by: "李辉"), attempts: 2) {
        other += 1
        try? MergeDecisionStore(directory: directory).append(Self.decision("录入:\(other)", by: "张徽"))
      }
    }
    #expect(try store.load().map(\.key) == ["录入:1", "录入:2"])
  }

  /// Eight decisions appended at once (as eight `ducha merge` processes would): the check that
  /// the file is as read and the write are one step under the folder's lock, so none is written
  /// over. Without the lock two appends could both find the file unchanged and both rename.
  @Test func decisionsAppendedAtOnceAreAllKept() throws {
    let directory = try Self.emptyFolder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let keys = (1...8).map { "录入:条目\($0)" }
    let failures = Failures()
    DispatchQueue.concurrentPerform(iterations: keys.count) { index in
      do {
        try MergeDecisionStore(directory: directory).append(
          Self.decision(keys[index], by: "组长\(index)"), attempts: 50)
      } catch {
        failures.add("\(keys[index]): \(error)")
      }
    }
    #expect(failures.all.isEmpty)
    #expect(Set(try MergeDecisionStore(directory: directory).load().map(\.key)) == Set(keys))
  }

  /// The appends' errors, gathered from several threads.
  final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ text: String) { lock.withLock { list.append(text) } }
    var all: [String] { lock.withLock { list } }
  }
}
