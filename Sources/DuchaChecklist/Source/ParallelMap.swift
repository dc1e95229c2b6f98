import Foundation

extension Array where Element: Sendable {
  /// `map` spread over the cores (`DispatchQueue.concurrentPerform`), results in order. For
  /// independent, CPU-bound steps such as reading and decoding ten thousand session files or
  /// scoring them; a short array runs on the calling thread.
  public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
    guard count > 1 else { return map(transform) }
    // Sixteen chunks per core keep both busy to the end when items differ in cost or a core is
    // taken away for a while (four per core left one core alone with the last chunk for up to
    // an eighth of a summary's scoring), without a dispatch per item.
    let chunks = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount * 16)
    let source = self
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      let slots = Slots(buffer: buffer)
      withoutActuallyEscaping(transform) { transform in
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
          let start = chunk * source.count / chunks
          let end = (chunk + 1) * source.count / chunks
          for index in start..<end {
            slots.buffer.initializeElement(at: index, to: transform(source[index]))
          }
        }
      }
      initialized = source.count
    }
  }
}

/// The result buffer, shared by the iterations: each index is written by exactly one of them,
/// and `concurrentPerform` returns only after all have finished.
private struct Slots<T>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<T>
}
