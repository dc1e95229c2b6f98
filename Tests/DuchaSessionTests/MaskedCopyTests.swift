import DuchaChecklist
import DuchaSession
import Foundation
import Testing

/// A masked copy (`maskedCopy`, from the county server) is never saved: its masked ID numbers
/// would become the newest version, over the real ones.
@Suite struct MaskedCopyTests {
  @Test func aMaskedCopyIsNotSavedAndTheRealFileStays() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let store = SessionStore(directory: directory)
    var real = try emptySession()
    real.answers.values["人籍不一致人数"] = Answer(.number(2))
    real.problems = [Problem(itemID: "1", description: "张三990101201301010011 人籍不一致", time: "t")]
    try store.save(&real)
    let onDisk = try Data(contentsOf: URL(fileURLWithPath: store.path(for: real)))

    var copy = real.maskingPersonalData()
    copy.maskedCopy = true
    #expect(copy.problems.first?.description == "张三990101***********1 人籍不一致")
    copy.answers.values["人籍不一致人数"] = Answer(.number(3))
    #expect(throws: SessionStore.SaveError.maskedCopy(path: store.path(for: real))) {
      try store.save(&copy)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: store.path(for: real))) == onDisk)
    #expect(copy.saveSequence == 1)
    // The flag survives the file: a copy written and read back is still refused.
    let text = String(decoding: try SessionStore.encode(copy), as: UTF8.self)
    #expect(text.contains(#""maskedCopy" : true"#))
    var reread = try SessionStore.decode(Data(text.utf8), path: "copy.json")
    #expect(reread.maskedCopy == true)
    #expect(throws: SessionStore.SaveError.self) { try store.save(&reread) }
    // A session an inspector writes carries no such key.
    #expect(!String(decoding: onDisk, as: UTF8.self).contains("maskedCopy"))
  }
}
