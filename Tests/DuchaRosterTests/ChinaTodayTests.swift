import Foundation
import Testing

@testable import DuchaRoster

/// The ledger stamps a change 2021-10-28 04:00 (China time) but took today from the machine's
/// zone: on a county server or container set to UTC, between 00:00 and 08:00 in China a visit
/// without `--date` was dated 2021-10-27, and one dated 2021-10-28 was refused as after today.
/// Today is China's day, as every timestamp is.
struct ChinaTodayTests {
  @Test func todayIsChinasDayWhateverTheMachinesZone() throws {
    // 2021-10-27 20:00 UTC is 2021-10-28 04:00 in China.
    let early = Date(timeIntervalSince1970: 1_635_364_800)
    #expect(CivilDate.today(now: early).description == "2021-10-28")
    // 2021-10-27 15:59:59 UTC is still 2021-10-27 23:59:59 in China.
    let late = Date(timeIntervalSince1970: 1_635_350_399)
    #expect(CivilDate.today(now: late).description == "2021-10-27")
  }
}
