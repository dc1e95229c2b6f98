import ArgumentParser
import DuchaCases
import DuchaChecklist
import DuchaServer
import DuchaSync
import Foundation
import Logging

/// `ducha-server`: the county server and its administration. Argument parsing and printing
/// only; the work is in `DuchaServer`.
@main
struct DuchaServerCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ducha-server",
    abstract: "督查县服务器 · the county server ducha laptops sync with",
    subcommands: [
      Serve.self, Migrate.self, UserCommand.self, PlanCommand.self, CasesCommand.self, Audit.self,
      Count.self,
    ])
}

/// Where the database is, from `--database` or `DUCHA_DATABASE_URL`.
struct DatabaseOption: ParsableArguments {
  @Option(
    name: .long,
    help: "数据库地址 postgres://用户:密码@127.0.0.1:5432/ducha（默认读环境变量 DUCHA_DATABASE_URL）")
  var database: String?

  func address() throws -> DatabaseAddress {
    guard let text = database ?? ProcessInfo.processInfo.environment["DUCHA_DATABASE_URL"] else {
      throw ValidationError("请用 --database 或环境变量 DUCHA_DATABASE_URL 给出数据库地址。")
    }
    do {
      return try DatabaseAddress(url: text)
    } catch {
      throw ValidationError(error.message)
    }
  }
}

func makeLogger() -> Logger {
  var logger = Logger(label: "ducha-server")
  logger.logLevel =
    ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:))
    ?? .notice
  return logger
}

struct Serve: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "启动服务器（先自动升级数据库结构）· migrate, then serve the API")
  @OptionGroup var database: DatabaseOption
  @Option(name: .long, help: "监听地址（默认只听本机，由 nginx 提供 HTTPS）/ listen address")
  var host = "127.0.0.1"
  @Option(name: .long, help: "端口 / port") var port = 8080

  func run() async throws {
    let address = try database.address()
    let logger = makeLogger()
    try await CountyServer.serve(database: address, host: host, port: port, logger: logger) {
      port in
      // Unbuffered: scripts wait for this line while the server keeps running.
      FileHandle.standardOutput.write(
        Data("ducha-server 在 http://\(host):\(port) 上运行 · listening\n".utf8))
    }
  }
}

struct Migrate: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "只升级数据库结构 · apply the database migrations and exit")
  @OptionGroup var database: DatabaseOption

  func run() async throws {
    let applied = try await CountyServer.withDatabase(try database.address(), logger: makeLogger())
    {
      try await Migrations.run(on: $0.client, logger: makeLogger())
    }
    print(
      applied.isEmpty
        ? "数据库已是最新（第 \(Migrations.latestVersion) 版）。"
        : "已升级：第 \(applied.map(String.init).joined(separator: "、")) 步。")
  }
}

struct UserCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "user", abstract: "账号 · accounts",
    subcommands: [UserAdd.self, UserList.self, UserToken.self, UserDisable.self])
}

