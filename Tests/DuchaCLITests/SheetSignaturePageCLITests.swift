import Foundation
import Testing

/// The 核查记录表 printed as a browser prints it (headless Chromium to PDF, read back by
/// pdftotext): whatever the length of a school's problem list, the lines to sign never stand
/// alone at the top of a page, away from the record they sign for.
@Suite(.enabled(if: PrintedPDF.available, "chromium and pdftotext are not installed"))
struct SheetSignaturePageCLITests {
  @Test func signatureLinesNeverStartAPageAlone() throws {
    let directory = try CLI.temporaryDirectory("sheet-signatures")
    defer { try? FileManager.default.removeItem(at: directory) }
    let folder = directory.appendingPathComponent("第三组")
    // The walk records one problem; school k records k more, so the signature block's place on
    // the second page moves down a line at a time and, at some k, reaches the page's foot.
    let walk = try CLI.walkLines()
    let recorded = try #require(walk.firstIndex { $0.hasPrefix("问题 ") })
    for count in 0..<30 {
      let extra = (0..<count).map { "问题 第\($0 + 1)条：档案盒未按年级分类存放，转学手续材料缺少家长签字" }
      let script = directory.appendingPathComponent("walk-\(count).input")
      try CLI.writeScript(
        Array(walk[...recorded]) + extra + Array(walk[(recorded + 1)...]), to: script)
      let unit = String(format: "学校%02d", count)
      let options = CLI.walkOptions.map { $0 == "渔沟小学" ? unit : $0 }
      let run = try runDucha(
        ["inspect"] + options + ["--sessions", folder.path, "--script", script.path],
        in: directory)
      try #require(run.status == 0, "\(unit): \(run.errors)")
    }
    let html = directory.appendingPathComponent("核查记录表.html")
    let sheet = try runDucha(
      ["sheet", folder.path, "-o", html.path, "--checklists", CLI.checklists], in: directory)
    try #require(sheet.status == 0, "\(sheet.errors)")
    let pages = try PrintedPDF.pages(of: html, in: directory)
    let signed = pages.filter { $0.contains("被检查单位负责人（签字）") }
    #expect(signed.count == 30)
    for page in signed {
      let first = page.components(separatedBy: "\n").first {
        !$0.trimmingCharacters(in: .whitespaces).isEmpty
      }
      #expect(first?.trimmingCharacters(in: .whitespaces) != "检查人员：李辉、王雷", "\(page)")
    }
  }
}

/// A page printed to PDF by headless Chromium, as `scripts/render-report` does, and read back
/// page by page with pdftotext.
enum PrintedPDF {
  /// The browser, when one is installed.
  static let browser: String? = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap {
    name in
    ["/usr/bin/", "/usr/local/bin/", "/snap/bin/"].map { $0 + name }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }.first

  static let available: Bool =
    browser != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")

  /// The text of each printed page of `html`.
  static func pages(of html: URL, in directory: URL) throws -> [String] {
    let pdf = directory.appendingPathComponent("printed.pdf")
    let profile = directory.appendingPathComponent("browser-profile")
    let print = try runDucha(
      [], in: directory,
      shell:
        "'\(browser ?? "chromium")' --headless --disable-gpu --no-sandbox --no-first-run "
        + "--disable-dev-shm-usage --user-data-dir='\(profile.path)' --no-pdf-header-footer "
        + "--print-to-pdf='\(pdf.path)' 'file://\(html.path)' >/dev/null 2>&1; "
        + "/usr/bin/pdftotext -layout '\(pdf.path)' -")
    guard print.status == 0, !print.output.isEmpty else {
      throw TestFailure("printing \(html.lastPathComponent) failed: \(print.errors)")
    }
    return print.output.components(separatedBy: "\u{0C}")
  }
}
