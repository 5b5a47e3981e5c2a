"""The issue-13 case built from a published group: a konveksi KUBE founded by 10 households in
2014, grown on a Rp20 juta provincial grant, named best KUBE of its kabupaten, province and then
the country in 2017, declared mandiri at the start of 2018 (2 January 2018).

`tulis_kasus(folder, opsional=True)` writes its import files as a pendamping would fill them:
with the optional `jaringan` and `kesepakatan` files, or without them (which many pendamping do
not keep). Records run from February 2014 to December 2018:
- 10 members from 2014-02-01 (ketua, sekretaris, bendahara + 7 anggota);
- two meetings a month, a rutin one on the 5th and a musyawarah on the 20th, finances read out
  at both; 9 of 10 present, the 10th izin (in turn): 90 %, never alpa;
- a monthly report from March 2014: omzet Rp6.000.000, biaya Rp4.000.000, modal Rp20.000.000
  growing Rp200.000 a month, tabungan Rp100.000, IKS Rp20.000, cash book up to date;
- a pendamping visit every third month (the 12th of Jan, Apr, Jul, Oct);
- ties: BRI account 2014-06-02, fabric supplier 2014-09-01, regular buyer 2015-03-02, the
  kabupaten cooperative 2016-01-04 (4 active, 4 kinds); agreements: 3, each with a sanction,
  agreed 2014-02-05, 2014-05-05, 2015-01-05, all still in force.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

KODE = "JUARA-01"
MANDIRI = dt.date(2018, 1, 2)
PERAN = ["ketua", "sekretaris", "bendahara"] + ["anggota"] * 7


def _bulan() -> list[dt.date]:
    return [
        dt.date(t, b, 1)
        for t in range(2014, 2019)
        for b in range(1, 13)
        if dt.date(t, b, 1) >= dt.date(2014, 2, 1)
    ]


def _tulis(folder: Path, nama: str, judul: str, baris: list[str]) -> None:
    (folder / f"{nama}.csv").write_text("\n".join([judul, *baris]) + "\n", encoding="utf-8")


def tulis_kasus(folder: Path, *, opsional: bool = True) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    _tulis(folder, "kelompok", "kode_kube,nama,kelurahan,kecamatan,kota,jenis_usaha,tanggal_bentuk,"
           "tanggal_bantuan,nilai_bantuan,pendamping,tanggal_mandiri,tanggal_bubar",
           [f"{KODE},KUBE Juara Konveksi,Desa Maju,Kecamatan Makmur,Kabupaten Teladan,konveksi,"
            f"2014-02-01,2014-03-03,Rp20.000.000,P-01,{MANDIRI},"])  # fmt: skip
    _tulis(folder, "anggota", "kode_kube,kode_anggota,nama,peran,jenis_kelamin,tanggal_masuk,tanggal_keluar",
           [f"{KODE},A{i},Anggota {i},{p},P,2014-02-01," for i, p in enumerate(PERAN)])  # fmt: skip
    _pertemuan(folder)
    _tulis(folder, "keuangan", "kode_kube,bulan,omzet,biaya,modal,kas,tabungan,iks,buku_kas_terkini",
           [f"{KODE},{b:%Y-%m},6000000,4000000,{20_000_000 + i * 200_000},,100000,20000,ya"
            for i, b in enumerate(_bulan()[1:])])  # fmt: skip
    kunjungan = [f"{KODE},{b.replace(day=12)},pendamping,pembinaan," for b in _bulan() if b.month % 3 == 1]
    _tulis(folder, "kunjungan", "kode_kube,tanggal,pihak,kegiatan,catatan", kunjungan)
    if opsional:
        _opsional(folder)
    return sorted(folder.glob("*.csv"))


def _pertemuan(folder: Path) -> None:
    rapat, hadir = [], []
    for i, b in enumerate(_bulan()):
        for j, (hari, jenis) in enumerate(((5, "rutin"), (20, "musyawarah"))):
            kode_p = f"P{b:%Y%m}{j}"
            rapat.append(f"{KODE},{kode_p},{b.replace(day=hari)},{jenis},ya,ya,")
            izin = (2 * i + j) % 10  # one member excused in turn
            hadir += [f"{KODE},{kode_p},A{a},{'izin' if a == izin else 'hadir'}" for a in range(10)]
    judul = "kode_kube,kode_pertemuan,tanggal,jenis,laporan_keuangan,hadir_pendamping,catatan"
    _tulis(folder, "pertemuan", judul, rapat)
    _tulis(folder, "kehadiran", "kode_kube,kode_pertemuan,kode_anggota,status", hadir)


def _opsional(folder: Path) -> None:
    _tulis(folder, "jaringan", "kode_kube,mitra,jenis_mitra,tanggal_mulai,tanggal_selesai", [
        f"{KODE},BRI Unit Makmur,bank,2014-06-02,",
        f"{KODE},UD Kain Sejahtera,pemasok,2014-09-01,",
        f"{KODE},Toko Seragam Sekolah,pembeli_tetap,2015-03-02,",
        f"{KODE},Koperasi Kabupaten,koperasi,2016-01-04,",
    ])  # fmt: skip
    _tulis(folder, "kesepakatan", "kode_kube,kode_kesepakatan,tanggal,isi,ada_sanksi,tanggal_berakhir", [
        f"{KODE},S1,2014-02-05,Iuran tabungan Rp25.000 per minggu,ya,",
        f"{KODE},S2,2014-05-05,Denda Rp5.000 bila tidak hadir tanpa izin,ya,",
        f"{KODE},S3,2015-01-05,Setoran IKS setiap bulan dari laba,ya,",
    ])  # fmt: skip
