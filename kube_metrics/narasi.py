"""Deterministic narrative: plain sentences built from the figures with catalogue templates.

No language model: every sentence is a template of kube_metrics/katalog/<lang>.toml filled with
figures formatted for the language (kube_metrics.i18n). The input is the `fakta` dict assembled
by kube_metrics.laporan.cerita (keys documented there); a figure that is None (undefined or
suppressed for privacy) makes its sentence say so or leaves the sentence out, never prints 'None'.
"""

from __future__ import annotations

from typing import Any

from kube_metrics import ambang_modal_sosial as A
from kube_metrics.i18n import angka, bulan, hitung, persen, rupiah, tanggal, teks

# A change of attendance of at least 5 points between the two windows is told as a rise or a
# fall; smaller moves read as "stayed around" (DESAIN: below that the audience sees noise).
KEHADIRAN_BERUBAH = 0.05
# Next steps (DESAIN, from the sources in ambang_modal_sosial): finances read out at 9 of 10
# meetings, at least one meeting a month (Permensos), 2 outside partners (tahap maju),
# at least one written agreement.
TRANSPARANSI_MIN = 0.9
PERTEMUAN_PER_BULAN_MIN = 1.0
MITRA_MIN = A.TAHAP_MITRA_MAJU_MIN
KESEPAKATAN_MIN = 1
LANGKAH_MAKS = 5


def _jenis_usaha(kode: str, lang: str) -> str:
    try:
        return teks(f"jenis_usaha.{kode}", lang)
    except KeyError:
        return kode.replace("_", " ")


def kalimat_anggota(f: dict[str, Any], lang: str) -> list[str]:
    """Profile, members, aid, meetings and visits."""
    k, s = f["kelompok"], f["summary"]
    out = [
        teks(
            "narasi.profil",
            lang,
            nama=k["nama"],
            kelurahan=k["kelurahan"],
            kota=k["kota"],
            bulan_bentuk=bulan(k["tanggal_bentuk"], lang),
            jenis_usaha=_jenis_usaha(k["jenis_usaha"], lang),
        )
    ]
    if s["anggota_aktif"] is None:
        out.append(teks("narasi.anggota_disembunyikan", lang))
    else:
        out.append(
            teks(
                "narasi.anggota",
                lang,
                bulan_sampai=bulan(f["sampai"], lang),
                n=angka(s["anggota_aktif"], lang),
            )
        )
    if k.get("nilai_bantuan") and k.get("tanggal_bantuan"):
        nilai = rupiah(k["nilai_bantuan"], lang)
        out.append(teks("narasi.bantuan", lang, nilai=nilai, tanggal=tanggal(k["tanggal_bantuan"], lang)))
    out.append(_kalimat_pertemuan(s, lang))
    pendamping = hitung("kali", s["kunjungan_pendamping"], lang)
    pemerintah = hitung("kali", s["kunjungan_pemerintah"], lang)
    out.append(teks("narasi.kunjungan", lang, pendamping=pendamping, pemerintah=pemerintah))
    return out


def _kalimat_pertemuan(s: dict[str, Any], lang: str) -> str:
    if not s["pertemuan"]:
        return teks("narasi.pertemuan_nol", lang)
    per_bulan = angka(s["pertemuan_per_bulan"], lang, 1)
    return teks("narasi.pertemuan", lang, kali=hitung("kali", s["pertemuan"], lang), per_bulan=per_bulan)


def kalimat_uang(f: dict[str, Any], lang: str) -> list[str]:
    """Revenue, costs, profit, capital against the aid, savings and IKS."""
    s = f["summary"]
    if s["omzet"] is None:
        return [teks("narasi.uang_kosong", lang)]
    out = [
        teks(
            "narasi.uang",
            lang,
            omzet=rupiah(s["omzet"], lang),
            biaya=rupiah(s["biaya"], lang),
            laba=rupiah(s["laba"], lang),
        )
    ]
    modal = rupiah(s["modal_akhir"], lang)
    tumbuh = s["pertumbuhan_modal"]
    if tumbuh is None:
        out.append(teks("narasi.modal_tanpa_bantuan", lang, modal=modal))
    else:
        arah = teks("narasi.modal_naik" if tumbuh >= 0 else "narasi.modal_turun", lang)
        out.append(teks("narasi.modal", lang, modal=modal, arah=arah, persen=persen(abs(tumbuh), lang)))
    out.append(
        teks("narasi.tabungan", lang, tabungan=rupiah(s["tabungan"], lang), iks=rupiah(s["iks"], lang))
    )
    return out


