import DuchaPlan

/// Makes the `index`-th mutant of a file: one to three mutations chosen and applied with a
/// random stream derived from the campaign's seed, the file's name and `index` alone, so any
/// mutant can be rebuilt from those three values (to reproduce a crash).
public enum Mutator {
  /// The mutant's bytes and the mutations applied, in order.
  public static func mutant(of bytes: [UInt8], name: String, index: Int, seed: UInt64)
    -> (bytes: [UInt8], mutations: [Mutation])
  {
    var random = SplitMix64(
      seed: SplitMix64.mix(seed ^ SplitMix64.hash(name) ^ SplitMix64.mix(UInt64(index))))
    var result = bytes
    var applied: [Mutation] = []
    // Every mutation gets its turn in order first, so even a short run covers each of them.
    let first = Mutation.allCases[index % Mutation.allCases.count]
    for position in 0...random.below(3) {
      let mutation =
        position == 0 ? first : Mutation.allCases[random.below(Mutation.allCases.count)]
      mutation.apply(&result, &random)
      applied.append(mutation)
    }
    return (result, applied)
  }
}
