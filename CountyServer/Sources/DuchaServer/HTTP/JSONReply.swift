import DuchaSync
import Foundation
import HTTPTypes
import Hummingbird

/// An answer of the API: a JSON body with a status.
struct JSONReply {
  static func ok<T: Encodable>(_ value: T) throws -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return response(.ok, try encoder.encode(value))
  }

  static func response(_ status: HTTPResponse.Status, _ data: Data) -> Response {
    Response(
      status: status, headers: [.contentType: "application/json; charset=utf-8"],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
  }
}

/// An error answered as `{"error": "…"}` with a status, the message in Chinese saying what to do.
struct APIError: HTTPResponseError {
  var status: HTTPResponse.Status
  var message: String

  init(_ status: HTTPResponse.Status, _ message: String) {
    self.status = status
    self.message = message
  }

  func response(from request: Request, context: some RequestContext) throws -> Response {
    let data = (try? JSONEncoder().encode(ServerErrorBody(error: message))) ?? Data()
    return JSONReply.response(status, data)
  }
}
