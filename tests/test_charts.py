"""Chart and table builders on small hand-made frames shaped like the metrics they draw."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from kube_metrics.charts import hambatan as ch
from kube_metrics.charts import kelompok as ck
from kube_metrics.charts import peringatan as cp
from kube_metrics.charts import pertumbuhan as cg
from kube_metrics.charts import ringkasan as cr
from kube_metrics.charts import sebaya as cs
from kube_metrics.charts import tabel as tb
from kube_metrics.charts import theme


def _bulan(*teks: str) -> pd.Series:
    return pd.Series(pd.to_datetime([f"{t}-01" for t in teks]))


# --- theme ---------------------------------------------------------------------------------


def test_label_kode() -> None:
    assert theme.label("bahan_baku") == "Bahan baku"
    assert theme.label("dinsos") == "Dinas Sosial"
    assert theme.label("kuliner") == "Kuliner"


@pytest.mark.parametrize(
    ("jumlah", "langkah"), [(12, 1), (13, 2), (24, 2), (25, 3), (36, 3), (72, 6), (144, 12)]
)
def test_langkah_bulan_paling_banyak_12_tik(jumlah: int, langkah: int) -> None:
    assert theme._langkah_bulan(jumlah, 12) == langkah


def test_sumbu_bulan_berbahasa_indonesia() -> None:
    fig = theme.figur("x")
    # Jun 2024 .. Jan 2025 = 8 months, step 1: every month gets a tick
    bulan = pd.date_range("2024-06-01", "2025-01-01", freq="MS")
    theme.sumbu_bulan(fig, list(bulan))
    assert fig.layout.xaxis.ticktext[:4] == ("Jun 2024", "Jul 2024", "Agu 2024", "Sep 2024")
    assert fig.layout.xaxis.ticktext[-2:] == ("Des 2024", "Jan 2025")
    assert fig.layout.xaxis.tickvals[0] == "2024-06-01"
    # rotated labels lean left, so the last month's label never runs past the right edge
    assert fig.layout.xaxis.autotickangles == (0, -45, -90)


def test_sumbu_bulan_langkah_triwulan() -> None:
    fig = theme.figur("x")
    # 30 months Jan 2023 .. Jun 2025: step 3 counted back from the last month (issue 11: the
    # last month is always labelled) -> Jun 2025, Mar 2025, ..., Mar 2023: 10 ticks
    theme.sumbu_bulan(fig, list(pd.date_range("2023-01-01", periods=30, freq="MS")))
    assert fig.layout.xaxis.ticktext[:3] == ("Mar 2023", "Jun 2023", "Sep 2023")
    assert fig.layout.xaxis.ticktext[-1] == "Jun 2025"
    assert len(fig.layout.xaxis.ticktext) == 10


def test_sumbu_bulan_data_jarang() -> None:
    """Sparse data (issue 11): months without data keep their place, the last one is labelled,
    one month of money starts at zero, a count axis of 0-2 has ticks 0 1 2 only."""
    fig = theme.figur("x")
    theme.sumbu_bulan(fig, [pd.Timestamp("2025-01-01"), pd.Timestamp("2025-09-01")], lang="en")
    assert fig.layout.xaxis.ticktext == tuple(
        f"{m} 2025" for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep")
    )  # en_US short months: "Sep", not en_GB's "Sept"
    theme.sumbu_rupiah(fig)
    assert fig.layout.yaxis.rangemode == "tozero"
    theme.sumbu_cacah(fig, 2.0)
    assert fig.layout.yaxis.dtick == 1 and fig.layout.yaxis.tickformat == ",d"
    besar = theme.figur("y")
    theme.sumbu_cacah(besar, 40.0)
    assert besar.layout.yaxis.dtick is None


def test_template_pemisah_indonesia() -> None:
    fig = theme.figur("x")
    assert fig.layout.template.layout.separators == ",."


# --- tables --------------------------------------------------------------------------------


def test_tabel_format_dan_judul_kolom() -> None:
    df = pd.DataFrame({"b": [1500000, None], "a": [0.853, 0.5], "z": ["x", "y"]})
    t = tb.tabel(df, {"a": ("Kehadiran", "persen1"), "b": ("Omzet", "rupiah")})
    assert list(t.data.columns) == ["Kehadiran", "Omzet"]  # order and names of `kolom`
    assert t.data["Omzet"].iloc[0] == 1500000  # the CSV keeps raw numbers
    html = t.gaya.to_html()
    assert "Rp1.500.000" in html and "85,3%" in html and "–" in html


def test_warnai_rag_per_sel() -> None:
    df = pd.DataFrame({"x": [0.9, 0.5], "status_x": ["hijau", "merah"]})
    t = tb.warnai_rag(tb.tabel(df, {"x": ("X", "persen")}), df, [("X", "status_x")])
    ctx = t.gaya._compute().ctx
    assert ("background-color", "#2e8b5733") in ctx[(0, 0)]
    assert ("background-color", "#c0392b33") in ctx[(1, 0)]


# --- ringkasan -----------------------------------------------------------------------------


def _kpi() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "indikator": ["tingkat_kehadiran", "omzet", "hambatan_terbuka", "kelompok_aktif"],
            "label": ["Tingkat kehadiran", "Omzet", "Hambatan terbuka", "Kelompok aktif"],
            "nilai": [0.80, 2_500_000.0, 7.0, 12.0],
            "nilai_sebelumnya": [0.75, 3_000_000.0, 4.0, float("nan")],
            "perubahan": [0.05, -500_000.0, 3.0, float("nan")],
            "satuan": ["persen", "rupiah", "hambatan", "kelompok"],
            "naik_lebih_baik": [True, True, False, True],
        }
    )


def test_kpi_ringkasan_kartu() -> None:
    kartu = cr.kpi_ringkasan(_kpi())
    assert [k.nilai for k in kartu] == ["80,0%", "Rp2,5 jt", "7", "12"]
    # 0,80 - 0,75 = 0,05 -> +5,0 poin; 2,5 jt - 3 jt = -Rp500.000; 7 - 4 = +3
    assert [k.perubahan for k in kartu] == ["+5,0 poin", "-Rp500.000", "+3", None]
    assert [k.arah_warna for k in kartu] == ["normal", "normal", "inverse", "normal"]
    assert kartu[1].keterangan == "Rp2.500.000 (periode sebelumnya: Rp3.000.000)"
    assert kartu[2].keterangan == "7 hambatan (periode sebelumnya: 4 hambatan)"


def test_kpi_perubahan_nol_tanpa_tanda_minus() -> None:
    df = _kpi().iloc[[0]].assign(nilai=0.80, nilai_sebelumnya=0.8004)
    assert cr.kpi_ringkasan(df)[0].perubahan == "±0,0 poin"


@pytest.mark.parametrize(
    ("nilai", "teks"),
    [(3_988_512_000, "Rp3,99 M"), (67_777_000, "Rp67,8 jt"), (-500_000, "-Rp500.000"), (None, "–")],
)
def test_rupiah_ringkas(nilai: float | None, teks: str) -> None:
    assert tb.rupiah_ringkas(nilai) == teks


def _liga() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "kode_kube": ["A-1", "B-2", "C-3"],
            "nama": ["KUBE A", "KUBE B", "KUBE C"],
            "kelurahan": ["K1", "K2", "K3"],
            "kecamatan": ["Kc", "Kc", "Kc"],
            "jenis_usaha": ["kuliner", "warung_sembako", "jasa"],
            "bubar": [False, False, True],
            "tingkat_kehadiran": [0.9, 0.7, None],
            "omzet": [1_000_000, 2_000_000, 0],
            "kunjungan": [3, 1, 0],
            "kunjungan_per_triwulan": [1.5, 0.5, None],
            "status_tingkat_kehadiran": ["hijau", "kuning", None],
            "status_kunjungan": ["hijau", "merah", None],
        }
    )


def test_status_keseluruhan_yang_terburuk() -> None:
    # issue 11: the status word beside every colour
    assert list(cr.status_keseluruhan(_liga())) == ["🟢 baik", "🔴 perlu tindakan", "⚪ belum cukup data"]
    assert list(cr.status_keseluruhan(_liga(), "en")) == ["🟢 good", "🔴 needs action", "⚪ not enough data"]


def test_liga_kelompok_warna_pada_angka_yang_dinilai() -> None:
    t = cr.liga_kelompok(_liga())
    assert list(t.data.columns[:3]) == ["Status", "Kelompok", "Kelurahan"]
    assert t.data["Kelompok"].tolist() == ["KUBE A", "KUBE B", "KUBE C (bubar)"]
    # status_kunjungan judges kunjungan_per_triwulan, not the raw count
    assert t.warna_rag == {"Kehadiran": "status_tingkat_kehadiran", "Kunjungan/triwulan": "status_kunjungan"}
    assert "Rp2.000.000" in t.gaya.to_html()


def _tampil(t: tb.Tabel) -> pd.DataFrame:
    """The text each cell shows on screen (the Styler's display values)."""
    ctx = t.gaya._translate(False, False)
    isi = [[sel["display_value"] for sel in baris if sel["type"] == "td"] for baris in ctx["body"]]
    return pd.DataFrame(isi, columns=t.data.columns)


@pytest.mark.parametrize(
    ("lang", "kehadiran", "triwulan"),
    [
        ("id", ["90,0% · baik", "70,0% · waspada", "–"], ["1,5 · baik", "0,5 · perlu tindakan", "–"]),
        ("en", ["90.0% · good", "70.0% · watch", "–"], ["1.5 · good", "0.5 · needs action", "–"]),
    ],
)
def test_liga_kelompok_kata_di_setiap_sel_berwarna(
    lang: str, kehadiran: list[str], triwulan: list[str]
) -> None:
    """Issue 11: every coloured figure names its status in words, not by its cell colour alone;
    an uncoloured figure (no status) gets no word, and the data stays numeric for sorting/CSV."""
    t = cr.liga_kelompok(_liga(), lang)
    tampil = _tampil(t)
    kepala_h, kepala_t = list(t.warna_rag)
    assert tampil[kepala_h].tolist() == kehadiran
    assert tampil[kepala_t].tolist() == triwulan
    assert tampil.iloc[:, 6].tolist() == (
        ["Rp1.000.000", "Rp2.000.000", "Rp0"] if lang == "id" else ["IDR 1,000,000", "IDR 2,000,000", "IDR 0"]
    )
    assert t.data[kepala_h].tolist()[:2] == [0.9, 0.7]


def test_perlu_perhatian_emoji_per_tingkat() -> None:
    df = pd.DataFrame(
        {
            "kode_kube": ["A-1", "B-2"],
            "nama": ["KUBE A", "KUBE B"],
            "kelurahan": ["K1", "K2"],
            "kecamatan": ["Kc", "Kc"],
            "alasan": ["turun", "menumpuk"],
            "tingkat": ["merah", "kuning"],
        }
    )
    assert cr.perlu_perhatian(df).data[""].tolist() == ["🔴 perlu tindakan", "🟡 waspada"]


def test_keterangan_ambang_dari_satu_tempat() -> None:
    teks = cr.keterangan_ambang()
    assert "**Kehadiran**: 🟢 baik ≥ 75% · 🟡 waspada ≥ 60% · 🔴 perlu tindakan" in teks
    assert "**Hambatan terbuka di akhir periode**: 🟢 baik ≤ 1 · 🟡 waspada ≤ 3" in teks


def test_tren_kelompok() -> None:
    df = pd.DataFrame(
        {
            "bulan": _bulan("2024-07", "2024-08"),
            "kelompok_aktif": [10, 11],
            "tingkat_kehadiran": [0.8, 0.7],
            "median_kehadiran": [0.82, 0.71],
            "omzet_total": [10_000_000, 12_000_000],
            "omzet_median": [900_000, 1_000_000],
            "kelompok_lapor": [10, 10],
        }
    )
    fig = cr.tren_kelompok(df)
    assert [t.name for t in fig.data] == ["Kehadiran semua kelompok", "Median kelompok", "Omzet total"]
    assert list(fig.data[2].y) == [10_000_000, 12_000_000]
    assert list(fig.data[0].customdata) == ["Juli 2024", "Agustus 2024"]
    kosong = cr.tren_kelompok(df.iloc[0:0])
    assert kosong.data == () and "Tidak ada data" in kosong.layout.annotations[0].text


# --- profil kelompok -----------------------------------------------------------------------

PROFIL = {
    "kode_kube": "TGR-002",
    "nama": "KUBE Sejahtera 2",
    "kelurahan": "Tegalrejo",
    "kecamatan": "Tegalrejo",
    "kota": "Kota Yogyakarta",
    "jenis_usaha": "warung_sembako",
    "tanggal_bentuk": pd.Timestamp("2017-03-01"),
    "tanggal_bantuan": pd.Timestamp("2017-05-16"),
    "nilai_bantuan": 10_000_000,
    "pendamping": "Bu Sri",
    "tanggal_mandiri": pd.Timestamp("2019-07-01"),
    "tanggal_bubar": pd.NaT,
}


def test_penanda_kelompok() -> None:
    penanda = ck.penanda_kelompok(PROFIL)
    assert [(p.tanggal, p.teks) for p in penanda] == [
        (dt.date(2017, 5, 16), "Bantuan"),
        (dt.date(2019, 7, 1), "Mandiri"),
    ]


def test_kartu_dan_uraian_profil() -> None:
    kartu = ck.kartu_profil(PROFIL)
    assert [k.nilai for k in kartu] == ["Mar 2017", "Rp10,0 jt", "Jul 2019", "Mandiri"]
    assert kartu[1].label == "Bantuan UEP · 16 Mei 2017"
    assert [k.keterangan for k in kartu] == ["1 Maret 2017", "Rp10.000.000", "1 Juli 2019", None]
    assert ck.uraian_profil(PROFIL) == (
        "Kel. Tegalrejo, Kec. Tegalrejo, Kota Yogyakarta · Warung sembako · pendamping Bu Sri"
    )


def _keuangan() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "bulan": _bulan("2019-05", "2019-06", "2019-07", "2019-08"),
            "omzet": [5_000_000, None, 6_000_000, 7_000_000],
            "biaya": [4_000_000, None, 4_500_000, 5_000_000],
            "laba": [1_000_000, None, 1_500_000, 2_000_000],
            "modal": [9_000_000, None, 9_500_000, 10_000_000],
            "ada_laporan": [True, False, True, True],
        }
    )


