import Foundation

/// The child a case is about, as the list it came from describes them.
public struct CaseChild: Codable, Sendable, Equatable {
  /// 姓名.
  public var name: String
  /// 身份证号 (empty when the list has none).
  public var idNumber: String
  /// 性别.
  public var gender: String?
  /// 出生日期, `YYYY-MM-DD`.
  public var birthDate: String?
  /// The school the child belongs to (应就读学校, or the school of a 籍在人不在 roll call).
  public var school: String
  /// 乡镇 (街道).
  public var township: String
  /// 村 (社区).
  public var village: String?
  /// 年级 and 班级, when known (a roll call's class).
  public var grade: String?
  /// 监护人.
  public var guardian: String?
  /// 监护人联系电话.
  public var guardianPhone: String?
  /// 家庭住址.
  public var address: String?
  /// What the list said besides (特殊群体, 备注).
  public var note: String?

  /// Creates a child's description.
  public init(
    name: String, idNumber: String = "", gender: String? = nil, birthDate: String? = nil,
    school: String = "", township: String = "", village: String? = nil, grade: String? = nil,
    guardian: String? = nil, guardianPhone: String? = nil, address: String? = nil,
    note: String? = nil
  ) {
    self.name = name
    self.idNumber = idNumber
    self.gender = gender
    self.birthDate = birthDate
    self.school = school
    self.township = township
    self.village = village
    self.grade = grade
    self.guardian = guardian
    self.guardianPhone = guardianPhone
    self.address = address
    self.note = note
  }

  /// The key that makes one case per child: the ID number when there is one (upper case,
  /// half-width), otherwise name + birth date, or name + school when the birth date is unknown.
  public var key: String {
    let number = idNumber.trimmingCharacters(in: .whitespaces).uppercased()
    if !number.isEmpty { return "id:" + number }
    if let birthDate, !birthDate.isEmpty { return "name:\(name)|\(birthDate)" }
    return "name:\(name)|\(school)"
  }
}

/// One 劝返 visit: when, who went, what came of it.
public struct CaseVisit: Codable, Sendable, Equatable {
  /// The day of the visit, `YYYY-MM-DD`.
  public var date: String
  /// Who went (包保责任人, teachers, 村干部).
  public var visitors: String
  /// What came of it.
  public var outcome: String

  /// Creates a visit.
  public init(date: String, visitors: String, outcome: String) {
    self.date = date
    self.visitors = visitors
    self.outcome = outcome
  }
}

/// What the checks and the 劝返 established; each field is set by the transition that needs it.
public struct CaseFacts: Codable, Sendable, Equatable {
  /// 已在外地就读: where (school, place).
  public var elsewhere: String?
  /// The proof of study elsewhere, of a move or death (就读证明, 户籍迁移证明 …).
  public var proof: String?
  /// 已入学 / 已复学销号: the school.
  public var school: String?
  /// 已复学销号: the class (年级班级).
  public var className: String?
  /// 已复学销号: the day back.
  public var returnDate: String?
  /// 延缓入学/休学: the certificate (批准文号 or 证明).
  public var certificate: String?
  /// 迁出/死亡: which of the two.
  public var departure: String?
  /// The 劝返 visits, oldest first.
  public var visits: [CaseVisit]
  /// 限期复学通知书: the day it was issued.
  public var noticeDate: String?
  /// 限期复学: the day the guardian must bring the child back (notice + 7 days).
  public var dueDate: String?
  /// 报乡镇: the day reported.
  public var reportDate: String?
  /// 报乡镇: the number of the 行政处罚决定书.
  public var decisionNumber: String?

  /// Creates empty facts.
  public init(visits: [CaseVisit] = []) {
    self.visits = visits
  }
}

/// One case in the ledger: the child, where the case stands, and its row version (each change
/// adds one, so two terminals never overwrite each other's change unseen).
public struct CaseRecord: Codable, Sendable, Equatable {
  /// The ledger's number for the case (1, 2, …).
  public var id: Int64
  /// The child.
  public var child: CaseChild
  /// Where the case stands.
  public var status: CaseStatus
  /// The school responsible for following the child (分配的责任学校); defaults to the child's.
  public var responsibleSchool: String
  /// The person responsible (包保责任人), once assigned.
  public var assignee: String?
  /// What the checks and the 劝返 established.
  public var facts: CaseFacts
  /// Where the case came from: `file:row` of the list imported.
  public var source: String
  /// When the case was created (ISO 8601, China time).
  public var createdAt: String
  /// When it last changed.
  public var updatedAt: String
  /// The row version: 1 when created, one more after each change.
  public var version: Int

  /// Creates a record.
  public init(
    id: Int64, child: CaseChild, status: CaseStatus = .suspected, responsibleSchool: String? = nil,
    assignee: String? = nil, facts: CaseFacts = CaseFacts(), source: String, createdAt: String,
    updatedAt: String? = nil, version: Int = 1
  ) {
    self.id = id
    self.child = child
    self.status = status
    self.responsibleSchool = responsibleSchool ?? child.school
    self.assignee = assignee
    self.facts = facts
    self.source = source
    self.createdAt = createdAt
    self.updatedAt = updatedAt ?? createdAt
    self.version = version
  }
}

/// One entry of a case's history, never changed once written: who, when, why, from which state
/// to which, and what was recorded.
public struct CaseEvent: Codable, Sendable, Equatable {
  /// The case.
  public var caseID: Int64
  /// 1 for the import, then one more per change.
  public var sequence: Int
  /// When (ISO 8601, China time).
  public var time: String
  /// Who made the change (`--by`).
  public var by: String
  /// Why (`--reason`); may be empty where the change speaks for itself.
  public var reason: String
  /// What was done: 导入, 核查, 分配, 走访, 限期复学通知, 逾期, 报乡镇, 复学销号, 核实, 重新打开.
  public var action: String
  /// The state before (nil for the import).
  public var from: CaseStatus?
  /// The state after.
  public var to: CaseStatus
  /// What was recorded, as `field: value` lines (where, proof, visit, notice number …).
  public var details: [String: String]

  /// Creates an event.
  public init(
    caseID: Int64, sequence: Int, time: String, by: String, reason: String, action: String,
    from: CaseStatus?, to: CaseStatus, details: [String: String] = [:]
  ) {
    self.caseID = caseID
    self.sequence = sequence
    self.time = time
    self.by = by
    self.reason = reason
    self.action = action
    self.from = from
    self.to = to
    self.details = details
  }
}
