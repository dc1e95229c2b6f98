import DuchaSession
import Foundation

/// What the county server hands out without `--reveal` (to inspectors, leaders and schools,
/// and to the county when it does not ask for full numbers): nothing in it shows a full ID
/// number or a student's name that the records know, so the files a pull writes on another
/// laptop hold neither. The server answers with these; they live beside the wire format so
/// the laptop's tests check exactly what is sent.
public enum SharedCopy {
  /// The session files of a pull, each as `Session.sharedCopy(names:)` makes it (marked as a
  /// masked copy), with every name the pulled sessions know masked in each one's free text:
  /// one inspector's 问题 may name a child that another's roll call recorded. A body that does
  /// not decode is masked as plain text.
  public static func sessions(_ bodies: [String]) -> [String] {
    // Two passes, each holding one decoded session at a time: a county-wide pull has thousands,
    // each carrying its checklist's full text.
    var entries: [String] = []
    var units: [String] = []
    for body in bodies {
      guard let session = decode(body) else { continue }
      entries += session.studentNameEntries
      units.append(session.unit.name)
    }
    let names = StudentNames(entries, protecting: units)
    return bodies.map { body in
      guard let session = decode(body),
        let data = try? SessionStore.encode(session.sharedCopy(names: names))
      else { return PrivacyMask(names: names)(body) }
      return String(decoding: data, as: UTF8.self)
    }
  }

  private static func decode(_ body: String) -> Session? {
    try? JSONDecoder().decode(Session.self, from: Data(body.utf8))
  }

  /// A group's leader files (`GroupDocument.names`) as handed out. `_问题清单.json` keeps the
  /// names it masks (`studentNames`, which the leader's own outputs need); handed out, those
  /// names are masked wherever they stand in either file — the findings, the history, a merge
  /// decision's reason, that list itself (`张*`) — so each copy reads as every masked output
  /// does. ID numbers are masked in every file.
  public static func documents(_ documents: [GroupDocument]) -> [GroupDocument] {
    var entries: [String] = []
    var units: [String] = []
    for document in documents {
      let data = Data(document.body.utf8)
      if document.name == "_问题清单.json",
        let list = try? JSONDecoder().decode(NamesOfList.self, from: data)
      {
        entries += list.studentNames ?? []
        units += (list.entries ?? []).compactMap(\.unit)
      } else if let decisions = try? JSONDecoder().decode([UnitOf].self, from: data) {
        units += decisions.compactMap(\.unit)
      }
    }
    let mask = PrivacyMask(names: StudentNames(entries, protecting: units))
    return documents.map { document in
      var document = document
      document.body = mask(document.body)
      return document
    }
  }

  /// The unit a problem-list entry or a merge decision is about: its name is never cut by a
  /// mask (a child called 张庄 leaves 张庄小学 whole).
  private struct UnitOf: Decodable { var unit: String? }

  /// The parts of a problem list that say which names to mask and which words to leave whole,
  /// read without the report library the server does not link.
  private struct NamesOfList: Decodable {
    var studentNames: [String]?
    var entries: [UnitOf]?
  }
}
