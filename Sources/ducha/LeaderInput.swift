import ArgumentParser
import DuchaChecklist
import DuchaReport
import DuchaSession
import DuchaSync
import Foundation

/// Options shared by the leader's commands: the folders of collected sessions.
struct FolderOptions: ParsableArguments {
  @Argument(help: "组员交来的检查记录所在的文件夹 / folder(s) of collected session files")
  var folders: [String] = []

  @OptionGroup var server: ServerSource

  @Option(
    name: .long, help: "只汇总这张清单 / only this checklist", completion: ShellCompletion.checklists)
  var checklist: String?

  @Flag(
    name: .long,
    help: "不遮蔽身份证号和学生姓名（屏幕和导出的文件都是；文件权限 0600）/ do not mask ID numbers and students' names")
  var reveal = false

  @Flag(
    name: .long,
    help: "有检查记录读不了或无法计分时，仍汇总其余的（默认：报错，退出码 3）/ go on with the readable sessions")
  var allowPartial = false

  @Flag(
    name: .long,
    help:
      "用现在的清单重新计分，而不是检查时记录的版本 / score with the current checklists, not the versions inspected with")
  var rescore = false

  /// With `--server`, the sessions and leader files are first pulled from the county server
  /// into a private temporary folder, which then stands for the folder argument; what the
  /// server conversation says follows `options` (`--lang`). Called first in each command's
  /// `run`, which has the options (this group's own would not) — not in `validate`, which
  /// ArgumentParser runs before it looks for options the command does not have: `ducha summary
  /// --bogus` was told to name a folder, and with `--server` the group's files were pulled
  /// before `--bogus` was refused.
  mutating func pullFromServer(_ options: CommonOptions) throws {
    if let folder = try server.pulledFolder(reveal: reveal, folders: folders, options) {
      folders = [folder]
    }
  }
}

/// The exit codes of every command, shown in `--help`.
let exitCodesHelp = """
  退出码 exit codes:
    0  成功 success
    1  出错：输入有误、找不到文件或清单、无法写入
       error: bad input, file or checklist not found, cannot write
    2  --script 读完时检查还没完成
       the script ended with the inspection unfinished
    3  结果不完整：有检查记录读不了或无法计分（加 --allow-partial 仍输出其余的）
       partial: some sessions could not be read or scored (--allow-partial goes on)
   64  命令行参数有误（缺选项、选项的值写法不对，如 roster --map、xlsx 没有 -o）
       bad command-line arguments: an option missing or its value malformed
  """

/// Exit status of a result left incomplete because some sessions could not be used.
let partialExitCode: Int32 = 3

/// Loads the folders' sessions, each with the checklist that scores it. Every file that cannot
/// be read or scored is named with why; unless `--allow-partial`, the command then stops with
/// exit code 3 and writes nothing, so no leader signs a summary or list made from part of the
/// folder without knowing.
func loadFolders(_ folders: FolderOptions, _ options: CommonOptions, keepingUndoLogs: Bool = true)
  throws -> SessionCollection
{
  let english = options.language == .english
  for folder in folders.folders where !isFolder(folder) {
    throw CommandFailure(
      "\(folder)：没有这个文件夹。请写放检查记录文件（*.json）的文件夹。",
      en:
        "\(folder): no such folder. Name the folder that holds the collected session files (*.json)."
    )
  }
  var collection = SessionCollection.load(
    folders.folders, library: try options.usableChecklists(), rescore: folders.rescore,
    keepingUndoLogs: keepingUndoLogs)
  // Pulled from the county server into a private folder: copies apart there are said as who
  // pushed them and what to run, not as files to move out of a folder the leader never saw.
  let mirror = folders.folders.count == 1 ? TemporaryFolders.mirrors[folders.folders[0]] : nil
  if let mirror {
    for index in collection.skipped.indices {
      guard let error = collection.skipped[index].loadError,
        let advice = FolderSync.mirroredAdvice(error, copies: mirror.copies, server: mirror.server)
      else { continue }
      collection.skipped[index].message = advice
    }
  }
  for note in collection.notes { printError(note.text(options.language)) }
  let found = collection.sessionCount + collection.skipped.count
  guard found > 0 else {
    throw CommandFailure(
      lines: [
        Localized(
          "\(folders.folders.joined(separator: "、")) 里没有检查记录文件（*.json），没有可汇总的内容。",
          en:
            "no session files (*.json) in \(folders.folders.joined(separator: ", ")); nothing to do."
        )
      ] + folders.folders.compactMap { SessionFolder.subfolderNote($0, besideOthers: false) })
  }
  // Records in a subfolder beside those in the folder were left out without a word.
  for folder in folders.folders { sayRecordsInSubfolders(folder, options, besideOthers: true) }
  try checkComplete(
    collection.skipped, used: collection.sessionCount, allowPartial: folders.allowPartial,
    fromServer: mirror != nil, options)
  if let only = folders.checklist {
    // The rule of show, test and inspect (ChecklistNaming): several beginning so are listed,
    // not all summarised together.
    let naming = ChecklistNaming.choose(only, among: collection.checklists)
    if naming.ids.count > 1 {
      throw CommandFailure(ChecklistNaming.ambiguity(only, ids: naming.ids))
    }
    collection.groups = collection.groups.filter { naming.ids.contains($0.checklist.id) }
    if naming.byBeginning, let chosen = collection.groups.first?.checklist {
      // Chosen by its beginning: said back, as show and the prompt do.
      printError(
        english ? "→ \(chosen.id) (\(chosen.title))" : "→ \(chosen.id)（\(chosen.title)）")
    }
    guard !collection.groups.isEmpty else {
      throw CommandFailure(
        "这些文件夹里没有清单“\(only)”的检查记录。", en: "no sessions of checklist '\(only)' in these folders.")
    }
  }
  return collection
}

