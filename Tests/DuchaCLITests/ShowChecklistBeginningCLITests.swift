import Foundation
import Testing

/// `ducha show sichuan` on a leader's laptop: the inspect prompt and `--checklist` take the one
/// checklist whose id, file name or title begins so (since 960462c and 25f1080), but `show` and
/// `test` answered “找不到清单“sichuan”。是不是：sichuan-shifanxian？” and the list of all 28.
@Suite("show and test take the beginning of a checklist's name")
struct ShowChecklistBeginningCLITests {
  @Test("show sichuan, show 南昌 1: the one checklist so begun, said back; huili: the six named")
  func aBeginningChoosesTheOneChecklist() throws {
    let laptop = try Laptop("show-beginning")
    defer { laptop.remove() }
    let show = try laptop.run(["show", "sichuan"])
    #expect(show.status == 0, "\(show.errors)")
    #expect(show.errors == "→ sichuan-shifanxian（四川省义务教育示范县评估验收细则（存储副本所见 c20—c29））\n")
    #expect(show.output.contains("c20"), "\(show.output)")

    // By the title's beginning, with an item: that item's card.
    let item = try laptop.run(["show", "南昌县", "1"])
    #expect(item.status == 0, "\(item.errors)")
    #expect(item.output.hasPrefix("── 一 办园条件（存储副本所见序号1—3） › 1 办园历史和规模（15分）\n"), "\(item.output)")

    let samples = try laptop.run(["test", "sichuan"])
    #expect(samples.status == 0, "\(samples.errors)")
    #expect(samples.output.hasSuffix("样例：3 个相符，0 个不符\n"), "\(samples.output)")

    // Six begin with huili: none is guessed, each is named.
    let several = try laptop.run(["show", "huili"])
    #expect(several.status == 1)
    #expect(
      several.errors
        == "“huili”开头的清单有 6 张：huili-hecha、huili-kaohe-bumen、huili-kaohe-jiaoyuju、huili-kaohe-xiangzhen、huili-kaohe-xuexiao、huili-taizhang。请写到能分出是哪一张。\n"
    )
  }
}