def test_keuangan_bulanan_penanda_dalam_periode_dan_kunjungan() -> None:
    kunjungan = pd.DataFrame(
        {"tanggal": pd.to_datetime(["2019-06-10"]), "pihak": ["pendamping"], "kegiatan": ["monitoring"]}
    )
    fig = ck.keuangan_bulanan(_keuangan(), penanda=ck.penanda_kelompok(PROFIL), kunjungan=kunjungan)
    # June has no report: the bars skip it
    assert list(fig.data[0].x) == list(pd.to_datetime(["2019-05-01", "2019-07-01", "2019-08-01"]))
    # only the mandiri date (1 Jul 2019) lies in May-Aug 2019; the grant (2017) is left out
    assert [a.text for a in fig.layout.annotations if a.text in ("Bantuan", "Mandiri")] == ["Mandiri"]
    assert fig.data[-1].name == "Kunjungan" and fig.data[-1].yaxis == "y9"
    assert fig.data[-1].customdata[0] == "10 Juni 2019: Pendamping (monitoring)"


def test_keuangan_bulanan_tanpa_laporan() -> None:
    df = _keuangan().assign(ada_laporan=False)
    fig = ck.keuangan_bulanan(df)
    # one note, the whole sentence
    assert [a.text for a in fig.layout.annotations] == ["Belum ada laporan keuangan pada periode ini."]