/// Names every session left out; stops with exit code 3 unless `--allow-partial`, and with 1
/// when nothing is left at all.
func checkComplete(
  _ skipped: [SessionCollection.Skipped], used: Int, _ folders: FolderOptions,
  _ options: CommonOptions
) throws {
  try checkComplete(skipped, used: used, allowPartial: folders.allowPartial, options)
}

/// `checkComplete` for commands with their own `--allow-partial` flag; `fromServer` when the
/// files were pulled from the county server into a private folder (nothing there to move).
func checkComplete(
  _ skipped: [SessionCollection.Skipped], used: Int, allowPartial: Bool, fromServer: Bool = false,
  _ options: CommonOptions
) throws {
  guard !skipped.isEmpty else { return }
  // Each file left out, and why: the first lines of the refusal, or of the note that the
  // result covers the others.
  let files = skipped.map { item in
    Localized("✗ " + item.message.zh, en: "✗ " + item.message.en)
  }
  if used == 0 {
    throw CommandFailure(
      lines: files + [
        skipped.count == 1
          ? Localized(
            "这个检查记录文件无法使用，没有输出任何结果。", en: "the session file could not be used; nothing was written."
          )
          : Localized(
            "\(skipped.count) 个检查记录文件都无法使用，没有输出任何结果。",
            en: "none of the \(skipped.count) session files could be used; nothing was written.")
      ])
  }
  if allowPartial {
    for file in files { printError(file.text(options.language)) }
    printError(
      Localized(
        "注意：按 --allow-partial，\(skipped.count) 个文件未计入，结果只包括其余 \(used) 份检查记录。",
        en:
          "note: --allow-partial: \(skipped.count) file(s) left out, the result covers the other \(used) session(s)."
      ).text(options.language))
    return
  }
  if fromServer {
    throw CommandFailure(
      lines: files + [
        Localized(
          "结果不完整：上面 \(skipped.count) 份服务器上的记录无法使用，所以没有输出任何结果。请按上面说的处理好后重新运行，或加 --allow-partial 只汇总其余 \(used) 份检查记录。",
          en:
            "the result would be incomplete: \(skipped.count) of the server's records above could not be used, so nothing was written. Settle them as said above and run again, or add --allow-partial to go on with the other \(used) session(s)."
        )
      ], status: partialExitCode)
  }
  throw CommandFailure(
    lines: files + [
      Localized(
        "结果不完整：上面 \(skipped.count) 个文件无法使用，所以没有输出任何结果。请处理好这些文件（或移出文件夹），或加 --allow-partial 只汇总其余 \(used) 份检查记录。",
        en:
          "the result would be incomplete: \(skipped.count) file(s) above could not be used, so nothing was written. Fix or remove them, or add --allow-partial to go on with the other \(used) session(s)."
      )
    ], status: partialExitCode)
}

/// Whether `path` names an existing folder.
func isFolder(_ path: String) -> Bool {
  var isDirectory: ObjCBool = false
  return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
    && isDirectory.boolValue
}

/// Says which subfolders of `folder` hold session files that were not read
/// (`SessionFolder.subfolderNote`).
func sayRecordsInSubfolders(_ folder: String, _ options: CommonOptions, besideOthers: Bool = false)
{
  guard let note = SessionFolder.subfolderNote(folder, besideOthers: besideOthers) else { return }
  printError(note.text(options.language))
}
