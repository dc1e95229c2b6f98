/// Students' names in shared outputs: the family name stays (inspectors and schools need it to
/// find the child), the given name is hidden.
public enum PersonName {
  /// `张小明` → `张**`, `李雷` → `李*`; a one-character or empty name is left as it is.
  public static func mask(_ name: String) -> String {
    guard let first = name.first, name.count > 1 else { return name }
    return String(first) + String(repeating: "*", count: name.count - 1)
  }
}
