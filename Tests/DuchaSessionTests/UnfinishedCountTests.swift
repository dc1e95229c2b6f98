import DuchaChecklist
import Foundation
import Testing

@testable import DuchaSession

/// `unfinishedCount`, which `ducha inspect` says before its first question, gives the number
/// `list()` gives while reading finished sessions only from their top level.
@Suite struct UnfinishedCountTests {
  /// The count `ducha inspect` gave before: every file read whole.
  func listed(_ store: SessionStore) -> Int {
    store.list().sessions.count { $0.session.status == .inProgress }
  }

  func write(_ session: Session, to path: String) throws {
    try SessionStore.encode(session).write(to: URL(fileURLWithPath: path))
  }

  @Test func countsWhatTheWholeListingCounts() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = SessionStore(directory: directory)
    #expect(store.unfinishedCount() == 0)  // no folder yet

    // Two unfinished, two finished.
    var open1 = try emptySession(id: "0000aaa1")
    var open2 = try emptySession(id: "0000aaa2")
    var done1 = try emptySession(id: "0000bbb1")
    var done2 = try emptySession(id: "0000bbb2")
    done1.status = .complete
    done2.status = .complete
    try store.save(&open1)
    try store.save(&open2)
    try store.save(&done1)
    try store.save(&done2)
    #expect(store.unfinishedCount() == 2)
    #expect(listed(store) == 2)

    // A finished copy newer than an unfinished one hides it (received back as "…(1).json").
    var finishedLater = open1
    finishedLater.status = .complete
    finishedLater.saveSequence = (open1.saveSequence ?? 0) + 3
    try write(
      finishedLater, to: store.path(for: open1).replacingOccurrences(of: ".json", with: "(1).json"))
    #expect(store.unfinishedCount() == 1)
    #expect(listed(store) == 1)

    // An unfinished copy newer than a finished one counts.
    var reopened = done1
    reopened.status = .inProgress
    reopened.saveSequence = (done1.saveSequence ?? 0) + 1
    try write(
      reopened, to: store.path(for: done1).replacingOccurrences(of: ".json", with: "(2).json"))
    #expect(store.unfinishedCount() == 2)
    #expect(listed(store) == 2)

    // An unfinished file that cannot be used (damaged, unknown field) does not count…
    let damaged = try SessionStore.encode(try emptySession(id: "0000ccc1"))
    try damaged.prefix(damaged.count / 2).write(
      to: URL(fileURLWithPath: directory + "/damaged.json"))
    var text = String(
      decoding: try SessionStore.encode(try emptySession(id: "0000ccc2")), as: UTF8.self)
    text = text.replacingOccurrences(
      of: "{", with: "{\"fromTheFuture\": 1, ", options: [], range: text.range(of: "{"))
    try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/newer.json"))
    #expect(store.unfinishedCount() == 2)
    #expect(listed(store) == 2)

    // …nor does a damaged finished copy, whether or not it would have been the newest.
    var brokenLater = try SessionStore.encode(
      {
        var copy = open2; copy.status = .complete; copy.saveSequence = 99; return copy
      }())
    brokenLater = brokenLater.prefix(brokenLater.count - 10)
    try brokenLater.write(to: URL(fileURLWithPath: directory + "/open2-broken.json"))
    #expect(store.unfinishedCount() == 2)
    #expect(listed(store) == 2)

    // An id with an escape is read whole; so is a file whose top level the scan does not take.
    var escaped = String(
      decoding: try SessionStore.encode(try emptySession(id: "0000ddd1")), as: UTF8.self)
    escaped = escaped.replacingOccurrences(of: "\"0000ddd1\"", with: "\"0000\\u0064dd1\"")
    try Data(escaped.utf8).write(to: URL(fileURLWithPath: directory + "/escaped.json"))
    #expect(store.unfinishedCount() == 3)
    #expect(listed(store) == 3)
  }

  @Test func theScanReadsOnlyPlainTopLevelFields() {
    func scan(_ text: String) -> SessionHeaderScan? {
      Array(text.utf8).withUnsafeBufferPointer { SessionHeaderScan.scan($0) }
    }
    #expect(
      scan(
        #" {"a": {"status": "进行中", "id": "x"}, "id" : "7f", "n": [1, {"id": "y"}], "status": "已完成"}"#
      )
        == SessionHeaderScan(id: "7f", status: .complete))
    #expect(scan(#"{"id": "7f", "status": "进行中", "s": "a\"}"}"#)?.status == .inProgress)
    #expect(scan(#"{"id": "7f", "status": "done"}"#) == nil)  // not a status
    #expect(scan(#"{"id": "7f", "status": "已完成", "status": "进行中"}"#) == nil)  // twice
    #expect(scan(#"{"id": 7, "status": "已完成"}"#) == nil)  // not a string
    #expect(scan(#"{"id": "7\u0066", "status": "已完成"}"#) == nil)  // an escape
    #expect(scan(#"{"status": "已完成"}"#) == nil)  // no id
    #expect(scan(#"[{"id": "7f", "status": "已完成"}]"#) == nil)
    #expect(scan(#"{"id": "7f", "status": "已完成""#) == nil)  // cut short
  }
}
