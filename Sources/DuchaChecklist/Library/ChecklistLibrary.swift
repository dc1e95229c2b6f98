import Foundation

/// The checklists ducha can use, searched in order: folders on disk (`--checklists DIR`,
/// `DUCHA_CHECKLISTS`, `./Checklists`), then the set compiled into the program. A checklist
/// found earlier wins over one with the same id or file name found later.
public struct ChecklistLibrary: Sendable {
  /// A place searched, for messages that must say where ducha looked.
  public struct Place: Sendable, Equatable {
    /// How the place was named.
    public enum Kind: Sendable, Equatable {
      /// `--checklists DIR`.
      case option
      /// The `DUCHA_CHECKLISTS` environment variable.
      case environment
      /// `Checklists/` in the working directory.
      case workingDirectory
    }

    /// How it was named.
    public var kind: Kind
    /// The folder.
    public var folder: String

    /// Creates a place.
    public init(kind: Kind, folder: String) {
      self.kind = kind
      self.folder = folder
    }
  }

  /// A checklist file of the library, loaded.
  public struct Loaded: Sendable {
    /// The file.
    public var file: ChecklistFile
    /// The checklist, when it has no errors.
    public var checklist: Checklist?
    /// Every diagnostic of the file.
    public var diagnostics: [Diagnostic]
    /// The path shown in messages.
    public var path: String { file.path }
  }

  /// Everything the library holds, with a note for each local file that replaces a different
  /// bundled one.
  public struct Contents: Sendable {
    /// The files in lookup order, later duplicates left out.
    public var loaded: [Loaded]
    /// One line per bundled checklist replaced by a different local file.
    public var notes: [Localized]
  }

  /// A checklist offered by `list`, known by its header until it is chosen.
  public struct Entry: Sendable {
    /// The file.
    public var file: ChecklistFile
    /// `清单` id, as the whole file's checklist has it.
    public var id: String
    /// `标题`, as the whole file's checklist has it.
    public var title: String
    /// The file parsed and validated, when listing it needed that already.
    public var loaded: (Checklist?, [Diagnostic])?

    /// Creates an entry.
    public init(
      file: ChecklistFile, id: String, title: String, loaded: (Checklist?, [Diagnostic])? = nil
    ) {
      self.file = file
      self.id = id
      self.title = title
      self.loaded = loaded
    }

    /// The path shown in messages.
    public var path: String { file.path }
  }

  /// What `list` found.
  public struct Listing: Sendable {
    /// The checklists offered, in lookup order, later duplicates left out.
    public var entries: [Entry]
    /// Files whose header cannot be read and which have errors: left out, as `load` leaves
    /// them out of the usable checklists.
    public var skipped: [Loaded]
    /// One line per bundled checklist replaced by a different local file.
    public var notes: [Localized]
  }

  /// The folders searched, in order.
  public var places: [Place]
  /// Whether the compiled-in checklists come last.
  public var includesBundled: Bool

  /// The first folder (kept for callers that work with one folder).
  public var directory: String { places.first?.folder ?? "Checklists" }

  /// A library of one folder only, without the bundled checklists (tests, `validate`).
  public init(directory: String) {
    self.places = [Place(kind: .option, folder: directory)]
    self.includesBundled = false
  }

  /// A library over `places`, then (by default) the bundled checklists.
  /// A folder named twice (say `--checklists Checklists`) is searched once.
  public init(places: [Place], includesBundled: Bool = true) {
    // Compared by the standardized absolute path, worked out only when two folders are
    // written differently: it resolves symbolic links, 0.3 million instructions a path, and
    // the usual lists (`./Checklists` alone, or `--checklists Checklists` beside it) never
    // need it.
    var kept: [Place] = []
    var standardized: [String?] = []
    func key(_ index: Int) -> String {
      if let known = standardized[index] { return known }
      let computed = Self.standardized(kept[index].folder)
      standardized[index] = computed
      return computed
    }
    for place in places where !kept.contains(where: { $0.folder == place.folder }) {
      guard !kept.isEmpty else {
        kept.append(place)
        standardized.append(nil)
        continue
      }
      let candidate = Self.standardized(place.folder)
      if !kept.indices.contains(where: { key($0) == candidate }) {
        kept.append(place)
        standardized.append(candidate)
      }
    }
    self.places = kept
    self.includesBundled = includesBundled
  }