struct UserAdd: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "新建账号，令牌只显示这一次 · create an account; the token is shown once")
  @OptionGroup var database: DatabaseOption
  @Argument(help: "姓名或账号名 / name") var name: String
  @Option(name: .long, help: "角色：检查人员、组长、县教育局、学校") var role: String
  @Option(name: .long, help: "组别（检查人员、组长必填）/ group") var group: String?
  @Option(name: .long, help: "单位（学校必填）/ unit") var unit: String?

  func validate() throws {
    guard let role = ServerRole(rawValue: role) else {
      throw ValidationError(
        "角色“\(role)”不对；应是 \(ServerRole.allCases.map(\.rawValue).joined(separator: "、")) 之一。")
    }
    if role == .inspector || role == .leader, group == nil {
      throw ValidationError("\(role.rawValue)账号要写 --group 组别。")
    }
    if role == .school, unit == nil { throw ValidationError("学校账号要写 --unit 单位名称。") }
  }

  func run() async throws {
    guard let role = ServerRole(rawValue: role) else { throw ExitCode(64) }
    let account = Account(name: name, role: role, group: group, unit: unit)
    let token = Token.make()
    let admin = ProcessInfo.processInfo.environment["USER"] ?? "admin"
    do {
      try await CountyServer.withDatabase(try database.address(), logger: makeLogger()) {
        try await Migrations.run(on: $0.client, logger: makeLogger())
        try await $0.addAccount(account, token: token, by: admin)
      }
    } catch {
      let text = String(reflecting: error)
      if text.contains("23505") || text.contains("duplicate key") {
        FileHandle.standardError.write(
          Data(
            ("账号“\(name)”已存在：本人丢了令牌就用 ducha-server user token \(name) 换一个新的；"
              + "另一个人请换一个名字。\n").utf8))
        throw ExitCode(1)
      }
      throw error
    }
    print(
      "已建账号：\(name)（\(role.rawValue)\(group.map { "，\($0)" } ?? "")\(unit.map { "，\($0)" } ?? "")）")
    print("令牌（只显示这一次，请交给本人保管）：")
    print(token)
  }
}

struct UserList: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "列出账号 · list accounts")
  @OptionGroup var database: DatabaseOption

  func run() async throws {
    let (accounts, disabled) = try await CountyServer.withDatabase(
      try database.address(), logger: makeLogger()
    ) {
      (try await $0.accounts(), try await $0.disabledAccounts())
    }
    for account in accounts {
      print(
        [
          account.name, account.role.rawValue, account.group ?? "", account.unit ?? "",
          disabled.contains(account.name) ? "已停用" : "",
        ].joined(separator: "\t"))
    }
  }
}

struct Audit: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "最近的写入记录 · the latest writes, who and when")
  @OptionGroup var database: DatabaseOption
  @Option(name: .long, help: "条数 / how many") var limit = 50

  func run() async throws {
    let entries = try await CountyServer.withDatabase(try database.address(), logger: makeLogger())
    {
      [limit] in try await $0.audit(limit: min(max(limit, 1), 10_000))
    }
    for entry in entries {
      print([entry.at, entry.account, entry.action, entry.target].joined(separator: "\t"))
    }
  }
}

struct Count: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "记录的版本数和份数（检查用）· stored versions and sessions")
  @OptionGroup var database: DatabaseOption

  func run() async throws {
    let counts = try await CountyServer.withDatabase(try database.address(), logger: makeLogger()) {
      try await $0.counts()
    }
    print("versions \(counts.versions) sessions \(counts.sessions)")
  }
}

struct PlanCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan", abstract: "检查计划 · the inspection plan", subcommands: [PlanSet.self])
}

struct PlanSet: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: "载入当前检查计划：检查人员只能上传本组检查的单位 · load the plan that limits pushes")
  @OptionGroup var database: DatabaseOption
  @Argument(help: "计划文件（.plan）/ plan file") var file: String

  func run() async throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      FileHandle.standardError.write(Data("\(file)：读不到这个文件。\n".utf8))
      throw ExitCode(1)
    }
    let text = String(decoding: data, as: UTF8.self)
    let plan: PlanAssignments
    do {
      plan = try PlanAssignments(text: text, file: file)
    } catch {
      FileHandle.standardError.write(Data((error.lines.joined(separator: "\n") + "\n").utf8))
      FileHandle.standardError.write(Data("计划有错，没有载入；改好后再运行（ducha plan check 同样列出这些错）。\n".utf8))
      throw ExitCode(1)
    }
    let admin = ProcessInfo.processInfo.environment["USER"] ?? "admin"
    try await CountyServer.withDatabase(try database.address(), logger: makeLogger()) {
      try await Migrations.run(on: $0.client, logger: makeLogger())
      try await $0.setPlan(plan, text: text, by: admin)
    }
    print("已载入检查计划 \(plan.plan.id)：\(plan.plan.allGroups.count) 个组，\(plan.plan.units.count) 个单位。")
  }
}

