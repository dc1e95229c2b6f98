// The libFuzzer entry point for ducha's parsers, linked by scripts/fuzz-libfuzzer against
// coverage-instrumented builds of the libraries. DUCHA_FUZZ_TARGET picks the parser:
// `checklist` (default) or `plan`. A diagnostic without a location or a fix aborts, so
// libFuzzer saves the input beside any crash it finds.
import DuchaFuzz
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

private let target: FuzzTarget =
  ProcessInfo.processInfo.environment["DUCHA_FUZZ_TARGET"] == "plan" ? .plan : .checklist

@_cdecl("LLVMFuzzerTestOneInput")
public func duchaFuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
  let problems = target.run(bytes, file: "fuzz.\(target == .plan ? "plan" : "ducha")")
  if !problems.isEmpty {
    FileHandle.standardError.write(Data((problems.joined(separator: "\n") + "\n").utf8))
    abort()
  }
  return 0
}