def test_kehadiran_per_pertemuan_per_jenis() -> None:
    df = pd.DataFrame(
        {
            "tanggal": pd.to_datetime(["2024-01-05", "2024-01-19", "2024-02-02"]),
            "kode_pertemuan": ["P1", "P2", "P3"],
            "jenis": ["rutin", "musyawarah", "rutin"],
            "laporan_keuangan": [True, False, True],
            "aktif": [10, 10, 8],
            "hadir": [8, 10, 6],
            "tingkat_kehadiran": [0.8, 1.0, 0.75],
        }
    )
    fig = ck.kehadiran_per_pertemuan(df)
    assert [t.name for t in fig.data] == ["Musyawarah", "Rutin"]
    assert list(fig.data[1].y) == [0.8, 0.75]
    assert fig.data[1].customdata[1] == "2 Februari 2024 · 6 dari 8 hadir"


def test_kunjungan_per_pihak_bertumpuk() -> None:
    df = pd.DataFrame(
        {"bulan": _bulan("2024-01", "2024-01", "2024-02"), "pihak": ["dinsos", "pendamping", "pendamping"],
         "jumlah": [1, 2, 3]}
    )  # fmt: skip
    fig = ck.kunjungan_per_pihak(df)
    assert fig.layout.barmode == "stack"
    assert [(t.name, list(t.y)) for t in fig.data] == [("Dinas Sosial", [1]), ("Pendamping", [2, 3])]


