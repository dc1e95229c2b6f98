@preconcurrency import CReadline
import Foundation

/// State shared with readline's callbacks. readline calls plain C function pointers, which
/// cannot capture anything, so whatever they need lives here. readline itself is one global
/// editor per process, so one set of globals is no loss.
enum ReadlineCallbacks {
  /// The completion provider of `ReadlineLineReader.completer`.
  nonisolated(unsafe) static var completer: (@Sendable (String, String) -> [String])?
  /// The line delivered by the line handler; nil while the user is still typing.
  nonisolated(unsafe) static var result: LineReadResult?
  nonisolated(unsafe) fileprivate static var candidates: [String] = []
  nonisolated(unsafe) fileprivate static var nextCandidate = 0
}

/// Called by readline once per line, with NULL on Ctrl-D or end of input.
func readlineLineHandler(_ line: UnsafeMutablePointer<CChar>?) {
  // readline 8 remembers a Ctrl-D in `rl_eof_found` and, with bracketed paste on, ends the
  // line itself whenever it restores the terminal while the flag is set; nothing clears it
  // in callback mode, so after one Ctrl-D every later answer was followed by a blank line.
  // The reader ends the line after Ctrl-D itself, with or without bracketed paste.
  rl_eof_found = 0
  // Removing the handler restores the terminal settings before the program prints again.
  rl_callback_handler_remove()
  guard let line else {
    ReadlineCallbacks.result = .endOfInput
    return
  }
  // String(cString:) repairs invalid UTF-8 instead of failing.
  ReadlineCallbacks.result = .line(String(cString: line))
  free(line)
}

/// readline's attempted-completion hook: asks the completer and hands readline its candidates.
func readlineComplete(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  // Without this readline falls back to completing file names when we have no candidates.
  rl_attempted_completion_over = 1
  guard let completer = ReadlineCallbacks.completer, let text else {
    return nil
  }
  let beforeCursor = UnsafeRawBufferPointer(start: rl_line_buffer, count: Int(end))
  ReadlineCallbacks.candidates = completer(
    String(decoding: beforeCursor, as: UTF8.self), String(cString: text))
  ReadlineCallbacks.nextCandidate = 0
  return rl_completion_matches(text, readlineCandidate)
}

/// readline's generator protocol: called with state 0 first, then again until it gets NULL.
private func readlineCandidate(_ text: UnsafePointer<CChar>?, _ state: Int32)
  -> UnsafeMutablePointer<CChar>?
{
  if state == 0 {
    ReadlineCallbacks.nextCandidate = 0
  }
  let index = ReadlineCallbacks.nextCandidate
  guard index < ReadlineCallbacks.candidates.count else {
    return nil
  }
  ReadlineCallbacks.nextCandidate += 1
  // readline frees every candidate it receives.
  return strdup(ReadlineCallbacks.candidates[index])
}
