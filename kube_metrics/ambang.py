"""Every red/amber/green threshold of the Ringkasan page, in one place.

Each figure is judged by an `Ambang`: for a figure where more is better, the value is 'hijau' at
or above `hijau`, 'kuning' at or above `kuning`, else 'merah'; where less is better the tests are
"at or below". A figure that is undefined (no meetings, no report, ...) has no status (None).
docs/metrics-ringkasan.md repeats every number here with its reason; change both together.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ambang:
    """Two cut-offs of one figure: `hijau` and `kuning` bounds, both inclusive."""

    hijau: float
    kuning: float
    naik_lebih_baik: bool


# Values are compared after rounding to this many decimals, so that float noise such as
# 0.8 / 1.0 - 1 = -0.19999999999999996 cannot push an exact boundary value to the other side.
DESIMAL_BANDING = 9

# Attendance (Σhadir ÷ Σaktif): 75% follows self-help-group grading practice (the NABARD/NRLM
# grading tools score the presence of members at meetings, and 75 is their usual pass mark);
# below 60% well over a third of the members miss each meeting, so decisions are no longer
# the group's: red. A policy choice for Dinas Sosial to confirm, not a regulation.
TINGKAT_KEHADIRAN = Ambang(hijau=0.75, kuning=0.60, naik_lebih_baik=True)

# Meetings per month of the group's life: the KUBE rules (Permensos 2/2019) ask for routine
# meetings without fixing how often; a fortnightly pertemuan rutin is common practice, so two or
# more a month is green, at least monthly amber, and fewer than one a month red.
PERTEMUAN_PER_BULAN = Ambang(hijau=2.0, kuning=1.0, naik_lebih_baik=True)

# Change of average monthly revenue against the previous period of the same length (fraction):
# not falling is green; a fall of up to a fifth is amber (seasonal swings of that size are
# common in small trade); a fall of more than 20% is red.
OMZET_PERUBAHAN = Ambang(hijau=0.0, kuning=-0.20, naik_lebih_baik=True)

# Months of the period without a monthly financial report: the report is due every month
# (data contract: one report per group per month), so none missing is green, one or two is
# amber (a late report), three or more is red (the books have stopped).
BULAN_TANPA_LAPORAN = Ambang(hijau=0, kuning=2, naik_lebih_baik=False)

# Obstacles open at the end of the period: one open issue is normal work in progress; two or
# three need the pendamping's attention; four or more mean the group is stuck.
HAMBATAN_TERBUKA = Ambang(hijau=1, kuning=3, naik_lebih_baik=False)

# Support visits (pendamping, Dinas Sosial, kelurahan, others) per three months of the group's
# life in the period: monitoring at least once a quarter is green (quarterly monitoring and
# evaluation), at least once a half-year amber, rarer red.
KUNJUNGAN_PER_TRIWULAN = Ambang(hijau=1.0, kuning=0.5, naik_lebih_baik=True)
# A rate per quarter is not judged on fewer months of the group's life than one quarter.
KUNJUNGAN_BULAN_MINIMUM = 3

# --- "Perlu perhatian" list ---------------------------------------------------------------
# Attendance fell against the previous period by at least this many fraction points
# (0.10 = 10 percentage points): amber at 10 points (a clear drop, larger than the month-to-month
# noise of a 10-member group, where one absent member moves a meeting by 10 points), red at 20.
KEHADIRAN_TURUN_KUNING = 0.10
KEHADIRAN_TURUN_MERAH = 0.20

# Average monthly revenue fell by at least 10%: amber; by more than OMZET_PERUBAHAN.kuning
# (more than 20%, the league table's red): red, so the two views agree.
OMZET_TURUN_KUNING = -0.10

# Obstacles pile up when more are open at the period's end than at its start and the end count
# is above HAMBATAN_TERBUKA.hijau (amber in the league table); red when above
# HAMBATAN_TERBUKA.kuning (red in the league table).
