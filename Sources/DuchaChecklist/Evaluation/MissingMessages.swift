import Foundation

/// The `缺少“…”` message of each input name, made once and shared.
///
/// A summary of 30,000 sessions just begun holds, for every unit, a pending message for every
/// input not yet recorded: two new strings per item per unit, the same text for every unit
/// (a fifth of the summary's peak heap in `heaptrack`, 2,000 sessions). Shared, each text is
/// stored once. Names are compared by their UTF-8 bytes: the message quotes the name's exact
/// bytes, and hashing Chinese text as `String` goes through its normalised form.
final class MissingMessages: @unchecked Sendable {
  /// The cache every evaluator uses.
  static let shared = MissingMessages()

  /// At most this many names are kept (a long-running server scoring many checklists); past
  /// it, messages are made each time, as before.
  static let capacity = 4096

  private let lock = NSLock()
  private var messages: [NameBytes: Localized] = [:]

  /// The message for `name`, made on first use.
  func message(for name: String) -> Localized {
    let key = NameBytes(name)
    lock.lock()
    if let known = messages[key] {
      lock.unlock()
      return known
    }
    lock.unlock()
    let made = Localized("缺少“\(name)”", en: "'\(name)' not recorded")
    lock.lock()
    defer { lock.unlock() }
    if messages.count < Self.capacity { messages[key] = made }
    return made
  }

  /// A name keyed by its bytes.
  private struct NameBytes: Hashable {
    let name: String

    init(_ name: String) { self.name = name }

    static func == (a: NameBytes, b: NameBytes) -> Bool {
      // A plain loop over the two buffers (`InertText.sameBytes`): the generic
      // `elementsEqual` cost about 900 instructions a lookup, a unit's pending items each.
      InertText.sameBytes(a.name, b.name)
    }

    func hash(into hasher: inout Hasher) {
      var name = name
      name.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
  }
}
