"""Import of the pendamping's CSV/XLSX files (data contract §1): read, check, write.

`periksa(con, berkas)` checks a whole batch against itself and the database and collects every
error; `simpan(con, hasil)` writes a clean batch in one transaction.
"""

from kube_metrics.impor.baca import Berkas
from kube_metrics.impor.batas import BATAS_MB, BATAS_UKURAN, BATAS_UNGGAH_MB
from kube_metrics.impor.galat import GalatImpor, tabel_galat
from kube_metrics.impor.kolom import JENIS, URUTAN
from kube_metrics.impor.periksa import HasilPeriksa, periksa
from kube_metrics.impor.tulis import catat_riwayat, catat_riwayat_ditolak, riwayat, simpan

__all__ = [
    "BATAS_MB", "BATAS_UKURAN", "BATAS_UNGGAH_MB", "JENIS", "URUTAN", "Berkas", "GalatImpor", "HasilPeriksa",
    "catat_riwayat", "catat_riwayat_ditolak", "periksa", "riwayat", "simpan", "tabel_galat",
]  # fmt: skip
