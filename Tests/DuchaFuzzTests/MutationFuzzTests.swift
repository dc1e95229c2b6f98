import DuchaChecklist
import DuchaFuzz
import Foundation
import Testing

/// The deterministic mutation fuzz run of CI (issue 7): damaged copies of every bundled
/// checklist and plan must never crash ducha, and every diagnostic they produce must say where
/// and how to fix it. `scripts/fuzz N` runs the same campaign longer, in a supervised process.
@Suite struct MutationFuzzTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let corpus = FuzzSeedFile.corpus(in: [
    root.appendingPathComponent("Checklists").path,
    root.appendingPathComponent("docs/plans").path,
  ])

  /// Mutants per corpus file in CI: each of the ten mutations leads 3 times per file.
  static let mutantsPerFile = 30

  @Test func theCorpusIsEveryBundledChecklistAndPlan() {
    #expect(Self.corpus.filter { $0.target == .checklist }.count >= 10)
    #expect(Self.corpus.filter { $0.target == .plan }.count >= 2)
  }

  @Test func theUndamagedCorpusGivesNoFindings() {
    for file in Self.corpus {
      #expect(file.target.run(file.bytes, file: file.name) == [], "\(file.name)")
    }
  }

  @Test func mutantsOfEveryFileNeverCrashAndEveryDiagnosticIsLocatedWithAFix() {
    let findings = FuzzCampaign.run(
      Self.corpus, mutants: 0..<(Self.corpus.count * Self.mutantsPerFile), seed: 20_211_026)
    #expect(findings.map(\.description) == [])
  }

  @Test func aMutantIsTheSameOnEveryRun() throws {
    let file = try #require(Self.corpus.first)
    for index in 0..<20 {
      let a = Mutator.mutant(of: file.bytes, name: file.name, index: index, seed: 7)
      let b = Mutator.mutant(of: file.bytes, name: file.name, index: index, seed: 7)
      #expect(a.bytes == b.bytes && a.mutations == b.mutations)
    }
  }

  @Test func everyMutationLeadsInTurnAndChangesTheFile() throws {
    let file = try #require(Self.corpus.first { $0.name == "lingbi-xueji.ducha" })
    for (index, mutation) in Mutation.allCases.enumerated() {
      let mutant = Mutator.mutant(of: file.bytes, name: file.name, index: index, seed: 1)
      #expect(mutant.mutations.first == mutation)
      #expect(mutant.bytes != file.bytes, "\(mutation) left the file as it was")
    }
  }

  @Test func theDamageIsWhatItSaysItIs() throws {
    let file = try #require(Self.corpus.first { $0.name == "lingbi-xueji.ducha" })
    // The first mutant of each kind, with the later mutations stripped away by seeding
    // until a single-mutation mutant comes up.
    func single(_ mutation: Mutation) throws -> [UInt8] {
      let count = Mutation.allCases.count
      let position = try #require(Mutation.allCases.firstIndex(of: mutation))
      for round in 0..<200 {
        let mutant = Mutator.mutant(
          of: file.bytes, name: file.name, index: round * count + position, seed: 3)
        if mutant.mutations == [mutation] { return mutant.bytes }
      }
      throw MutationMissing()
    }
    #expect(try single(.nulBytes).contains(0))
    #expect(String(validating: try single(.invalidUTF8), as: UTF8.self) == nil)
    let gb = try single(.gb18030)
    #expect(String(validating: gb, as: UTF8.self) == nil)
    let (decoded, found) = SourceDecoder.decode(Data(gb), file: "gb.ducha")
    #expect(decoded != nil && found.map(\.code) == ["W101"])
    #expect(try single(.truncation).count <= file.bytes.count)
    #expect(try single(.deepNesting).count >= file.bytes.count + 100)
  }

  struct MutationMissing: Error {}
}
