"""``chronique corpus PATH -o OUT [-o OUT ...]``: many articles into one timeline, from the command line.

Exit status: 0 when every article was analysed, 1 when some could not be (the
outputs are written all the same and the summary lists them), 2 for a usage
error (no such input, an unknown output suffix, an engine that cannot run),
130 when interrupted (what was analysed is kept for the next run).
"""
from __future__ import annotations

import sys
from pathlib import Path

SHOWN_FAILURES = 20


def add_parser(sub) -> None:
    """Add the ``corpus`` subcommand to the ``chronique`` argument parser."""
    from .view import FORMATS

    c = sub.add_parser(
        "corpus", help="merge many articles into one timeline (a folder of .txt, a .jsonl or a .csv file)",
        description="Analyse every article of PATH and merge them into one timeline: the same event told by "
                    "several sources becomes one event, claims are tracked across sources. PATH is a folder of "
                    ".txt files, a .jsonl or .csv file (fields text, published, lang, url, source), or - for "
                    "JSON lines on standard input. The suffix of OUT picks the format: "
                    + " ".join(sorted(FORMATS, key=lambda s: (len(s), s)))
                    + ". Results per article are kept in OUT.parts/ (the first OUT): a rerun, after an "
                      "interruption or not, analyses only what is missing.")
    c.add_argument("path", help="folder of .txt files, .jsonl or .csv file, or - for JSON lines on standard input")
    c.add_argument("-o", "--output", action="append", required=True, metavar="OUT",
                   help="output file (repeat for several formats)")
    c.add_argument("--engine", choices=("local", "dask", "serial"), default=None,
                   help="where the analyses run: worker processes here (local, the default), "
                        "this process (serial), or a Dask cluster (dask)")
    c.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 "
                                                          "(implies --engine dask)")
    c.add_argument("--workers", type=int, metavar="N", help="worker processes (default: the cores available)")
    c.add_argument("--published", help="publication date of the articles that give none (ISO, any precision)")
    c.add_argument("--lang", help="fr or en, for the articles that give none (default: detect)")
    c.add_argument("--max", type=int, metavar="N", dest="max_articles", help="read only the first N articles")
    cache = c.add_mutually_exclusive_group()
    cache.add_argument("--cache", metavar="DIR", help="folder for the per-article results (default: OUT.parts)")
    cache.add_argument("--no-cache", action="store_true", help="keep no per-article results")
    bar = c.add_mutually_exclusive_group()
    bar.add_argument("--progress", action="store_true", default=None,
                     help="show a progress bar on standard error (default: on a terminal, for long runs)")
    bar.add_argument("--no-progress", action="store_false", dest="progress")


def _summary(c, outputs) -> list[str]:
    run = c.run
    lines = []
    total = len(c) + len(c.failures)
    where = f"{run['engine']} engine" + (f", {run['workers']} workers" if run["workers"] > 1 else "")
    parts = [f"{run['analysed']} analysed"]
    if run.get("reused"):
        parts.append(f"{run['reused']} reused from {run['cache']}")
    if c.failures:
        parts.append(f"{len(c.failures)} failed")
    lines.append(f"{total} articles from {len(c.sources)} sources: {', '.join(parts)} "
                 f"({run['seconds']:.1f} s, {where})")
    rows = c.rows()
    events = [r for r in rows if r["row"] == "event"]
    claims = [r for r in rows if r["row"] == "claim"]
    lines.append(f"events: {len(events)} ({sum(len(r['sources']) > 1 for r in events)} told by several sources, "
                 f"{sum(bool(r['disagreement']) for r in events)} where the sources disagree); "
                 f"claims: {len(claims)} ({sum(r['mentions'] > 1 for r in claims)} repeated, "
                 f"{sum(bool(r['disagreement']) for r in claims)} changed or attributed differently)")
    if c.failures:
        lines.append(f"failed ({len(c.failures)}):")
        for f in c.failures[:SHOWN_FAILURES]:
            lines.append(f"  {f['name']}: {f['error']}")
        if len(c.failures) > SHOWN_FAILURES:
            lines.append(f"  … and {len(c.failures) - SHOWN_FAILURES} more (all are listed in the .json output)")
    return lines


def main(args) -> int:
    """Run the ``corpus`` subcommand; return the exit status."""
    from . import corpus
    from .sources import stream
    from .view import FORMATS, check_target, format_of

    def error(message: str, status: int = 2) -> int:
        print(f"chronique: error: {message}", file=sys.stderr)
        return status

    try:
        targets = [check_target(out) for out in args.output]   # every output name checked before the work
        if args.workers is not None and args.workers < 1:
            raise ValueError(f"--workers must be at least 1, not {args.workers}")
        if args.max_articles is not None and args.max_articles < 0:
            raise ValueError(f"--max must be at least 0, not {args.max_articles}")
        engine = args.engine
        if args.scheduler and engine not in (None, "dask"):
            raise ValueError(f"--scheduler runs on Dask: it cannot be used with --engine {engine}")
        cache = None
        if not args.no_cache:
            cache = Path(args.cache) if args.cache else targets[0].with_name(targets[0].name + ".parts")
        if args.path == "-":
            source = stream(sys.stdin.buffer, "stdin", published=args.published, lang=args.lang)
        else:
            source = args.path
            if Path(source).is_dir() and not any(Path(source).rglob("*.txt")):
                raise ValueError(f"no .txt files in {source}")
        c = corpus(source, published=args.published, lang=args.lang, engine=engine, workers=args.workers,
                   scheduler=args.scheduler, cache=cache, keep=False, progress=args.progress,
                   max_articles=args.max_articles)
    except ValueError as exc:
        return error(str(exc))
    except KeyboardInterrupt:
        kept = f"; the articles analysed are kept in {cache}: run again to go on" if cache else ""
        print(f"chronique: interrupted{kept}", file=sys.stderr)
        return 130
    if len(c) == 0 and not c.failures:
        return error(f"no articles in {args.path}")
    for line in _summary(c, targets):
        print(line)
    try:
        for target in targets:
            path = c.save(target)
            print(f"wrote {path} ({FORMATS[format_of(path)]})")
    except ValueError as exc:
        return error(str(exc))
    except KeyboardInterrupt:
        print("chronique: interrupted while writing the outputs (no partial file is left)", file=sys.stderr)
        return 130
    if c.failures:
        return error(f"{len(c.failures)} of {len(c) + len(c.failures)} articles could not be analysed "
                     "(listed above)", status=1)
    return 0
