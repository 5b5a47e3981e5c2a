"""Per-kind column specs of the data contract: name, type, required, choices, explanation.

One table per kind, same name; the specs drive the reader, the checks, the writer, the export
and the templates, so a column is described exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass

JENIS_USAHA = (
    "kuliner", "warung_sembako", "kerajinan", "konveksi", "ternak", "pertanian",
    "perikanan", "laundry", "jasa", "simpan_pinjam", "lainnya",
)  # fmt: skip
KATEGORI_HAMBATAN = (
    "modal", "pemasaran", "bahan_baku", "keterampilan", "jenis_usaha",
    "pengelolaan_keuangan", "administrasi", "kepemimpinan",
    "kepercayaan", "jaringan", "norma", "konflik",
    "pendampingan", "dukungan_pemerintah", "kesehatan", "bencana", "lainnya",
)  # fmt: skip
JENIS_MITRA = (
    "bank", "koperasi", "bumdes", "pasar", "pembeli_tetap", "pemasok", "pemerintah",
    "lsm", "kube_lain", "lainnya",
)  # fmt: skip

# the optional kinds whose absence a pendamping can record as checked (ambang_modal_sosial
# .JENIS_DATA_DIMENSI names the same two)
JENIS_DATA_DIPERIKSA = ("jaringan", "kesepakatan")


@dataclass(frozen=True)
class Kolom:
    nama: str
    tipe: str  # kode | teks | tanggal | bulan | rupiah | ya_tidak | pilihan | skor
    wajib: bool
    penjelasan: str
    pilihan: tuple[str, ...] = ()


@dataclass(frozen=True)
class Jenis:
    nama: str
    kolom: tuple[Kolom, ...]
    kunci: tuple[str, ...]
    judul: str

    def kolom_bernama(self, nama: str) -> Kolom:
        return next(k for k in self.kolom if k.nama == nama)

    @property
    def nama_kolom(self) -> list[str]:
        return [k.nama for k in self.kolom]


def _k(nama: str, tipe: str, wajib: bool, penjelasan: str, pilihan: tuple[str, ...] = ()) -> Kolom:
    return Kolom(nama, tipe, wajib, penjelasan, pilihan)


_KUBE = _k("kode_kube", "kode", True, "Kode KUBE, misalnya TGR-002 (huruf, angka, - _ .)")
_YT = ("ya", "tidak")

JENIS: dict[str, Jenis] = {
    "kelompok": Jenis("kelompok", (
        _k("kode_kube", "kode", True, "Kode unik KUBE, misalnya TGR-002"),
        _k("nama", "teks", True, "Nama kelompok, misalnya KUBE Sejahtera 2"),
        _k("kelurahan", "teks", True, "Kelurahan/desa tempat kelompok"),
        _k("kecamatan", "teks", True, "Kecamatan"),
        _k("kota", "teks", True, "Kota/kabupaten"),
        _k("provinsi", "teks", False, "Provinsi, misalnya DI Yogyakarta (boleh kosong)"),
        _k("jenis_usaha", "pilihan", True, "Jenis usaha kelompok", JENIS_USAHA),
        _k("tanggal_bentuk", "tanggal", True, "Tanggal kelompok dibentuk (TTTT-BB-HH)"),
        _k("tanggal_bantuan", "tanggal", False, "Tanggal bantuan UEP cair (boleh kosong)"),
        _k("nilai_bantuan", "rupiah", False, "Nilai bantuan dalam rupiah, angka bulat"),
        _k("pendamping", "teks", False, "Nama atau kode pendamping"),
        _k("tanggal_mandiri", "tanggal", False, "Tanggal dinyatakan mandiri (boleh kosong)"),
        _k("tanggal_bubar", "tanggal", False, "Tanggal kelompok bubar (boleh kosong)"),
    ), ("kode_kube",), "Kelompok"),
    "anggota": Jenis("anggota", (
        _KUBE,
        _k("kode_anggota", "kode", True, "Kode anggota di kelompok ini (BUKAN NIK)"),
        _k("nama", "teks", True, "Nama anggota (data pribadi, disembunyikan di tampilan umum)"),
        _k("peran", "pilihan", True, "Peran di kelompok", ("ketua", "sekretaris", "bendahara", "anggota")),
        _k("jenis_kelamin", "pilihan", False, "L atau P", ("L", "P")),
        _k("tanggal_masuk", "tanggal", True, "Tanggal mulai menjadi anggota"),
        _k("tanggal_keluar", "tanggal", False, "Tanggal keluar; harus sesudah tanggal_masuk"),
    ), ("kode_kube", "kode_anggota"), "Anggota"),
    "keuangan": Jenis("keuangan", (
        _KUBE,
        _k("bulan", "bulan", True, "Bulan laporan (TTTT-BB), misalnya 2024-03"),
        _k("omzet", "rupiah", True, "Omzet (pendapatan) bulan itu"),
        _k("biaya", "rupiah", True, "Biaya bulan itu"),
        _k("modal", "rupiah", True, "Modal pada akhir bulan"),
        _k("kas", "rupiah", False, "Kas pada akhir bulan"),
        _k("tabungan", "rupiah", False, "Tabungan anggota yang terkumpul bulan itu"),
        _k("iks", "rupiah", False, "Iuran Kesetiakawanan Sosial bulan itu"),
        _k("buku_kas_terkini", "ya_tidak", False, "Buku kas sudah diperbarui? ya/tidak", _YT),
    ), ("kode_kube", "bulan"), "Keuangan bulanan"),
    "pertemuan": Jenis("pertemuan", (
        _KUBE,
        _k("kode_pertemuan", "kode", True, "Kode pertemuan, unik di kelompok ini"),
        _k("tanggal", "tanggal", True, "Tanggal pertemuan"),
        _k("jenis", "pilihan", True, "Jenis pertemuan", ("rutin", "musyawarah", "pelatihan", "pembinaan")),
        _k("laporan_keuangan", "ya_tidak", True, "Laporan keuangan dibacakan? ya/tidak", _YT),
        _k("hadir_pendamping", "ya_tidak", False, "Pendamping hadir? ya/tidak", _YT),
        _k("catatan", "teks", False, "Catatan (paling banyak 2000 karakter)"),
    ), ("kode_kube", "kode_pertemuan"), "Pertemuan"),
    "kehadiran": Jenis("kehadiran", (
        _KUBE,
        _k("kode_pertemuan", "kode", True, "Kode pertemuan (harus ada di lembar pertemuan)"),
        _k("kode_anggota", "kode", True, "Kode anggota (harus aktif pada tanggal pertemuan)"),
        _k("status", "pilihan", True, "Status kehadiran", ("hadir", "diwakili", "izin", "sakit", "alpa")),
    ), ("kode_kube", "kode_pertemuan", "kode_anggota"), "Kehadiran"),
    "kunjungan": Jenis("kunjungan", (
        _KUBE,
        _k("tanggal", "tanggal", True, "Tanggal kunjungan"),
        _k("pihak", "pilihan", True, "Siapa yang berkunjung",
           ("pendamping", "dinsos", "kelurahan", "lainnya")),
        _k("kegiatan", "pilihan", True, "Kegiatan kunjungan",
           ("pembinaan", "monitoring", "evaluasi", "pelatihan", "lainnya")),
        _k("catatan", "teks", False, "Catatan (paling banyak 2000 karakter)"),
    ), ("kode_kube", "tanggal", "pihak", "kegiatan"), "Kunjungan"),
    "hambatan": Jenis("hambatan", (
        _KUBE,
        _k("kode_hambatan", "kode", True, "Kode hambatan, unik di kelompok ini"),
        _k("tanggal_lapor", "tanggal", True, "Tanggal hambatan dilaporkan"),
        _k("kategori", "pilihan", True, "Kategori hambatan", KATEGORI_HAMBATAN),
        _k("tingkat", "pilihan", True, "Tingkat keparahan", ("rendah", "sedang", "tinggi")),
        _k("uraian", "teks", True, "Uraian singkat hambatan"),
        _k("status", "pilihan", True, "Status penanganan", ("terbuka", "ditangani", "selesai")),
        _k("tanggal_selesai", "tanggal", False, "Wajib diisi jika status selesai, kosong jika belum"),
        _k("penanggung_jawab", "pilihan", False, "Siapa yang menangani",
           ("kelompok", "pendamping", "kelurahan", "dinsos")),
    ), ("kode_kube", "kode_hambatan"), "Hambatan"),
    "jaringan": Jenis("jaringan", (
        _KUBE,
        _k("mitra", "teks", True, "Nama mitra di luar kelompok"),
        _k("jenis_mitra", "pilihan", True, "Jenis mitra", JENIS_MITRA),
        _k("tanggal_mulai", "tanggal", True, "Tanggal kerja sama dimulai"),
        _k("tanggal_selesai", "tanggal", False, "Tanggal kerja sama berakhir (boleh kosong)"),
    ), ("kode_kube", "mitra", "tanggal_mulai"), "Jaringan"),
    "kesepakatan": Jenis("kesepakatan", (
        _KUBE,
        _k("kode_kesepakatan", "kode", True, "Kode kesepakatan, unik di kelompok ini"),
        _k("tanggal", "tanggal", True, "Tanggal disepakati"),
        _k("isi", "teks", True, "Isi kesepakatan"),
        _k("ada_sanksi", "ya_tidak", True, "Ada sanksi? ya/tidak", _YT),
        _k("tanggal_berakhir", "tanggal", False, "Tanggal berakhir/dicabut (boleh kosong)"),
    ), ("kode_kube", "kode_kesepakatan"), "Kesepakatan"),
    "survei": Jenis("survei", (
        _KUBE,
        _k("tanggal", "tanggal", True, "Tanggal survei"),
        _k("responden", "kode", True, "Kode responden tanpa nama (anonim)"),
        _k("butir", "kode", True, "Kode butir pertanyaan"),
        _k("dimensi", "pilihan", True, "Dimensi modal sosial", ("kepercayaan", "jaringan", "norma")),
        _k("skor", "skor", True, "Skor 1 sampai 5"),
    ), ("kode_kube", "tanggal", "responden", "butir"), "Survei modal sosial"),
    # issue 13: "checked, none" - on `tanggal` the pendamping checked the group's outside ties
    # (jaringan) or agreements (kesepakatan) and found none in force
    "pemeriksaan": Jenis("pemeriksaan", (
        _KUBE,
        _k("jenis_data", "pilihan", True,
           "Yang diperiksa: jaringan (mitra luar) atau kesepakatan kelompok", JENIS_DATA_DIPERIKSA),
        _k("tanggal", "tanggal", True, "Tanggal diperiksa; hasilnya: tidak ada yang berlaku"),
        _k("catatan", "teks", False, "Catatan (paling banyak 2000 karakter)"),
    ), ("kode_kube", "jenis_data", "tanggal"), "Pemeriksaan (sudah diperiksa, tidak ada)"),
}  # fmt: skip

URUTAN = tuple(JENIS)
# Row pairs that must be in order: (kind, earlier, later, strictly later?).
URUTAN_TANGGAL = (
    ("anggota", "tanggal_masuk", "tanggal_keluar", True),
    ("hambatan", "tanggal_lapor", "tanggal_selesai", False),
    ("jaringan", "tanggal_mulai", "tanggal_selesai", False),
    ("kesepakatan", "tanggal", "tanggal_berakhir", False),
)