def kalimat_kehadiran(f: dict[str, Any], lang: str) -> list[str]:
    """The attendance trend with the rank among peers, e.g. 'Kehadiran rapat turun dari 85%
    menjadi 62% sejak Maret 2024; peringkat 7 dari 12 di Kota Yogyakarta.'"""
    s = f["summary"]
    if f.get("anggota_disembunyikan"):
        return [teks("narasi.kehadiran_disembunyikan", lang)]
    if s["tingkat_kehadiran"] is None:
        return [teks("narasi.kehadiran_kosong", lang)]
    utama = _klausa_tren(f.get("tren_kehadiran"), s["tingkat_kehadiran"], lang)
    if s["peringkat_kehadiran"]:
        rank, n = s["peringkat_kehadiran"]
        utama += "; " + teks("narasi.peringkat", lang, peringkat=rank, n=n, kota=f["kelompok"]["kota"])
    out = [utama + "."]
    if s["transparansi_keuangan"] is not None:
        out.append(teks("narasi.transparansi", lang, persen=persen(s["transparansi_keuangan"], lang)))
    return out


def _klausa_tren(tren: dict[str, Any] | None, tingkat: float, lang: str) -> str:
    """'turun dari 85% menjadi 62% sejak Maret 2024', or the plain rate without a trend."""
    if tren is None:
        return teks("narasi.kehadiran", lang, persen=persen(tingkat, lang))
    beda = tren["akhir"] - tren["awal"]
    kunci = "naik" if beda >= KEHADIRAN_BERUBAH else "turun" if beda <= -KEHADIRAN_BERUBAH else "stabil"
    isi = {"awal": persen(tren["awal"], lang), "akhir": persen(tren["akhir"], lang)}
    return teks(f"narasi.kehadiran_{kunci}", lang, bulan=bulan(tren["sejak"], lang), **isi)


def kalimat_hambatan(f: dict[str, Any], lang: str) -> list[str]:
    """New and open obstacles, the median days to resolve, the largest category group."""
    s = f["summary"]
    out = [
        teks(
            "narasi.hambatan",
            lang,
            baru=angka(s["hambatan_baru"], lang),
            terbuka=angka(s["hambatan_terbuka"], lang),
        )
    ]
    if s["hari_penyelesaian_median"] is not None:
        out.append(teks("narasi.hambatan_median", lang, hari=angka(s["hari_penyelesaian_median"], lang, 0)))
    per_kategori = f.get("hambatan_kategori") or {}
    if per_kategori:
        kategori, n = max(per_kategori.items(), key=lambda kv: (kv[1], kv[0]))
        if n > 0:
            nama = teks(f"kategori.{kategori}", lang).lower()
            out.append(teks("narasi.hambatan_terbanyak", lang, kategori=nama, n=angka(n, lang)))
    return out


def kalimat_modal_sosial(f: dict[str, Any], lang: str) -> list[str]:
    """The three dimension scores, the stage and readiness, partners and agreements; a dimension
    resting on a kind never recorded says 'belum ada data' and what to record (issue 13)."""
    p, s = f.get("pembacaan"), f["summary"]
    kurang = _kurang_data(p)
    out = []
    skor = (p or {}).get("modal_sosial") or {}
    if not skor or all(v is None for v in skor.values()):
        out.append(teks("narasi.modal_sosial_kosong", lang))
    else:
        out.append(
            teks("narasi.modal_sosial", lang, **{d: _skor(d, v, kurang, lang) for d, v in skor.items()})
        )
    if p and p.get("tahap") and p.get("kesiapan_mandiri") is not None:
        tahap = teks(f"tahap.{p['tahap']}", lang)
        kesiapan = angka(p["kesiapan_mandiri"], lang)
        if p.get("kesiapan_lengkap") is False:
            out.append(
                teks(
                    "kelengkapan.narasi_tahap",
                    lang,
                    tahap=tahap,
                    kesiapan=kesiapan,
                    jenis=_jenis(kurang, lang),
                )
            )
        else:
            out.append(teks("narasi.tahap", lang, tahap=tahap, kesiapan=kesiapan))
    out += _kalimat_mitra(s, kurang, lang)
    return out


def _kurang_data(p: dict[str, Any] | None) -> list[str]:
    return list((p or {}).get("data_belum_lengkap") or [])


