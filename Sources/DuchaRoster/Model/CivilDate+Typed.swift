extension CivilDate {
  /// A date typed by a clerk in an option (`--date`): `2021-10-12`, `2021/10/12`,
  /// `2021年10月12日`, with the full-width digits and separators a Chinese input method gives
  /// (`２０２１－１０－１２`, `２０２１／１０／１２`) read as their ASCII forms.
  public init?(typed text: String) {
    let ascii = String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          // ＋ to ｚ (U+FF0B…U+FF5A) hold the full-width digits, －, ．, ／ and ：.
          (0xFF0B...0xFF5A).contains(scalar.value)
            ? Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar : scalar
        }))
    self.init(parsing: ascii)
  }
}
