"""Builders of list files in every format the readers take, from a parsed seed's items: the tests make
their fixtures (and their hostile files) here instead of storing them."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from polcmp.mappings import load_mappings
from polcmp.parse import parse_document
from polcmp.readers import read_document
from tests.conftest import ROOT

HEADER = ["服务领域", "序号", "服务对象", "服务项目", "服务内容", "责任部门"]
MAPPINGS = load_mappings(ROOT / "mappings")


def fields(lst):
    return [(i.seq, i.domain, i.target, i.service, i.content, i.departments) for i in lst.items]


def parsed(path, sid="x", **kwargs):
    return parse_document(read_document(path, **kwargs), sid, MAPPINGS)


def seed_rows(lst, merged=True):
    """Rows of the seed as published: 服务领域/服务对象 blank where a merged cell continues."""
    rows, previous = [], {}
    for it in lst.items:
        row = [it.domain, str(it.seq), it.target, it.service, it.content, "、".join(it.departments)]
        if merged:
            for column, key in ((0, "domain"), (2, "target")):
                same_domain = previous.get("domain") == it.domain
                if previous.get(key) == row[column] and (key == "domain" or same_domain):
                    row[column] = ""
        previous = {"domain": it.domain, "target": it.target}
        rows.append(row)
    return rows


def _column(n: int) -> str:
    name = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        name = chr(65 + r) + name
    return name


def write_xlsx(path, sheets: dict[str, list[list[str]]], merges: dict[str, list[str]] | None = None,
               doctype: str = "") -> Path:
    """A minimal SpreadsheetML workbook (inline strings, merged ranges), written without openpyxl."""
    merges = merges or {}
    names = list(sheets)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                   'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
                   'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'spreadsheetml.sheet.main+xml"/>' + "".join(
                       f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.'
                       f'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' for i in range(1, len(names) + 1))
                   + "</Types>")
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships"><sheets>' + "".join(
                       f'<sheet name="{escape(n)}" sheetId="{i}" r:id="rId{i}"/>' for i, n in enumerate(names, 1))
                   + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships">' + "".join(
                       f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                       f'relationships/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(names) + 1))
                   + "</Relationships>")
        for i, sheet in enumerate(names, 1):
            rows = []
            for r, values in enumerate(sheets[sheet], 1):
                cells = "".join(f'<c r="{_column(c)}{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
                                for c, v in enumerate(values) if v != "")
                rows.append(f'<row r="{r}">{cells}</row>')
            merged = merges.get(sheet, [])
            merge_xml = (f'<mergeCells count="{len(merged)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merged)
                         + "</mergeCells>") if merged else ""
            z.writestr(f"xl/worksheets/sheet{i}.xml",
                       f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<worksheet xmlns="http://schemas.'
                       f'openxmlformats.org/spreadsheetml/2006/main"><sheetData>{"".join(rows)}</sheetData>'
                       f"{merge_xml}</worksheet>")
    return Path(path)


def seed_xlsx(lst, path) -> Path:
    """The seed as a published workbook: a decoy sheet first, a title row merged across, the header on
    row 2, 服务领域 merged down over its rows, a merged note row at the bottom."""
    rows = [[lst.title, "", "", "", "", ""], HEADER]
    merges = ["A1:F1"]
    start = None
    for row in seed_rows(lst, merged=True):
        index = len(rows) + 1  # 1-based sheet row of this item
        rows.append(row)
        if row[0] or start is None:
            if start is not None and index - 1 > start:
                merges.append(f"A{start}:A{index - 1}")
            start = index
    if start is not None and len(rows) > start:
        merges.append(f"A{start}:A{len(rows)}")
    rows.append(["注：本清单由民政部门会同有关部门负责解释。", "", "", "", "", ""])
    merges.append(f"A{len(rows)}:F{len(rows)}")
    decoy = [["填表说明"], ["请按附件格式填写"]]
    return write_xlsx(path, {"说明": decoy, "清单": rows}, {"清单": merges})


def write_ods(path, rows: list[list[str]], doctype: str = "", body_extra: str = "") -> Path:
    """A minimal OpenDocument spreadsheet."""
    cells = "".join("<table:table-row>" + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'
        for v in row) + "</table:table-row>" for row in rows)
    content = (f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
               f'<office:spreadsheet><table:table table:name="清单">{cells}{body_extra}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                   'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path='
                   '"/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
                   'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
                   zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return Path(path)


def seed_html(lst, path, encoding="utf-8") -> Path:
    """A government page: navigation and footer in layout tables, the list with rowspan on 服务领域."""
    rows = seed_rows(lst, merged=False)
    body = []
    r = 0
    while r < len(rows):
        span = 1
        while r + span < len(rows) and rows[r + span][0] == rows[r][0]:
            span += 1
        for k in range(span):
            cells = rows[r + k]
            first = f'<td rowspan="{span}">{escape(cells[0])}</td>' if k == 0 else ""
            rest = "".join(f"<td>{escape(c).replace('；', '；<br>')}</td>" for c in cells[1:])
            body.append(f"<tr>{first}{rest}</tr>")
        r += span
    charset = {"utf-8": "utf-8", "gb18030": "gb2312"}[encoding]
    page = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{escape(lst.title)}_民政局</title><script>var 服务项目 = 1;</script></head><body>
<table class="layout"><tr><td><a href="/">首页</a> | <a href="/zwgk">政务公开</a></td></tr>
<tr><td><table class="nav"><tr><td>服务领域</td><td>服务项目</td><td>服务内容</td></tr></table>
<h1>{escape(lst.title)}</h1><p>发布时间：2025-01-01 来源：民政局</p>
<table border="1"><thead><tr>{"".join(f"<th>{h}</th>" for h in HEADER)}</tr></thead>
<tbody>{"".join(body)}</tbody></table><p>注：本清单自发布之日起施行。</p></td></tr>
<tr><td>主办单位：民政局 网站标识码：0000000000 ICP备00000000号</td></tr></table></body></html>"""
    Path(path).write_bytes(page.encode(encoding))
    return Path(path)


