import DuchaInspect
import DuchaSession
import Foundation
import Testing

/// `备注 …` is the inspector's own; `备注 公开 …` marks a note for the draft 检查总结.
@Suite struct PublicNoteTests {
  typealias T = TranscriptTests

  @Test func aNoteMarked公开IsKeptForTheReportAndAPlainNoteStaysPrivate() throws {
    let directory = ResumeAndCorrectionTests.temporaryStore()
    let run = try T.run(
      input: "/备注 公开 学籍管理员为兼职，已要求配专职\n/备注 校长说下学期再配\n/备注 公开：\n/备注 public 2 PCs offline\n退出\n",
      options: T.lingbiOptions, sessions: directory)
    #expect(run.output.contains("已记下公开备注（1），会写进检查总结草稿。"))
    #expect(run.output.contains("已记下备注（1）。"))
    let session = try #require(SessionStore(directory: directory).list().sessions.first?.session)
    let notes = session.notes["1"] ?? []
    #expect(notes.map(\.kind) == [.publicNote, .note, .note, .publicNote])
    // The REPL reads full-width punctuation as its ASCII form.
    #expect(notes.map(\.text) == ["学籍管理员为兼职,已要求配专职", "校长说下学期再配", "公开:", "2 PCs offline"])
  }

  @Test(arguments: [
    ("公开 文字", "文字"), ("公开：文字", "文字"), ("公开:文字", "文字"), ("public text", "text"),
    ("公开", nil), ("公开说明", nil), ("公开 ", nil), ("文字 公开", nil),
  ])
  func theMarkIsAWordAtTheStart(typed: String, published: String?) {
    #expect(InspectionREPL.publishedNote(typed) == published)
  }
}
