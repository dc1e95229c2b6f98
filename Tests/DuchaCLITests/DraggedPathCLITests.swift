import Foundation
import Testing

/// A folder or a session file dragged into the terminal, or typed with an input method, comes
/// with a space after it (`"第三组 "`) or inside the quotes a file manager copies a path with
/// (`'…/某校.json'`). `summary` said there was no such folder and `resume` that it could not find
/// the session. End to end with the binary.
@Suite("paths dragged into the terminal", .serialized)
struct DraggedPathCLITests {
  @Test("a trailing space or surrounding quotes around an existing path are not part of it")
  func draggedPathsAreFound() throws {
    let laptop = try PartialResultCLITests.laptopWithGroup("dragged-path")
    defer { laptop.remove() }
    let plain = try laptop.run(["summary", "第三组"])
    #expect(plain.status == 0, "\(plain.errors)")
    for typed in ["第三组 ", "第三组　", "'第三组'", "“第三组”"] {
      let run = try laptop.run(["summary", typed])
      #expect(run.status == 0, "\(typed): \(run.errors)")
      #expect(run.output == plain.output, "\(typed)")
    }
    // A name that is no folder even so is said as typed.
    let missing = try laptop.run(["summary", "第四组 "])
    #expect(missing.status == 1)
    #expect(missing.errors == "第四组 ：没有这个文件夹。请写放检查记录文件（*.json）的文件夹。\n")

    let file = try CLI.sessionFile(of: "渔沟小学", in: laptop.url("第三组"))
    let quit = laptop.url("quit.txt")
    try CLI.writeScript(["退出"], to: quit)
    for typed in [file.path + " ", "'\(file.path)'"] {
      let resumed = try laptop.run(["resume", typed, "--script", quit.path])
      #expect(!resumed.output.contains("找不到检查记录"), "\(typed): \(resumed.output)")
      #expect(resumed.output.contains("继续：渔沟小学"), "\(typed): \(resumed.output)")
    }
  }
}
