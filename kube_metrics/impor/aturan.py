"""Rules across rows: duplicate keys, date order, obstacle status, references (batch + database),
attendance of active members only, and the 5–20 members warning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb
import pandas as pd

from kube_metrics.db import query
from kube_metrics.impor.baca import BARIS, Lembar
from kube_metrics.impor.batas import MAKS_GALAT
from kube_metrics.impor.galat import GalatImpor
from kube_metrics.impor.kolom import JENIS, URUTAN_TANGGAL
from kube_metrics.impor.urai import BERKAS, LEMBAR

ANGGOTA_MIN, ANGGOTA_MAKS = 5, 20  # Permensos 2/2019: 5–20 households


def _galat(
    df: pd.DataFrame, kolom: str, nilai: pd.Series | str, alasan: pd.Series | str, jumlah: int | None = None
) -> list[GalatImpor]:
    """One error per row of df (already filtered to the bad rows), at most MAKS_GALAT of them
    and then one line with how many more (`jumlah`: the full count when df was cut already)."""
    semua = len(df) if jumlah is None else jumlah
    df = df.iloc[:MAKS_GALAT]
    n = len(df)
    nilai_s, alasan_s = (
        x.loc[df.index] if isinstance(x, pd.Series) else pd.Series([x] * n, index=df.index)
        for x in (nilai, alasan)
    )
    hasil = [
        GalatImpor(b, lb, int(r), kolom, "" if pd.isna(v) else str(v), a)
        for b, lb, r, v, a in zip(df[BERKAS], df[LEMBAR], df[BARIS], nilai_s, alasan_s, strict=True)
    ]
    if semua > n:
        lain = f"… dan {semua - n} baris lain dengan masalah yang sama"
        hasil.append(GalatImpor(str(df[BERKAS].iloc[0]), str(df[LEMBAR].iloc[0]), None, kolom, "", lain))
    return hasil


def _tgl(seri: pd.Series) -> pd.Series:
    return seri.dt.strftime("%Y-%m-%d")


def kunci_ganda(jenis: str, df: pd.DataFrame) -> list[GalatImpor]:
    kunci = list(JENIS[jenis].kunci)
    lengkap = df.dropna(subset=kunci)
    ganda = lengkap.duplicated(subset=kunci, keep="first")
    if not ganda.any():
        return []
    pertama = lengkap.groupby(kunci, sort=False)[[BARIS, BERKAS]].transform("first")[ganda]
    # Only the rows that will be listed get their text built: a file of 3 million copies of one
    # row used to make 3 million lines here.
    salah, pertama = lengkap[ganda].iloc[:MAKS_GALAT], pertama.iloc[:MAKS_GALAT]
    nilai = salah[kunci].astype(str).agg(" / ".join, axis=1)
    alasan = "kunci ganda: sama dengan baris " + pertama[BARIS].astype(str) + " (" + pertama[BERKAS] + ")"
    return _galat(salah, ", ".join(kunci), nilai, alasan, jumlah=int(ganda.sum()))


def urutan_tanggal(data: dict[str, pd.DataFrame]) -> list[GalatImpor]:
    galat: list[GalatImpor] = []
    aturan = (*URUTAN_TANGGAL, ("kelompok", "tanggal_bentuk", "tanggal_bubar", False))
    for jenis, awal, akhir, ketat in aturan:
        if jenis not in data:
            continue
        df = data[jenis]
        salah = df[(df[akhir] <= df[awal]) if ketat else (df[akhir] < df[awal])]  # NaT compares False
        kata = "sesudah" if ketat else "sama dengan atau sesudah"
        alasan = f"harus {kata} {awal} (" + _tgl(salah[awal]) + ")"
        galat += _galat(salah, akhir, _tgl(salah[akhir]), alasan)
    return galat


def status_hambatan(df: pd.DataFrame) -> list[GalatImpor]:
    selesai = df["status"].eq("selesai")
    kosong = df[selesai & df["tanggal_selesai"].isna()]
    terisi = df[df["status"].notna() & ~selesai & df["tanggal_selesai"].notna()]
    return _galat(kosong, "tanggal_selesai", "", "wajib diisi karena status = selesai") + _galat(
        terisi, "tanggal_selesai", _tgl(terisi["tanggal_selesai"]),
        "harus kosong karena status belum selesai (" + terisi["status"] + ")",
    )  # fmt: skip


@dataclass(frozen=True)
class LembarDitolak:
    """A sheet refused for its header: its rows were never parsed, so `kode` holds the raw group
    codes of its kode_kube column (None when it has no such column)."""

    berkas: str
    lembar: str
    kode: frozenset[str] | None


def lembar_ditolak(lb: Lembar) -> LembarDitolak:
    kode = None
    if "kode_kube" in lb.data.columns:
        kode = frozenset(lb.data["kode_kube"].astype(str).str.strip()) - {""}
    return LembarDitolak(lb.berkas, lb.lembar, kode)


def referensi_kube(
    data: dict[str, pd.DataFrame], kube_db: set[str], ditolak: list[LembarDitolak] | None = None
) -> list[GalatImpor]:
    """Rows naming a group neither in the batch's kelompok nor in the database.

    Rows naming a group of a refused kelompok sheet were not checked against it: one line says
    so (issue 13), instead of one "belum terdaftar" per row of every other file.
    """
    dikenal = kube_db | set(data["kelompok"]["kode_kube"].dropna()) if "kelompok" in data else kube_db
    ditolak = ditolak or []
    galat: list[GalatImpor] = []
    tertunda: dict[str, int] = {}  # file -> rows not checked
    for jenis, df in data.items():
        if jenis == "kelompok":
            continue
        asing = df[df["kode_kube"].notna() & ~df["kode_kube"].isin(dikenal)]
        tunda = asing["kode_kube"].map(lambda k: _di_lembar_ditolak(k, ditolak)).astype(bool)
        for berkas, n in asing[tunda].groupby(BERKAS).size().items():
            tertunda[str(berkas)] = tertunda.get(str(berkas), 0) + int(n)
        salah = asing[~tunda]
        alasan = (
            "KUBE "
            + salah["kode_kube"]
            + " belum terdaftar (tidak ada di data kelompok maupun di basis data)"
        )
        galat += _galat(salah, "kode_kube", salah["kode_kube"], alasan)
    return _belum_diperiksa(ditolak, tertunda) + galat


def _di_lembar_ditolak(kode: str, ditolak: list[LembarDitolak]) -> bool:
    return any(lb.kode is None or kode in lb.kode for lb in ditolak)


def _belum_diperiksa(ditolak: list[LembarDitolak], tertunda: dict[str, int]) -> list[GalatImpor]:
    if not tertunda:
        return []
    asal = ditolak[0]
    nama = ", ".join(dict.fromkeys(lb.berkas for lb in ditolak))
    rincian = ", ".join(f"{berkas}: {n}" for berkas, n in sorted(tertunda.items()))
    alasan = (
        f"{sum(tertunda.values())} baris di berkas lain ({rincian}) merujuk ke KUBE dari {nama} yang "
        f"ditolak karena judul kolomnya; baris itu belum diperiksa terhadap kelompoknya. Perbaiki "
        f"judul kolom {nama}, lalu impor ulang semua berkas bersama-sama."
    )
    return [GalatImpor(asal.berkas, asal.lembar, None, "kode_kube", "", alasan)]


def _gabung(batch: pd.DataFrame | None, dari_db: pd.DataFrame, kunci: list[str]) -> pd.DataFrame:
    """Batch rows replace stored rows with the same key, as the write will."""
    if batch is None:
        return dari_db
    kolom = list(dari_db.columns)
    semua = pd.concat([batch[kolom].dropna(subset=kunci), dari_db], ignore_index=True)
    return semua.drop_duplicates(subset=kunci, keep="first")


def kehadiran(con: duckdb.DuckDBPyConnection, data: dict[str, pd.DataFrame]) -> list[GalatImpor]:
    hadir = data["kehadiran"].dropna(subset=["kode_kube", "kode_pertemuan", "kode_anggota"])
    kube = sorted(set(hadir["kode_kube"]))
    pert = _gabung(data.get("pertemuan"), query(con, "impor_pertemuan_db", {"kode_kube": kube}),
                   ["kode_kube", "kode_pertemuan"])  # fmt: skip
    angg = _gabung(data.get("anggota"), query(con, "impor_anggota_db", {"kode_kube": kube}),
                   ["kode_kube", "kode_anggota"])  # fmt: skip
    m = hadir.merge(pert, on=["kode_kube", "kode_pertemuan"], how="left", indicator="_p")
    m = m.merge(angg, on=["kode_kube", "kode_anggota"], how="left", indicator="_a")
    tanpa_p = m[m["_p"] == "left_only"]
    tanpa_a = m[m["_a"] == "left_only"]
    galat = _galat(tanpa_p, "kode_pertemuan", tanpa_p["kode_pertemuan"],
                   "pertemuan tidak ada di KUBE " + tanpa_p["kode_kube"])  # fmt: skip
    galat += _galat(tanpa_a, "kode_anggota", tanpa_a["kode_anggota"],
                    "anggota tidak ada di KUBE " + tanpa_a["kode_kube"])  # fmt: skip
    return galat + _tidak_aktif(m[(m["_p"] == "both") & (m["_a"] == "both")])


def _tidak_aktif(m: pd.DataFrame) -> list[GalatImpor]:
    belum = m["tanggal"] < m["tanggal_masuk"]
    sudah = m["tanggal_keluar"].notna() & (m["tanggal"] >= m["tanggal_keluar"])
    salah = m[(belum | sudah).fillna(False)]
    keluar = _tgl(salah["tanggal_keluar"]).fillna("-")
    alasan = ("anggota tidak aktif pada tanggal pertemuan " + _tgl(salah["tanggal"]) + " (masuk "
              + _tgl(salah["tanggal_masuk"]) + ", keluar " + keluar + ")")  # fmt: skip
    return _galat(salah, "kode_anggota", salah["kode_anggota"], alasan)


def kehadiran_tersimpan(con: duckdb.DuckDBPyConnection, data: dict[str, pd.DataFrame]) -> list[GalatImpor]:
    """Warn when new member or meeting dates leave stored attendance rows of inactive members.

    A warning, not an error: an import cannot delete rows, so refusing would leave no way to
    correct a member's dates. The rows stay and are counted as stored.
    """
    batch = [data[j] for j in ("anggota", "pertemuan") if j in data]
    if not batch:
        return []
    kube = sorted(set().union(*(set(df["kode_kube"].dropna()) for df in batch)))
    tersimpan = query(con, "impor_kehadiran_db", {"kode_kube": kube})
    if "kehadiran" in data:
        kunci = ["kode_kube", "kode_pertemuan", "kode_anggota"]
        baru = data["kehadiran"][kunci].dropna()
        tersimpan = tersimpan.merge(baru, on=kunci, how="left", indicator="_b").query("_b == 'left_only'")
    pert = _gabung(data.get("pertemuan"), query(con, "impor_pertemuan_db", {"kode_kube": kube}),
                   ["kode_kube", "kode_pertemuan"])  # fmt: skip
    angg = _gabung(data.get("anggota"), query(con, "impor_anggota_db", {"kode_kube": kube}),
                   ["kode_kube", "kode_anggota"])  # fmt: skip
    m = tersimpan[["kode_kube", "kode_pertemuan", "kode_anggota"]].merge(
        pert, on=["kode_kube", "kode_pertemuan"]
    )
    m = m.merge(angg, on=["kode_kube", "kode_anggota"])
    salah = m[((m["tanggal"] < m["tanggal_masuk"]) | (m["tanggal"] >= m["tanggal_keluar"])).fillna(False)]
    galat = []
    for kode, n in salah.groupby("kode_kube").size().items():
        alasan = (
            f"{n} catatan kehadiran tersimpan di KUBE {kode} kini untuk anggota yang tidak aktif pada "
            "tanggal pertemuannya; periksa tanggal masuk/keluar anggota dan tanggal pertemuan"
        )
        galat.append(GalatImpor("basis data", "", None, "kode_kube", str(kode), alasan))
    return galat


def ukuran_kelompok(
    con: duckdb.DuckDBPyConnection, data: dict[str, pd.DataFrame], hari_ini: dt.date
) -> list[GalatImpor]:
    """A warning (not an error) per touched group with fewer than 5 or more than 20 active members."""
    if "anggota" not in data:
        return []
    batch = data["anggota"]
    kube = sorted(set(batch["kode_kube"].dropna()))
    angg = _gabung(batch, query(con, "impor_anggota_db", {"kode_kube": kube}), ["kode_kube", "kode_anggota"])
    hari = pd.Timestamp(hari_ini)
    aktif = angg[(angg["tanggal_masuk"] <= hari) & ~(angg["tanggal_keluar"] <= hari).fillna(False)]
    jumlah = aktif.groupby("kode_kube").size().reindex(kube, fill_value=0)
    bubar = _kube_bubar(con, data)
    pertama = batch.dropna(subset=["kode_kube"]).drop_duplicates("kode_kube")
    asal = dict(zip(pertama["kode_kube"], zip(pertama[BERKAS], pertama[LEMBAR], strict=True), strict=True))
    galat = []
    for kode, n in jumlah.items():
        if kode not in bubar and not ANGGOTA_MIN <= n <= ANGGOTA_MAKS:
            berkas, lembar = asal[str(kode)]
            alasan = (f"KUBE {kode} punya {n} anggota aktif hari ini; "
                      f"seharusnya {ANGGOTA_MIN}–{ANGGOTA_MAKS} "
                      "(Permensos 2/2019). Data tetap disimpan.")  # fmt: skip
            galat.append(GalatImpor(berkas, lembar, None, "kode_kube", str(kode), alasan))
    return galat


def _kube_bubar(con: duckdb.DuckDBPyConnection, data: dict[str, pd.DataFrame]) -> set[str]:
    db = query(con, "impor_kelompok_db")
    stored = set(db.loc[db["tanggal_bubar"].notna(), "kode_kube"])
    if "kelompok" not in data:
        return stored
    k = data["kelompok"]
    return (stored - set(k["kode_kube"])) | set(k.loc[k["tanggal_bubar"].notna(), "kode_kube"])


# --- rules for rows typed into a form (kube_metrics/catat) -------------------------------
# A file replaces a stored row with the same key (re-importing a corrected file is safe); a form
# adds one new record at a time, so a key or a meeting that already exists is a mistake there.


def _teks_kunci(df: pd.DataFrame, kunci: list[str]) -> pd.DataFrame:
    """Key columns as text (dates as TTTT-BB-HH), so stored and typed keys compare equal."""
    hasil = pd.DataFrame(index=df.index)
    for k in kunci:
        kolom = df[k]
        hasil[k] = _tgl(kolom) if pd.api.types.is_datetime64_any_dtype(kolom) else kolom.astype(str)
    return hasil


def sudah_tercatat(
    con: duckdb.DuckDBPyConnection, jenis: str, df: pd.DataFrame, kecuali: dict[str, str] | None
) -> list[GalatImpor]:
    """An error per form row whose key is already stored (other than the record being corrected)."""
    kunci = list(JENIS[jenis].kunci)
    kube = sorted(set(df["kode_kube"].dropna()))
    # Table and column names come from the fixed specs, never from the form.
    sql = f"SELECT {', '.join(kunci)} FROM {jenis} WHERE list_contains($kode_kube, kode_kube)"
    tersimpan = _teks_kunci(con.execute(sql, {"kode_kube": kube}).df(), kunci)
    if kecuali:
        sama = pd.Series(True, index=tersimpan.index)
        for k in kunci:
            sama &= tersimpan[k] == str(kecuali.get(k, ""))
        tersimpan = tersimpan[~sama]
    baru = _teks_kunci(df.dropna(subset=kunci), kunci)
    ada = baru.merge(tersimpan, on=kunci, how="left", indicator="_t")["_t"].eq("both").to_numpy()
    salah = df.dropna(subset=kunci)[ada]
    nilai = baru[ada].agg(" / ".join, axis=1)
    kolom = kunci[-1] if len(kunci) > 1 else kunci[0]
    return _galat(salah, kolom, nilai, f"sudah tercatat ({JENIS[jenis].judul.lower()} dengan kunci "
                  f"{', '.join(kunci)} yang sama); ubah lewat Koreksi")  # fmt: skip


def pertemuan_ganda(
    con: duckdb.DuckDBPyConnection, df: pd.DataFrame, kecuali: dict[str, str] | None
) -> list[GalatImpor]:
    """An error per form meeting whose group already has a meeting of that kind on that date."""
    galat: list[GalatImpor] = []
    for _, baris in df.dropna(subset=["kode_kube", "tanggal", "jenis"]).iterrows():
        params = {"kode_kube": baris["kode_kube"], "tanggal": baris["tanggal"].date(),
                  "jenis": baris["jenis"], "kecuali": (kecuali or {}).get("kode_pertemuan", "")}  # fmt: skip
        lain = query(con, "catat_pertemuan_sama", params)
        if not lain.empty:
            alasan = (f"pertemuan {baris['jenis']} tanggal {params['tanggal'].isoformat()} sudah tercatat "
                      f"(kode {lain['kode_pertemuan'].iloc[0]}); ubah lewat Koreksi")  # fmt: skip
            galat += _galat(df.loc[[baris.name]], "tanggal", params["tanggal"].isoformat(), alasan)
    return galat