# --- bandingkan ----------------------------------------------------------------------------


def _banding(peringkat: int = 7, n: int = 12, n_kecil: bool = False) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "indikator": ["tingkat_kehadiran", "omzet", "hambatan_terbuka"],
            "nilai": [0.62, 12_000_000.0, 4.0],
            "peringkat": [peringkat, 3, None],
            "n": [n, n, n],
            "persentil": [45.5, 81.8, None],
            "median": [0.7, 9_000_000.0, 2.0],
            "q1": [0.6, 7_000_000.0, 1.0],
            "q3": [0.8, 11_000_000.0, 3.0],
            "n_kecil": [n_kecil, n_kecil, n_kecil],
        }
    )


def test_judul_peringkat_sejahtera_2() -> None:
    konteks = cs.konteks_sebaya("kota", PROFIL)
    assert cs.judul_peringkat(_banding(), "KUBE Sejahtera 2", konteks) == (
        "KUBE Sejahtera 2: peringkat 7 dari 12 untuk kehadiran di Kota Yogyakarta"
    )
    assert cs.konteks_sebaya("kecamatan", PROFIL) == "di Kecamatan Tegalrejo"
    assert cs.konteks_sebaya("jenis_usaha", PROFIL) == "di antara KUBE warung sembako di Kota Yogyakarta"
    tanpa = cs.judul_peringkat(_banding().iloc[0:0], "KUBE X", "di Kota Yogyakarta")
    assert tanpa == "KUBE X: belum ada peringkat untuk kehadiran di Kota Yogyakarta"


