/// The static type of an expression, for checking rules against inputs.
enum ValueType: Equatable {
  case number, bool, text, multiple, verification, unknown

  var name: Localized {
    switch self {
    case .number: Localized("数", en: "a number")
    case .bool: Localized("是/否条件", en: "a yes/no condition")
    case .text: Localized("文字或选项", en: "text or an option")
    case .multiple: Localized("多选", en: "a multiple choice")
    case .verification: Localized("核验", en: "a verification")
    case .unknown: Localized("未知", en: "unknown")
    }
  }

  init(_ input: InputType) {
    switch input {
    case .count, .number, .percent, .discretionary: self = .number
    case .yesNo: self = .bool
    case .choice, .date, .text: self = .text
    case .multiple: self = .multiple
    case .verification: self = .verification
    }
  }
}
