#!/usr/bin/env python3
"""Writes xml-details.xlsx and xml-details-shared.xlsx for XMLReaderTests with openpyxl
(pip install openpyxl): cells whose XML needs entities, character references (openpyxl writes
every non-ASCII character as &#…;), line ends, preserved spaces, an emoji sequence, rich text,
a boolean, numbers, a date and a formula. openpyxl writes strings inline; the -shared copy moves
each inline string into xl/sharedStrings.xml as Excel does, with a phonetic run on the rich one.
Run from this folder: python3 make-xml-details.py"""
import datetime
import re
import zipfile

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "细节"
sheet.append(["名称", "值"])
sheet.append(["符号", "A&B <C> \"D\" 'E'"])
sheet.append(["换行", "第一行\n第二行\r\n第三行"])
sheet.append(["空格", "  前后有空格  "])
sheet.append(["表情", "👩‍👩‍👧 家庭"])
sheet.append(["富文本", CellRichText(["王", TextBlock(InlineFont(b=True), "小明"), "（班长）"])])
sheet.append(["布尔", True])
sheet.append(["小数", 1.5])
sheet.append(["大数", 1e20])
sheet.append(["日期", datetime.date(2015, 3, 8)])
sheet.append(["公式", "=1+1"])
book.save("xml-details.xlsx")

with zipfile.ZipFile("xml-details.xlsx") as archive:
    parts = {name: archive.read(name) for name in archive.namelist()}
strings = []


def shared(match):
    text = match.group(3)
    if b"<r>" in text:
        text += b'<rPh sb="0" eb="1"><t>wang</t></rPh>'
    strings.append(text)
    return b'<c r="%s"%s t="s"><v>%d</v></c>' % (match.group(1), match.group(2), len(strings) - 1)


sheet_part = "xl/worksheets/sheet1.xml"
parts[sheet_part] = re.sub(rb'<c r="([A-Z]+\d+)"([^>]*?) t="inlineStr"><is>(.*?)</is></c>',
                           shared, parts[sheet_part], flags=re.S)
parts["xl/sharedStrings.xml"] = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" '
    b'uniqueCount="%d">' % (len(strings), len(strings))
    + b"".join(b"<si>" + text + b"</si>" for text in strings) + b"</sst>")
parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
    b"</Types>",
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
    b"</Relationships>",
    b'<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
with zipfile.ZipFile("xml-details-shared.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
    for name, data in parts.items():
        archive.writestr(name, data)
