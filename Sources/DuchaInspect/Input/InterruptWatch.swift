import Foundation

/// Write end of the self-pipe, read by the signal handler. Set before the handler is first
/// installed and never changed afterwards, so the handler only ever reads it.
nonisolated(unsafe) private var interruptPipeWriteEnd: Int32 = -1

/// Only async-signal-safe calls here: the handler just wakes up the `poll` in
/// `ReadlineLineReader.readLine`, which does the real work outside signal context.
private let interruptHandler: @convention(c) (Int32) -> Void = { _ in
  let savedErrno = errno
  var byte: UInt8 = 0
  _ = write(interruptPipeWriteEnd, &byte, 1)
  errno = savedErrno
}

/// Turns Ctrl-C into readable data on a pipe while a line is being edited.
///
/// A self-pipe rather than a flag, because the kernel may deliver SIGINT to any thread: a
/// flag would not wake the thread blocked in `poll`, a byte on a watched pipe does.
struct InterruptWatch {
  private static let pipeEnds: (read: Int32, write: Int32)? = {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else {
      return nil
    }
    for end in ends {
      // Non-blocking so neither the handler nor `drain` can ever hang on a full or empty pipe.
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
    interruptPipeWriteEnd = ends[1]
    return (ends[0], ends[1])
  }()

  /// The descriptor to poll; readable after Ctrl-C.
  let readEnd: Int32
  private let previousAction: sigaction

  /// Installs the SIGINT handler, or returns nil if no pipe could be made (Ctrl-C then keeps
  /// its previous meaning).
  static func start() -> InterruptWatch? {
    guard let ends = pipeEnds else {
      return nil
    }
    drain(ends.read)
    var action = sigaction()
    action.__sigaction_handler.sa_handler = interruptHandler
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    var previous = sigaction()
    guard sigaction(SIGINT, &action, &previous) == 0 else {
      return nil
    }
    return InterruptWatch(readEnd: ends.read, previousAction: previous)
  }

  /// Puts back whatever SIGINT did before, so outside line editing Ctrl-C means what the rest of
  /// the program wants (for example, stopping a long evaluation).
  func stop() {
    var previous = previousAction
    sigaction(SIGINT, &previous, nil)
    Self.drain(readEnd)
  }

  /// Empties the pipe so one Ctrl-C cancels one line, however many times the handler ran.
  func acknowledge() {
    Self.drain(readEnd)
  }

  private static func drain(_ descriptor: Int32) {
    var bytes = [UInt8](repeating: 0, count: 64)
    while read(descriptor, &bytes, bytes.count) > 0 {}
  }
}
