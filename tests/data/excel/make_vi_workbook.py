#!/usr/bin/env python3
"""Writes ke-hoach-vi.fods, a director's own workbook in Vietnamese (flat OpenDocument,
text), which LibreOffice then saves as ke-hoach-vi.xlsx:

    python3 make_vi_workbook.py
    soffice --headless --convert-to xlsx ke-hoach-vi.fods

Cells are typed as a director's spreadsheet holds them: numbers as numbers, one number
as the text "4,5" (a Vietnamese locale's decimal comma), one quarter as a date cell, a
sheet of notes the import ignores."""

from xml.sax.saxutils import escape

ORG = [
    ["Mã", "Tên", "Cấp", "Thuộc", "Vai trò"],
    ["saomai", "Công ty Sao Mai", "công ty", "", ""],
    ["cskh", "Khối Chăm sóc khách hàng", "khối", "saomai", "Giám đốc CSKH"],
    ["hotline-hn", "Nhóm hotline Hà Nội", "nhóm", "cskh", ""],
    ["nv-huong", "Nguyễn Thị Hương", "nhân viên", "hotline-hn", "Tổng đài viên"],
    ["nv-duc", "Trần Minh Đức", "nhân viên", "hotline-hn", "Tổng đài viên"],
]
OBJECTIVES = [
    ["Mã", "Quý", "Người phụ trách", "Tiêu đề", "Hỗ trợ mục tiêu", "Cam kết"],
    ["sm-1", "2026-Q4", "saomai", "Khách hàng hài lòng hơn mỗi lần liên hệ", "", "kỳ vọng"],
    ["cskh-1", "2026-Q4", "cskh", "Giải quyết ngay từ lần gọi đầu", "sm-1", "cam kết"],
    # A quarter typed as a date: the import reads the quarter it falls in.
    ["hn-1", ("date", "2026-11-02"), "hotline-hn", "Trả lời nhanh hơn vào giờ cao điểm", "cskh-1", ""],
]
KEY_RESULTS = [
    ["Mục tiêu", "Tiêu đề", "Ban đầu", "Chỉ tiêu", "Hiện tại", "Đơn vị", "Trọng số", "Loại"],
    ["sm-1", "Điểm CSAT", 82, 90, 84, "%", 1, "tiến tới mục tiêu"],
    ["cskh-1", "Tỷ lệ giải quyết ngay lần đầu", 61.5, 75, 64, "%", 2, "tiến tới mục tiêu"],
    ["cskh-1", "Điểm chất lượng cuộc gọi", 85, 85, 88, "điểm", 1, "giữ từ mức này trở lên"],
    # "4,5": a number typed into a text cell with a Vietnamese decimal comma.
    ["hn-1", "Thời gian chờ trung bình", "4,5", 2, 3.5, "phút", 1, "tiến tới mục tiêu"],
]
NOTES = [["Ghi chú"], ["Bản nháp quý 4, chị Lan xem lại trước ngày 15."]]


def cell(value):
    if isinstance(value, tuple):
        _, date = value
        return (f'<table:table-cell office:value-type="date" office:date-value="{date}" '
                f'table:style-name="date"><text:p>{date}</text:p></table:table-cell>')
    if isinstance(value, (int, float)):
        return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    if value == "":
        return "<table:table-cell/>"
    return (f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p>'
            "</table:table-cell>")


def sheet(name, rows):
    body = "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>"
                   for row in rows)
    return f'<table:table table:name="{escape(name)}">{body}</table:table>'


DOC = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="iso"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <style:style style:name="date" style:family="table-cell" style:data-style-name="iso"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
{sheet("Tổ chức", ORG)}
{sheet("Mục tiêu", OBJECTIVES)}
{sheet("Kết quả then chốt", KEY_RESULTS)}
{sheet("Ghi chú", NOTES)}
</office:spreadsheet></office:body></office:document>
"""

with open("ke-hoach-vi.fods", "w", encoding="utf-8") as f:
    f.write(DOC)
