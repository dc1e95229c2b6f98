import DuchaChecklist
import Foundation

/// Why talking to the county server failed: what happened and what to check, said by `ducha`
/// one way (`UserFacingError`).
public enum SyncError: UserFacingError, Sendable, Equatable, CustomStringConvertible {
  /// The server answered earlier in this run, then could not be reached after every retry
  /// (the connection dropped, the server went down).
  case unreachable(server: String, attempts: Int, detail: String)
  /// The server never answered: after `attempts` tries over about `seconds` seconds
  /// (a wrong address or port, no network, a hotel Wi-Fi not yet signed in, the server off).
  case notReached(server: String, attempts: Int, seconds: Int, detail: String)
  /// The server refused the request and said why (bad token, not allowed, bad file…).
  case refused(status: Int, message: String)
  /// The server's answer was not what this ducha expects (another program on that address?).
  case badAnswer(detail: String)
  /// A 4xx answer without the county server's JSON: another program on that address or port,
  /// a hotel's sign-in page.
  case notCountyServer(status: Int)
  /// The folder to pull into could not be made.
  case folderNotMade(path: String, detail: String)
  /// The address is not an http(s) URL.
  case badAddress(String)
  /// A sync stopped by `cause` after `pushed` versions were stored: said, so the inspector
  /// knows what is already on the server, not only that the network went away.
  indirect case interrupted(pushed: Int, cause: SyncError)

  /// What to tell the user, in Chinese, with what to do.
  public var description: String { message.zh }

  /// The message as printed (`UserFacingError`).
  public func said(in language: Language) -> String { message.text(language) }

  /// What to tell the user, with what to do, in Chinese and English (`--lang en`).
  public var message: Localized {
    switch self {
    case .unreachable(let server, let attempts, let detail):
      Localized(
        "连不上服务器 \(server)（试了 \(attempts) 次：\(detail)）。" + Self.safe.zh,
        en: "cannot reach the server \(server) (tried \(attempts) times: \(detail)). "
          + Self.safe.en)
    case .notReached(let server, let attempts, let seconds, let detail):
      Localized(
        "连不上服务器 \(server)（\(seconds > 0 ? "\(seconds) 秒内" : "")试了 \(attempts) 次：\(detail)）。请检查："
          + "地址和端口是否与县里管理员给的一样；本机是否联网（打开一个网页试试，宾馆、学校的 Wi-Fi 常要先在浏览器里登录）；"
          + "服务器是否开着（问县里的管理员）。" + Self.safe.zh,
        en: "cannot reach the server \(server) (tried \(attempts) times"
          + "\(seconds > 0 ? " in \(seconds) s" : ""): \(detail)). Check that the address and port are"
          + " the ones the county's administrator gave; that this computer is online (open a web page:"
          + " hotel and school Wi-Fi often wants signing in in the browser first); that the server is on"
          + " (ask the county's administrator). " + Self.safe.en)
    case .refused(let status, let message):
      Localized(
        "服务器拒绝（\(status)）：\(message)", en: "the server refused (\(status)): \(message)")
    case .notCountyServer(let status):
      Localized(
        "服务器的回答看不懂（HTTP \(status)，不是 ducha 县服务器的回答）。请确认地址和端口是 ducha 县服务器的。",
        en: "the answer is not the ducha county server's (HTTP \(status)). Check that the address"
          + " and port are the county server's.")
    case .badAnswer(let detail):
      Localized(
        "服务器的回答看不懂（\(detail)）。请确认地址和端口是 ducha 县服务器的。",
        en:
          "the server's answer cannot be read (\(detail)). Check that the address and port are the"
          + " ducha county server's.")
    case .badAddress(let address):
      Localized(
        "“\(address)”不是服务器地址。请写成 https://主机名 或 http://127.0.0.1:端口。",
        en: "“\(address)” is not a server address. Write it as https://HOST or"
          + " http://127.0.0.1:PORT.")
    case .folderNotMade(let path, let detail):
      Localized(
        "\(path)：建不了文件夹（\(detail)）。", en: "\(path): the folder cannot be made (\(detail)).")
    case .interrupted(let pushed, let cause):
      Localized(
        "同步中断：已上传 \(pushed) 个版本（服务器已存好），其余的还没有上传。" + cause.message.zh,
        en:
          "the sync stopped: \(pushed) version(s) uploaded (stored on the server), the rest not yet. "
          + cause.message.en)
    }
  }

