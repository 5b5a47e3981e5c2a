"""Two page costs found by scripts/benchmark_pages.py at nasional (issue 10), pinned.

- The import templates are built once per server process, on the first click of their button
  (not on the first visit): the page file is executed afresh on every run, so a cache defined in
  it rebuilt the workbook on every Kelola Data visit.
- A table that grows with the number of groups sends at most a page of rows to the browser
  (Kemandirian's 'dimandirikan sebelum siap' was 4 MB per visit at nasional); its CSV has all,
  and is made when the button is clicked, not on every run (0.4 s CPU per run there).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kube_metrics import csv_aman, templat
from tests.bantu_masuk import masuk
from tests.bantu_unduh import Unduhan, baca_csv, fixture_unduhan  # noqa: F401
from tests.test_kelola_data_page import db_fixture  # noqa: F401 (the same small database)
from ui import templat as ui_templat

ROOT = Path(__file__).resolve().parents[1]


def test_template_built_once_for_many_runs(
    db_fixture: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    unduhan: Unduhan,
) -> None:
    panggilan: list[str] = []
    asli = templat.xlsx_bytes
    monkeypatch.setattr(templat, "xlsx_bytes", lambda: panggilan.append("xlsx") or asli())
    ui_templat.templat_xlsx.cache_clear()
    monkeypatch.setenv("KUBE_DB", str(db_fixture))
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "tests" / "kelola_data_app.py"), default_timeout=120)
    masuk(at, "admin").run()
    at.run()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert panggilan == []  # three runs of the page, no workbook: it is made on click
    tombol = [b for b in at.get("download_button") if unduhan.nama_berkas(b) == templat.NAMA_XLSX]
    assert len(tombol) == 1  # the template buttons are still drawn
    pertama = unduhan.bytes(tombol[0])
    assert pertama.startswith(b"PK") and unduhan.bytes(tombol[0]) == pertama  # the same workbook
    assert panggilan == ["xlsx"]  # two clicks, one workbook for the process


def _halaman_tabel(n: int, batas: int | None) -> None:
    import pandas as pd

    from kube_metrics.charts import tabel as tb
    from ui import layout

    data = pd.DataFrame({"kode_kube": [f"K{i:04d}" for i in range(n)], "nilai": list(range(n))})
    kolom = {"kode_kube": ("Kode", None), "nilai": ("Nilai", None)}
    layout.tabel(tb.tabel(data, kolom, "id"), "uji", key="uji", batas=batas)


@pytest.mark.parametrize(("n", "batas", "tampil", "keterangan"), [
    (500, 200, 200, "Menampilkan 200 dari 500 baris. Unduh CSV berisi semua baris."),
    (150, 200, 150, None),
    (500, None, 500, None),
])  # fmt: skip
def test_table_sends_at_most_its_limit(
    n: int,
    batas: int | None,
    tampil: int,
    keterangan: str | None,
    unduhan: Unduhan,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dibuat: list[int] = []
    asli = csv_aman.isi
    monkeypatch.setattr(csv_aman, "isi", lambda df, **kw: dibuat.append(len(df)) or asli(df, **kw))
    at = AppTest.from_function(_halaman_tabel, args=(n, batas), default_timeout=120).run()
    assert not at.exception, [e.value for e in at.exception]
    tabel = at.dataframe[0].value
    assert len(tabel) == tampil
    assert list(tabel.iloc[:, 0])[:2] == ["K0000", "K0001"]  # the first rows, in the table's order
    teks = [c.value for c in at.caption]
    assert (keterangan in teks) if keterangan else not any("Menampilkan" in c for c in teks)
    tombol = at.get("download_button")[0]
    assert tombol.proto.label == "Unduh CSV"
    assert dibuat == []  # the CSV is made on click, not on every run (0.4 s CPU at nasional)
    assert len(baca_csv(unduhan.bytes(tombol))) == n  # the CSV holds every row, not only those shown
    assert dibuat == [n]
