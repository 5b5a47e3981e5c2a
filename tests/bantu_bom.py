"""Small hostile files built on the fly (issue 9 §3): an .xlsx zip bomb and a very wide CSV."""

from __future__ import annotations

import zipfile
from pathlib import Path

_JENIS_ISI = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_BUKU = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="kehadiran" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_BUKU_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
_JUDUL = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>kode_kube</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>kode_pertemuan</t></is></c>'
    '<c r="C1" t="inlineStr"><is><t>kode_anggota</t></is></c>'
    '<c r="D1" t="inlineStr"><is><t>status</t></is></c></row>'
)


def bom_xlsx(path: Path, baris: int) -> Path:
    """A kehadiran workbook of `baris` identical rows: tiny on disk, huge once expanded."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _JENIS_ISI)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _BUKU)
        z.writestr("xl/_rels/workbook.xml.rels", _BUKU_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            ruang = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
            f.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="' + ruang + b'"><sheetData>')
            f.write(_JUDUL.encode())
            satu = b'<row><c t="inlineStr"><is><t>TGR-002</t></is></c></row>'
            blok = satu * 10_000
            for _ in range(baris // 10_000):
                f.write(blok)
            f.write(b"</sheetData></worksheet>")
    return path


def csv_lebar(path: Path, kolom: int = 100_000) -> Path:
    """A kehadiran.csv whose header has `kolom` columns (about 0.9 MB for 100 000)."""
    judul = ",".join(f"k{i}" for i in range(kolom))
    path.write_text(judul + "\n" + "," * (kolom - 1) + "\n", encoding="utf-8")
    return path
