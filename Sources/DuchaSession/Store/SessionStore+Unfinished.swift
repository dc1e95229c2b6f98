import DuchaChecklist
import Foundation

extension SessionStore {
  /// How many sessions of the folder are unfinished: the number `list()` gives of sessions with
  /// status 进行中 (the newest copy of each, files that cannot be used left out), without reading
  /// every file whole.
  ///
  /// `ducha inspect` says this before its first question, and an inspector's folder holds
  /// dozens of finished inspections. A file whose top level says plainly that it is finished
  /// (`SessionHeaderScan`) is read whole only when a copy of the same session may be unfinished,
  /// since its being newer would hide that copy; every other file is read exactly as `list()`
  /// reads it. A finished file that is damaged counts for nothing either way.
  public func unfinishedCount() -> Int {
    sweepStaleTemporaries()
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    let paths = names.sorted().filter {
      $0.hasSuffix(".json") && !$0.hasPrefix(".") && !$0.hasPrefix("_")
    }.map { directory + "/" + $0 }
    let headers = paths.concurrentMap { path -> (data: Data?, header: SessionHeaderScan?) in
      guard let data = FileManager.default.contents(atPath: path) else { return (nil, nil) }
      let header = data.withUnsafeBytes { SessionHeaderScan.scan($0.bindMemory(to: UInt8.self)) }
      return (data, header)
    }
    // Files read whole: all but those plainly finished…
    var whole = headers.indices.filter { headers[$0].header?.status != .complete }
    let mayBeUnfinished = Set(whole.compactMap { headers[$0].header?.id })
    // …and the finished copies of a session that may have an unfinished copy.
    var finishedCopies: [Int] = []
    for index in headers.indices {
      guard let header = headers[index].header, header.status == .complete else { continue }
      if mayBeUnfinished.contains(header.id) { finishedCopies.append(index) }
    }
    let loaded = whole.concurrentMap { index -> Session? in
      guard let data = headers[index].data else { return nil }
      return try? Self.decode(data, path: paths[index])
    }
    // A file that could not be scanned may be a copy of a session scanned as finished.
    let loadedIDs = Set(loaded.compactMap { $0?.id })
    for index in headers.indices {
      guard let header = headers[index].header, header.status == .complete,
        !mayBeUnfinished.contains(header.id), loadedIDs.contains(header.id)
      else { continue }
      finishedCopies.append(index)
    }
    let finished = finishedCopies.concurrentMap { index -> Session? in
      guard let data = headers[index].data else { return nil }
      return try? Self.decode(data, path: paths[index])
    }
    whole += finishedCopies
    var sessions: [(path: String, session: Session)] = []
    for (index, session) in zip(whole, loaded + finished) {
      if let session { sessions.append((paths[index], session)) }
    }
    return Self.newestCopies(sessions).sessions.count { $0.session.status == .inProgress }
  }
}
