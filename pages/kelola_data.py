"""Kelola Data: templates, upload and check a batch, save it, import history, export, data quality."""

import hashlib
import json

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator
from streamlit.runtime.uploaded_file_manager import UploadedFile

from kube_metrics import csv_aman, db, ekspor, i18n, kualitas, polos, templat
from kube_metrics.impor import (
    BATAS_MB,
    BATAS_UNGGAH_MB,
    JENIS,
    Berkas,
    HasilPeriksa,
    catat_riwayat_ditolak,
    periksa,
    riwayat,
    simpan,
    tabel_galat,
)  # fmt: skip
from kube_metrics.impor.wilayah import galat_wilayah
from kube_metrics.tabel_sql import JUMLAH as JUMLAH_BARIS
from ui import connection, halaman, layout, sesi
from ui.bahasa import kini, t
from ui.data import muat, muat_penuh
from ui.filters import Saringan
from ui.halaman_tabel import tabel_sql
from ui.templat import templat_xlsx, templat_zip

HALAMAN_PROFIL = "/profil_kelompok"
# The import checker's own texts (data kinds, error reasons, progress) are in Bahasa Indonesia
# only: kube_metrics/impor does not take a language yet.


def unduh_templat() -> None:
    st.caption(t("kelola.templat_ket"))
    kiri, kanan = st.columns(2)
    kiri.download_button(  # the files: made on the first click, then kept for the process
        f"⬇️ {t('kelola.templat_xlsx')}",
        templat_xlsx,
        templat.NAMA_XLSX,
        key="templat_xlsx",
        on_click="ignore",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    kanan.download_button(
        f"⬇️ {t('kelola.templat_zip')}",
        templat_zip,
        "templat_pantau_kube_csv.zip",
        key="templat_zip",
        on_click="ignore",
        mime="application/zip",
    )


def _sidik(unggahan: list[UploadedFile]) -> str:
    return hashlib.sha1(json.dumps([(u.name, u.size, u.file_id) for u in unggahan]).encode()).hexdigest()


def _maju(batang: DeltaGenerator, bagian: float, teks: str) -> None:
    batang.progress(min(bagian, 1.0), text=teks)


def periksa_unggahan(unggahan: list[UploadedFile]) -> HasilPeriksa:
    """Check the uploaded batch once per set of files (kept in the session across reruns)."""
    sidik = _sidik(unggahan)
    simpanan = st.session_state.get("impor_hasil")
    if simpanan and simpanan[0] == sidik:
        return simpanan[1]
    batang = st.progress(0.0, text=t("kelola.memeriksa"))
    berkas = [Berkas(u.name, u.getvalue()) for u in unggahan]  # the checker refuses > 50 MB by name
    with connection.kursor_tulis() as cur:
        hasil = periksa(cur, berkas, kemajuan=lambda f, teks: _maju(batang, f, teks))
        hasil.galat += galat_wilayah(cur, hasil, connection.akun_sesi())  # rows outside the area
        if not hasil.bersih:
            catat_riwayat_ditolak(cur, hasil, sumber="halaman", pengguna=sesi.pengguna())
    batang.empty()
    st.session_state["impor_hasil"] = (sidik, hasil)
    st.session_state["impor_berkas"] = berkas
    return hasil


def tampilkan_hasil(hasil: HasilPeriksa) -> None:
    jumlah = hasil.jumlah_baris()
    lang = kini()
    if jumlah:
        kolom_jenis, kolom_baris = t("kelola.jenis_data"), t("kelola.baris")
        st.dataframe(
            pd.DataFrame({kolom_jenis: [JENIS[j].judul for j in jumlah], kolom_baris: list(jumlah.values())}),
            hide_index=True,
            key="impor_jumlah",
        )
    for jenis in jumlah:
        with st.expander(t("kelola.pratinjau", jenis=JENIS[jenis].judul, n=i18n.angka(jumlah[jenis], lang))):
            st.dataframe(hasil.pratinjau(jenis), hide_index=True)
    if hasil.peringatan:
        # a warning quotes values from the files: plain text
        baris = "\n".join(f"- {polos.md(p.alasan)}" for p in hasil.peringatan)
        st.warning(f"{t('kelola.peringatan')}\n\n" + baris)
    if hasil.galat:
        st.error(t("kelola.galat", n=i18n.angka(len(hasil.galat), lang)))
        tabel = tabel_galat(hasil.galat)
        st.dataframe(tabel, hide_index=True, key="impor_galat")
        st.download_button(
            f"⬇️ {t('kelola.unduh_galat')}",
            csv_aman.isi(tabel, bom=True),
            "galat_impor.csv",
            mime="text/csv",
            key="unduh_galat",
            on_click="ignore",
        )
    else:
        st.success(t("kelola.lolos", tombol=t("kelola.simpan")))


def tombol_simpan(hasil: HasilPeriksa) -> None:
    if not st.button(
        f"💾 {t('kelola.simpan')}", type="primary", disabled=not hasil.bersih, key="impor_simpan"
    ):
        return
    try:
        with st.spinner(t("kelola.menyimpan")), connection.kursor_tulis() as cur:
            # Checked again right before writing: another session may have changed the data.
            hasil = periksa(cur, st.session_state["impor_berkas"])
            hasil.galat += galat_wilayah(cur, hasil, connection.akun_sesi())
            if not hasil.bersih:
                st.session_state.pop("impor_hasil", None)
                st.error(t("kelola.berubah"))
                return
            jumlah = simpan(cur, hasil, sumber="halaman", pengguna=sesi.pengguna(), asal=sesi.asal())
    except db.DataBerubah:
        # Another session saved the same rows first: not a broken database. The batch stays;
        # the check runs again on the next run, so the user sees the new state and saves again.
        st.session_state.pop("impor_hasil", None)
        connection.data_berubah()
        st.warning(t("tangguh.data_berubah"), icon=":material/sync_problem:")
        return
    except db.DatabaseError as exc:
        connection.tampilkan_galat(exc)
        return
    connection.data_berubah()
    st.session_state.pop("impor_hasil", None)
    st.session_state.pop("impor_berkas", None)
    st.session_state["impor_pesan"] = t("kelola.berhasil", n=i18n.angka(sum(jumlah.values()), kini()))
    st.session_state["impor_putaran"] = st.session_state.get("impor_putaran", 0) + 1
    st.rerun()


def bagian_impor() -> None:
    unduh_templat()
    if pesan := st.session_state.pop("impor_pesan", None):
        st.success(pesan, icon="✅")
    unggahan = st.file_uploader(
        t("kelola.unggah"),
        accept_multiple_files=True,
        # no type=: a file of another type reaches the importer, which names it in Bahasa Indonesia
        # (Streamlit's frontend would refuse it in English, «… files are not allowed.»)
        # the bound of server.maxUploadSize (impor.BATAS_UNGGAH_MB, twice BATAS_MB): a file over
        # BATAS_MB is refused by the importer in Bahasa Indonesia, not by Streamlit in English
        max_upload_size=BATAS_UNGGAH_MB,
        key=f"impor_unggah_{st.session_state.get('impor_putaran', 0)}",
    )
    # beside the uploader, always: the limit and what to do
    st.caption(t("tangguh.unggah_bantuan", mb=BATAS_MB, mb_unggah=BATAS_UNGGAH_MB))
    if not unggahan:
        return
    hasil = periksa_unggahan(unggahan)
    tampilkan_hasil(hasil)
    tombol_simpan(hasil)


def bagian_riwayat() -> None:
    with connection.kursor() as cur:
        r = riwayat(cur)
    if r.empty:
        layout.tidak_ada_data(t("kelola.belum_ada_impor"))
        return
    rincian = [", ".join(f"{j} {n}" for j, n in json.loads(t).items()) for t in r["baris_per_jenis"]]
    kolom = {"waktu": r["waktu"], "berkas": r["berkas"], "baris_per_jenis": rincian}
    kolom |= {
        "hasil": r["hasil"],
        "galat": r["jumlah_galat"],
        "sumber": r["sumber"],
        "pengguna": r["pengguna"],
    }
    tampil = pd.DataFrame({t(f"kelola.riwayat_{k}"): v for k, v in kolom.items()})
    st.dataframe(tampil, hide_index=True, key="riwayat")


def bagian_ekspor() -> None:
    st.caption(t("kelola.ekspor_ket"))
    # Building the files reads the whole database: only on request, then cached per data version.
    if not st.session_state.get("ekspor_siap") and not st.button(
        t("kelola.siapkan_ekspor"), key="ekspor_siapkan"
    ):
        return
    st.session_state["ekspor_siap"] = True
    with st.spinner(t("presentasi.membuat_laporan")):
        # only the groups this account sees in full: no anonymised peer, no hidden text
        isi_zip, isi_xlsx = muat_penuh(ekspor.zip_csv), muat_penuh(ekspor.xlsx_bytes)
    kiri, kanan = st.columns(2)
    kiri.download_button(
        f"⬇️ {t('kelola.ekspor_zip')}",
        isi_zip,
        "pantau_kube_csv.zip",
        mime="application/zip",
        key="ekspor_zip",
        on_click="ignore",
    )
    kanan.download_button(
        f"⬇️ {t('kelola.ekspor_xlsx')}",
        isi_xlsx,
        ekspor.NAMA_XLSX,
        key="ekspor_xlsx",
        on_click="ignore",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def _tautan(df: pd.DataFrame) -> pd.DataFrame:
    """A link to each group's profile (column `profil`) and readable headers in the chosen language."""
    df = df.drop(columns=[JUMLAH_BARIS], errors="ignore")  # the count of a paged table
    tautan = df.assign(profil=[f"{HALAMAN_PROFIL}?kube={k}" for k in df["kode_kube"]])
    lang = kini()
    kepala = {k: i18n.teks(f"kolom.{k}", lang) for k in tautan.columns if i18n.ada(f"kolom.{k}", lang)}
    return tautan.rename(columns=kepala)


def bagian_kualitas(s: Saringan) -> None:
    lang = kini()
    st.caption(t("kelola.kualitas_ket", uraian=s.uraian(lang)))
    kisi = kualitas.kisi_kelengkapan(muat(kualitas.kualitas_kelengkapan, **s.semua()))
    link = st.column_config.LinkColumn(t("kelola.profil"), display_text=t("kelola.buka_profil"))
    if kisi.empty:
        layout.tidak_ada_data()
    else:
        st.caption(t("kelola.batas_kisi", n=kualitas.BATAS_KISI))
        kisi.columns = [i18n.bulan_pendek(pd.Timestamp(b).date(), lang) for b in kisi.columns]
        tabel = _tautan(kisi.fillna("–").reset_index())
        st.dataframe(tabel, hide_index=True, column_config={"profil": link}, key="kisi_kelengkapan")
    # both lists sorted, counted and paged in SQL: the first rows, more on request, the CSV on click
    st.subheader(t("kelola.omzet_melonjak", n=kualitas.KALI_MEDIAN))
    tabel_sql(
        kualitas.kualitas_omzet_melonjak,
        s.semua(),
        _tautan,
        "omzet_melonjak",
        key="omzet_melonjak",
        urutan=kualitas.URUT_OMZET,
        column_config={"profil": link},
    )
    st.subheader(t("kelola.anggota_luar", min=kualitas.ANGGOTA_MIN, maks=kualitas.ANGGOTA_MAKS))
    tabel_sql(
        kualitas.kualitas_anggota_di_luar_batas,
        s.semua(),
        _tautan,
        "anggota_luar",
        key="anggota_luar",
        urutan=kualitas.URUT_ANGGOTA,
        column_config={"profil": link},
    )


saringan = halaman.saringan()
st.title(t("nav.kelola_data"))
tab_impor, tab_riwayat, tab_ekspor, tab_kualitas = st.tabs(
    [t("kelola.tab_impor"), t("kelola.tab_riwayat"), t("kelola.tab_ekspor"), t("kelola.tab_kualitas")]
)
with tab_impor:
    bagian_impor()
with tab_riwayat:
    bagian_riwayat()
with tab_ekspor:
    bagian_ekspor()
with tab_kualitas:
    bagian_kualitas(saringan)