def test_sebaya_sedikit() -> None:
    assert not cs.sebaya_sedikit(_banding())
    assert cs.sebaya_sedikit(_banding(n=4, n_kecil=True))
    assert cs.sebaya_sedikit(_banding().drop(columns="n_kecil").assign(n=5))  # 5 incl. itself = 4 peers


def test_perbandingan_sebaya_posisi() -> None:
    fig = cs.perbandingan_sebaya(_banding())
    titik = fig.data[0]
    # hambatan_terbuka has no percentile: left out
    assert list(titik.y) == ["Kehadiran", "Omzet"]
    assert list(titik.x) == [45.5, 81.8]
    assert list(titik.text) == ["7 dari 12", "3 dari 12"]
    assert list(titik.customdata) == ["62,0%", "Rp12.000.000"]


def test_tabel_perbandingan() -> None:
    t = cs.tabel_perbandingan(_banding(n_kecil=True))
    assert t.data["Kelompok ini"].tolist() == ["62,0%", "Rp12.000.000", "4"]
    assert t.data["Median sebaya"].tolist() == ["70,0%", "Rp9.000.000", "2"]
    assert t.data["Peringkat"].tolist() == ["7 dari 12 (sebaya sedikit)", "3 dari 12 (sebaya sedikit)", "–"]


def test_kehadiran_vs_sebaya_pita_median_fokus() -> None:
    df = pd.DataFrame(
        {
            "bulan": _bulan("2024-01", "2024-02"),
            "fokus": [0.6, 0.65],
            "median_sebaya": [0.7, 0.72],
            "q1_sebaya": [0.6, 0.61],
            "q3_sebaya": [0.8, 0.82],
            "n_sebaya": [11, 11],
        }
    )
    fig = cs.kehadiran_vs_sebaya(df)
    assert [t.name for t in fig.data][1:] == [
        "Separuh tengah (Q1–Q3)",
        "Median sebaya",
        "Kelompok ini",
    ]
    assert list(fig.data[0].y) == [0.8, 0.82] and fig.data[1].fill == "tonexty"
    assert list(fig.data[3].y) == [0.6, 0.65]


