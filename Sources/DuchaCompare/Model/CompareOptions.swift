import DuchaRoster
import Foundation

/// What to compare: the files, the cut-off date and the age range.
public struct CompareOptions: Sendable {
  /// Population lists (公安户籍, 民政, 残联 …).
  public var population: [String]
  /// Enrolment rosters (学籍 exports).
  public var enrolled: [String]
  /// The date ages are counted at.
  public var cutoff: CivilDate
  /// Ages in completed years, inclusive.
  public var ages: ClosedRange<Int>
  /// The encoding of CSV files; `.automatic` detects it per file.
  public var encoding: RosterEncoding
  /// About how many bytes of a CSV file one scanning task reads (tests make it tiny, so that
  /// every way a cut can fall is tried on a small file).
  public var partBytes = 16 << 20
  /// Whether diagnostics show ID numbers in full (`--reveal`); masked otherwise.
  public var reveal = false

  /// Creates options.
  public init(
    population: [String], enrolled: [String], cutoff: CivilDate, ages: ClosedRange<Int>,
    encoding: RosterEncoding = .automatic
  ) {
    self.population = population
    self.enrolled = enrolled
    self.cutoff = cutoff
    self.ages = ages
    self.encoding = encoding
  }

  /// The same file named twice on one side (`学籍/*.csv 学籍/一小.csv`): the later names are
  /// dropped and returned as given. Read twice, its rows were counted twice in 人口名单人数 and
  /// 在籍人数.
  public mutating func dropRepeatedFiles() -> [String] {
    var dropped: [String] = []
    func unique(_ paths: [String]) -> [String] {
      var seen: Set<String> = []
      return paths.filter { path in
        if seen.insert(Self.identity(path)).inserted { return true }
        dropped.append(path)
        return false
      }
    }
    population = unique(population)
    enrolled = unique(enrolled)
    return dropped
  }

  /// Files given both as a population list and as a roster: every child on such a list would
  /// be enrolled, so none of them could be found out of school.
  public var onBothSides: [String] {
    let enrolledFiles = Set(enrolled.map(Self.identity))
    return population.filter { enrolledFiles.contains(Self.identity($0)) }
  }

  /// The file a path names, however it is spelt (`./a.csv`, `学籍/../a.csv`, a link).
  static func identity(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }

  /// Reads `--ages 6-15` (also `6–15`, `6~15`, `6至15`, `６－１５`, `6-15岁`, or one age `7`).
  public static func parseAges(_ text: String) -> ClosedRange<Int>? {
    // As typed with a Chinese input method: `６－１５`, `6—15`, `6-15岁`, `6至15周岁`.
    let halfWidth = String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          (0xFF10...0xFF19).contains(scalar.value)
            ? Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar : scalar
        }))
    let plain = halfWidth.replacingOccurrences(of: "周岁", with: "")
      .replacingOccurrences(of: "岁", with: "")
    // `6-` is refused, not read as 6 alone: a range cut short would list one year's children.
    let parts = plain.split(
      omittingEmptySubsequences: false, whereSeparator: { "-–—－~～至到".contains($0) }
    ).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard (1...2).contains(parts.count), let low = Int(parts[0]), let high = Int(parts.last ?? ""),
      low >= 0, low <= high, high < 150
    else { return nil }
    return low...high
  }
}
