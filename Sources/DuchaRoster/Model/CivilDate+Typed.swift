import DuchaChecklist

extension CivilDate {
  /// A date typed by a clerk in an option (`--date`): `2021-10-12`, `2021/10/12`,
  /// `2021年10月12日`, with the full-width digits and separators a Chinese input method gives
  /// (`２０２１－１０－１２`, `２０２１／１０／１２`) read as their ASCII forms.
  public init?(typed text: String) {
    self.init(parsing: FullWidth.narrowed(text))
  }
}
