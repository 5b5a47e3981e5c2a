"""A small mutation run: put one realistic bug in at a time and see whether the tests catch it.

`make mutate` (or `.venv/bin/python scripts/mutate.py [--only ID ...] [--list]`). Each mutation
in MUTASI replaces one exact piece of text in one file of a temporary copy of the tree (git's
tracked and untracked-but-not-ignored files), runs the tests that cover that code there, and
restores the file. A mutation is KILLED when those tests fail, SURVIVED when they all pass.
The piece of text must occur exactly once; when the code moves on and it no longer does, the
mutation is reported as STALE, so the list cannot rot silently. Not part of CI (minutes of CPU):
run it after changing tests or the code a mutation names, and fix the list when one goes stale.

Exit code: 0 when every mutation was killed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Mutasi:
    id: str
    berkas: str
    lama: str
    baru: str
    tes: tuple[str, ...]
    apa: str


_TES_LIGA = ("tests/test_ringkasan_liga.py", "tests/test_ambang_batas.py")
_TES_PERINGATAN = ("tests/test_peringatan.py", "tests/test_ambang_batas.py")
_TES_SUMMARY = ("tests/test_summary.py", "tests/test_akhir_bulan.py")
_TES_UNDUH = ("tests/test_unduh.py",)
_TES_CLI = ("tests/test_cli.py", "tests/test_impor.py")
_TES_ANONIM = ("tests/test_anonim.py", "tests/test_narasi.py", "tests/test_laporan.py")

MUTASI: tuple[Mutasi, ...] = (
    # --- the four bugs of issue 14 that the suite used to miss ----------------------------
    Mutasi(
        "kunjungan_hari_terakhir",
        "kube_metrics/sql/kunjungan_per_pihak.sql",
        "v.tanggal BETWEEN $dari AND last_day($sampai::DATE)",
        "v.tanggal >= $dari AND v.tanggal < last_day($sampai::DATE)",
        ("tests/test_metrics_kunjungan.py", "tests/test_akhir_bulan.py"),
        "a visit on the last day of the end month is left out",
    ),
    Mutasi(
        "ambang_kehadiran_turun_kuning",
        "kube_metrics/ambang.py",
        "KEHADIRAN_TURUN_KUNING = 0.10",
        "KEHADIRAN_TURUN_KUNING = 0.09",
        _TES_LIGA,
        "amber attendance drop moved from 10 to 9 points",
    ),
    Mutasi(
        "unduh_csv_kolom_terakhir",
        "ui/layout.py",
        "csv = csv_aman.isi(t.data,",
        "csv = csv_aman.isi(t.data.iloc[:, :-1],",
        _TES_UNDUH,
        "every Unduh CSV download loses its last column",
    ),
    Mutasi(
        "cli_tanpa_import",
        "kube_metrics/cli.py",
        '    "import": "kube_metrics.commands.impor",\n',
        "",
        _TES_CLI,
        "the import command removed from the CLI registry",
    ),
    # --- thresholds (kube_metrics/ambang.py, ambang_modal_sosial.py) ------------------------
    Mutasi(
        "ambang_kehadiran_turun_merah",
        "kube_metrics/ambang.py",
        "KEHADIRAN_TURUN_MERAH = 0.20",
        "KEHADIRAN_TURUN_MERAH = 0.19",
        _TES_LIGA,
        "red attendance drop moved from 20 to 19 points",
    ),
    Mutasi(
        "ambang_omzet_turun_kuning",
        "kube_metrics/ambang.py",
        "OMZET_TURUN_KUNING = -0.10",
        "OMZET_TURUN_KUNING = -0.09",
        _TES_LIGA,
        "amber revenue fall moved from 10% to 9%",
    ),
    Mutasi(
        "ambang_tingkat_kehadiran_hijau",
        "kube_metrics/ambang.py",
        "TINGKAT_KEHADIRAN = Ambang(hijau=0.75,",
        "TINGKAT_KEHADIRAN = Ambang(hijau=0.74,",
        _TES_LIGA,
        "green attendance from 75% down to 74%",
    ),
    Mutasi(
        "ambang_kunjungan_bulan_minimum",
        "kube_metrics/ambang.py",
        "KUNJUNGAN_BULAN_MINIMUM = 3",
        "KUNJUNGAN_BULAN_MINIMUM = 2",
        _TES_LIGA,
        "visits judged on 2 months of life instead of 3",
    ),
    Mutasi(
        "peringatan_kehadiran_turun_poin",
        "kube_metrics/ambang_modal_sosial.py",
        "KEHADIRAN_TURUN_POIN = 20",
        "KEHADIRAN_TURUN_POIN = 19",
        _TES_PERINGATAN,
        "kehadiran_turun from a 19-point drop",
    ),
    Mutasi(
        "peringatan_kehadiran_turun_min_pertemuan",
        "kube_metrics/ambang_modal_sosial.py",
        "KEHADIRAN_TURUN_PERTEMUAN_MIN = 3",
        "KEHADIRAN_TURUN_PERTEMUAN_MIN = 2",
        _TES_PERINGATAN,
        "kehadiran_turun on two meetings a half-year",
    ),
    Mutasi(
        "peringatan_absen_beruntun_porsi",
        "kube_metrics/ambang_modal_sosial.py",
        "ABSEN_BERUNTUN_PORSI = 0.30",
        "ABSEN_BERUNTUN_PORSI = 0.29",
        _TES_PERINGATAN,
        "absen_beruntun from 29% of members",
    ),
    Mutasi(
        "peringatan_hambatan_lama_hari",
        "kube_metrics/ambang_modal_sosial.py",
        "HAMBATAN_LAMA_HARI = 90",
        "HAMBATAN_LAMA_HARI = 89",
        _TES_PERINGATAN,
        "hambatan_lama after 89 days",
    ),
    Mutasi(
        "peringatan_kesiapan_ambang",
        "kube_metrics/ambang_modal_sosial.py",
        "KESIAPAN_AMBANG = 60.0",
        "KESIAPAN_AMBANG = 59.0",
        ("tests/test_kesiapan.py", "tests/test_ambang_batas.py"),
        "ready for mandiri from 59 instead of 60",
    ),
    Mutasi(
        "disiplin_kehadiran_min",
        "kube_metrics/ambang_modal_sosial.py",
        "DISIPLIN_KEHADIRAN_MIN = 0.75",
        "DISIPLIN_KEHADIRAN_MIN = 0.74",
        ("tests/test_disiplin.py", "tests/test_ambang_batas.py"),
        "a disciplined meeting month from 74% attendance",
    ),
    # --- metric SQL -------------------------------------------------------------------------
    Mutasi(
        "summary_kunjungan_sampai_awal_bulan",
        "kube_metrics/sql/summary.sql",
        "v.tanggal BETWEEN p.dari AND p.akhir",
        "v.tanggal BETWEEN p.dari AND p.sampai",
        _TES_SUMMARY,
        "summary counts visits only up to the first day of the end month",
    ),
    Mutasi(
        "summary_hambatan_selesai_di_akhir",
        "kube_metrics/sql/summary.sql",
        "(h.tanggal_selesai IS NULL OR h.tanggal_selesai > p.akhir)",
        "(h.tanggal_selesai IS NULL OR h.tanggal_selesai >= p.akhir)",
        _TES_SUMMARY,
        "an obstacle resolved on the last day still counts as open",
    ),
    Mutasi(
        "rollup_anggota_masuk_hari_rapat",
        "kube_metrics/sql/rollup_pertemuan.sql",
        "WHERE a.tanggal_masuk <= p.tanggal",
        "WHERE a.tanggal_masuk < p.tanggal",
        ("tests/test_rollup.py", "tests/test_akhir_bulan.py"),
        "a member who joins on a meeting's day is not active at it",
    ),
    Mutasi(
        "sebaya_peringkat_tanpa_seri",
        "kube_metrics/sql/perbandingan_sebaya.sql",
        "THEN 1 + count(s.skor) FILTER (WHERE s.skor > f.skor)",
        "THEN 1 + count(s.skor) FILTER (WHERE s.skor >= f.skor)",
        ("tests/test_metrics_sebaya.py",),
        "tied groups no longer share a rank",
    ),
    # --- importer ---------------------------------------------------------------------------
    Mutasi(
        "impor_tanggal_hari_ini_ditolak",
        "kube_metrics/impor/nilai.py",
        '    if hasil > hari_ini:\n        raise NilaiSalah(f"tanggal',
        '    if hasil >= hari_ini:\n        raise NilaiSalah(f"tanggal',
        ("tests/test_impor_nilai.py",),
        "a date of today is rejected as being in the future",
    ),
    Mutasi(
        "impor_galat_tetap_keluar_0",
        "kube_metrics/commands/impor.py",
        '            print(f"  {g.teks()}", file=sys.stderr)\n        return 1',
        '            print(f"  {g.teks()}", file=sys.stderr)\n        return 0',
        _TES_CLI,
        "a rejected import exits 0",
    ),
    # --- anonymiser -------------------------------------------------------------------------
    Mutasi(
        "anonim_min_anggota",
        "kube_metrics/anonim.py",
        "MIN_ANGGOTA = 3",
        "MIN_ANGGOTA = 2",
        _TES_ANONIM,
        "figures about 2 members are shown",
    ),
    Mutasi(
        "anonim_huruf_tidak_maju",
        "kube_metrics/anonim.py",
        "            label.append(label_sebaya(urutan, pola))\n            urutan += 1",
        "            label.append(label_sebaya(urutan, pola))",
        _TES_ANONIM,
        "every peer gets the same letter",
    ),
    Mutasi(
        "anonim_kode_tetap_ada",
        "kube_metrics/anonim.py",
        'for c in ("kode_kube", "nama") if c in df.columns',
        'for c in ("nama",) if c in df.columns',
        _TES_ANONIM + ("tests/test_presentasi_page.py",),
        "peers' codes stay in the anonymised frame",
    ),
    # --- weak tests rewritten (issue 14, second stop): each survived the test's old form ---
    Mutasi(
        "kesiapan_bobot_disiplin",
        "kube_metrics/ambang_modal_sosial.py",
        '"disiplin": 0.25,',
        '"disiplin": 0.30,',
        (
            "tests/test_kesiapan.py::test_demo_sejahtera_2_dimandirikan_sebelum_siap",
            "tests/test_app_bahasa.py::test_peringatan_sejahtera_2_dengan_angka_berbahasa_inggris",
        ),
        "readiness weighs discipline .30 (old tests: 'not ready', '>= 3 maju', a sentence from the code)",
    ),
    Mutasi(
        "jangkar_pertemuan_per_bulan",
        "kube_metrics/ambang_modal_sosial.py",
        '"Pertemuan per bulan", "kali", 0, 4, 0.20,',
        '"Pertemuan per bulan", "kali", 0, 5, 0.20,',
        ("tests/test_pages_modal_sosial.py::test_halaman_modal_sosial",),
        "meetings a month scored up to 5, not 4 (old test: trust 30 points over ties and norms)",
    ),
    Mutasi(
        "halaman_ditolak_pesan_lain",
        "ui/halaman.py",
        'st.error(bahasa.t("akses.halaman_ditolak", peran=bahasa.t(f"akses.peran.{akun.peran}")))',
        'st.error(bahasa.t("akses.unduh_tidak_boleh"))',
        ("tests/test_catat_page.py::test_a_guest_is_refused_the_page",),
        "a refused page says something else (old test: any error at all)",
    ),
    Mutasi(
        "summary_tabel_nol",
        "kube_metrics/commands/summary.py",
        "    return format.angka(value)\n",
        "    return format.angka(value or 0)\n",
        ("tests/test_summary.py::test_tabel_shows_dash_for_nulls",),
        "summary's table shows a missing count as 0 (old test: a dash somewhere)",
    ),
)


def _salin_pohon(tujuan: Path) -> None:
    """Copy the files git knows (tracked, or untracked and not ignored) into `tujuan`."""
    daftar = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for nama in filter(None, daftar):
        asal = ROOT / nama.decode()
        if asal.is_file():
            (tujuan / nama.decode()).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(asal, tujuan / nama.decode())


def _jalankan(m: Mutasi, pohon: Path) -> tuple[str, float]:
    """Apply `m` in `pohon`, run its tests, restore the file; returns (verdict, seconds)."""
    berkas = pohon / m.berkas
    asli = berkas.read_text(encoding="utf-8")
    if asli.count(m.lama) != 1:
        return "STALE", 0.0
    berkas.write_text(asli.replace(m.lama, m.baru), encoding="utf-8")
    mulai = time.monotonic()
    try:
        perintah = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *m.tes]
        env = os.environ | {"PYTHONDONTWRITEBYTECODE": "1"}
        hasil = subprocess.run(perintah, cwd=pohon, capture_output=True, text=True, env=env)
    finally:
        berkas.write_text(asli, encoding="utf-8")
    detik = time.monotonic() - mulai
    if hasil.returncode == 1:
        return "KILLED", detik
    if hasil.returncode == 0:
        return "SURVIVED", detik
    return f"ERROR (pytest exit {hasil.returncode})", detik


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", metavar="ID", help="run only these mutations")
    parser.add_argument("--list", action="store_true", help="list the mutations and exit")
    args = parser.parse_args(argv)
    pilihan = [m for m in MUTASI if not args.only or m.id in args.only]
    if args.list or not pilihan:
        for m in MUTASI:
            print(f"{m.id:38} {m.berkas:40} {m.apa}")
        return 0 if args.list else 2
    hitung: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="kube-mutate-") as tmp:
        _salin_pohon(Path(tmp))
        for m in pilihan:
            putusan, detik = _jalankan(m, Path(tmp))
            hitung[putusan.split()[0]] = hitung.get(putusan.split()[0], 0) + 1
            print(f"{putusan:9} {m.id:38} {detik:6.1f} s  {m.apa}", flush=True)
    ringkas = ", ".join(f"{n} {k.lower()}" for k, n in sorted(hitung.items()))
    print(f"Total: {len(pilihan)} mutations: {ringkas}")
    return 0 if hitung.get("KILLED", 0) == len(pilihan) else 1


if __name__ == "__main__":
    sys.exit(main())
