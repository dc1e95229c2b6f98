// `ducha-fuzz`: the long mutation fuzz run behind `scripts/fuzz N`.
//
//   ducha-fuzz N [--seed S] [FOLDER…]          run N mutants of the corpus (default:
//                                              Checklists and docs/plans); print a summary
//   ducha-fuzz --child FROM TO SEED PROGRESS FOLDER…   (internal) run mutants FROM..<TO
//
// A crash would end the process that meets it, so the mutants run in a child process that
// writes each mutant's number to a progress file before running it; when the child dies, the
// supervisor records that mutant as a crash, saves its bytes under fuzz-crashes/, and starts a
// new child after it.
import DuchaFuzz
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data((message + "\n").utf8))
  exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == "--child" {
  guard arguments.count >= 6, let from = Int(arguments[1]), let to = Int(arguments[2]),
    let seed = UInt64(arguments[3])
  else { fail("usage: ducha-fuzz --child FROM TO SEED PROGRESS FOLDER…") }
  let progress = open(arguments[4], O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  let corpus = FuzzSeedFile.corpus(in: Array(arguments[5...]))
  let findings = FuzzCampaign.run(corpus, mutants: from..<to, seed: seed) { number in
    let text = Array("\(number)\n".utf8)
    _ = pwrite(progress, text, text.count, 0)
  }
  for finding in findings { print("FINDING \(finding)") }
  exit(0)
}

guard let first = arguments.first, let total = Int(first), total > 0 else {
  fail("usage: ducha-fuzz N [--seed S] [FOLDER…]   (N mutants, e.g. 10000)")
}
arguments.removeFirst()
var seed: UInt64 = 20_211_026
if let flag = arguments.firstIndex(of: "--seed") {
  guard flag + 1 < arguments.count, let value = UInt64(arguments[flag + 1]) else {
    fail("--seed takes a whole number")
  }
  seed = value
  arguments.removeSubrange(flag...(flag + 1))
}
let folders = arguments.isEmpty ? ["Checklists", "docs/plans"] : arguments
let corpus = FuzzSeedFile.corpus(in: folders)
guard !corpus.isEmpty else {
  fail("no .ducha or .plan files in \(folders.joined(separator: ", "))")
}

let progressPath = FileManager.default.temporaryDirectory
  .appendingPathComponent("ducha-fuzz-\(getpid()).progress").path
defer { unlink(progressPath) }
let started = Date()
var next = 0
var crashes: [String] = []
var findings: [String] = []
while next < total {
  unlink(progressPath)
  let child = Process()
  child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
  if !FileManager.default.isExecutableFile(atPath: child.executableURL!.path) {
    child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
  }
  child.arguments =
    ["--child", "\(next)", "\(total)", "\(seed)", progressPath] + folders
  let output = Pipe()
  child.standardOutput = output
  child.standardError = FileHandle.nullDevice
  do { try child.run() } catch { fail("cannot start a child process: \(error)") }
  let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  child.waitUntilExit()
  findings += text.split(separator: "\n").filter { $0.hasPrefix("FINDING ") }.map {
    String($0.dropFirst("FINDING ".count))
  }
  if child.terminationReason == .exit && child.terminationStatus == 0 { break }
  // The child died: the mutant in the progress file is the one that crashed it.
  let reached =
    (try? String(contentsOfFile: progressPath, encoding: .utf8))
    .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? next
  let (file, index, bytes, mutations) = FuzzCampaign.mutant(reached, of: corpus, seed: seed)
  try? FileManager.default.createDirectory(
    atPath: "fuzz-crashes", withIntermediateDirectories: true)
  let saved = "fuzz-crashes/\(file.name)-\(seed)-\(index)"
  _ = FileManager.default.createFile(atPath: saved, contents: Data(bytes))
  crashes.append(
    "\(file.name) #\(index) [\(mutations.map(\.rawValue).joined(separator: ", "))] "
      + "signal/status \(child.terminationStatus), saved as \(saved)")
  next = reached + 1
}
let seconds = Date().timeIntervalSince(started)
for crash in crashes { print("CRASH   \(crash)") }
for finding in findings { print("FINDING \(finding)") }
print(
  String(
    format: "mutants run: %d   crashes: %d   diagnostics without location or fix: %d   "
      + "time: %.1f s (%.0f mutants/s)   seed: %llu   corpus: %d files",
    total, crashes.count, findings.count, seconds, Double(total) / max(seconds, 0.001), seed,
    corpus.count))
exit(crashes.isEmpty && findings.isEmpty ? 0 : 1)