def _tumbuh() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "bulan_ke": [0, 1, 2, 3],
            "bulan": _bulan("2017-05", "2017-06", "2017-07", "2017-08"),
            "indeks_fokus": [100.0, 104.0, None, 103.0],
            "median_sebaya": [100.0, 101.0, 150.0, 106.0],
            "q1_sebaya": [98.0, 99.0, 140.0, 101.0],
            "q3_sebaya": [102.0, 103.0, 160.0, 110.0],
            "n_sebaya": [11, 3, 2, 5],
        }
    )


def test_pertumbuhan_sejak_bantuan() -> None:
    fig = cg.pertumbuhan_sejak_bantuan(_tumbuh())
    # traces: band top (q3), band bottom (q1), median, focal
    assert [d.name for d in fig.data[2:]] == ["Median sebaya", "Kelompok ini"]
    fokus = fig.data[-1]
    assert list(fokus.x) == [0, 1, 2, 3] and list(fokus.y[:2]) == [100.0, 104.0] and fokus.connectgaps
    assert fig.layout.xaxis.title.text == "Bulan sejak bantuan (0 = bulan bantuan)"
    # the chart says what it covers: the grant month to the period's end
    assert fig.layout.title.subtitle.text == "Mei 2017 (bulan ke-0) – Agustus 2017 (bulan ke-3)"
    assert fokus.customdata[3] == "Agustus 2017"
    kosong = cg.pertumbuhan_sejak_bantuan(_tumbuh().assign(indeks_fokus=None))
    assert "Belum ada data modal" in kosong.layout.annotations[0].text


def test_pertumbuhan_sejak_bantuan_tanpa_titik_sebaya_sedikit() -> None:
    """bulan_ke 2 rests on 2 peers (< SEBAYA_MIN_TITIK = 3): no median, no band there; 3 peers stay."""
    fig = cg.pertumbuhan_sejak_bantuan(_tumbuh())
    q3, q1, median = fig.data[0], fig.data[1], fig.data[2]
    assert cg.SEBAYA_MIN_TITIK == 3
    assert [pd.isna(v) for v in median.y] == [False, False, True, False]
    assert median.y[1] == 101.0 and median.y[3] == 106.0
    assert pd.isna(q1.y[2]) and pd.isna(q3.y[2])
    # band edges: rolling median of 5 months over the points left (q1 98, 99, -, 101):
    # month 0 -> median(98, 99) = 98,5; month 1 -> median(98, 99, 101) = 99; month 3 -> median(99, 101) = 100
    assert list(q1.y[[0, 1, 3]]) == [98.5, 99.0, 100.0]
    assert list(q3.y[[0, 1, 3]]) == [102.5, 103.0, 106.5]  # q3 102, 103, -, 110 the same way
    assert fig.data[-1].y[3] == 103.0  # the group's own line is never blanked


def test_pertumbuhan_sejak_bantuan_pita_tanpa_lonjakan() -> None:
    """A quartile that flips to another cluster for one month does not spike the band; the median
    line is drawn as measured."""
    df = pd.DataFrame(
        {
            "bulan_ke": [0, 1, 2, 3, 4],
            "bulan": _bulan("2017-05", "2017-06", "2017-07", "2017-08", "2017-09"),
            "indeks_fokus": [100.0] * 5,
            "median_sebaya": [110.0, 111.0, 90.0, 112.0, 113.0],
            "q1_sebaya": [100.0, 100.0, 50.0, 100.0, 100.0],
            "q3_sebaya": [120.0, 120.0, 250.0, 120.0, 120.0],
            "n_sebaya": [9] * 5,
        }
    )
    fig = cg.pertumbuhan_sejak_bantuan(df)
    assert list(fig.data[1].y) == [100.0] * 5 and list(fig.data[0].y) == [120.0] * 5
    assert list(fig.data[2].y) == [110.0, 111.0, 90.0, 112.0, 113.0]
    assert fig.data[1].name == "Separuh tengah (Q1–Q3, dihaluskan 5 bulan)"