struct CasesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cases", abstract: "控辍保学台账 · the case ledger", subcommands: [CasesImport.self])
}

struct CasesImport: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "把疑似失学辍学名单导入服务器的台账（同 ducha cases import）· import lists into the server's ledger")
  @OptionGroup var database: DatabaseOption
  @Argument(help: "名单文件（.csv、.xlsx）或检查记录（.json）/ list or session files") var files: [String]
  @Option(name: .long, help: "导入人 / who imports") var by: String
  @Option(name: .long, help: "名单里没有学校时用这个 / school when the list has none") var school: String?
  @Option(name: .long, help: "名单里没有乡镇时用这个 / township when the list has none") var township: String?

  func run() async throws {
    let outcomes = files.map { CaseListReader.read(path: $0, school: school, township: township) }
    var failed = false
    for outcome in outcomes {
      for diagnostic in outcome.diagnostics {
        FileHandle.standardError.write(Data((diagnostic.formatted() + "\n").utf8))
      }
      failed = failed || outcome.diagnostics.hasErrors
    }
    let lists = zip(files, outcomes).filter { !$0.1.children.isEmpty }.map {
      (file: $0.0, children: $0.1.children)
    }
    guard !lists.isEmpty else {
      for file in files { print("\(file)：读入 0 人，没有可以导入的孩子") }
      FileHandle.standardError.write(
        Data("没有导入任何孩子，服务器的台账没有改动。\(failed ? "按上面每一条的改法改好名单后再导入。" : "")\n".utf8))
      throw ExitCode(1)
    }
    let results = try await CountyServer.importCases(
      lists, by: by, database: try database.address(), logger: makeLogger())
    // Names masked, as `ducha cases import` prints them without --reveal: this is a terminal on
    // the county machine, and its scrollback is not the place for the children's names.
    let privacy = CasePrivacy(reveal: false)
    for (list, result) in zip(lists, results) {
      for line in result.report(file: list.file, read: list.children.count, privacy: privacy) {
        print(line)
      }
    }
    if failed { throw ExitCode(1) }
  }
}

struct UserToken: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "token",
    abstract: "给账号换一个新令牌（旧的立即作废；停用的账号重新启用），新令牌只显示这一次 · a new token for an account")
  @OptionGroup var database: DatabaseOption
  @Argument(help: "账号名 / name") var name: String

  func run() async throws {
    let token = Token.make()
    let admin = ProcessInfo.processInfo.environment["USER"] ?? "admin"
    let found = try await CountyServer.withDatabase(try database.address(), logger: makeLogger()) {
      try await $0.replaceToken(of: name, with: token, by: admin)
    }
    guard found else {
      FileHandle.standardError.write(
        Data("没有账号“\(name)”；ducha-server user list 列出全部账号，新账号用 ducha-server user add。\n".utf8))
      throw ExitCode(1)
    }
    print("已给“\(name)”换了新令牌，旧令牌已作废。")
    print("令牌（只显示这一次，请交给本人保管）：")
    print(token)
  }
}

struct UserDisable: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "disable",
    abstract: "停用账号（如笔记本丢失），它的令牌立即不能再用；user token 重新启用 · disable an account")
  @OptionGroup var database: DatabaseOption
  @Argument(help: "账号名 / name") var name: String

  func run() async throws {
    let admin = ProcessInfo.processInfo.environment["USER"] ?? "admin"
    let found = try await CountyServer.withDatabase(try database.address(), logger: makeLogger()) {
      try await $0.disable(name, by: admin)
    }
    guard found else {
      FileHandle.standardError.write(
        Data("没有账号“\(name)”；ducha-server user list 列出全部账号。\n".utf8))
      throw ExitCode(1)
    }
    print("已停用“\(name)”：它的令牌不能再用。要重新启用，用 ducha-server user token \(name) 发新令牌。")
  }
}
