import Foundation

/// One file of the corpus: a bundled checklist or plan.
public struct FuzzSeedFile: Sendable {
  /// The name used in diagnostics and to derive each mutant's random stream.
  public var name: String
  /// The original bytes.
  public var bytes: [UInt8]
  /// Which parser reads it.
  public var target: FuzzTarget

  /// Creates a corpus file.
  public init(name: String, bytes: [UInt8], target: FuzzTarget) {
    self.name = name
    self.bytes = bytes
    self.target = target
  }

  /// Every `.ducha` and `.plan` file directly in `folders`, sorted by name.
  public static func corpus(in folders: [String]) -> [FuzzSeedFile] {
    folders.flatMap { folder -> [FuzzSeedFile] in
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      return names.filter { $0.hasSuffix(".ducha") || $0.hasSuffix(".plan") }.sorted()
        .compactMap { name in
          guard let data = FileManager.default.contents(atPath: folder + "/" + name) else {
            return nil
          }
          return FuzzSeedFile(name: name, bytes: Array(data), target: FuzzTarget(fileName: name))
        }
    }
  }
}

/// One mutant that broke a rule: which file, which mutant, what was done and what went wrong.
public struct FuzzFinding: Sendable, CustomStringConvertible {
  /// The corpus file.
  public var file: String
  /// The mutant's number (rebuild it with `Mutator.mutant(of:name:index:seed:)`).
  public var index: Int
  /// The mutations applied.
  public var mutations: [Mutation]
  /// What was wrong with the diagnostics.
  public var problems: [String]

  /// `file #index [mutations]: problem`.
  public var description: String {
    "\(file) #\(index) [\(mutations.map(\.rawValue).joined(separator: ", "))]: "
      + problems.joined(separator: "; ")
  }
}

/// Runs mutants of a corpus in this process: mutant `i` of the campaign is mutant `i / files`
/// of file `i % files`, so any prefix of a campaign covers every file evenly.
public enum FuzzCampaign {
  /// Runs mutants `range` of the campaign; `progress` is told each mutant's number before it
  /// runs (so a supervising process can tell which one crashed).
  public static func run(
    _ corpus: [FuzzSeedFile], mutants range: Range<Int>, seed: UInt64,
    progress: (Int) -> Void = { _ in }
  ) -> [FuzzFinding] {
    guard !corpus.isEmpty else { return [] }
    var findings: [FuzzFinding] = []
    for number in range {
      progress(number)
      let (file, index, bytes, mutations) = mutant(number, of: corpus, seed: seed)
      let problems = file.target.run(bytes, file: file.name)
      if !problems.isEmpty {
        findings.append(
          FuzzFinding(file: file.name, index: index, mutations: mutations, problems: problems))
      }
    }
    return findings
  }

  /// Mutant `number` of the campaign: its file, its index within that file and its bytes.
  public static func mutant(_ number: Int, of corpus: [FuzzSeedFile], seed: UInt64) -> (
    FuzzSeedFile, Int, [UInt8], [Mutation]
  ) {
    let file = corpus[number % corpus.count]
    let index = number / corpus.count
    let (bytes, mutations) = Mutator.mutant(
      of: file.bytes, name: file.name, index: index, seed: seed)
    return (file, index, bytes, mutations)
  }
}
