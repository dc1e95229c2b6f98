/// A number typed on the command line with a Chinese input method in full-width mode
/// (`ducha problems edit 第三组 ３ …`, `ducha cases show １２`) is the number: ArgumentParser
/// reads only ASCII digits, and refused `３` telling the clerk to write Arabic digits, which is
/// what was typed. Only arguments made of full-width digits alone are changed, so a unit or a
/// file name with such digits in it stays as written.
enum FullWidthArguments {
  /// `arguments` with each all-full-width-digit argument in ASCII digits.
  static func halfWidthNumbers(_ arguments: [String]) -> [String] {
    arguments.map { argument in
      let scalars = argument.unicodeScalars
      guard !scalars.isEmpty, scalars.allSatisfy({ (0xFF10...0xFF19).contains($0.value) }) else {
        return argument
      }
      return String(
        String.UnicodeScalarView(scalars.compactMap { Unicode.Scalar($0.value - 0xFEE0) }))
    }
  }
}
