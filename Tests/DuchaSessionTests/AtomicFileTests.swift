import DuchaSession
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct AtomicFileTests {
  @Test func writeIntoMissingDirectoryThrowsWriteError() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/no-such-folder/x.json"

    let error = try #require(throws: AtomicFile.WriteError.self) {
      try AtomicFile.write(Data("{}".utf8), to: path)
    }
    #expect(error.path == path)
    #expect(error.step == "open")
    #expect(error.code == ENOENT)
    // Said in words with the fix, in both languages; it was `…/x.json: open failed: No such
    // file or directory`, English inside Chinese sentences.
    let folder = directory + "/no-such-folder"
    #expect(
      error.message.zh
        == "无法写入 \(path)：没有“\(folder)”这个文件夹（路径写错了，或还没有建）。请先建好这个文件夹，或写到已有的文件夹里。没有写入任何文件。")
    #expect(
      error.message.en
        == "cannot write \(path): there is no folder '\(folder)' (mistyped, or not made yet). Make it first, or write into a folder that exists. Nothing was written."
    )
    #expect(error.description == error.message.zh)
    #expect(!FileManager.default.fileExists(atPath: directory + "/no-such-folder"))
  }

  @Test func contentAfterWriteEqualsData() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/记录.json"
    let data = Data("{\"班级\": \"三年级2班\"}\n".utf8)

    try AtomicFile.write(data, to: path)

    #expect(try bytes(path) == data)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["记录.json"])
  }

  /// The gate runs after the new content is complete in its temporary file and before it
  /// replaces the file; a gate that throws leaves the old file and no temporary file.
  @Test func aGateThatThrowsLeavesTheOldFileAndNoTemporary() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/x.json"
    try AtomicFile.write(Data("old".utf8), to: path)
    struct Refused: Error {}
    var seenAtGate: [String] = []
    #expect(throws: Refused.self) {
      try AtomicFile.write(Data("new".utf8), to: path) {
        seenAtGate = try FileManager.default.contentsOfDirectory(atPath: directory)
        throw Refused()
      }
    }
    // At the gate the temporary file was there beside the untouched old one.
    #expect(seenAtGate.count == 2)
    #expect(seenAtGate.contains { $0.hasPrefix(".x.json.") && $0.hasSuffix(".tmp") })
    #expect(try bytes(path) == Data("old".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["x.json"])
    var gateCalls = 0
    try AtomicFile.write(Data("new".utf8), to: path) { gateCalls += 1 }
    #expect(gateCalls == 1)
    #expect(try bytes(path) == Data("new".utf8))
  }

  @Test func overwriteReplacesWholeContent() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/x.json"

    try AtomicFile.write(Data(repeating: UInt8(ascii: "a"), count: 10_000), to: path)
    try AtomicFile.write(Data("short".utf8), to: path)

    #expect(try bytes(path) == Data("short".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["x.json"])
  }

  @Test func emptyAndLargeDataAreWrittenExactly() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }

    try AtomicFile.write(Data(), to: directory + "/empty.json")
    #expect(try bytes(directory + "/empty.json").isEmpty)

    let large = Data((0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    try AtomicFile.write(large, to: directory + "/large.json")
    #expect(try bytes(directory + "/large.json") == large)
  }

  @Test func fileIsPrivateEvenWhenItExistedWithWiderPermissions() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/x.json"
    #expect(FileManager.default.createFile(atPath: path, contents: Data("old".utf8)))
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)

    try AtomicFile.write(Data("new".utf8), to: path)

    #expect(try permissions(path) == 0o600)
    #expect(try bytes(path) == Data("new".utf8))
  }

  @Test func concurrentWritesToOnePathNeverFailOrMix() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/x.json"
    // Several threads of one process (one pid) saving the same file, as an autosave and an
    // explicit save might: every write must succeed and land whole.
    let payloads = (0..<4).map { Data(repeating: UInt8(ascii: "a") + UInt8($0), count: 100_000) }
    let failures = Failures()
    DispatchQueue.concurrentPerform(iterations: payloads.count) { index in
      for _ in 0..<50 {
        do { try AtomicFile.write(payloads[index], to: path) } catch { failures.add("\(error)") }
      }
    }
    #expect(failures.all.isEmpty)
    #expect(payloads.contains(try bytes(path)))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["x.json"])
  }
}

/// Errors collected from several threads.
final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var errors: [String] = []

  func add(_ error: String) {
    lock.withLock { errors.append(error) }
  }

  var all: [String] { lock.withLock { errors } }
}

/// The permission bits of a file.
func permissions(_ path: String) throws -> Int {
  let attributes = try FileManager.default.attributesOfItem(atPath: path)
  return try #require((attributes[.posixPermissions] as? NSNumber)?.intValue) & 0o7777
}
