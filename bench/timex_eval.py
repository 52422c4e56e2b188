"""Score chronique and the dateparser baseline on TimeML-derived JSONL datasets.

    python bench/timex_eval.py ../shared/eval/fr_timebank_dev20.jsonl ../shared/eval/tbaq_en_dev20.jsonl
    python bench/timex_eval.py --errors ../shared/eval/fr_timebank_dev20.jsonl
    python bench/timex_eval.py --json /tmp/timex.json ../shared/eval/*.jsonl

Each document is given to both systems in the same run, with its ``dct`` as
the publication date and its ``lang``.  Scoring follows TempEval-3 (see
``scoring.py``); see README.md in this directory for what each figure means.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
import scoring  # noqa: E402

SYSTEMS = ("chronique", "dateparser")

ROWS = [  # (label, key, kind)
    ("documents", "n_docs", "int"),
    ("gold timexes", "n_gold", "int"),
    ("predicted timexes", "n_pred", "int"),
    ("strict matches", "strict", "int"),
    ("relaxed matches", "relaxed", "int"),
    ("strict precision", "strict_p", "pct"),
    ("strict recall", "strict_r", "pct"),
    ("strict F1", "strict_f1", "pct"),
    ("relaxed precision", "relaxed_p", "pct"),
    ("relaxed recall", "relaxed_r", "pct"),
    ("relaxed F1", "relaxed_f1", "pct"),
    ("type accuracy", "type_acc", "pct"),
    ("value accuracy", "value_acc", "pct"),
    ("value F1", "value_f1", "pct"),
    ("ms / document", "ms_per_doc", "ms"),
    ("failed documents", "failures", "int"),
]


def run_system(name: str, doc: dict) -> tuple[list[dict], float, str | None]:
    """Predicted timexes, seconds spent in the system's call, error message."""
    text, dct, lang = doc["text"], doc["dct"], doc["lang"]
    try:
        if name == "chronique":
            t0 = time.perf_counter()
            analysis = common.run_chronique(text, dct, lang)
            elapsed = time.perf_counter() - t0
            return common.chronique_timexes(analysis), elapsed, None
        t0 = time.perf_counter()
        found = common.run_dateparser(text, dct, lang)
        elapsed = time.perf_counter() - t0
        return common.dateparser_timexes(text, found), elapsed, None
    except Exception as e:  # one failing document must not stop the evaluation
        return [], 0.0, f"{type(e).__name__}: {e}"


def evaluate(path: Path, collect_errors: bool) -> dict:
    docs = common.load_dataset(path)
    # Warm-up: one untimed call per system on the first document, so imports,
    # resource loading and first-call caches are not counted.
    for name in SYSTEMS:
        run_system(name, docs[0])
    preds = {name: [] for name in SYSTEMS}
    seconds = dict.fromkeys(SYSTEMS, 0.0)
    failures = {name: [] for name in SYSTEMS}
    for doc in docs:
        for name in SYSTEMS:
            pred, elapsed, err = run_system(name, doc)
            preds[name].append(pred)
            seconds[name] += elapsed
            if err:
                failures[name].append({"id": doc["id"], "error": err})
                print(f"warning: {name} failed on {path.name} {doc['id']}: {err}", file=sys.stderr)
    result = {"path": str(path), "name": path.name, "n_docs": len(docs),
              "langs": sorted({d["lang"] for d in docs}), "systems": {}}
    for name in SYSTEMS:
        figures = scoring.score(zip((d["timexes"] for d in docs), preds[name]))
        figures["n_docs"] = len(docs)
        done = len(docs) - len(failures[name])
        figures["ms_per_doc"] = 1000 * seconds[name] / done if done else None
        figures["failures"] = len(failures[name])
        figures["failed_docs"] = failures[name]
        result["systems"][name] = figures
    c, d = (result["systems"][n]["ms_per_doc"] for n in SYSTEMS)
    result["ms_ratio_dateparser_over_chronique"] = d / c if c and d is not None else None
    if collect_errors:
        result["chronique_errors"] = list_errors(docs, preds["chronique"])
    return result


