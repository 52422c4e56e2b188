"""Command line.

``chronique analyze FILE [--published DATE] [--lang fr|en] [--format table|json]``
``chronique timeline FILE [--published DATE] [--lang fr|en] -o OUT [-o OUT ...]``
``chronique corpus PATH -o OUT [-o OUT ...] [--engine local|dask|serial] [--scheduler ADDRESS] [--workers N]``
"""
from __future__ import annotations

import argparse
import json
import os
import sys

from . import __version__
from .pipeline import analyze


def _table(a) -> str:
    pub = a.published
    lines = [f"language   {a.lang} ({a.lang_explanation})",
             f"published  {pub.value or 'unknown'}" + (" (inferred)" if pub.inferred else ""),
             f"           {pub.explanation}", ""]
    rows = [("id", "text", "type", "value", "interval", "rule")]
    for t in a.timexes:
        iv = "" if not t.interval else f"{t.interval[0][:16]} .. {t.interval[1][:16]}"
        text = t.text.replace("\n", " ")
        rows.append((t.id, text if len(text) <= 28 else text[:27] + "…", t.type, t.value, iv, t.rule))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip())
    if a.issues:
        lines.append("")
        lines.append("issues")
        for i in a.issues:
            lines.append(f"  [{i.kind}] {i.message}")
    return "\n".join(lines)


def run() -> None:
    """The command line: ``main``, then leave with its exit status.  An interrupted corpus run (status
    130) leaves at once: its worker processes were stopped mid-run, and the interpreter's exit would
    otherwise wait on the pool's manager thread, which may never hear from them again.  What was
    analysed is already on disk (each article's result is written atomically as it comes)."""
    code = main()
    if code == 130:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(130)
    raise SystemExit(code)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="chronique", description="Dates, claims and timelines in French and English news.")
    parser.add_argument("--version", action="version", version=f"chronique {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("analyze", help="find and resolve the time expressions of an article")
    p.add_argument("file", help="article text file (UTF-8), or - for standard input")
    p.add_argument("--published", help="publication date: 2019, 2019-12, 2019-12-31 or 2019-12-31T20:00")
    p.add_argument("--lang", help="fr or en (default: detect)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    t = sub.add_parser("timeline", help="draw and export the escalation timeline of an article",
                       description="Write the timeline of an article; the suffix of OUT picks the format: "
                                   ".html .png .svg .pdf .vl.json .json .csv .timeline.json "
                                   ".timelinejs.json .jsonld .tml")
    t.add_argument("file", help="article text file (UTF-8), or - for standard input")
    t.add_argument("--published", help="publication date: 2019, 2019-12, 2019-12-31 or 2019-12-31T20:00")
    t.add_argument("--lang", help="fr or en (default: detect)")
    t.add_argument("-o", "--output", action="append", required=True, metavar="OUT",
                   help="output file (repeat for several formats)")
    from .corpus.command import add_parser as add_corpus

    add_corpus(sub)
    args = parser.parse_args(argv)
    if args.command == "corpus":
        from .corpus.command import main as corpus_main

        return corpus_main(args)
    try:
        if args.command == "timeline":
            from .export import format_of

            for out in args.output:      # check every output name before the work starts
                format_of(out)
        if args.file == "-":
            data = sys.stdin.buffer.read()
        else:
            try:
                with open(args.file, "rb") as fh:
                    data = fh.read()
            except OSError as exc:
                raise ValueError(f"cannot read {args.file}: {exc.strerror}") from None
        result = analyze(data, published=args.published, lang=args.lang)
        if args.command == "timeline":
            from .export import FORMATS, format_of, save

            for out in args.output:
                path = save(result, out)
                print(f"wrote {path} ({FORMATS[format_of(path)]})")
            return 0
    except ValueError as exc:
        print(f"chronique: error: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
    else:
        print(_table(result))
    return 0
