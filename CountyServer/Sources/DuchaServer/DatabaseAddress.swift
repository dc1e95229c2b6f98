import Foundation
import PostgresNIO

/// Where the database is: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`. The county setup
/// writes it into `/etc/ducha/server.env` (0600) as `DUCHA_DATABASE_URL`; CI uses a throwaway
/// cluster on loopback.
public struct DatabaseAddress: Sendable, Equatable {
  /// Host name or IP address.
  public var host: String
  /// TCP port.
  public var port: Int
  /// Role name.
  public var user: String
  /// Password (nil for `trust` authentication).
  public var password: String?
  /// Database name.
  public var database: String

  /// Creates an address.
  public init(host: String, port: Int, user: String, password: String?, database: String) {
    self.host = host
    self.port = port
    self.user = user
    self.password = password
    self.database = database
  }

  /// Parses a `postgres://` URL, or says what is wrong with it.
  public init(url text: String) throws(Refusal) {
    guard let url = URLComponents(string: text),
      url.scheme == "postgres" || url.scheme == "postgresql", let host = url.host, !host.isEmpty,
      let user = url.user, !user.isEmpty
    else {
      throw Refusal("数据库地址“\(text)”写法不对；应写成 postgres://用户:密码@127.0.0.1:5432/ducha。")
    }
    let name = String(url.path.drop { $0 == "/" })
    guard !name.isEmpty else {
      throw Refusal("数据库地址“\(text)”没有数据库名；应写成 postgres://用户:密码@127.0.0.1:5432/ducha。")
    }
    self.init(
      host: host, port: url.port ?? 5432, user: user, password: url.password, database: name)
  }

  /// The address with another database name (tests and restores use throwaway databases).
  public func with(database: String) -> DatabaseAddress {
    var copy = self
    copy.database = database
    return copy
  }

  /// The client configuration: plain TCP, because PostgreSQL listens on loopback only on a
  /// county machine (the HTTPS proxy, not the database, faces the network).
  public var configuration: PostgresClient.Configuration {
    var configuration = PostgresClient.Configuration(
      host: host, port: port, username: user, password: password, database: database,
      tls: .disable)
    configuration.options.maximumConnections = 16
    configuration.options.connectTimeout = .seconds(5)
    return configuration
  }
}
