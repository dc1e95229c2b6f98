import DuchaChecklist
import Foundation
import Testing

@testable import DuchaSession

/// The answer waiting for its reason, beside the session: written whole, read back, ignored when
/// it belongs to another session, removed when done.
@Suite struct AnswerDraftTests {
  @Test func aDraftIsReadBackUntilRemoved() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("answer-draft-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let draft = AnswerDraft(
      sessionID: "db59432c", input: "人员配备扣分", answer: Answer(.number(3)))

    try draft.save(in: folder)

    let path = folder + "/.db59432c.answer.json"
    #expect(AnswerDraft.path(directory: folder, id: "db59432c") == path)
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
    #expect((mode as? NSNumber)?.intValue == 0o600)
    #expect(AnswerDraft.load(directory: folder, id: "db59432c") == draft)
    // A file copied under another session's name is not that session's answer.
    try FileManager.default.copyItem(atPath: path, toPath: folder + "/.0000aaaa.answer.json")
    #expect(AnswerDraft.load(directory: folder, id: "0000aaaa") == nil)
    AnswerDraft.remove(directory: folder, id: "db59432c")
    #expect(AnswerDraft.load(directory: folder, id: "db59432c") == nil)
  }

  /// A registry figure typed over the export's is kept with the export's count; a draft left
  /// by an earlier version (no `target`) is still an input's.
  @Test func aRegistryFigureIsKeptAndAnOlderDraftIsAnInputs() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("answer-draft-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let figure = AnswerDraft(
      sessionID: "db59432c", input: "重复学籍", answer: Answer(.number(5)), target: .registry,
      before: "2")
    try figure.save(in: folder)
    #expect(AnswerDraft.load(directory: folder, id: "db59432c") == figure)

    let older = #"{"answer":{"value":{"number":3}},"input":"人员配备扣分","sessionID":"0000aaaa"}"#
    try Data(older.utf8).write(to: URL(fileURLWithPath: folder + "/.0000aaaa.answer.json"))
    let read = try #require(AnswerDraft.load(directory: folder, id: "0000aaaa"))
    #expect(read == AnswerDraft(sessionID: "0000aaaa", input: "人员配备扣分", answer: Answer(.number(3))))
    #expect(read.target == nil)
  }
}
