import ArgumentParser
import DuchaChecklist
import DuchaSync
import Foundation

/// `ducha sync --server URL`: pushes the folder's sessions the county server lacks and, with
/// `--pull`, brings the group's sessions, merge decisions and problem list into the folder.
struct SyncCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "与县服务器同步：上传本机的检查记录，可取回本组的记录 · sync with the county server",
    discussion: """
      离线照常检查；联网时运行 ducha sync。已上传的不会重复，中断了再运行一次即可。
      Works offline; run it when online. Nothing is sent twice; an interrupted sync just runs again.
      退出码 exit codes: 0 同步完成 done；1 连不上服务器或服务器拒绝 unreachable or refused；
      3 有文件没有同步（已列出）some files were not synced (listed).
      """)

  @OptionGroup var options: CommonOptions
  @OptionGroup var source: ServerSource

  @Option(name: .long, help: "检查记录所在的文件夹（默认 Sessions）/ folder of sessions")
  var sessions = "Sessions"

  @Flag(name: .long, help: "取回本组的检查记录、合并决定和问题清单 / also pull the group's files")
  var pull = false

  @Option(name: .long, help: "县教育局账号：只取这个组 / county account: only this group")
  var group: String?

  @Flag(name: .long, help: "县教育局账号：取回完整的身份证号 / county account: unmasked ID numbers")
  var reveal = false

  func validate() throws {
    guard source.server != nil else {
      throw ValidationError(
        Localized(
          "请用 --server 写县服务器地址，如 --server https://ducha.example.gov.cn",
          en: "give the county server's address with --server, such as"
            + " --server https://ducha.example.gov.cn"
        ).text(options.language))
    }
  }

  func run() throws {
    let client = try source.client(options.language)
    let folder = FolderSync(directory: sessions, client: client)
    let (pull, group, reveal) = (self.pull, self.group, self.reveal)
    let report = try waitForServer {
      () async throws(SyncError) -> FolderSync.Report in
      try await folder.run(pull: pull, group: group, reveal: reveal)
    }
    let english = options.language == .english
    print(
      english
        ? "pushed \(report.pushed) version(s), \(report.alreadyThere) already on the server; pulled \(report.pulled) session(s), \(report.documents) leader file(s)."
        : "已上传 \(report.pushed) 个版本，服务器已有 \(report.alreadyThere) 个；取回 \(report.pulled) 份记录、\(report.documents) 个组长文件。"
    )
    for problem in report.messages { printError("✗ " + problem.text(options.language)) }
    if !report.messages.isEmpty { throw ExitCode(partialExitCode) }
  }
}

/// `--server` and `--token`, shared by `ducha sync` and the leader's commands.
struct ServerSource: ParsableArguments {
  @Option(
    name: .long,
    help: "县服务器地址（代替文件夹，从服务器取本组的记录）/ county server, instead of a folder")
  var server: String?

  @Option(name: .long, help: "县服务器账号令牌（默认读环境变量 DUCHA_TOKEN）/ account token")
  var token: String?

  /// A client of the server, signed in with `--token` or `DUCHA_TOKEN`, that says on stderr
  /// in `language` what it is trying while the user waits (正在连接 …, retries), so a silent
  /// address does not look like a hang and stdout stays the command's own output.
  func client(_ language: Language = CommonOptions.fromEnvironment.language) throws -> SyncClient {
    guard let server else { throw ValidationError("缺少 --server") }
    do {
      var client = try SyncClient(
        address: server, token: token ?? ProcessEnvironment.value("DUCHA_TOKEN"))
      client.progress = { printError($0.message.text(language)) }
      return client
    } catch {
      throw ValidationError(error.message.text(language))
    }
  }

  /// For a leader's command given `--server`: the server's sessions and leader files pulled
  /// into a new private folder (removed when ducha exits), to be read instead of `folders`.
  func pulledFolder(reveal: Bool, folders: [String], _ options: CommonOptions) throws -> String? {
    guard server != nil else {
      if folders.isEmpty {
        // An inspector summarising their own laptop has the sessions in ./Sessions (inspect's
        // default store): say so, rather than leave them guessing the folder's name.
        throw ValidationError(
          isFolder("Sessions")
            ? "请写检查记录所在的文件夹（本机检查的记录在 Sessions 里：在命令后面加 Sessions），或用 --server 从县服务器取"
              + " / name a folder (this computer's own sessions are in Sessions), or --server"
            : "请写检查记录所在的文件夹，或用 --server 从县服务器取 / name a folder, or --server")
      }
      return nil
    }
    guard folders.isEmpty else {
      throw ValidationError("--server 与文件夹只能写一个 / either folders or --server, not both")
    }
    let client = try client(options.language)
    let folder = try TemporaryFolders.make()
    let mirror = FolderSync(directory: folder, client: client)
    let report = try waitForServer {
      () async throws(SyncError) -> FolderSync.Report in
      try await mirror.mirror(group: nil, reveal: reveal)
    }
    for problem in report.messages { printError("✗ " + problem.text(options.language)) }
    TemporaryFolders.mirrors[folder] = (client.server.absoluteString, report.copiesApart)
    return folder
  }
}

/// Runs the server conversation `work` to the end from a synchronous command. What went wrong
/// is thrown: a `SyncError`, which `Ducha.main` says in the command's language, status 1.
func waitForServer<T: Sendable>(
  _ work: @escaping @Sendable () async throws(SyncError) -> T
) throws -> T {
  let box = ResultBox<T>()
  let done = DispatchSemaphore(value: 0)
  Task {
    do throws(SyncError) {
      box.set(.success(try await work()))
    } catch {
      box.set(.failure(error))
    }
    done.signal()
  }
  done.wait()
  switch box.get() {
  case .success(let value): return value
  case .failure(let error): throw error
  case nil: throw ExitCode(1)
  }
}

/// Carries a result out of a task to the thread waiting for it.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var result: Result<T, SyncError>?

  func set(_ value: Result<T, SyncError>) { lock.withLock { result = value } }
  func get() -> Result<T, SyncError>? { lock.withLock { result } }
}

/// Private temporary folders holding sessions pulled from the server (minors' data): 0700, and
/// removed when ducha exits.
enum TemporaryFolders {
  nonisolated(unsafe) private static var made: [String] = []
  /// For each folder pulled from a server: the server's address and the copies apart written
  /// there, so the listing of that folder names who pushed them, not the folder's files.
  nonisolated(unsafe) static var mirrors: [String: (server: String, copies: [String: PulledCopy])] =
    [:]

  static func make() throws -> String {
    let path =
      NSTemporaryDirectory() + "ducha-server-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(
      atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    if made.isEmpty {
      atexit {
        for folder in TemporaryFolders.made { try? FileManager.default.removeItem(atPath: folder) }
      }
    }
    made.append(path)
    return path
  }
}
