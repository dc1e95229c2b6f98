import Testing

@testable import DuchaSession

/// Phone numbers as inspectors type them into reasons, notes and problems, masked by the one
/// masker (`PrivacyMask`), and the numbers around them that must stay as typed.
@Suite struct PhoneNumberTests {
  /// What an inspector types → what a shared output shows.
  static let masked: [(String, String)] = [
    ("家长电话13912345678已联系", "家长电话139****5678已联系"),
    ("家长电话１３９１２３４５６７８已联系", "家长电话１３９****５６７８已联系"),
    ("班主任 139-1234-5678", "班主任 139-****-5678"),
    ("班主任 139 1234 5678。", "班主任 139 **** 5678。"),
    ("母亲139　1234　5678", "母亲139　****　5678"),
    ("电话：139 12345678", "电话：139 ****5678"),
    ("+8613912345678", "+86139****5678"),
    ("+86 139 1234 5678", "+86 139 **** 5678"),
    ("86-139-1234-5678", "86-139-****-5678"),
    ("13912345678、15800001111", "139****5678、158****1111"),
    ("村委会0557-7654321", "村委会0557-***4321"),
    ("0557-62345678转801", "0557-****5678转801"),
    ("0557-7654321-801", "0557-***4321-801"),
    ("北京010-62345678", "北京010-****5678"),
    ("（0557）7654321", "（0557）***4321"),
    ("(0557) 62345678", "(0557) ****5678"),
    ("2021年10月27日电话13912345678", "2021年10月27日电话139****5678"),
  ]

  @Test(arguments: masked) func phoneNumbersAreMasked(_ typed: String, _ shown: String) {
    #expect(PrivacyMask.numbers(typed) == shown)
    #expect(PhoneNumber.containsUnmasked(typed))
    #expect(!PhoneNumber.containsUnmasked(shown))
    // Masking twice changes nothing more.
    #expect(PrivacyMask.numbers(shown) == shown)
  }

  /// Numbers that are not phone numbers: scores, counts, dates, years, money, a bare local
  /// number (it cannot be told from a count), a decimal, a number too long or too short.
  static let untouched = [
    "扣 2 分，得分 8 / 10", "在校生1234人，缺 12 人", "2021-10-27 14:05", "20211027", "2021年10月27日",
    "经费1.5万元", "1.5 万", "共计 12345678 元", "13912345678.5", "0.13912345678", "1391234567",
    "139123456789", "12345678901", "01234567890", "012-3456789", "0557-0234567", "0557-123456",
    "3 4 5 6 7 8 9 10 11 12", "139 1234 5678 90", "学号 2021001 2021002", "0557-1234567",
    "",
  ]

  @Test(arguments: untouched) func otherNumbersStayAsTyped(_ text: String) {
    #expect(PrivacyMask.numbers(text) == text)
    #expect(!PhoneNumber.containsUnmasked(text))
  }

  /// ID numbers are masked as ID numbers, even where eleven of their digits look like a mobile.
  @Test func idNumbersAreMaskedFirst() {
    #expect(PrivacyMask.numbers("341323 13912345678") == "341323 **********8")
    #expect(PrivacyMask.numbers("学生341323201203010059") == "学生341323***********9")
    #expect(
      PrivacyMask.numbers("学生341323201203010059，家长13912345678")
        == "学生341323***********9，家长139****5678")
    #expect(PrivacyMask.numbers("G341323201408120033") == "G341323***********3")
  }

  @Test func namesAndPhonesTogether() {
    let mask = PrivacyMask(names: StudentNames(["张小明"]))
    #expect(mask("张小明家长13912345678未接") == "张**家长139****5678未接")
  }
}
