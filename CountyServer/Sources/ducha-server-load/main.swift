import DuchaChecklist
import DuchaSession
import DuchaSync
import Foundation

// Simulated laptops for scripts/load-server: each pushes `versions` successive saves of its own
// session through the real sync client, all laptops at once; prints throughput and latency.
// Usage: ducha-server-load URL TOKEN CHECKLIST LAPTOPS VERSIONS PREFIX
let arguments = CommandLine.arguments
guard arguments.count == 7, let laptops = Int(arguments[4]), let versions = Int(arguments[5]),
  (1...10_000).contains(laptops), (1...1_000).contains(versions)
else {
  FileHandle.standardError.write(
    Data(
      "usage: ducha-server-load URL TOKEN CHECKLIST LAPTOPS(1-10000) VERSIONS(1-1000) PREFIX\n".utf8
    ))
  exit(64)
}
let (url, token, checklistPath, prefix) = (arguments[1], arguments[2], arguments[3], arguments[6])
let (loaded, _) = ChecklistLoader.load(path: checklistPath)
guard let checklist = loaded else {
  FileHandle.standardError.write(Data("\(checklistPath): not a valid checklist\n".utf8))
  exit(1)
}

/// The file a laptop holds after its `sequence`-th save.
func sessionFile(laptop: Int, sequence: Int) throws -> Data {
  var session = Session(
    id: "\(prefix)\(laptop)", checklist: checklist,
    unit: Session.Unit(name: "学校\(laptop)", kind: .school, stages: [.primary]), group: nil,
    inspectors: ["检查人员\(laptop)"], date: "2021-11-05", year: 2021,
    now: "2021-11-05T09:00:00+08:00")
  session.saveSequence = sequence
  session.updatedAt = String(format: "2021-11-05T10:%02d:%02d+08:00", sequence / 60, sequence % 60)
  session.notes["1"] = [ItemNote(kind: .note, text: "第 \(sequence) 次保存", time: session.updatedAt)]
  return try SessionStore.encode(session)
}

/// Patient enough to ride out a server or database restart (about a minute in all).
let patience = RetryPolicy(
  attempts: 40, initialDelay: .milliseconds(200), maximumDelay: .seconds(2))

struct LaptopResult: Sendable {
  var latencies: [Double] = []
  var stored = 0
  var failures: [String] = []
}

let started = ContinuousClock.now
let results = await withTaskGroup(of: LaptopResult.self) { group in
  for laptop in 0..<laptops {
    group.addTask {
      var result = LaptopResult()
      guard let client = try? SyncClient(address: url, token: token, retry: patience) else {
        result.failures.append("bad address")
        return result
      }
      for sequence in 1...versions {
        do {
          let body = try sessionFile(laptop: laptop, sequence: sequence)
          let begin = ContinuousClock.now
          let receipt = try await client.post(SyncRoute.sessions, body: body, as: PushReceipt.self)
          let elapsed = ContinuousClock.now - begin
          result.latencies.append(
            Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds)
              / 1e15)
          if receipt.stored { result.stored += 1 }
        } catch {
          result.failures.append("\(prefix)\(laptop) #\(sequence): \(error)")
        }
      }
      return result
    }
  }
  var all: [LaptopResult] = []
  for await result in group { all.append(result) }
  return all
}
let elapsed = ContinuousClock.now - started
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let latencies = results.flatMap(\.latencies).sorted()
func percentile(_ p: Double) -> Double {
  guard !latencies.isEmpty else { return 0 }
  return latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))]
}
let failures = results.flatMap(\.failures)
let pushes = latencies.count
print(
  String(
    format:
      "laptops %d versions %d pushed %d stored %d failed %d seconds %.1f throughput %.0f/s p50 %.1f ms p99 %.1f ms",
    laptops, versions, pushes, results.map(\.stored).reduce(0, +), failures.count, seconds,
    Double(pushes) / max(seconds, 0.001), percentile(0.5), percentile(0.99)))
for failure in failures.prefix(10) { FileHandle.standardError.write(Data((failure + "\n").utf8)) }
exit(failures.isEmpty ? 0 : 1)
