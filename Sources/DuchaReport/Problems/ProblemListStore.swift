import DuchaChecklist
import DuchaSession
import Foundation

/// The problem list of a folder, `问题清单.json`, saved atomically with mode 0600 (findings
/// name children).
public struct ProblemListStore: Sendable {
  /// The file's name inside a folder.
  public static let fileName = "_问题清单.json"

  /// Why the list could not be read (where, what, how to fix), or why a change was not saved
  /// over another command's.
  public struct LoadError: UserFacingError, Sendable {
    /// What to tell the user.
    public var message: Localized

    /// The message as printed (`UserFacingError`).
    public func said(in language: Language) -> String { message.text(language) }
  }

  /// Why the list could not be written: which folder, and what to do (`OutputFileProblem`'s
  /// words; `problems build` into a write-protected folder printed ArgumentParser's
  /// `Error: 无法写入 …`, in Chinese under `--lang en`).
  public struct SaveError: UserFacingError, Sendable {
    /// What to tell the user.
    public var message: Localized

    /// The message as printed (`UserFacingError`).
    public func said(in language: Language) -> String { message.text(language) }
  }

  /// The folder.
  public var directory: String

  /// Creates a store for `directory`.
  public init(directory: String) {
    self.directory = directory
  }

  /// The list's path (one slash after `第三组/` as a shell completes it, not `第三组//…`).
  public var path: String { (directory as NSString).appendingPathComponent(Self.fileName) }

  /// Whether the folder has a list yet.
  public var exists: Bool { FileManager.default.fileExists(atPath: path) }

  /// Reads the list, refusing a newer format.
  public func load() throws(LoadError) -> ProblemList {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LoadError(
        message: Localized(
          "\(path) 不存在：先用 ducha problems build \(directory) 生成问题清单。",
          en: "\(path) does not exist: run ducha problems build \(directory) first."))
    }
    struct Version: Decodable { var formatVersion: Int }
    if let version = try? JSONDecoder().decode(Version.self, from: data),
      version.formatVersion > ProblemList.currentFormatVersion
    {
      throw LoadError(
        message: Localized(
          "\(path)：问题清单格式第 \(version.formatVersion) 版比本程序新，请升级 ducha；文件没有改动。",
          en:
            "\(path): format \(version.formatVersion) is newer than this ducha; upgrade. The file was left untouched."
        ))
    }
    do {
      var list = try JSONDecoder().decode(ProblemList.self, from: data)
      // A list written before unit names were normalised keeps `渔沟 小学`; read as the
      // sessions' `渔沟小学` so its entries match them. The file changes only when a command
      // saves the list anyway.
      for index in list.entries.indices {
        list.entries[index].unit = UnitName.normalized(list.entries[index].unit)
      }
      try checkDeadlines(&list, data)
      return list
    } catch let error as LoadError {
      throw error
    } catch {
      let what = JSONFileProblem.located(path, error, in: data)
      throw LoadError(
        message: Localized(
          "\(what.zh)。问题清单读不了，文件没有改动；改好后重新运行（或换回一份完整的文件）。",
          en:
            "\(what.en). The problem list cannot be read and was left untouched; run again once it is mended (or a whole copy is back)."
        ))
    }
  }

  /// A deadline edited by hand into a day that does not exist (`2021-12-32`) would be printed
  /// on the 整改通知书 as “2021年12月32日”: refused at its place in the file. One written
  /// another way (`2021/12/30`) is read as `problems edit` stores it.
  private func checkDeadlines(_ list: inout ProblemList, _ data: Data) throws(LoadError) {
    for index in list.entries.indices {
      guard let deadline = list.entries[index].deadline, !deadline.isEmpty else { continue }
      do {
        list.entries[index].deadline = try ProblemDeadline.normalize(deadline)
      } catch {
        let place = JSONFieldPlace.of("entries[\(index)].deadline", in: data)
        let located = place.map { "\(path):\($0.line):\($0.column)" } ?? path
        throw LoadError(
          message: Localized(
            "\(located)：整改期限“\(deadline)”不是存在的日子（这个文件多半被手工改过）。"
              + "请在文件的这个位置改成存在的日子，写成 2021-12-15 这样；文件没有改动。",
            en:
              "\(located): the deadline \"\(deadline)\" is no real day (the file was most likely edited by hand). Correct it at this place, written as 2021-12-15; the file was left untouched."
          ))
      }
    }
  }

  /// The file's bytes as they are now; nil when there is no list.
  public func currentData() -> Data? { FileManager.default.contents(atPath: path) }

  /// Saves the list durably, unless the file is no longer `expected` (the bytes read before the
  /// change; nil for no file): another command saved the list meanwhile, and writing over it
  /// would lose that change. Throws `LoadError` then, with the file left as the other wrote it.
  /// The comparison and the write are made under the folder's lock (`FolderLock`): another
  /// process cannot write between them.
  public func save(_ list: ProblemList, replacing expected: Data?) throws {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      try FolderLock.exclusively(directory) {
        guard currentData() == expected else {
          throw LoadError(
            message: Localized(
              "\(path) 在这条命令运行时被另一条命令改过了；为了不丢掉那次修改，这次没有写入。请重新运行这条命令。",
              en:
                "\(path) was changed by another command while this one ran; nothing was written, so that change is not lost. Run this command again."
            ))
        }
        try save(list)
      }
    } catch let error as LoadError {
      throw error
    } catch {
      throw SaveError(message: explain(error))
    }
  }

  /// Saves the list durably; throws `SaveError` when it cannot be written.
  public func save(_ list: ProblemList) throws(SaveError) {
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      try AtomicFile.write(try encoder.encode(list), to: path)
    } catch {
      throw SaveError(message: OutputFileProblem.explain(path, error))
    }
  }
}
