import DuchaSession

extension ProblemListStore {
  /// The folder's list, as `load()` reads it, with the students' names it masks: a list written
  /// before names were kept in it is given the names its folder's sessions know, so that it
  /// masks them as a list written now does.
  public func loadWithStudentNames() throws(LoadError) -> ProblemList {
    let list = try load()
    guard list.studentNames == nil else { return list }
    return list.addingStudentNames(StudentNames(sessions: SessionFolder.load([directory]).sessions))
  }
}
