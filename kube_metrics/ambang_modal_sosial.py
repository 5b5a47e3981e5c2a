"""Every anchor, weight and threshold of the social-capital reading (issue 4), with its source.

Sources, cited by key below (full references in docs/metrics-modal-sosial.md):
- STUDI: the field study of KUBE Sejahtera 2, Tegalrejo, Yogyakarta (social capital as trust,
  networks and norms after Putnam; the group was made independent too early).
- PERMENSOS: Permensos 2/2019 (KUBE of 5-20 households, regular meetings, IKS, reporting to the
  pendamping, pendampingan by Dinas Sosial).
- TIPOLOGI: the Kemensos KUBE stage typology (tumbuh, berkembang, maju).
- SHG: the self-help-group grading practice ('Panchasutra': regular meetings, savings,
  bookkeeping; NABARD SHG grading: attendance >= 75-80 %, meetings at least monthly).
- SCIQ: World Bank SC-IQ (Integrated Questionnaire for the Measurement of Social Capital,
  Grootaert et al. 2004): trust, networks (number, variety, durability of ties), norms.
Choices not given by a source are marked DESAIN (a product decision, documented, revisable).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Proksi:
    """One observable proxy: raw value scaled linearly from `nol` (score 0) to `penuh` (score 100).

    `penuh` < `nol` means lower is better (e.g. the share of unexcused absences).
    """

    kolom: str
    label: str
    satuan: str
    nol: float
    penuh: float
    bobot: float
    sumber: str


# --- social-capital dimensions (each 0-100) --------------------------------------------------
# A proxy with no value (e.g. attendance without meetings, no survey) is left out and the
# remaining weights are re-scaled to sum to 1 (DESAIN: the survey is "blended in where it exists").

KEPERCAYAAN = (
    # SHG + PERMENSOS: a healthy group meets at least monthly, the best weekly (4 a month).
    Proksi("pertemuan_per_bulan", "Pertemuan per bulan", "kali", 0, 4, 0.20, "SHG, Permensos 2/2019"),
    # SHG grading: attendance under 50 % is failing, 90 % or more is the top grade.
    Proksi("tingkat_kehadiran", "Tingkat kehadiran", "rasio", 0.5, 0.9, 0.25, "SHG"),
    # STUDI: trust in Sejahtera 2 rested on the finances being read out at every meeting.
    Proksi("transparansi_keuangan", "Laporan keuangan dibacakan", "rasio", 0, 1, 0.20, "Studi"),
    # STUDI: decisions by musyawarah; DESAIN: half of all meetings deliberative scores full.
    Proksi("porsi_musyawarah", "Porsi pertemuan musyawarah", "rasio", 0, 0.5, 0.15, "Studi"),
    # SCIQ: Likert 1-5 trust items, 1 -> 0, 5 -> 100.
    Proksi("survei_kepercayaan", "Survei kepercayaan", "skor 1-5", 1, 5, 0.20, "SC-IQ"),
)

JARINGAN = (
    # SCIQ counts ties; DESAIN: 3 active outside partners (e.g. supplier, buyer, bank) is full.
    Proksi("mitra_aktif", "Mitra luar aktif", "mitra", 0, 3, 0.30, "SC-IQ, Studi"),
    # SCIQ: heterogeneity of networks; 3 different kinds of partner scores full.
    Proksi("ragam_mitra", "Ragam jenis mitra", "jenis", 0, 3, 0.20, "SC-IQ"),
    # SCIQ: durable ties; a tie counts once it has lasted 6 months; 2 such ties score full.
    Proksi("mitra_bertahan", "Mitra bertahan ≥ 6 bulan", "mitra", 0, 2, 0.30, "SC-IQ"),
    Proksi("survei_jaringan", "Survei jaringan", "skor 1-5", 1, 5, 0.20, "SC-IQ"),
)

NORMA = (
    # STUDI: Sejahtera 2 kept few agreements; DESAIN: 3 agreements in force scores full.
    Proksi("kesepakatan_aktif", "Kesepakatan berlaku", "kesepakatan", 0, 3, 0.25, "Studi"),
    # STUDI: its agreements lapsed within 1-4 months; one lasting a year (365 days) scores full.
    Proksi("umur_median_kesepakatan", "Umur median kesepakatan", "hari", 0, 365, 0.20, "Studi"),
    # SCIQ: norms are enforced; DESAIN: 2 agreements in force with a sanction score full.
    Proksi("kesepakatan_bersanksi", "Kesepakatan bersanksi", "kesepakatan", 0, 2, 0.15, "SC-IQ"),
    # SHG: unexcused absence breaks the group's rule; none -> 100, a quarter or more -> 0.
    Proksi("porsi_alpa", "Porsi absen tanpa keterangan (alpa)", "rasio", 0.25, 0, 0.20, "SHG"),
    Proksi("survei_norma", "Survei norma", "skor 1-5", 1, 5, 0.20, "SC-IQ"),
)

DIMENSI = {"kepercayaan": KEPERCAYAAN, "jaringan": JARINGAN, "norma": NORMA}

# Issue 13: the optional kinds of data a dimension rests on (kind -> dimension). A kind never
# recorded (no row) and never checked (no pemeriksaan dated by the end) for a group is missing
# evidence, not "none": that dimension reads "belum ada data" (null), never 0, even where a survey
# or the absence share exists (STUDI: networks are outside ties, norms are the group's agreements;
# a survey or attendance alone would read them from a side). Meetings and monthly reports are not
# here: they are the core of monitoring (PERMENSOS), so their absence is itself a finding
# (laporan_terlambat, tanpa_kunjungan).
JENIS_DATA_DIMENSI = {"jaringan": "jaringan", "kesepakatan": "norma"}

# DESAIN: survey answers count for two years after they were given (one survey round per
# pendampingan cycle, PERMENSOS), counted back from the end of the period.
SURVEI_BERLAKU_BULAN = 24
# SCIQ: a tie is "lasting" once it has been active this many months.
MITRA_BERTAHAN_BULAN = 6
# DESAIN: trends and readiness use the 12 months up to each month (one year of records).
JENDELA_BULAN = 12

# --- monthly discipline (SHG 'Panchasutra', 0-5) -------------------------------------------
# SHG grading: at least 75 % attendance counts as a disciplined meeting month.
DISIPLIN_KEHADIRAN_MIN = 0.75

# --- stage (TIPOLOGI) ----------------------------------------------------------------------
# STUDI + TIPOLOGI: at least 2 years (24 months) of good records (a monthly report and at least
# one meeting) before the development stage.
TAHAP_BULAN_TERCATAT_MIN = 24
# TIPOLOGI "pengurus menjalankan kegiatan": ketua, sekretaris and bendahara in place and the group
# met in at least 9 of the last 12 months (SHG: regular meetings; DESAIN: 9 of 12 allows holidays).
TAHAP_BULAN_RAPAT_MIN = 9
TAHAP_PENGURUS = ("ketua", "sekretaris", "bendahara")
# TIPOLOGI maju: outside partnerships; DESAIN: at least 2 active partners.
TAHAP_MITRA_MAJU_MIN = 2
TAHAP_URUTAN = ("tumbuh", "berkembang", "maju")

# --- readiness for independence (kesiapan_mandiri, 0-100) --------------------------------
# STUDI: independence failed for lack of networks and norms, not of trust, so those weigh more;
# DESAIN for the exact split. Weights sum to 1.
KESIAPAN_BOBOT = {
    "kepercayaan": 0.15,
    "jaringan": 0.20,
    "norma": 0.20,
    "disiplin": 0.25,  # mean monthly discipline over 12 months, 5 -> 100
    "tahap": 0.20,  # score of the stage below
}
KESIAPAN_SKOR_TAHAP = {"tumbuh": 0.0, "berkembang": 50.0, "maju": 100.0}
# Issue 13: a part resting on a missing kind (jaringan, norma; the stage when only the missing
# ties decide between berkembang and maju) is left out and the other weights re-scaled: readiness
# is read from what exists and marked incomplete; mandiri_belum_siap is never raised on it.
# DESAIN: a group under 60 was not ready to be left on its own (mandiri_belum_siap).
KESIAPAN_AMBANG = 60.0

# --- early warnings ------------------------------------------------------------------------
# kehadiran_turun: attendance of the last 6 months at least 20 points under the 6 before (issue 4).
KEHADIRAN_TURUN_BULAN = 6
KEHADIRAN_TURUN_POIN = 20
# ...and only when each half holds at least 3 meetings (issue 13, DESAIN after PERMENSOS): a group
# meeting monthly holds 6 a half; under half of that, one or two meetings (e.g. only the founding
# meeting) are single events, not a baseline, and one absent member would move the rate 10 points.
KEHADIRAN_TURUN_PERTEMUAN_MIN = 3
# absen_beruntun: at least 30 % of active members absent at each of the last 3 meetings (issue 4).
ABSEN_BERUNTUN_PERTEMUAN = 3
ABSEN_BERUNTUN_PORSI = 0.30
# laporan_terlambat: no monthly report for the last 2 months (PERMENSOS: monthly reporting).
LAPORAN_TERLAMBAT_BULAN = 2
# hambatan_lama: an obstacle open more than 90 days (issue 4).
HAMBATAN_LAMA_HARI = 90
# tanpa_kunjungan: no visit by any party for 6 months (PERMENSOS: regular pendampingan).
TANPA_KUNJUNGAN_BULAN = 6
# omzet_turun: revenue under the same month a year earlier, 3 months in a row (issue 4).
OMZET_TURUN_BULAN = 3
# Comparison around the mandiri date: 12 months either side (issue 4).
BANDING_MANDIRI_BULAN = 12
