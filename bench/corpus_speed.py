"""Corpus throughput: articles per second per core, scaling to 10,000 articles, peak memory, and dateparser.

    python bench/corpus_speed.py                      # 1, 10, 100, 1000, 10000 articles
    python bench/corpus_speed.py --max 1000           # a quick run: up to 1,000 articles
    python bench/corpus_speed.py --workers 2 --dateparser-sample 20 --json /tmp/corpus.json

The corpus is synthetic, generated at run time (never stored in the project)
from the two seed articles and the sentences of the development sets: each
article is about 4,000 characters, French or English, with its own date line
(``date 2021-03-04 via Agence 7``), publication date and figures.  It is
written to a temporary JSONL file, read by ``chronique.corpus`` like any
other.

Each scale runs in a fresh Python process (``chronique.corpus`` with its
default engine, the full analysis: dates, claims, events, and the merge), which
reports its wall time and ``ru_maxrss`` of itself and of its reaped children
(the worker processes); this script also samples the resident memory of that
whole process tree (psutil) and reports its peak.  For comparison, in this
process, a sample of the same articles goes through ``dateparser.search_dates``
(dates only), and the same sample through ``chronique.analyze`` one at a time
without the corpus machinery, so that the machinery's own cost shows.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

SCALES = (1, 10, 100, 1000, 10000)
TARGET_CHARS = 4000
TARGETS = {
    "per_core": 300.0,        # articles per second per core, 4,000-character articles
    "ten_thousand_s": 30.0,   # seconds for 10,000 articles on 2 cores
    "memory_mb": 1024.0,      # peak memory, MB
    "vs_dateparser": 3.0,     # chronique's throughput (full analysis) / dateparser's (dates only)
}
SOURCES = [f"Agence {k}" for k in range(1, 13)]
_NUMBER = re.compile(r"\b[1-9]\d{2}\b")          # 100 to 999: figures, not days or years
_SENTENCE = re.compile(r"(?<=[.!?»\"])\s+")


# ----------------------------------------------------------------------------- the synthetic corpus


def _sentences(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        if re.match(r"\s*date\s+\d{4}", line, re.IGNORECASE):
            continue
        out += [s for s in _SENTENCE.split(line.strip()) if len(s) >= 20]
    return out


def templates(shared: Path) -> dict:
    """Per language: the seed's paragraphs (claims and events) and the dev sets' sentences (dates)."""
    out = {}
    for lang, seed, dev in (("fr", "baghdad_embassy_fr.txt", "fr_timebank_dev20.jsonl"),
                            ("en", "baghdad_embassy_en.txt", "tbaq_en_dev20.jsonl")):
        seed_path, dev_path = shared / "seeds" / seed, shared / "eval" / dev
        for p in (seed_path, dev_path):
            if not p.is_file():
                common.fail(f"missing {p} (the seeds and dev sets live in {shared.resolve()})")
        text = seed_path.read_text(encoding="utf-8")
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if len(p.strip()) >= 40
                      and not re.match(r"\s*date\s+\d{4}", p, re.IGNORECASE)]
        dev_sents = []
        for doc in common.load_dataset(dev_path):
            dev_sents += _sentences(doc["text"])
        out[lang] = {"paragraphs": paragraphs, "sentences": dev_sents}
    return out


def article(rng: random.Random, tpl: dict, lang: str) -> dict:
    """One synthetic article of about 4,000 characters, with its date line and source."""
    paras = [p for p in tpl[lang]["paragraphs"] if rng.random() < 0.85] or tpl[lang]["paragraphs"][:1]
    paras = [_NUMBER.sub(lambda m: str(rng.randint(100, 999)), p) for p in paras]
    sents = tpl[lang]["sentences"]
    body = []
    size = 0
    while size < TARGET_CHARS - 200:
        if paras and (rng.random() < 0.6 or not sents):
            p = paras.pop(0)
        else:
            p = " ".join(rng.choice(sents) for _ in range(rng.randint(1, 3)))
        body.append(p)
        size += len(p) + 2
    text = "\n\n".join(body)
    if len(text) > TARGET_CHARS:
        cut = text.rfind(". ", 0, TARGET_CHARS)
        text = text[: cut + 1] if cut > TARGET_CHARS // 2 else text[:TARGET_CHARS]
    published = date(2019, 1, 1) + timedelta(days=rng.randrange(3 * 365))
    source = rng.choice(SOURCES)
    return {"text": f"date {published.isoformat()} via {source}\n\n{text}", "lang": lang,
            "published_value": published.isoformat(), "source": source}


def write_corpus(path: Path, n: int, shared: Path, seed: int = 7) -> list[dict]:
    """Write ``n`` synthetic articles as JSON lines; return a sample of them (the first 200)."""
    tpl = templates(shared)
    rng = random.Random(seed)
    sample = []
    with open(path, "w", encoding="utf-8") as fh:
        for k in range(n):
            a = article(rng, tpl, "fr" if k % 2 == 0 else "en")
            fh.write(json.dumps({"id": f"a{k + 1}", "text": a["text"], "lang": a["lang"]},
                                ensure_ascii=False) + "\n")
            if k < 200:
                sample.append(a)
    return sample


# ----------------------------------------------------------------------------- one scale, in a fresh process


def child(args) -> None:
    """Run ``chronique.corpus`` on the first N articles and print the figures as JSON."""
    import chronique

    def cpu():
        me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime

    t0, (c0, k0) = time.perf_counter(), cpu()
    c = chronique.corpus(args.child_path, engine=args.engine, workers=args.workers,
                         max_articles=args.child_n, keep=not args.no_keep, progress=False)
    seconds = time.perf_counter() - t0
    c1, k1 = cpu()
    self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    rows = c.rows()
    print(json.dumps({"n": len(c) + len(c.failures), "seconds": seconds, "engine": c.run["engine"],
                      "workers": c.run["workers"], "failed": len(c.failures),
                      "events": sum(r["row"] == "event" for r in rows),
                      "claims": sum(r["row"] == "claim" for r in rows),
                      "cpu_self": c1 - c0, "cpu_workers": k1 - k0,
                      "ru_maxrss_self_mb": self_rss / 1024, "ru_maxrss_children_mb": children_rss / 1024}))


class TreeMemory:
    """The peak of the summed resident memory of a process and all its descendants (sampled)."""

    def __init__(self, pid: int, every: float = 0.05):
        self.pid, self.every, self.peak = pid, every, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        try:
            import psutil
        except ImportError:
            return
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            total = 0
            try:
                procs = [root] + root.children(recursive=True)
            except psutil.Error:
                break
            for p in procs:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(self.every)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def run_scale(path: Path, n: int, args) -> dict:
    cmd = [sys.executable, __file__, "--child-path", str(path), "--child-n", str(n)]
    if args.engine:
        cmd += ["--engine", args.engine]
    if args.workers:
        cmd += ["--workers", str(args.workers)]
    if args.no_keep:
        cmd.append("--no-keep")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with TreeMemory(proc.pid) as mem:
        out, err = proc.communicate()
    if proc.returncode != 0:
        common.fail(f"the run on {n} articles failed:\n{err.strip()}")
    fig = json.loads(out.strip().splitlines()[-1])
    fig["tree_peak_mb"] = mem.peak / 2**20 if mem.peak else None
    return fig


# ----------------------------------------------------------------------------- the same articles, one at a time


def per_article(sample: list[dict], n_dateparser: int) -> dict:
    """chronique.analyze and dateparser.search_dates on the same sample, alternating, in this process
    (CPU time of this process, and wall time)."""
    import chronique

    texts = [(a["text"], a["lang"], a["published_value"]) for a in sample]
    for text, lang, pub in texts[:2]:                    # warm-up, untimed
        chronique.analyze(text, lang=lang)
        common.run_dateparser(text, pub, lang)
    cpu = {"chronique": 0.0, "dateparser": 0.0}
    wall = {"chronique": 0.0, "dateparser": 0.0}
    n = {"chronique": 0, "dateparser": 0}
    for k, (text, lang, pub) in enumerate(texts):
        calls = [("chronique", lambda: chronique.analyze(text, lang=lang))]
        if k < n_dateparser:
            calls.append(("dateparser", lambda: common.run_dateparser(text, pub, lang)))
        for name, call in calls:
            w, c = time.perf_counter(), time.process_time()
            call()
            cpu[name] += time.process_time() - c
            wall[name] += time.perf_counter() - w
            n[name] += 1
    return {name: {"n": n[name], "per_cpu_s": n[name] / cpu[name] if cpu[name] else None,
                   "per_s": n[name] / wall[name] if wall[name] else None} for name in n}


def machinery(sample: list[dict], rounds: int = 3) -> dict:
    """The corpus machinery alone: ``chronique.corpus(engine="serial")`` against ``chronique.analyze`` in a
    loop, on the same articles, in this process, alternating (CPU time)."""
    import chronique

    items = [{"text": a["text"], "lang": a["lang"], "source": a["source"]} for a in sample]
    chronique.corpus(items[:2], engine="serial")                  # warm-up, untimed
    loop = run = 0.0
    for _ in range(rounds):
        c = time.process_time()
        for it in items:
            chronique.analyze(it["text"], lang=it["lang"])
        loop += time.process_time() - c
        c = time.process_time()
        chronique.corpus(items, engine="serial", progress=False)
        run += time.process_time() - c
    n = len(items) * rounds
    return {"n": len(items), "rounds": rounds, "analyze_per_cpu_s": n / loop, "corpus_per_cpu_s": n / run,
            "ratio": loop / run}


# ----------------------------------------------------------------------------- report


def verdict(ok: bool | None) -> str:
    return "n/a " if ok is None else ("PASS" if ok else "FAIL")


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--max", type=int, default=max(SCALES), help="largest corpus (default 10000)")
    p.add_argument("--workers", type=int, default=None, help="worker processes (default: the cores available)")
    p.add_argument("--engine", default=None, choices=("local", "serial", "dask"),
                   help="default: chronique's own choice (worker processes from 24 articles on)")
    p.add_argument("--no-keep", action="store_true", help="do not keep the per-article analyses in memory")
    p.add_argument("--dateparser-sample", type=int, default=20, help="articles given to dateparser (default 20)")
    p.add_argument("--analyze-sample", type=int, default=100,
                   help="articles analysed one at a time, without the corpus machinery (default 100)")
    p.add_argument("--shared", default=str(common.SHARED), help="the shared folder (seeds, eval)")
    p.add_argument("--json", metavar="OUT", help="write the figures as JSON")
    p.add_argument("--child-path", help=argparse.SUPPRESS)
    p.add_argument("--child-n", type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child_path:
        child(args)
        return 0
    if args.max < 1:
        common.fail("--max must be at least 1")
    from chronique.corpus.engine import default_workers

    cores = args.workers or default_workers()
    scales = [n for n in SCALES if n <= args.max] or [args.max]
    if args.max not in scales:
        scales.append(args.max)
    with tempfile.TemporaryDirectory(prefix="chronique-corpus-bench-") as tmp:
        path = Path(tmp) / "corpus.jsonl"
        t = time.perf_counter()
        sample = write_corpus(path, max(scales), Path(args.shared))
        gen = time.perf_counter() - t
        chars = [len(a["text"]) for a in sample]
        print(f"synthetic corpus: {max(scales)} articles, {sum(chars) / len(chars):,.0f} characters on average "
              f"(first 200), fr and en alternating, generated in {gen:.1f} s (not timed below)")
        print(f"engine {args.engine or 'default'}, {cores} worker process(es) on {os.cpu_count()} CPU(s); "
              f"{'analyses not kept' if args.no_keep else 'analyses kept in memory (the default)'}")
        print()
        print(f"{'articles':>8} {'wall s':>7} {'art/s':>7} {'/core':>6} {'CPU s':>7} {'art/CPU-s':>9} "
              f"{'parent':>6} {'peak MB':>7} {'rss self':>8} {'rss wkr':>7} {'events':>7} {'claims':>7} "
              f"{'failed':>6}  engine")
        figures = []
        for n in scales:
            f = run_scale(path, n, args)
            f["per_s"] = f["n"] / f["seconds"]
            f["per_core"] = f["per_s"] / cores
            f["cpu"] = f["cpu_self"] + f["cpu_workers"]
            f["per_cpu_s"] = f["n"] / f["cpu"] if f["cpu"] else None
            figures.append(f)
            peak = f["tree_peak_mb"]
            print(f"{f['n']:>8} {f['seconds']:>7.2f} {f['per_s']:>7.1f} {f['per_core']:>6.1f} {f['cpu']:>7.2f} "
                  f"{f['per_cpu_s'] or 0:>9.1f} {100 * f['cpu_self'] / (f['cpu'] or 1):>5.0f}% "
                  f"{(f'{peak:.0f}' if peak else '?'):>7} {f['ru_maxrss_self_mb']:>8.0f} "
                  f"{f['ru_maxrss_children_mb']:>7.0f} {f['events']:>7} {f['claims']:>7} {f['failed']:>6}  "
                  f"{f['engine']}")
        print("  wall s: time of the chronique.corpus call; /core: articles/s divided by the workers; CPU s: CPU")
        print("  time of the whole process tree (the run and its workers), which the load of other processes on")
        print("  the machine does not inflate; parent: its share spent in the process that reads and merges;")
        print("  peak MB: resident memory of the tree, summed, sampled every 50 ms; rss: ru_maxrss of the run")
        print("  and of its largest worker")
        print()
        ref = per_article(sample[: max(args.analyze_sample, args.dateparser_sample)], args.dateparser_sample)
        mach = machinery(sample[: args.analyze_sample])
    big = figures[-1]
    ch, dp = ref["chronique"], ref["dateparser"]
    print("same run, this process, one article at a time, on a sample of the same articles:")
    print(f"  chronique.analyze         {ch['per_cpu_s']:7.1f} articles per CPU-second "
          f"({ch['per_s']:.1f}/s wall, {ch['n']} articles, the full analysis)")
    if dp["n"]:
        print(f"  dateparser.search_dates   {dp['per_cpu_s']:7.1f} articles per CPU-second "
              f"({dp['per_s']:.1f}/s wall, {dp['n']} articles, dates only)")
    print(f"  chronique.corpus, serial    {mach['corpus_per_cpu_s']:7.1f} articles per CPU-second against "
          f"{mach['analyze_per_cpu_s']:.1f} for analyze in a loop ({mach['n']} articles, {mach['rounds']} rounds "
          f"alternating): {mach['ratio']:.2f}")
    print("    (1.00: the corpus machinery, digests, merging, kept texts, costs nothing)")
    parallel = big["per_cpu_s"] / ch["per_cpu_s"] if big["per_cpu_s"] else None
    print(f"  the {big['n']}-article run (workers, reading, merging) / analyze alone, per CPU-second: "
          f"{parallel:.2f} (contention between processes on shared cores lowers it too)")
    print()
    ratio = big["per_cpu_s"] / dp["per_cpu_s"] if dp["n"] and big["per_cpu_s"] else None
    ten = next((f for f in figures if f["n"] >= 10000), None)
    peak_all = max((f["tree_peak_mb"] or 0) for f in figures) or None
    checks = [
        (f"throughput at {big['n']} articles >= {TARGETS['per_core']:.0f} articles/s per core (per CPU-second "
         f"of the tree; wall: {big['per_core']:.1f}/s per core)",
         f"{big['per_cpu_s']:.1f}", big["per_cpu_s"] >= TARGETS["per_core"]),
        (f"10,000 articles in < {TARGETS['ten_thousand_s']:.0f} s on 2 cores (wall)",
         f"{ten['seconds']:.1f} s on {cores}" if ten else "not run (--max below 10000)",
         None if ten is None or cores != 2 else ten["seconds"] < TARGETS["ten_thousand_s"]),
        (f"peak memory < {TARGETS['memory_mb']:.0f} MB (process tree, largest of the runs)",
         f"{peak_all:.0f} MB" if peak_all else "? (psutil missing)",
         None if not peak_all else peak_all < TARGETS["memory_mb"]),
        (f"throughput >= {TARGETS['vs_dateparser']:.0f}x dateparser's per CPU-second (the whole analysis at "
         f"{big['n']} articles against dates only, dateparser on a sample of {dp['n']})",
         f"{ratio:.1f}x" if ratio else "?", None if ratio is None else ratio >= TARGETS["vs_dateparser"]),
    ]
    print("targets")
    for name, value, ok in checks:
        print(f"  {verdict(ok)}  {name}: {value}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump({"versions": common.versions(), "cores": cores, "engine": args.engine, "scales": figures,
                       "one_at_a_time": ref, "machinery": mach, "targets": TARGETS,
                       "checks": [{"name": n, "value": v, "pass": ok} for n, v, ok in checks]}, fh, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
