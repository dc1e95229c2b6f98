// swift-tools-version: 6.0
import PackageDescription

// The folders follow the pipeline: checklist text → syntax tree → validated model →
// evaluation (DuchaChecklist) → session (DuchaSession) → REPL (DuchaInspect) → the
// thin `ducha` executable that only parses arguments and prints.
let package = Package(
  name: "ducha",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "ducha", targets: ["ducha"]),
    .library(name: "DuchaChecklist", targets: ["DuchaChecklist"]),
    // Used by the county server's own package (Server/), which builds SwiftNIO apart.
    .library(name: "DuchaSession", targets: ["DuchaSession"]),
    .library(name: "DuchaSync", targets: ["DuchaSync"]),
    // The ledger and its store-agnostic suite, run by the server's PostgreSQL store tests too.
    .library(name: "DuchaCases", targets: ["DuchaCases"]),
    .library(name: "DuchaCasesSuite", targets: ["DuchaCasesSuite"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
  ],
  targets: [
    // The bundled checklists: Checklists/*.ducha compiled in as generated source, so a copied
    // or installed binary carries them (SwiftPM resources would need a bundle folder beside it).
    .target(name: "DuchaChecklist", plugins: ["BundleChecklists"]),
    .executableTarget(name: "DuchaBundleTool"),
    .plugin(
      name: "BundleChecklists", capability: .buildTool(), dependencies: ["DuchaBundleTool"]),
    .target(name: "DuchaTerminal"),
    .systemLibrary(
      name: "CReadline",
      path: "Sources/CReadline",
      providers: [.apt(["libreadline-dev"])]
    ),
    .target(
      name: "DuchaRender", dependencies: ["DuchaChecklist", "DuchaTerminal", "DuchaSession"]),
    .target(name: "DuchaSession", dependencies: ["DuchaChecklist"]),
    .target(
      name: "DuchaRoster",
      dependencies: [
        "DuchaChecklist", "DuchaSession", "DuchaTerminal",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    // Plans start the workflow (who inspects which units); reports come at its end.
    .target(name: "DuchaPlan", dependencies: ["DuchaChecklist", "DuchaSession", "DuchaTerminal"]),
    .target(
      name: "DuchaReport",
      dependencies: [
        "DuchaChecklist", "DuchaSession", "DuchaTerminal", "DuchaPlan",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    .target(
      name: "DuchaInspect",
      dependencies: [
        "DuchaChecklist", "DuchaSession", "DuchaTerminal", "DuchaRender", "DuchaReport",
        "DuchaRoster", "CReadline", "DuchaCases",
      ]
    ),
    // The 控辍保学 case ledger: workflow (no GRDB) and its stores (SQLite through GRDB).
    .target(
      name: "DuchaCases",
      dependencies: [
        "DuchaChecklist", "DuchaSession", "DuchaRoster", "DuchaReport", "DuchaTerminal",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    // The ledger checks every CaseStore must pass (Swift Testing), called by each store's tests.
    .target(name: "DuchaCasesSuite", dependencies: ["DuchaCases", "DuchaRoster"]),
    // The laptop side of the county server: wire format and `ducha sync` over libcurl, which
    // CCurlHTTP loads at the first request (linked, it cost every start ~5 ms: README).
    .target(
      name: "CCurlHTTP", linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]),
    .target(
      name: "DuchaSync", dependencies: ["DuchaSession", "DuchaPlan", "DuchaCases", "CCurlHTTP"]),
    .target(name: "DuchaFuzz", dependencies: ["DuchaChecklist", "DuchaPlan"]),
    .target(
      name: "DuchaCompare",
      dependencies: ["DuchaChecklist", "DuchaRoster", "DuchaReport", "DuchaSession"]),
    .executableTarget(name: "ducha-fuzz", dependencies: ["DuchaFuzz"]),
    .executableTarget(
      name: "ducha",
      dependencies: [
        "DuchaChecklist", "DuchaTerminal", "DuchaRender", "DuchaSession", "DuchaInspect",
        "DuchaReport", "DuchaRoster", "DuchaCases", "DuchaSync",
        "DuchaCompare", "DuchaPlan",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "DuchaChecklistTests", dependencies: ["DuchaChecklist"], exclude: ["Fixtures"]),
    .testTarget(name: "DuchaTerminalTests", dependencies: ["DuchaTerminal"]),
    .testTarget(
      name: "DuchaRenderTests",
      dependencies: ["DuchaRender", "DuchaTerminal", "DuchaSession", "DuchaChecklist"]),
    .testTarget(
      name: "DuchaReportTests",
      dependencies: ["DuchaReport", "DuchaChecklist", "DuchaSession", "DuchaPlan"]),
    .testTarget(
      name: "DuchaPlanTests", dependencies: ["DuchaPlan", "DuchaChecklist"], exclude: ["Fixtures"]),
    // Both suites import DuchaChecklist: declared, so a change to its types rebuilds them (an
    // undeclared import left stale objects that crashed on a changed `Input`).
    .testTarget(name: "DuchaSessionTests", dependencies: ["DuchaSession", "DuchaChecklist"]),
    // ZIPFoundation and FoundationXML: XMLReaderTests hold XMLReader to XMLParser on the parts.
    .testTarget(
      name: "DuchaRosterTests",
      dependencies: [
        "DuchaRoster", "DuchaChecklist", "DuchaSession",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "DuchaInspectTests",
      dependencies: [
        "DuchaInspect", "DuchaChecklist", "DuchaSession", "DuchaCases", "DuchaRoster",
      ],
      exclude: ["Transcripts"]),
    // Declared for the same reason as DuchaSessionTests: a new field of `Session` left stale
    // objects here that crashed copying one.
    .testTarget(
      name: "DuchaSyncTests",
      dependencies: ["DuchaSync", "DuchaSession", "DuchaChecklist", "DuchaTestSupport"]),
    .testTarget(name: "DuchaFuzzTests", dependencies: ["DuchaFuzz", "DuchaChecklist"]),
    .testTarget(
      name: "DuchaCasesTests",
      dependencies: [
        "DuchaCases", "DuchaSession", "DuchaChecklist", "DuchaRoster", "DuchaCasesSuite",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "DuchaCompareTests",
      dependencies: ["DuchaCompare", "DuchaRoster", "DuchaReport", "DuchaChecklist"]),
    .testTarget(
      name: "DuchaCLITests",
      dependencies: ["ducha", "DuchaChecklist", "DuchaSession", "DuchaTestSupport"]),
    // What more than one test target needs (a loopback port that never answers), kept under
    // Tests/ beside them; no product exports it.
    .target(name: "DuchaTestSupport", path: "Tests/DuchaTestSupport"),
  ],
  swiftLanguageModes: [.v6]
)
