"""Milliseconds per article: chronique against dateparser.search_dates, same texts, same run.

    python bench/speed.py
    python bench/speed.py ../shared/eval/fr_timebank_dev20.jsonl ../shared/eval/tbaq_en_dev20.jsonl
    python bench/speed.py --repeat 9 --per-doc --seeds /path/to/seeds DATASET.jsonl ...

Articles measured: the two seed articles (French and English, published
2019-12-31), every document of the datasets given, and one synthetic article
of about 4,000 characters per language, built by concatenating sentences of
the seeds and of the datasets of that language.  Each article is given to
each system ``--repeat`` times, the two systems alternating; the table shows
the median and the best (minimum) of those runs.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

SEEDS = (("baghdad_embassy_fr.txt", "fr"), ("baghdad_embassy_en.txt", "en"))
SEED_PUBLISHED = "2019-12-31"
SYSTEMS = ("chronique", "dateparser")
DATE_LINE = re.compile(r"\s*date\s+\d{4}", re.IGNORECASE)
CALLS = {"chronique": common.run_chronique, "dateparser": common.run_dateparser}


def sentences(text: str) -> list[str]:
    """Sentences of a text (split at line breaks and after . ! ?), 20 characters or more.

    A date line such as "date 2019-12 via Reuters" is not a sentence and is skipped.
    """
    out = []
    for line in text.splitlines():
        if DATE_LINE.match(line):
            continue
        for s in re.split(r"(?<=[.!?])\s+", line.strip()):
            if len(s) >= 20:
                out.append(s)
    return out


def synthetic(texts: list[str], target: int) -> str:
    """An article of at most ``target`` characters from the sentences of ``texts``.

    Sentences are taken in turn from each text (round robin, in order), and
    cycled through again until no further sentence fits; every fourth
    sentence ends a paragraph.  Deterministic.
    """
    sources = [sentences(t) for t in texts]
    sources = [s for s in sources if s]
    pool = []
    for i in range(max((len(s) for s in sources), default=0)):
        pool.extend(s[i] for s in sources if i < len(s))
    if not pool:
        return ""
    parts, length, n = [], 0, 0
    while True:
        added = False
        for s in pool:
            sep = "" if not parts else ("\n\n" if n % 4 == 0 else " ")
            if length + len(sep) + len(s) <= target:
                parts.append(sep + s)
                length += len(sep) + len(s)
                n += 1
                added = True
        if not added:
            break
    return "".join(parts) + "\n"


def measure(label: str, text: str, published: str, lang: str, repeat: int) -> dict:
    """Per system, ``repeat`` timings in milliseconds (systems alternate), or None if it failed."""
    times = {name: [] for name in SYSTEMS}
    for _ in range(repeat):
        for name in SYSTEMS:
            if times[name] is None:
                continue
            t0 = time.perf_counter()
            try:
                CALLS[name](text, published, lang)
            except Exception as e:  # reported, and the article left out of the means
                print(f"warning: {name} failed on {label}: {type(e).__name__}: {e}", file=sys.stderr)
                times[name] = None
                continue
            times[name].append(1000 * (time.perf_counter() - t0))
    return times


def ok(runs: list[dict]) -> list[dict]:
    """The runs where both systems succeeded."""
    return [r for r in runs if all(r[name] is not None for name in SYSTEMS)]


def summary(runs: list[dict], name: str) -> tuple[float, float]:
    """Mean over articles of (median, best) of each article's runs; nan when none succeeded."""
    runs = ok(runs)
    if not runs:
        return float("nan"), float("nan")
    meds = [statistics.median(r[name]) for r in runs]
    bests = [min(r[name]) for r in runs]
    return statistics.fmean(meds), statistics.fmean(bests)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description="ms per article of chronique.analyze and dateparser.search_dates on the same texts.")
    ap.add_argument("datasets", nargs="*", metavar="DATASET.jsonl",
                    help="JSONL development sets whose documents are timed as well")
    ap.add_argument("--seeds", type=Path, default=common.DEFAULT_SEEDS,
                    help="directory of the seed articles (default: ../shared/seeds from the project root)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per article and system (default 5)")
    ap.add_argument("--synthetic-chars", type=int, default=4000,
                    help="length of the synthetic article (default 4000)")
    ap.add_argument("--per-doc", action="store_true", help="also print one line per dataset document")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")

    seed_articles = []
    for fname, lang in SEEDS:
        path = args.seeds / fname
        if not path.is_file():
            common.fail(f"seed article not found: {path} (use --seeds DIR)")
        seed_articles.append((fname, lang, path.read_text(encoding="utf-8")))
    datasets = [(p, common.load_dataset(p)) for p in common.check_paths(args.datasets)]

    synth = []
    for lang in ("fr", "en"):
        texts = [t for _, l, t in seed_articles if l == lang]
        for _, docs in datasets:
            texts += [d["text"] for d in docs if d["lang"] == lang]
        synth.append((lang, synthetic(texts, args.synthetic_chars)))

    info = common.versions()
    print(f"chronique {info['chronique']}, dateparser {info['dateparser']}, Python {info['python']}")
    print(f"Each article: {args.repeat} runs per system, systems alternating; wall time of the"
          " analyze / search_dates call alone (time.perf_counter). Both systems were warmed up on"
          " both seed articles first (untimed), so import and first-call costs are excluded.")

    # Warm-up, untimed: loads each system's resources for both languages.
    for fname, lang, text in seed_articles:
        measure(f"{fname} (warm-up)", text, SEED_PUBLISHED, lang, 1)

    rows = []  # (label, chars, (chronique median, best), (dateparser median, best))
    all_runs = []

    def add_row(label, runs, chars):
        all_runs.extend(runs)
        rows.append((label, chars, summary(runs, "chronique"), summary(runs, "dateparser")))

    for fname, lang, text in seed_articles:
        runs = [measure(fname, text, SEED_PUBLISHED, lang, args.repeat)]
        add_row(f"seed {fname} ({lang})", runs, len(text))
    for lang, text in synth:
        label = f"synthetic article ({lang})"
        add_row(label, [measure(label, text, SEED_PUBLISHED, lang, args.repeat)], len(text))
    per_doc = []
    for path, docs in datasets:
        runs = []
        for d in docs:
            r = measure(f"{path.name} {d['id']}", d["text"], d["dct"], d["lang"], args.repeat)
            runs.append(r)
            per_doc.append((path.name, d, r))
        chars = round(statistics.fmean(len(d["text"]) for d in docs))
        n_ok = len(ok(runs))
        counted = f"{n_ok}" if n_ok == len(docs) else f"{n_ok}/{len(docs)}"
        add_row(f"{path.name} (mean of {counted} docs)", runs, chars)

    header = (f"{'article':<42}{'chars':>7}  {'chronique ms':>13}{'best':>8}  "
              f"{'dateparser ms':>14}{'best':>8}  {'ratio d/c':>9}")
    print("\nms per article: median of the runs (best run alongside); ratio = dateparser / chronique"
          " (medians)")
    print(header)
    print("-" * len(header))

    def line(label, chars, c, d):
        ratio = d[0] / c[0] if c[0] else float("nan")
        print(f"{label:<42}{chars:>7}  {c[0]:>13.2f}{c[1]:>8.2f}  {d[0]:>14.2f}{d[1]:>8.2f}  {ratio:>9.2f}")

    for label, chars, c, d in rows:
        line(label, chars, c, d)
    print("-" * len(header))
    c_all, d_all = summary(all_runs, "chronique"), summary(all_runs, "dateparser")
    n_ok = len(ok(all_runs))
    line(f"all {n_ok} articles (mean per article)", "", c_all, d_all)
    if n_ok < len(all_runs):
        print(f"({len(all_runs) - n_ok} article(s) left out: a system failed on them, see the warnings)")
    print(f"\nratio dateparser / chronique over all articles: {d_all[0] / c_all[0]:.2f} (median runs),"
          f" {d_all[1] / c_all[1]:.2f} (best runs)")

    if args.per_doc and per_doc:
        print("\nper document (median ms):")
        for name, d, r in per_doc:
            c, p = (statistics.median(r[n]) if r[n] else float("nan") for n in SYSTEMS)
            ratio = p / c if c else float("nan")
            print(f"  {name:<26}{d['id']:<24}{len(d['text']):>6} chars  chronique {c:>7.2f}"
                  f"  dateparser {p:>7.2f}  ratio {ratio:>5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