def test_pertumbuhan_sejak_bantuan_sorot_periode() -> None:
    # chosen period Jun-Jul 2017 = bulan_ke 1..2: shaded from 0.5 to 2.5
    fig = cg.pertumbuhan_sejak_bantuan(_tumbuh(), sorot=(dt.date(2017, 6, 1), dt.date(2017, 7, 1)))
    (arsir,) = [b for b in fig.layout.shapes if b.type == "rect"]
    assert (arsir.x0, arsir.x1) == (0.5, 2.5)
    assert [a.text for a in fig.layout.annotations] == ["periode terpilih"]
    # a period covering the whole path needs no shading
    semua = cg.pertumbuhan_sejak_bantuan(_tumbuh(), sorot=(dt.date(2017, 1, 1), dt.date(2017, 12, 1)))
    assert not [b for b in semua.layout.shapes if b.type == "rect"]


def test_bulan_bantuan() -> None:
    assert cg.bulan_bantuan({"tanggal_bantuan": pd.Timestamp("2017-05-16")}) == dt.date(2017, 5, 1)
    assert cg.bulan_bantuan({"tanggal_bantuan": pd.NaT}) is None
    assert cg.bulan_bantuan({"tanggal_bantuan": None}) is None


def test_hambatan_vs_sebaya_berdampingan() -> None:
    df = pd.DataFrame(
        {
            "kategori": ["modal", "konflik", "bencana"],
            "kelompok_kategori": ["usaha", "modal_sosial", "eksternal"],
            "fokus": [2, 0, 0],
            "rata_sebaya": [0.5, 1.25, 0.0],
        }
    )
    fig = cs.hambatan_vs_sebaya(df)
    # bencana is 0 on both sides: left out; sorted by category group
    assert list(fig.data[0].y) == ["Konflik (modal sosial)", "Modal (usaha)"]
    assert list(fig.data[0].x) == [0, 2] and list(fig.data[1].x) == [1.25, 0.5]
    assert fig.layout.barmode == "group"
    # issue 11: a tick every whole obstacle, written whole ('0 1 2'); ',.0f' on Plotly's 0.5
    # steps read '0 1 1 2 2' on a phone
    assert (fig.layout.xaxis.dtick, fig.layout.xaxis.tickformat) == (1, ",d")


# --- hambatan ------------------------------------------------------------------------------


def _per_kategori() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "kode_kube": ["A", "A", "B", "C"],
            "nama": ["KUBE A", "KUBE A", "KUBE B", "KUBE C"],
            "kategori": ["modal", "konflik", "modal", "bencana"],
            "kelompok_kategori": ["usaha", "modal_sosial", "usaha", "eksternal"],
            "baru": [1, 2, 4, 0],
            "terbuka_akhir": [1, 0, 2, 1],
        }
    )


def test_matriks_hambatan() -> None:
    m = ch.matriks_hambatan(_per_kategori())
    # KUBE B: 4, KUBE A: 1 + 2 = 3, KUBE C: 0; 'bencana' has no new obstacle: dropped
    assert list(m.index) == ["KUBE B", "KUBE A", "KUBE C"]
    assert list(m.columns) == ["konflik", "modal"]
    assert m.loc["KUBE A"].tolist() == [2, 1]
    assert list(ch.matriks_hambatan(_per_kategori(), maks=2).index) == ["KUBE B", "KUBE A"]


def test_peta_hambatan() -> None:
    fig = ch.hambatan_per_kategori(_per_kategori())
    peta = fig.data[0]
    assert list(peta.x) == ["Konflik", "Modal"] and list(peta.y) == ["KUBE B", "KUBE A", "KUBE C"]
    assert peta.z.tolist() == [[0, 4], [2, 1], [0, 0]]


def test_hambatan_bulanan() -> None:
    df = pd.DataFrame(
        {"bulan": _bulan("2024-01", "2024-02"), "baru": [3, 1], "selesai": [0, 2], "terbuka_akhir": [3, 2]}
    )
    fig = ch.hambatan_bulanan(df)
    assert [(t.name, list(t.y)) for t in fig.data] == [
        ("Baru", [3, 1]),
        ("Selesai", [0, 2]),
        ("Terbuka akhir bulan", [3, 2]),
    ]


