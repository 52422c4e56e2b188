"""Articles per second and per core: the full analysis of 4,000-character articles, beside dateparser.

    python bench/analyze_speed.py
    python bench/analyze_speed.py --repeat 21 --chars 4000 ../shared/eval/fr_timebank_dev20.jsonl

Articles, each exactly ``--chars`` characters (shorter texts are repeated, paragraph after
paragraph, longer ones cut): the two seed articles (published 2019-12-31), the synthetic
claim-dense dispatch of ``claims_speed.py``, and every document of the development sets given
(default: both sets of ``../shared/eval``), with its own ``dct`` and language.

Each article is given ``--repeat`` times to ``chronique.analyze(text, published=..., lang=...)``
and to ``dateparser.search_dates`` (called as in ``common.py``), after an untimed warm-up on every
article.  The runs go in rounds: every article by chronique, then every article by dateparser, so
that each system reads articles one after another as a corpus run does, and the load of a shared
machine falls on both alike.  One process, one thread: the figures are per core.  For each group of articles the table shows the
mean over its articles of the median run and of the best run, in milliseconds, the articles per
second those give, and the ratio dateparser / chronique.  Targets: at least 300 articles per
second per core (median runs), and at least 3 times dateparser's throughput.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from claims_speed import articles as claims_articles  # noqa: E402

TARGET_RATE = 300.0         # articles per second per core
TARGET_RATIO = 3.0          # times dateparser's throughput
SEED_PUBLISHED = "2019-12-31"
DEFAULT_SETS = ("fr_timebank_dev20.jsonl", "tbaq_en_dev20.jsonl")


def fit(text: str, chars: int) -> str:
    """``text`` repeated paragraph after paragraph up to ``chars`` characters, then cut there."""
    out = text
    while len(out) < chars:
        out += "\n\n" + text
    return out[:chars]


def load(paths: list[Path], chars: int) -> list[tuple[str, str, str, str, str]]:
    """(group, label, text, published, lang) of every article timed."""
    arts = []
    for name, text, lang in claims_articles():
        group = "synthetic (fr)" if name.startswith("synthetic") else "seeds"
        arts.append((group, name, fit(text, chars), SEED_PUBLISHED, lang))
    for path in paths:
        for d in common.load_dataset(path):
            arts.append((path.name, f"{path.name} {d['id']}", fit(d["text"], chars), d["dct"], d["lang"]))
    return arts


def timed(fn, *args) -> float:
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("datasets", nargs="*", metavar="DATASET.jsonl",
                    help="development sets (default: both sets of ../shared/eval)")
    ap.add_argument("--repeat", type=int, default=9, help="runs per article and system (default 9)")
    ap.add_argument("--chars", type=int, default=4000, help="characters per article (default 4000)")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    paths = common.check_paths(args.datasets or [common.SHARED / "eval" / n for n in DEFAULT_SETS])
    arts = load(paths, args.chars)

    info = common.versions()
    print(f"chronique {info['chronique']}, dateparser {info['dateparser']}, Python {info['python']}; "
          f"load average at start {os.getloadavg()[0]:.2f}")
    print(f"{len(arts)} articles of {args.chars:,} characters, {args.repeat} runs per article and system, "
          f"in rounds (all articles by one system, then by the other); wall time of one call "
          f"(time.perf_counter), one process")

    for _, label, text, published, lang in arts:        # warm-up, untimed
        common.run_chronique(text, published, lang)
        common.run_dateparser(text, published, lang)
    runs = {label: ([], []) for _, label, *_ in arts}   # label -> (chronique runs, dateparser runs)
    for _ in range(args.repeat):
        # one round: every article by chronique, then every article by dateparser
        for k, call in enumerate((common.run_chronique, common.run_dateparser)):
            for _, label, text, published, lang in arts:
                runs[label][k].append(timed(call, text, published, lang))

    groups: dict[str, list[str]] = {}
    for group, label, *_ in arts:
        groups.setdefault(group, []).append(label)
    groups[f"all {len(arts)} articles"] = [label for _, label, *_ in arts]

    header = (f"{'articles':<28}{'n':>4}  {'chronique ms':>12}{'best':>7}{'art/s':>8}  "
              f"{'dateparser ms':>13}{'best':>7}{'art/s':>7}  {'ratio d/c':>9}")
    print("\nmean over the articles of the median run (best run beside it); articles/s = 1000 / ms")
    print(header)
    print("-" * len(header))
    totals = None
    for group, labels in groups.items():
        c_med = statistics.fmean(statistics.median(runs[x][0]) for x in labels) * 1000
        c_best = statistics.fmean(min(runs[x][0]) for x in labels) * 1000
        d_med = statistics.fmean(statistics.median(runs[x][1]) for x in labels) * 1000
        d_best = statistics.fmean(min(runs[x][1]) for x in labels) * 1000
        if group.startswith("all "):
            print("-" * len(header))
            totals = (c_med, c_best, d_med, d_best)
        print(f"{group:<28}{len(labels):>4}  {c_med:>12.2f}{c_best:>7.2f}{1000 / c_med:>8.0f}  "
              f"{d_med:>13.2f}{d_best:>7.2f}{1000 / d_med:>7.1f}  {d_med / c_med:>9.2f}")
    c_med, c_best, d_med, d_best = totals
    rate, ratio = 1000 / c_med, d_med / c_med
    print(f"\nload average at end {os.getloadavg()[0]:.2f}")
    print(f"chronique: {rate:.0f} articles/s per core (median runs), {1000 / c_best:.0f} (best runs); "
          f"target >= {TARGET_RATE:.0f}: {'PASS' if rate >= TARGET_RATE else 'FAIL'}")
    print(f"throughput ratio chronique / dateparser: {ratio:.1f} (median runs), {d_best / c_best:.1f} "
          f"(best runs); target >= {TARGET_RATIO:g}: {'PASS' if ratio >= TARGET_RATIO else 'FAIL'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