def seed_csv(lst, path, encoding="utf-8-sig", delimiter=",") -> Path:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([lst.title])
    writer.writerow(HEADER)
    writer.writerows(seed_rows(lst))
    Path(path).write_bytes(out.getvalue().encode(encoding))
    return Path(path)


def seed_docx(lst, path, grid=True) -> Path:
    """The seed as a Word table with merged cells (tests/test_read.py's builder), ruled so that a PDF
    made of it has table lines."""
    import docx

    from tests.test_read import build_docx

    build_docx(lst, path, split_at=7)
    if grid:
        document = docx.Document(path)
        for table in document.tables:
            table.style = "Table Grid"
        document.save(path)
    return Path(path)


def soffice_or_skip() -> str:
    binary = os.environ.get("POLCMP_SOFFICE") or shutil.which("soffice") or shutil.which("libreoffice")
    if not binary:
        pytest.skip("LibreOffice is not installed (Debian: libreoffice-writer-nogui libreoffice-calc-nogui; "
                    ".ci/run installs them)")
    return binary


def convert(binary: str, source: Path, target: str, tmp: Path) -> Path:
    """Convert with LibreOffice as a user would, for fixtures the tests cannot write themselves."""
    out = tmp / f"converted-{target}"
    out.mkdir(exist_ok=True)
    subprocess.run([binary, f"-env:UserInstallation={(tmp / 'lo-profile').as_uri()}", "--headless",
                    "--convert-to", target, "--outdir", str(out), str(source)],
                   capture_output=True, timeout=120, check=False)
    result = out / (source.stem + "." + target.split(":")[0])
    assert result.exists(), f"LibreOffice did not convert {source} to {target}"
    return result


def rewrite_member(path, member: str, change) -> Path:
    """Rewrite one member of a zip container (bytes -> bytes), keeping the others and their order."""
    with zipfile.ZipFile(path) as z:
        members = [(info, z.read(info)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for info, data in members:
            z.writestr(info, change(data) if info.filename == member else data)
    return Path(path)


def write_pdf(path, pages: list[bytes], encrypt: bool = False) -> Path:
    """A minimal PDF: one content stream per page (Helvetica available as /F1), optionally with a
    standard-security /Encrypt dictionary whose user password is not empty."""
    objects: list[bytes] = [b"", b""]  # 1 catalog, 2 page tree: filled in below
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")  # 3
    kids = []
    for content in pages:
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents %d 0 R >>" % len(objects))
        kids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Count %d /Kids [%s] >>" % (len(kids), b" ".join(b"%d 0 R" % k for k in kids))
    if encrypt:
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    extra = b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (len(objects), b"ab" * 16, b"ab" * 16) if encrypt else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, extra, xref)
    Path(path).write_bytes(bytes(out))
    return Path(path)
