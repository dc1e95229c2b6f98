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
}