  /// The standardized absolute form of `folder`, by which two spellings of one folder match.
  private static func standardized(_ folder: String) -> String {
    (absolute(folder) as NSString).standardizingPath
  }

  /// The variables `standard` reads.
  public static let environmentNames = ["DUCHA_CHECKLISTS"]

  /// The lookup order of the `ducha` command: `--checklists DIR`, `DUCHA_CHECKLISTS`,
  /// `./Checklists`, the bundled set.
  public static func standard(option: String?, environment: [String: String]) -> ChecklistLibrary {
    var places: [Place] = []
    if let option { places.append(Place(kind: .option, folder: option)) }
    if let folder = environment["DUCHA_CHECKLISTS"], !folder.isEmpty {
      places.append(Place(kind: .environment, folder: folder))
    }
    places.append(Place(kind: .workingDirectory, folder: "Checklists"))
    return ChecklistLibrary(places: places)
  }

  /// Folders named explicitly (option or environment) that do not exist: an error, since the
  /// user meant them.
  public var missingFolders: [Place] {
    places.filter { place in
      place.kind != .workingDirectory && !Self.isFolder(place.folder)
    }
  }

  /// Every place searched, one phrase each, e.g. `./Checklists（/home/li/Checklists，不存在）`.
  public var searchedPlaces: Localized {
    var zh: [String] = []
    var en: [String] = []
    for place in places {
      let absolute = Self.absolute(place.folder)
      let exists = Self.isFolder(place.folder)
      switch place.kind {
      case .option:
        zh.append("--checklists \(place.folder)" + (exists ? "" : "（不存在）"))
        en.append("--checklists \(place.folder)" + (exists ? "" : " (does not exist)"))
      case .environment:
        zh.append("DUCHA_CHECKLISTS=\(place.folder)" + (exists ? "" : "（不存在）"))
        en.append("DUCHA_CHECKLISTS=\(place.folder)" + (exists ? "" : " (does not exist)"))
      case .workingDirectory:
        zh.append("./Checklists（\(absolute)" + (exists ? "）" : "，不存在）"))
        en.append("./Checklists (\(absolute)" + (exists ? ")" : ", does not exist)"))
      }
    }
    if includesBundled {
      zh.append("内置清单（\(BundledChecklists.count) 张）")
      en.append("the bundled checklists (\(BundledChecklists.count))")
    }
    return Localized(zh.joined(separator: "、"), en: en.joined(separator: ", "))
  }

  /// The `.ducha` files of the folders, in lookup order and by name within a folder.
  public func files() -> [String] {
    places.flatMap { place in
      let names = (try? FileManager.default.contentsOfDirectory(atPath: place.folder)) ?? []
      return names.filter { $0.hasSuffix(".ducha") }.sorted().map {
        (place.folder as NSString).appendingPathComponent($0)
      }
    }
  }

  /// Every file, folders first, then the bundled set, with nothing left out.
  public func allFiles() -> [ChecklistFile] {
    files().compactMap(ChecklistFile.read(path:)) + (includesBundled ? BundledChecklists.files : [])
  }

  /// Loads every checklist in lookup order. A file whose id or name was already found in an
  /// earlier place is left out; a bundled one that differs from the local file gets a note.
  public func load() -> Contents {
    let files = allFiles()
    // Every file is parsed and validated up front, on all cores, except a bundled file whose
    // bytes equal a folder's file of the same name: the folder's file wins, so its result is
    // never used. `resolve` loads on demand anything not parsed here.
    var localData: [String: [Data]] = [:]
    for file in files where file.origin != .bundled {
      localData[file.name, default: []].append(file.data)
    }
    let wanted = files.indices.filter { index in
      files[index].origin != .bundled
        || !(localData[files[index].name]?.contains(files[index].data) ?? false)
    }
    let results = wanted.map { files[$0] }.concurrentMap { $0.load() }
    var loads = Dictionary(uniqueKeysWithValues: zip(wanted, results))
    func result(_ index: Int) -> (Checklist?, [Diagnostic]) {
      if let known = loads[index] { return known }
      let fresh = files[index].load()
      loads[index] = fresh
      return fresh
    }
    let (winners, notes) = Self.resolve(files) { result($0).0?.id }
    let loaded = winners.map { index in
      let (checklist, diagnostics) = result(index)
      return Loaded(file: files[index], checklist: checklist, diagnostics: diagnostics)
    }
    return Contents(loaded: loaded, notes: notes)
  }

