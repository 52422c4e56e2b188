"""Time the escalation chart on a large synthetic timeline: table -> chart -> PNG.

    python bench/chart_scale.py              # 10,000 rows
    python bench/chart_scale.py --rows 50000 --out /tmp/big.png

The rows follow the columns of ``Analysis.timeline()``: half events, half
claims, spread over 90 days and 40 speakers, with day, evening, weekend and
vague dates, casualties, hedges, anonymous sources and a few inconsistent dates.
The budget is 10 s for 10,000 rows; the script exits with status 1 beyond it.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "kernels_helpers"))

BUDGET_S = 10.0
WORDS = ("les forces armées ont annoncé un renforcement de leur présence dans la région après "
         "une série d'incidents qualifiés de graves par les autorités locales et les observateurs").split()


def synthetic_table(rows: int = 10_000, seed: int = 7, start: datetime = datetime(2019, 10, 1)):
    """A timeline table (the columns of ``chronique.timeline.COLUMNS``) with ``rows`` rows."""
    import pandas as pd

    from chronique.timeline import COLUMNS

    rnd = random.Random(seed)
    speakers = [f"Speaker {k:02d}" for k in range(40)]
    kinds = ["statement", "accusation", "threat", "protest", "military deployment", "attack",
             "lethal attack"]
    out = []
    for k in range(rows):
        is_claim = k % 2 == 1
        day = start + timedelta(days=rnd.randrange(90))
        precision = rnd.choice(("day", "day", "day", "part of day", "weekend", "vague"))
        if precision == "part of day":
            s, e = day.replace(hour=18), day.replace(hour=23, minute=59, second=59)
        elif precision == "weekend":
            sat = day + timedelta(days=(5 - day.weekday()) % 7)
            s, e = sat, sat + timedelta(days=1, hours=23, minutes=59, seconds=59)
        elif precision == "vague":
            s, e = day, day + timedelta(days=rnd.randrange(2, 10), hours=23, minutes=59, seconds=59)
        else:
            s, e = day, day.replace(hour=23, minute=59, second=59)
        text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randrange(8, 30)))
        speaker = rnd.choice(speakers)
        rung = rnd.randrange(7) if not is_claim else rnd.choice((0, 0, 1, 2))
        out.append({
            "id": f"{'c' if is_claim else 'e'}{k + 1}", "row": "claim" if is_claim else "event",
            "start": s, "end": e, "precision": precision, "value": s.strftime("%Y-%m-%d"),
            "wording": rnd.choice(("mardi soir", "le week-end", "vendredi", "", "dans les jours qui viennent")),
            "label": text[:60], "text": text, "lane": speaker if is_claim else rnd.choice(speakers[:8]),
            "rung": rung, "rung_label": f"rung {rung}", "kind": "statement" if is_claim else rnd.choice(kinds),
            "speaker": speaker if is_claim else "", "mode": rnd.choice(("direct", "indirect", "mixed")) if is_claim else "",
            "anonymous": is_claim and rnd.random() < 0.1, "hedged": rnd.random() < 0.2,
            "casualties": rnd.choice((0, 0, 0, 1, 3, 25)) if not is_claim else 0,
            "modality": "" if is_claim else rnd.choice(("asserted", "reported", "future")),
            "source_start": k * 10, "source_end": k * 10 + 9, "rule": "synthetic", "timex": "",
            "resolution": "synthetic row", "flags": "weekday-date mismatch: synthetic" if rnd.random() < 0.01 else "",
            "links": [],
        })
    df = pd.DataFrame(out, columns=COLUMNS)
    df["start"] = pd.to_datetime(df["start"])
    df["end"] = pd.to_datetime(df["end"])
    return df


def run(rows: int, out: str | None = None, tooltips: bool = False) -> dict:
    import vl_convert as vlc

    from chronique.chart import chart

    df = synthetic_table(rows)
    t0 = time.perf_counter()
    # as the PNG export draws it: no tooltips (a picture has none)
    spec = chart(df, lang="fr", published="2019-12-31", tooltips=tooltips).to_dict()
    t1 = time.perf_counter()
    png = vlc.vegalite_to_png(spec, scale=1)
    t2 = time.perf_counter()
    if out:
        Path(out).write_bytes(png)
    return {"rows": rows, "chart_s": t1 - t0, "png_s": t2 - t1, "total_s": t2 - t0, "png_bytes": len(png),
            "tooltips": tooltips}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", type=int, default=10_000)
    p.add_argument("--out", help="also write the PNG here")
    p.add_argument("--tooltips", action="store_true", help="keep the tooltips in the specification")
    args = p.parse_args(argv)
    r = run(args.rows, args.out, args.tooltips)
    print(f"{r['rows']} rows{' with tooltips' if r['tooltips'] else ''}: chart spec {r['chart_s']:.2f} s, "
          f"PNG {r['png_s']:.2f} s, total {r['total_s']:.2f} s ({r['png_bytes']:,} bytes); "
          f"budget {BUDGET_S:.0f} s for 10,000 rows")
    return 0 if r["rows"] > 10_000 or r["total_s"] <= BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