def snippet(text: str, start: int, end: int, width: int = 35) -> str:
    """The span in brackets with some context, on one line."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    s = (("…" if lo > 0 else "") + text[lo:start] + "[" + text[start:end] + "]"
         + text[end:hi] + ("…" if hi < len(text) else ""))
    return " ".join(s.split())


def list_errors(docs: list[dict], preds: list[list[dict]]) -> list[dict]:
    out = []
    for doc, pred in zip(docs, preds):
        text, found = doc["text"], scoring.errors(doc["timexes"], pred)
        for g in found["miss"]:
            out.append({"doc": doc["id"], "kind": "miss", "context": snippet(text, g["start"], g["end"]),
                        "gold": _brief(g), "pred": None})
        for p in found["false_alarm"]:
            out.append({"doc": doc["id"], "kind": "false alarm",
                        "context": snippet(text, p["start"], p["end"]), "gold": None, "pred": _brief(p)})
        for g, p in found["wrong"]:
            kind = "wrong value" if g.get("value") != p.get("value") else "wrong type"
            if kind == "wrong value" and g.get("type") != p.get("type"):
                kind = "wrong value+type"
            out.append({"doc": doc["id"], "kind": kind,
                        "context": snippet(text, min(g["start"], p["start"]), max(g["end"], p["end"])),
                        "gold": _brief(g), "pred": _brief(p)})
    order = {"miss": 0, "false alarm": 1, "wrong value+type": 2, "wrong value": 2, "wrong type": 3}
    out.sort(key=lambda e: (order[e["kind"]], e["doc"]))
    return out


def _brief(t: dict) -> dict:
    keep = ("start", "end", "text", "type", "value", "rule")
    return {k: t[k] for k in keep if t.get(k) is not None}


def _cell(value, kind: str) -> str:
    if value is None:
        return "-"
    if kind == "int":
        return str(value)
    if kind == "pct":
        return f"{100 * value:.1f}"
    return f"{value:.2f}"


def print_table(result: dict) -> None:
    langs = ",".join(result["langs"])
    print(f"\n== {result['name']} ({langs}, {result['n_docs']} documents) ==")
    width = max(len(label) for label, _, _ in ROWS) + 2
    print(f"{'':<{width}}" + "".join(f"{n:>13}" for n in SYSTEMS))
    for label, key, kind in ROWS:
        cells = "".join(f"{_cell(result['systems'][n].get(key), kind):>13}" for n in SYSTEMS)
        print(f"{label:<{width}}{cells}")
    if any(result["systems"][n]["failures"] for n in SYSTEMS):
        print("(a failed document is scored as having no predictions and left out of ms / document)")
    ratio = result["ms_ratio_dateparser_over_chronique"]
    if ratio is None:
        print("ms/doc ratio dateparser / chronique: n/a")
    else:
        print(f"ms/doc ratio dateparser / chronique: {ratio:.2f}"
              f" ({'chronique' if ratio >= 1 else 'dateparser'} faster)")


def print_errors(result: dict) -> None:
    errs = result["chronique_errors"]
    print(f"\n-- chronique errors on {result['name']}: {len(errs)} --")
    for e in errs:
        g, p = e["gold"], e["pred"]
        if e["kind"] == "miss":
            detail = f"gold {g['type']} {g['value']} \"{g['text']}\""
        elif e["kind"] == "false alarm":
            detail = f"pred {p['type']} {p['value']} \"{p['text']}\" ({p.get('rule', '?')})"
        else:
            detail = (f"gold {g['type']} {g['value']} \"{g['text']}\" | "
                      f"pred {p['type']} {p['value']} \"{p['text']}\" ({p.get('rule', '?')})")
        print(f"{e['kind']:<16} {e['doc']:<22} {detail}")
        print(f"{'':<16} {'':<22} {e['context']}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description="TempEval-3 style scores and speed of chronique and dateparser.search_dates "
                    "on TimeML-derived JSONL datasets.")
    ap.add_argument("datasets", nargs="+", metavar="DATASET.jsonl",
                    help="JSONL development sets, e.g. ../shared/eval/fr_timebank_dev20.jsonl")
    ap.add_argument("--errors", action="store_true",
                    help="list chronique's misses, false alarms and wrong values/types")
    ap.add_argument("--json", metavar="OUT", help="also write the figures as JSON to OUT")
    args = ap.parse_args(argv)

    paths = common.check_paths(args.datasets)
    info = common.versions()
    print(f"chronique {info['chronique']}, dateparser {info['dateparser']}, Python {info['python']}")
    print("Timing: wall time of chronique.analyze() / dateparser search_dates() alone (time.perf_counter),"
          " one call per document, excluding I/O and scoring; each system is warmed up on the first"
          " document of each dataset first (untimed), so import and first-call costs are excluded.")
    print("Scores in %: strict = identical offsets; relaxed = overlap of >= 1 character, one-to-one,"
          " largest overlap first; type/value accuracy over relaxed matches; value F1 = value accuracy"
          " x relaxed F1.")

    results = []
    for path in paths:
        result = evaluate(path, args.errors)
        results.append(result)
        print_table(result)
        if args.errors:
            print_errors(result)

    if args.json:
        out = {"versions": info,
               "timing": "wall time of the analyze / search_dates call per document, after one untimed"
                         " warm-up call per system and dataset",
               "datasets": results}
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
