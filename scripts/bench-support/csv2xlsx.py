#!/usr/bin/env python3
"""Converts a registry CSV (scripts/gen-roster's, UTF-8, title row optional) into an XLSX laid
out as Excel saves the registry export, for scripts/bench-roster: the title merged across the
sheet, every text in xl/sharedStrings.xml, birth dates as day numbers with a date style, and
年级 written once per run of rows and merged down them. Written a row at a time (openpyxl holds
every cell and takes minutes at 100,000 rows).

  csv2xlsx.py roster.csv roster.xlsx
"""
import csv
import datetime
import re
import sys
import zipfile
from xml.sax.saxutils import escape

EPOCH = datetime.date(1899, 12, 30)
DATE = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$")


def column(n):
    letters = ""
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8-sig", newline="") as f:
        head = [r for _, r in zip(range(20), csv.reader(f))]
    start = next(i for i, r in enumerate(head) if "姓名" in r)
    header = head[start]
    width = len(header)
    grade = header.index("年级") if "年级" in header else None
    birth = header.index("出生日期") if "出生日期" in header else None
    strings, index = [], {}

    def shared(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    merges = []
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as book:
        with book.open("xl/worksheets/sheet1.xml", "w") as out:
            out.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      b"<sheetData>")
            run_top, run_value = None, None
            number = 0
            rows = open(source, encoding="utf-8-sig", newline="")
            for number, record in enumerate(csv.reader(rows), 1):
                cells = []
                for c, text in enumerate(record):
                    if text == "":
                        continue
                    ref = f"{column(c + 1)}{number}"
                    if number > start + 1 and c == grade:
                        if text == run_value:
                            continue  # below the top of its merged run: empty, as Excel keeps it
                        if run_top is not None and number - 1 > run_top:
                            merges.append(f"{column(grade + 1)}{run_top}:{column(grade + 1)}{number - 1}")
                        run_top, run_value = number, text
                    match = DATE.match(text) if c == birth and number > start + 1 else None
                    if match:
                        day = datetime.date(*map(int, match.groups()))
                        cells.append(f'<c r="{ref}" s="1"><v>{(day - EPOCH).days}</v></c>')
                    else:
                        cells.append(f'<c r="{ref}" t="s"><v>{shared(text)}</v></c>')
                out.write(f'<row r="{number}">{"".join(cells)}</row>'.encode())
            rows.close()
            if run_top is not None and number > run_top:
                merges.append(f"{column(grade + 1)}{run_top}:{column(grade + 1)}{number}")
            out.write(b"</sheetData>")
            if start > 0:
                merges.insert(0, f"A1:{column(width)}1")
            if merges:
                out.write(f'<mergeCells count="{len(merges)}">'.encode())
                out.write("".join(f'<mergeCell ref="{m}"/>' for m in merges).encode())
                out.write(b"</mergeCells>")
            out.write(b"</worksheet>")
        with book.open("xl/sharedStrings.xml", "w") as out:
            out.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            for text in strings:
                out.write(f"<si><t>{escape(text)}</t></si>".encode())
            out.write(b"</sst>")
        book.writestr("xl/styles.xml",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
                      "</cellXfs></styleSheet>")
        book.writestr("xl/workbook.xml",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                      '<sheets><sheet name="学生基本信息" sheetId="1" r:id="rId1"/></sheets></workbook>')
        book.writestr("xl/_rels/workbook.xml.rels",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                      'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        book.writestr("[Content_Types].xml",
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                      '<Default Extension="xml" ContentType="application/xml"/></Types>')


if __name__ == "__main__":
    main()
