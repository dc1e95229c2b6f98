import Crypto
import Foundation

/// Account tokens: 32 random bytes shown once when the account is made; the server keeps only
/// their SHA-256, so a copy of the database does not let anyone sign in.
public enum Token {
  /// A new random token, `dch_` and 64 hex digits.
  public static func make() -> String {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
    return "dch_" + hex(bytes)
  }

  /// The stored form of `token`.
  public static func hash(_ token: String) -> String {
    hex(Array(SHA256.hash(data: Data(token.utf8))))
  }

  private static func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
  }
}