  /// Lists the checklists in lookup order from their headers (`ChecklistHeader`), with the
  /// same rules as `load`, without parsing or validating the rest of each file. A file whose
  /// header cannot be read is loaded whole: kept when it is usable after all, else returned
  /// among `skipped` with its diagnostics, as `load` would have.
  public func list() -> Listing {
    list(of: allFiles())
  }

  /// `list()` with the checklist file at `path` first, when `path` names a file: a county's new
  /// form saved anywhere (`ducha inspect --checklist ./新细则.ducha`) is offered and wins over a
  /// checklist of the same name or id in the folders, as `file(for:)` finds it for `show`.
  public func list(including path: String?) -> Listing {
    guard let path, Self.isFile(path), let named = ChecklistFile.read(path: path) else {
      return list()
    }
    // The same file found again in a folder is left out, not listed twice.
    let key = (Self.absolute(path) as NSString).standardizingPath
    let others = allFiles().filter {
      $0.origin == .bundled || (Self.absolute($0.path) as NSString).standardizingPath != key
    }
    return list(of: [named] + others)
  }

  private func list(of files: [ChecklistFile]) -> Listing {
    // The headers of local files and of the bundled files a local file does not equal by name
    // and bytes; the rest are scanned on demand (`resolve` asks for a bundled file's id only
    // when a different local file claims its name or id).
    // An array by index, not a dictionary: the dictionary's generic type cost more to set up
    // at run time than the lookups it served.
    var headers = [ChecklistHeader??](repeating: nil, count: files.count)
    var loads: [Int: (Checklist?, [Diagnostic])] = [:]
    func header(_ index: Int) -> ChecklistHeader? {
      if let known = headers[index] { return known }
      let scanned = ChecklistHeader.scan(files[index])
      headers[index] = .some(scanned)
      return scanned
    }
    func id(_ index: Int) -> String? {
      if let header = header(index) { return header.id }
      if let known = loads[index] { return known.0?.id }
      let loaded = files[index].load()
      loads[index] = loaded
      return loaded.0?.id
    }
    let (winners, notes) = Self.resolve(files, id: id)
    var entries: [Entry] = []
    var skipped: [Loaded] = []
    for index in winners {
      let file = files[index]
      if let header = header(index) {
        entries.append(Entry(file: file, id: header.id, title: header.title))
      } else if let loaded = loads[index], let checklist = loaded.0 {
        entries.append(
          Entry(file: file, id: checklist.id, title: checklist.title, loaded: loaded))
      } else {
        let loaded = loads[index] ?? file.load()
        skipped.append(Loaded(file: file, checklist: loaded.0, diagnostics: loaded.1))
      }
    }
    return Listing(entries: entries, skipped: skipped, notes: notes)
  }

  /// The lookup rules shared by `load` and `list`: of the files in lookup order, the indices of
  /// those kept, and the notes for bundled files that a different local file replaces. `id`
  /// gives a file's checklist id, or nil when it has none (it is then known by its name only).
  static func resolve(_ files: [ChecklistFile], id: (Int) -> String?) -> (
    winners: [Int], notes: [Localized]
  ) {
    var winners: [Int] = []
    var notes: [Localized] = []
    var earlier: [String: ChecklistFile] = [:]  // id or file name → the file that claimed it
    var current: [String: ChecklistFile] = [:]
    var origin: ChecklistFile.Origin?
    for (index, file) in files.enumerated() {
      if file.origin != origin {
        earlier.merge(current) { first, _ in first }
        current = [:]
        origin = file.origin
      }
      // The file name decides first; the id only when the name is free.
      if let winner = earlier[file.name] {
        if file.origin == .bundled, winner.data != file.data, !sameText(winner, file) {
          notes.append(replacementNote(local: winner, bundledName: id(index) ?? file.name))
        }
        continue
      }
      let fileID = id(index)
      if let fileID, let winner = earlier[fileID] {
        if file.origin == .bundled, winner.data != file.data, !sameText(winner, file) {
          notes.append(replacementNote(local: winner, bundledName: fileID))
        }
        continue
      }
      let keys = [file.name] + (fileID.map { [$0] } ?? [])
      for key in keys where current[key] == nil { current[key] = file }
      winners.append(index)
    }
    return (winners, notes)
  }

  /// Loads every checklist of the library, with the diagnostics of each.
  public func loadAll() -> [(path: String, checklist: Checklist?, diagnostics: [Diagnostic])] {
    load().loaded.map { ($0.path, $0.checklist, $0.diagnostics) }
  }

