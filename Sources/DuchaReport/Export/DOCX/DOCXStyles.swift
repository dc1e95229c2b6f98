/// The styles part of ducha's Word files: body text in 仿宋 四号 (14 pt) with 1.5 lines, the title
/// in 黑体 二号 (22 pt) centred, headings in 黑体, table text in 仿宋 五号 (10.5 pt). Names are
/// Word's built-in ones (Title, Heading 1 …) so Word, WPS and LibreOffice map them to their own.
enum DOCXStyles {
  static let xml =
    XMLText.declaration
    + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    + "<w:docDefaults><w:rPrDefault><w:rPr>"
    + "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"仿宋\" w:cs=\"Times New Roman\"/>"
    + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"
    + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
    + "<w:spacing w:after=\"0\" w:line=\"360\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
    + style("Normal", name: "Normal", paragraph: "", run: "", isDefault: true)
    + style(
      "Title", name: "Title",
      paragraph: "<w:spacing w:before=\"240\" w:after=\"360\"/><w:jc w:val=\"center\"/>",
      run: "<w:rFonts w:eastAsia=\"黑体\"/><w:b/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>")
    + style(
      "Heading1", name: "heading 1",
      paragraph:
        "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
      run: "<w:rFonts w:eastAsia=\"黑体\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>")
    + style(
      "Heading2", name: "heading 2",
      paragraph:
        "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/><w:outlineLvl w:val=\"1\"/>",
      run: "<w:rFonts w:eastAsia=\"楷体\"/><w:b/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
    + style(
      "TableText", name: "Table Text", paragraph: "<w:spacing w:line=\"260\" w:lineRule=\"auto\"/>",
      run: "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>")
    + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
    + "<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
    + "</w:tblBorders></w:tblPr></w:style>"
    + "</w:styles>"

  private static func style(
    _ id: String, name: String, paragraph: String, run: String, isDefault: Bool = false
  ) -> String {
    "<w:style w:type=\"paragraph\"" + (isDefault ? " w:default=\"1\"" : "")
      + " w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
      + (isDefault ? "" : "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>")
      + (paragraph.isEmpty ? "" : "<w:pPr>\(paragraph)</w:pPr>")
      + (run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>") + "</w:style>"
  }
}