def _skor(dimensi: str, nilai: float | None, kurang: list[str], lang: str) -> str:
    jenis = next((j for j, d in A.JENIS_DATA_DIMENSI.items() if d == dimensi), None)
    if nilai is None and jenis in kurang:
        return teks("kelengkapan.belum_ada_data", lang)
    return angka(nilai, lang)


def _jenis(kurang: list[str], lang: str) -> str:
    return teks("kelengkapan.dan", lang).join(teks(f"kelengkapan.jenis_{j}", lang) for j in kurang)


def _kalimat_mitra(s: dict[str, Any], kurang: list[str], lang: str) -> list[str]:
    """Partners and agreements; a kind never recorded is said to be missing, not counted 0."""
    mitra = hitung("mitra", s["mitra_eksternal_aktif"], lang)
    sepakat = hitung("kesepakatan", s["kesepakatan_aktif"], lang)
    if not kurang:
        return [teks("narasi.mitra", lang, mitra=mitra, kesepakatan=sepakat)]
    out = []
    if "jaringan" not in kurang:
        out.append(teks("kelengkapan.narasi_mitra_saja", lang, mitra=mitra))
    if "kesepakatan" not in kurang:
        out.append(teks("kelengkapan.narasi_kesepakatan_saja", lang, kesepakatan=sepakat))
    return [*out, teks("kelengkapan.narasi_kurang", lang, jenis=_jenis(kurang, lang))]


# --- warnings and next steps ---------------------------------------------------------------

_ISI_PERINGATAN: dict[str, dict[str, Any]] = {
    "mandiri_belum_siap": {"ambang": A.KESIAPAN_AMBANG},
    "absen_beruntun": {"porsi": A.ABSEN_BERUNTUN_PORSI, "n": A.ABSEN_BERUNTUN_PERTEMUAN},
    "kehadiran_turun": {"n": A.KEHADIRAN_TURUN_BULAN, "poin": A.KEHADIRAN_TURUN_POIN},
    "omzet_turun": {"n": A.OMZET_TURUN_BULAN},
    "laporan_terlambat": {"n": A.LAPORAN_TERLAMBAT_BULAN},
    "hambatan_lama": {"hari": A.HAMBATAN_LAMA_HARI},
    "tanpa_kunjungan": {"n": A.TANPA_KUNJUNGAN_BULAN},
    "data_belum_lengkap": {},
}


def pesan_peringatan(kode: str, lang: str) -> str:
    """The warning `kode` explained with its threshold, in `lang`."""
    isi = dict(_ISI_PERINGATAN.get(kode, {}))
    if "porsi" in isi:
        isi["porsi"] = persen(isi["porsi"], lang)
    if "ambang" in isi:
        isi["ambang"] = angka(isi["ambang"], lang)
    return teks(f"peringatan.{kode}", lang, **isi)


def kalimat_peringatan(f: dict[str, Any], lang: str) -> list[str]:
    """How many warnings are active at the end of the period, then one line each."""
    kode = f.get("peringatan") or []
    akhir = bulan(f["sampai"], lang)
    if not kode:
        return [teks("narasi.peringatan_nol", lang, bulan=akhir)]
    return [teks("narasi.peringatan_jumlah", lang, n=len(kode), bulan=akhir)] + [
        pesan_peringatan(k, lang) for k in kode
    ]


def langkah_berikutnya(f: dict[str, Any], lang: str) -> list[str]:
    """Next steps: one per active warning, then the weak habits; 'keep it up' when all is well."""
    s = f["summary"]
    kunci = [f"langkah.{k}" for k in f.get("peringatan") or []]
    if _kurang(s["transparansi_keuangan"], TRANSPARANSI_MIN):
        kunci.append("langkah.transparansi")
    if _kurang(s["pertemuan_per_bulan"], PERTEMUAN_PER_BULAN_MIN):
        kunci.append("langkah.pertemuan")
    kurang = _kurang_data(f.get("pembacaan"))  # never recorded: the data_belum_lengkap step says so
    if "jaringan" not in kurang and _kurang(s["mitra_eksternal_aktif"], MITRA_MIN):
        kunci.append("langkah.mitra")
    if "kesepakatan" not in kurang and _kurang(s["kesepakatan_aktif"], KESEPAKATAN_MIN):
        kunci.append("langkah.kesepakatan")
    kunci = kunci[:LANGKAH_MAKS] or ["langkah.pertahankan"]
    return [teks(k, lang) for k in kunci]


def _kurang(nilai: float | None, batas: float) -> bool:
    return nilai is not None and nilai < batas