  /// Resolves `reference` — a path, a file name with or without `.ducha` in a folder or the
  /// bundled set, a checklist id or a title — to a file.
  public func file(for reference: String) -> ChecklistFile? {
    if Self.isFile(reference), let file = ChecklistFile.read(path: reference) { return file }
    for place in places {
      for candidate in [reference, reference + ".ducha"] {
        let path = (place.folder as NSString).appendingPathComponent(candidate)
        if Self.isFile(path), let file = ChecklistFile.read(path: path) { return file }
      }
    }
    // The rest goes through the loaded library, so a folder's checklist shadows a bundled one
    // with the same id even under another file name.
    let contents = load().loaded
    let byID = contents.first { $0.checklist?.id == reference }
    let byName = contents.first {
      $0.file.name == reference || $0.file.name == reference + ".ducha"
    }
    let byTitle = contents.first { $0.checklist?.title == reference }
    return (byID ?? byName ?? byTitle)?.file
  }

  /// The usable checklists whose id, file name or title begins with `text` (two characters at
  /// least, any case): `sichuan` for sichuan-shifanxian, `灵璧` for 灵璧县学籍管理工作专项核查记录表.
  public func checklists(beginning text: String) -> [Checklist] {
    loaded(beginning: text).compactMap(\.checklist)
  }

  /// The file of the one usable checklist `checklists(beginning:)` finds; nil for none or several.
  public func file(beginning text: String) -> ChecklistFile? {
    let found = loaded(beginning: text)
    return found.count == 1 ? found[0].file : nil
  }

  private func loaded(beginning text: String) -> [Loaded] {
    load().loaded.filter { content in
      guard let checklist = content.checklist else { return false }
      return Self.begins(
        id: checklist.id, file: content.file.name, title: checklist.title, with: text)
    }
  }

  /// Whether a checklist is named by `text` as `checklists(beginning:)` reads it: its id, file
  /// name (without `.ducha`) or title begins with `text`, two characters at least, any case.
  /// The one rule for every command that takes a checklist by name (show, test, summary,
  /// followup), so a name that works for one works for all.
  public static func begins(id: String, file: String?, title: String?, with text: String) -> Bool {
    let typed = text.lowercased()
    guard typed.count >= 2 else { return false }
    let stem = file.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
    return [id, stem, title].compactMap { $0 }.contains { $0.lowercased().hasPrefix(typed) }
  }

  /// The one-line note for a local file used instead of a different bundled checklist with the
  /// same id or file name, or nil when there is none.
  public func replacementNote(for file: ChecklistFile, id: String?) -> Localized? {
    guard includesBundled, file.origin != .bundled else { return nil }
    for bundled in BundledChecklists.files where bundled.data != file.data {
      if bundled.name == file.name {
        if Self.sameText(bundled, file) { return nil }
        return Self.replacementNote(local: file, bundledName: id ?? file.name)
      }
      if let id, bundled.load().0?.id == id {
        if Self.sameText(bundled, file) { return nil }
        return Self.replacementNote(local: file, bundledName: id)
      }
    }
    return nil
  }

  /// Whether two files hold the same text once decoded as the loader decodes them: a copy that
  /// Notepad saved as GBK, with a byte-order mark or with CRLF line ends is the same checklist.
  private static func sameText(_ one: ChecklistFile, _ other: ChecklistFile) -> Bool {
    guard let first = SourceDecoder.decode(one.data, file: one.path).0?.text,
      let second = SourceDecoder.decode(other.data, file: other.path).0?.text
    else { return false }
    return ContentHash.of(first) == ContentHash.of(second)
  }

  private static func replacementNote(local: ChecklistFile, bundledName: String) -> Localized {
    Localized(
      "注意：使用本地的 \(local.path)，它与内置的同名清单（\(bundledName)）内容不同。",
      en:
        "note: using the local \(local.path), which differs from the bundled checklist \(bundledName)."
    )
  }

  /// The path of `reference` on disk or in the bundled set (see `file(for:)`).
  public func path(for reference: String) -> String? {
    file(for: reference)?.path
  }

  private static func isFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && isDirectory.boolValue
  }

  private static func isFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && !isDirectory.boolValue
  }

  private static func absolute(_ path: String) -> String {
    path.hasPrefix("/")
      ? path
      : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
  }
}
