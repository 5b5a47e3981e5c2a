"""The peer ranking cut to what a room can read: the focal group, its neighbours, the median.

A slide (or a page of the PDF) with 37 bars has labels a few points high; the message is
"where does this group stand", which the focal group, the groups just above and below it and
the peers' median say on their own. The rank numbers stay on the labels ("7. KUBE …"), so the
audience still sees the position out of the whole set.
"""

from __future__ import annotations

import pandas as pd

TETANGGA = 2  # groups shown above and below the focal group


def ringkas_peringkat(df: pd.DataFrame, tetangga: int = TETANGGA) -> pd.DataFrame:
    """peringkat, label, tingkat_kehadiran, fokus, median, jumlah: a window of the ranking plus the median.

    `df`: label, tingkat_kehadiran, fokus, best first (cerita.peringkat_kehadiran_sebaya).
    The window holds 2*tetangga+1 groups around the focal group (moved inward at the ends; the
    top of the ranking when the focal group is hidden). The median row is the peers' median
    (focal group excluded), sorted into place; `peringkat` is None on it. `jumlah`: how many
    groups the whole ranking has."""
    if df.empty:
        kosong = {"peringkat": pd.Series(dtype="Int64"), "median": pd.Series(dtype=bool)}
        return df.assign(**kosong, jumlah=pd.Series(dtype="int64"))
    data = df.reset_index(drop=True).assign(peringkat=pd.array(range(1, len(df) + 1), dtype="Int64"))
    fokus = data.index[data["fokus"].astype(bool)]
    pusat = int(fokus[0]) if len(fokus) else tetangga
    lebar = 2 * tetangga + 1
    mulai = max(0, min(pusat - tetangga, len(data) - lebar))
    jendela = data.iloc[mulai : mulai + lebar].assign(median=False)
    sebaya = data.loc[~data["fokus"].astype(bool), "tingkat_kehadiran"]
    if sebaya.empty:
        return jendela.reset_index(drop=True).assign(jumlah=len(data))
    baris_median = pd.DataFrame(
        {
            "label": [""],
            "tingkat_kehadiran": [float(sebaya.median())],
            "fokus": [False],
            "peringkat": pd.array([None], dtype="Int64"),
            "median": [True],
        }
    )
    hasil = pd.concat([jendela, baris_median], ignore_index=True)
    # the median sorts below groups with the same rate (it is not a group that beat them)
    hasil = hasil.sort_values(["tingkat_kehadiran", "median"], ascending=[False, True], kind="stable")
    return hasil.reset_index(drop=True).assign(jumlah=len(data))