def test_hari_penyelesaian_kotak_dari_kuartil() -> None:
    # shaped like hambatan.hari_penyelesaian_sebaran: longest median first
    df = pd.DataFrame(
        {
            "kategori": ["konflik", "modal"],
            "kelompok_kategori": ["modal_sosial", "usaha"],
            "jumlah": [1, 2],
            "q1": [45.0, 15.0],
            "median": [45.0, 20.0],
            "q3": [45.0, 25.0],
            "pagar_bawah": [45, 10],
            "pagar_atas": [45, 30],
            "minimum": [45, 10],
            "maksimum": [45, 30],
        }
    )
    fig = ch.hari_penyelesaian(df)
    assert [t.name for t in fig.data] == ["Konflik", "Modal"]
    modal = fig.data[1]
    assert (list(modal.q1), list(modal.median), list(modal.q3)) == ([15.0], [20.0], [25.0])
    assert (list(modal.lowerfence), list(modal.upperfence)) == ([10], [30])
    assert modal.x is None  # no point per obstacle
    # each box on its own row (issue 11 walk: without y every box was drawn on one row '0')
    assert [tuple(t.y) for t in fig.data] == [("Konflik",), ("Modal",)]


# --- peringatan ----------------------------------------------------------------------------


def _peringatan() -> pd.DataFrame:
    # shaped like peringatan.peringatan_aktif: sorted by group, then code order
    return pd.DataFrame(
        {
            "kode_kube": ["A-1", "A-1", "B-2", "C-3"],
            "nama": ["KUBE A", "KUBE A", "KUBE B", "KUBE C"],
            "kode": ["hambatan_lama", "tanpa_kunjungan", "hambatan_lama", "mandiri_belum_siap"],
            "pesan": ["lama A", "sepi A", "lama B", "belum siap C"],
            "tingkat": ["sedang", "sedang", "sedang", "tinggi"],
        }
    )


def test_jumlah_per_kode_semua_kode() -> None:
    jumlah = cp.jumlah_per_kode(_peringatan()).set_index("kode")["jumlah"]
    # all eight codes (data_belum_lengkap: issue 13), in their documented order, zeros included
    assert list(jumlah.index) == [
        "mandiri_belum_siap", "absen_beruntun", "kehadiran_turun", "omzet_turun",
        "laporan_terlambat", "hambatan_lama", "tanpa_kunjungan", "data_belum_lengkap",
    ]  # fmt: skip
    assert list(jumlah) == [1, 0, 0, 0, 0, 2, 1, 0]


def test_peringatan_per_kode_batang_berwarna_tingkat() -> None:
    fig = cp.peringatan_per_kode(_peringatan())
    batang = fig.data[0]
    assert batang.y[0] == "Dimandirikan sebelum siap" and batang.y[5] == "Hambatan lama belum selesai"
    assert list(batang.x) == [1, 0, 0, 0, 0, 2, 1, 0]
    assert batang.marker.color[0] == theme.RAG["merah"] and batang.marker.color[5] == theme.RAG["kuning"]
    assert (fig.layout.xaxis.dtick, fig.layout.xaxis.tickformat) == (1, ",d")  # '0 1 2', not '0 1 1 2 2'


def test_peringatan_tabel_yang_tinggi_dulu() -> None:
    t = cp.peringatan_tabel(_peringatan())
    assert list(t.data.columns) == [
        "Kode",
        "Kelompok",
        "Tingkat",
        "Peringatan",
        "Keterangan",
        "Kode peringatan",
    ]
    # tinggi first; then code order (hambatan_lama before tanpa_kunjungan), then group
    assert list(t.data["Keterangan"]) == ["belum siap C", "lama A", "lama B", "sepi A"]
    assert list(t.data["Tingkat"]) == ["🔴 tinggi", "🟡 sedang", "🟡 sedang", "🟡 sedang"]
    assert t.data["Peringatan"].iloc[3] == "Tanpa kunjungan"


def test_pesan_kelompok() -> None:
    satu = _peringatan()[_peringatan()["kode_kube"] == "A-1"].iloc[::-1]
    assert cp.pesan_kelompok(satu) == [
        cp.Pesan("sedang", "Hambatan lama belum selesai", "lama A"),
        cp.Pesan("sedang", "Tanpa kunjungan", "sepi A"),
    ]
    assert cp.pesan_kelompok(_peringatan().iloc[0:0]) == []
