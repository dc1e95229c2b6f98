import CCurlHTTP
import Foundation

/// One HTTP exchange through libcurl (`CCurlHTTP`), loaded at the first request rather than
/// linked: FoundationNetworking's URLSession linked libcurl and its thirty libraries into every
/// start of `ducha`, about 5 ms of the dynamic loader's time when nothing talks to a server
/// (README, issue 13 point 1). Each request blocks a thread of its own while curl works, so the
/// concurrency pool is never held; curl's handles, and with them open connections, are reused.
enum CurlTransport {
  /// An answer, whatever its status, or why there was none.
  enum Outcome: Sendable {
    case answer(status: Int, body: Data)
    /// No answer: could not connect, time-out, connection broken.
    case failure(String)
    /// libcurl could not be loaded: trying again will not help.
    case unavailable(String)
  }

  /// The limits of one request: how long to wait for the connection, and the longest silence
  /// once connected.
  struct Limits: Sendable {
    var connectMilliseconds: Int
    var silenceSeconds: Int
  }

  /// Sends `method url` with `headers` ("Name: value") and `body`.
  static func send(
    _ method: String, _ url: String, headers: [String], body: Data?, limits: Limits
  ) async -> Outcome {
    await withCheckedContinuation { continuation in
      let thread = Thread {
        continuation.resume(returning: perform(method, url, headers, body, limits: limits))
      }
      thread.start()
    }
  }

  private static func perform(
    _ method: String, _ url: String, _ headers: [String], _ body: Data?, limits: Limits
  ) -> Outcome {
    // C strings that live through the call: the header lines, then the request itself.
    // A line end inside a value (a pasted token) would start another header line.
    let lines = headers.map { strdup($0.filter { $0 != "\r" && $0 != "\n" }) }
    defer { lines.forEach { free($0) } }
    let pointers: [UnsafePointer<CChar>?] = lines.map { $0.map { UnsafePointer($0) } }
    let bytes = body ?? Data()
    var response = ducha_http_response()
    defer { ducha_http_response_free(&response) }
    let result = method.withCString { method in
      url.withCString { url in
        pointers.withUnsafeBufferPointer { headerList in
          bytes.withUnsafeBytes { raw in
            var request = ducha_http_request(
              method: method, url: url, headers: headerList.baseAddress,
              header_count: headerList.count, body: body == nil ? nil : raw.baseAddress,
              body_length: raw.count, timeout_seconds: limits.silenceSeconds,
              connect_timeout_ms: max(1, limits.connectMilliseconds))
            return ducha_http_perform(&request, &response)
          }
        }
      }
    }
    guard result == 0 else {
      let message = withUnsafeBytes(of: &response.error) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      return result == 2 ? .unavailable(message) : .failure(message)
    }
    let answer =
      response.body.map { Data(bytes: $0, count: response.body_length) } ?? Data()
    return .answer(status: response.status, body: answer)
  }
}
