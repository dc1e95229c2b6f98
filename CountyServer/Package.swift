// swift-tools-version: 6.1
import PackageDescription

// The county server lives in its own package so that the inspectors' laptop build (the main
// package one folder up) never compiles SwiftNIO, Hummingbird or postgres-nio: they take
// minutes to build. It reuses the main package's libraries (the session format, masking, the
// sync wire format) by path.
let package = Package(
  name: "ducha-server",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "ducha-server", targets: ["ducha-server"]),
    .executable(name: "ducha-server-load", targets: ["ducha-server-load"]),
  ],
  dependencies: [
    .package(name: "ducha", path: ".."),
    .package(
      url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1",
      traits: ["FullFoundation"]),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    .target(
      name: "DuchaServer",
      dependencies: [
        .product(name: "DuchaSession", package: "ducha"),
        .product(name: "DuchaSync", package: "ducha"),
        .product(name: "DuchaCases", package: "ducha"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .executableTarget(
      name: "ducha-server",
      dependencies: [
        "DuchaServer",
        .product(name: "DuchaCases", package: "ducha"),
        .product(name: "DuchaChecklist", package: "ducha"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // scripts/load-server's laptops: the real sync client (libcurl), many at once.
    .executableTarget(
      name: "ducha-server-load",
      dependencies: [
        .product(name: "DuchaSync", package: "ducha"),
        .product(name: "DuchaSession", package: "ducha"),
        .product(name: "DuchaChecklist", package: "ducha"),
      ]),
    .testTarget(
      name: "DuchaServerTests",
      dependencies: [
        "DuchaServer",
        .product(name: "DuchaSync", package: "ducha"),
        .product(name: "DuchaSession", package: "ducha"),
        .product(name: "DuchaChecklist", package: "ducha"),
        .product(name: "DuchaCases", package: "ducha"),
        .product(name: "DuchaCasesSuite", package: "ducha"),
      ]),
  ],
  swiftLanguageModes: [.v6]
)
