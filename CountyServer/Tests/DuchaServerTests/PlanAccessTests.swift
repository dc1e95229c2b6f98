import DuchaServer
import DuchaSync
import Foundation
import Testing

/// With the county's plan loaded, an inspector pushes only the units their group checks.
@Suite(.serialized) struct PlanAccessTests {
  /// 灵璧 2021: 组 三 checks 渔中 (又名 渔沟中学) but not 下中 (又名 下楼中学, 组 一).
  static let planPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("docs/plans/lingbi-2021.plan").path

  @Test func anInspectorPushesOnlyTheUnitsOfTheirGroupInThePlan() async throws {
    try await TestServer.with { server in
      let text = try String(contentsOfFile: Self.planPath, encoding: .utf8)
      try await server.database {
        try await $0.setPlan(
          try PlanAssignments(text: text, file: "lingbi-2021.plan"), text: text, by: "管理员")
      }
      let li = try await server.account("李辉", .inspector, group: "第三组")
      let ours = try sessionFile(id: "0000000a", unit: "渔沟中学", group: "第三组", sequence: 1)
      #expect(try await li.post(SyncRoute.sessions, body: ours, as: PushReceipt.self).stored)
      // The session says 三组, the account 第三组: the same group of the plan.
      let short = try sessionFile(id: "0000000d", unit: "渔中", group: "三组", sequence: 1)
      #expect(try await li.post(SyncRoute.sessions, body: short, as: PushReceipt.self).stored)
      let other = try sessionFile(id: "0000000e", unit: "下楼中学", group: "一组", sequence: 1)
      await #expect(
        throws: SyncError.refused(
          status: 403, message: "记录 0000000e 属于“一组”，账号“李辉”属于“第三组”，只能上传本组的检查记录。")
      ) {
        _ = try await li.post(SyncRoute.sessions, body: other, as: PushReceipt.self)
      }
      let theirs = try sessionFile(id: "0000000b", unit: "下楼中学", group: "第三组", sequence: 1)
      await #expect(
        throws: SyncError.refused(
          status: 403, message: "“下楼中学”不在检查计划 lingbi-2021 里“第三组”检查的单位中，不能上传；请核对单位名称或计划。")
      ) {
        _ = try await li.post(SyncRoute.sessions, body: theirs, as: PushReceipt.self)
      }
      let lost = try await server.account("张九", .inspector, group: "第九组")
      let body = try sessionFile(id: "0000000c", unit: "渔沟中学", group: "第九组", sequence: 1)
      await #expect(
        throws: SyncError.refused(
          status: 403, message: "检查计划 lingbi-2021 里没有“第九组”；请管理员核对账号的组别。")
      ) {
        _ = try await lost.post(SyncRoute.sessions, body: body, as: PushReceipt.self)
      }
      let log = try await server.database { try await $0.audit(limit: 20) }
      #expect(
        log.contains {
          $0.action == "plan set" && $0.account == "管理员" && $0.target == "lingbi-2021"
        })
    }
  }

  @Test func aPlanWithErrorsIsRefusedWithItsDiagnostics() throws {
    do {
      _ = try PlanAssignments(text: "计划 x\n组 一\n  检查：不存在的单位\n", file: "bad.plan")
      Issue.record("a plan without 标题 was accepted")
    } catch {
      #expect(!error.lines.isEmpty)
      #expect(error.lines.allSatisfy { $0.hasPrefix("bad.plan:") })
    }
  }
}