  /// What every network failure ends with: nothing is lost.
  private static let safe = Localized(
    "记录都在本机，没有丢失；联网后再运行 ducha sync。",
    en: "The records are all on this computer, nothing is lost; run ducha sync again once online.")
}

/// How often and how patiently a request is retried: a county network drops and the server
/// or its database may restart; every request of the sync protocol is safe to repeat.
public struct RetryPolicy: Sendable {
  /// Attempts in all (at least 1).
  public var attempts: Int
  /// The first pause; doubled after each failure up to `maximumDelay`.
  public var initialDelay: Duration
  /// The longest pause.
  public var maximumDelay: Duration

  /// The longest wait for a connection to be made (TCP and TLS); a server that is slow to
  /// answer once connected still has `SyncClient.silenceSeconds`.
  public var connectTimeout: Duration
  /// How long a server that has never answered is tried before giving up: a wrong address or
  /// a blackholed port answers nothing, and retrying it for minutes only looks like a hang.
  /// Once the server has answered, a dropped connection is retried as `attempts` says.
  public var firstContactLimit: Duration

  /// Creates a policy.
  public init(
    attempts: Int, initialDelay: Duration, maximumDelay: Duration,
    connectTimeout: Duration = .seconds(8), firstContactLimit: Duration = .seconds(15)
  ) {
    self.attempts = max(1, attempts)
    self.initialDelay = initialDelay
    self.maximumDelay = maximumDelay
    self.connectTimeout = connectTimeout
    self.firstContactLimit = firstContactLimit
  }

  /// About half a minute of retrying once the server has answered, for a laptop on a shaky
  /// connection; a server that never answers is given up after 15 seconds (8 to connect).
  public static let standard = RetryPolicy(
    attempts: 8, initialDelay: .milliseconds(250), maximumDelay: .seconds(8))
}

/// An HTTP client of the county server: JSON requests with the account's token, retried on
/// network failures and on 5xx answers (the server or its database restarting).
public struct SyncClient: Sendable {
  /// The server's base address, e.g. `https://ducha.example.gov.cn`.
  public let server: URL
  /// The account's token (sent as `Authorization: Bearer …`).
  public let token: String?
  /// How requests are retried.
  public let retry: RetryPolicy
  /// The longest silence while a connected server answers (a busy server may think a while).
  static let silenceSeconds = 30
  /// Told what the client is doing while the user waits (connecting, retrying); the command
  /// line prints it, tests and the load tool leave it nil.
  public var progress: (@Sendable (SyncProgress) -> Void)?
  /// How long the first request may go unanswered before "正在连接 …" is said: a server that
  /// answers at once is not announced on every command, a slow or silent one is within a
  /// second.
  var quietFor: Duration = .seconds(1)
  /// Sends each request (libcurl; a test's stand-in).
  var transport: SyncTransport = { method, url, headers, body, limits in
    await CurlTransport.send(method, url, headers: headers, body: body, limits: limits)
  }
  /// The clock the limits are kept by (the machine's; a test's).
  var timer = SyncTimer.continuous
  private let contact = ServerContact()

  /// Creates a client for `address`.
  /// An address or token typed in full-width mode (`http：／／…`, `ｄｃｈ＿…`) or pasted with
  /// spaces around it is read as the ASCII meant (`TypedAddress`).
  public init(address: String, token: String?, retry: RetryPolicy = .standard) throws(SyncError) {
    var text = TypedAddress.halfWidth(address)
    while text.hasSuffix("/") { text.removeLast() }
    guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
      scheme == "http" || scheme == "https", url.host != nil
    else { throw .badAddress(address) }
    self.server = url
    self.token = token.map { TypedAddress.halfWidth($0) }
    self.retry = retry
  }

  /// `GET path` decoded as `T`.
  public func get<T: Decodable>(_ path: String, query: [URLQueryItem] = [], as type: T.Type)
    async throws(SyncError) -> T
  {
    try decode(T.self, try await send("GET", path, query: query, body: nil))
  }

  /// `POST path` with `body`, decoded as `T`.
  public func post<T: Decodable>(_ path: String, body: Data, as type: T.Type)
    async throws(SyncError) -> T
  {
    try decode(T.self, try await send("POST", path, query: [], body: body))
  }

  private func decode<T: Decodable>(_ type: T.Type, _ data: Data) throws(SyncError) -> T {
    do {
      return try JSONDecoder().decode(T.self, from: data)
    } catch {
      throw .badAnswer(detail: String(describing: error).prefix(120).description)
    }
  }

