import Foundation

/// Why talking to the county server failed.
public enum SyncError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The server could not be reached after every retry (offline, server down).
  case unreachable(server: String, attempts: Int, detail: String)
  /// The server refused the request and said why (bad token, not allowed, bad file…).
  case refused(status: Int, message: String)
  /// The server's answer was not what this ducha expects (another program on that address?).
  case badAnswer(detail: String)
  /// The address is not an http(s) URL.
  case badAddress(String)
  /// A sync stopped by `cause` after `pushed` versions were stored: said, so the inspector
  /// knows what is already on the server, not only that the network went away.
  indirect case interrupted(pushed: Int, cause: SyncError)

  /// What to tell the user, in Chinese, with what to do.
  public var description: String {
    switch self {
    case .unreachable(let server, let attempts, let detail):
      "连不上服务器 \(server)（试了 \(attempts) 次：\(detail)）。记录都在本机，没有丢失；联网后再运行 ducha sync。"
    case .refused(let status, let message):
      "服务器拒绝（\(status)）：\(message)"
    case .badAnswer(let detail):
      "服务器的回答看不懂（\(detail)）。请确认地址是 ducha 县服务器。"
    case .badAddress(let address):
      "“\(address)”不是服务器地址。请写成 https://主机名 或 http://127.0.0.1:端口。"
    case .interrupted(let pushed, let cause):
      "同步中断：已上传 \(pushed) 个版本（服务器已存好），其余的还没有上传。" + cause.description
    }
  }
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

  /// Creates a policy.
  public init(attempts: Int, initialDelay: Duration, maximumDelay: Duration) {
    self.attempts = max(1, attempts)
    self.initialDelay = initialDelay
    self.maximumDelay = maximumDelay
  }

  /// About half a minute of retrying, for a laptop on a shaky connection.
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
  /// Seconds to connect, and the longest silence while the server answers.
  static let timeoutSeconds = 30

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
    var delay = retry.initialDelay
    var lastProblem = ""
    for attempt in 1...retry.attempts {
      switch await CurlTransport.send(
        method, url.absoluteString, headers: headers, body: body,
        timeoutSeconds: Self.timeoutSeconds)
      {
      case .answer(let status, let data):
        switch status {
        case 200..<300: return data
        case 500..<600: lastProblem = "HTTP \(status) " + Self.message(data)
        default: throw .refused(status: status, message: Self.message(data))
        }
      case .failure(let problem):
        lastProblem = problem
      case .unavailable(let problem):
        throw .unreachable(server: server.absoluteString, attempts: attempt, detail: problem)
      }
      if attempt < retry.attempts {
        try? await Task.sleep(for: delay)
        delay = min(delay * 2, retry.maximumDelay)
      }
    }
    throw .unreachable(server: server.absoluteString, attempts: retry.attempts, detail: lastProblem)
  }

  private static func message(_ data: Data) -> String {
    (try? JSONDecoder().decode(ServerErrorBody.self, from: data))?.error
      ?? String(decoding: data.prefix(200), as: UTF8.self)
  }
}
