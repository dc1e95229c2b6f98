import ArgumentParser
import DuchaChecklist
import DuchaReport
import DuchaSession
import Foundation

/// Options shared by the leader's commands: the folders of collected sessions.
struct FolderOptions: ParsableArguments {
  @Argument(help: "组员交来的检查记录所在的文件夹 / folder(s) of collected session files")
  var folders: [String]

  @Option(name: .long, help: "只汇总这张清单 / only this checklist")
  var checklist: String?

  @Flag(name: .long, help: "导出时不遮蔽身份证号 / do not mask ID numbers")
  var reveal = false
}

/// Loads the folders' sessions and the checklists they use, reporting unreadable files.
func loadFolders(_ folders: FolderOptions, _ options: CommonOptions) throws -> (
  sessions: [Session], checklists: [Checklist]
) {
  let (sessions, problems) = SessionFolder.load(folders.folders)
  for problem in problems { printError(problem.message.text(options.language)) }
  guard !sessions.isEmpty else {
    printError(
      options.language == .english
        ? "no session files in \(folders.folders.joined(separator: ", "))"
        : "\(folders.folders.joined(separator: "、")) 里没有检查记录文件（*.json）。")
    throw ExitCode(1)
  }
  let ids = Set(sessions.map(\.checklistID))
  var checklists = options.library.loadAll().compactMap(\.checklist).filter { ids.contains($0.id) }
  if let only = folders.checklist {
    checklists = checklists.filter {
      $0.id == only || ($0.file as NSString).lastPathComponent.hasPrefix(only)
    }
  }
  let missing = ids.subtracting(checklists.map(\.id))
  if folders.checklist == nil, !missing.isEmpty {
    printError(
      options.language == .english
        ? "checklists not found (sessions for them are skipped): \(missing.sorted().joined(separator: ", "))"
        : "找不到这些清单，相应的记录未汇总：\(missing.sorted().joined(separator: "、"))")
  }
  return (sessions, checklists)
}

/// `ducha summary DIR`: per-unit totals ranked, outcomes, cohort ranking, items that lost
/// most, pending items and conflicts, and a draft 检查总结.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary", abstract: "汇总一个组的检查结果 · summarise a group's inspections")

  @OptionGroup var options: CommonOptions
  @OptionGroup var folders: FolderOptions

  @Option(name: .long, help: "标题 / title")
  var title: String?

  func run() throws {
    let (sessions, checklists) = try loadFolders(folders, options)
    let decisions = try MergeDecisionStore(directory: folders.folders[0]).load()
    for checklist in checklists {
      let summary = SummaryBuilder.build(
        checklist: checklist, sessions: sessions, decisions: decisions, title: title)
      print(SummaryText.format(summary))
    }
  }
}