  /// Sends one request, retrying as `retry` says; 2xx answers return their body, 4xx throw
  /// `.refused` at once (repeating would not help).
  public func send(_ method: String, _ path: String, query: [URLQueryItem], body: Data?)
    async throws(SyncError) -> Data
  {
    guard var components = URLComponents(url: server, resolvingAgainstBaseURL: false) else {
      throw .badAddress(server.absoluteString)
    }
    components.path = components.path + path
    if !query.isEmpty { components.queryItems = query }
    guard let url = components.url else { throw .badAddress(server.absoluteString) }
    var headers = ["Content-Type: application/json"]
    if let token { headers.append("Authorization: Bearer \(token)") }
    let started = timer.now()
    let notice = announceWhenSlow()
    defer { notice?.cancel() }
    var delay = retry.initialDelay
    var lastProblem = ""
    for attempt in 1...retry.attempts {
      var connect = retry.connectTimeout
      if !contact.reached {
        // The first contact keeps to its limit, whatever the attempt.
        connect = min(connect, retry.firstContactLimit - (timer.now() - started))
      }
      let limits = CurlTransport.Limits(
        connectMilliseconds: Self.milliseconds(connect), silenceSeconds: Self.silenceSeconds)
      switch await transport(method, url.absoluteString, headers, body, limits) {
      case .answer(let status, let data):
        contact.markReached()
        switch status {
        case 200..<300: return data
        case 500..<600: lastProblem = "HTTP \(status) " + Self.message(data)
        default: throw Self.refusal(status, data)
        }
      case .failure(let problem):
        lastProblem = problem
      case .unavailable(let problem):
        throw .unreachable(server: server.absoluteString, attempts: attempt, detail: problem)
      }
      let reached = contact.reached
      guard attempt < retry.attempts else { break }
      if !reached, timer.now() - started + delay >= retry.firstContactLimit {
        throw notReached(attempts: attempt, since: started, detail: lastProblem)
      }
      // A retry is said after the line that names the server, never before it.
      announce()
      progress?(.retrying(problem: lastProblem, pause: delay, reached: reached))
      await timer.pause(delay)
      delay = min(delay * 2, retry.maximumDelay)
    }
    guard contact.reached else {
      throw notReached(attempts: retry.attempts, since: started, detail: lastProblem)
    }
    throw .unreachable(server: server.absoluteString, attempts: retry.attempts, detail: lastProblem)
  }

  /// Says "正在连接 …" once per client, the first time a request to a server not yet heard
  /// from fails or goes `quietFor` unanswered.
  private func announce() {
    guard let progress, !contact.reached else { return }
    let said = SyncProgress.connecting(
      server: server.absoluteString, limit: retry.firstContactLimit)
    contact.announceOnce { progress(said) }
  }

  /// A watch that announces the server if the request now going out is still unanswered after
  /// `quietFor`; nil when there is nothing to announce. Cancelled when the request ends.
  private func announceWhenSlow() -> Task<Void, Never>? {
    guard progress != nil, !contact.reached, !contact.announced else { return nil }
    let (client, due) = (self, timer.now() + quietFor)
    return Task {
      await client.timer.watch(due)
      guard !Task.isCancelled else { return }
      client.announce()
    }
  }

  private func notReached(attempts: Int, since started: Duration, detail: String) -> SyncError {
    .notReached(
      server: server.absoluteString, attempts: attempts,
      seconds: SyncProgress.roundedSeconds(timer.now() - started), detail: detail)
  }

  private static func milliseconds(_ duration: Duration) -> Int {
    let (seconds, attoseconds) = duration.components
    guard seconds >= 0 else { return 1 }
    return Int(min(seconds, 86_400)) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
  }

  /// A 4xx answer: the server's own message, or — when the answer is not the county server's
  /// (another program on that address or port, a hotel's sign-in page) — a bad answer that
  /// says to check the address, rather than "服务器拒绝（404）：" and nothing after it.
  private static func refusal(_ status: Int, _ data: Data) -> SyncError {
    if let body = try? JSONDecoder().decode(ServerErrorBody.self, from: data) {
      return .refused(status: status, message: body.error)
    }
    return .notCountyServer(status: status)
  }

  private static func message(_ data: Data) -> String {
    (try? JSONDecoder().decode(ServerErrorBody.self, from: data))?.error
      ?? String(decoding: data.prefix(200), as: UTF8.self)
  }
}
