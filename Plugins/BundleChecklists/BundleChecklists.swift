import Foundation
import PackagePlugin

/// Compiles the repository's `Checklists/*.ducha` into the target as generated Swift source, so
/// the `ducha` binary carries its bundled checklists wherever it is copied. (SwiftPM resources
/// would live in a bundle folder beside the binary on Linux and be lost when the binary is
/// installed alone.)
@main
struct BundleChecklists: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let folder = context.package.directoryURL.appending(path: "Checklists")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".ducha") }.sorted()
    let inputs = names.map { folder.appending(path: $0) }
    let output = context.pluginWorkDirectoryURL.appending(path: "BundledChecklistFiles.swift")
    return [
      .buildCommand(
        displayName: "Bundling \(inputs.count) checklists from Checklists/",
        executable: try context.tool(named: "DuchaBundleTool").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs + [folder],
        outputFiles: [output])
    ]
  }
}
