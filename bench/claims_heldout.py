"""Score chronique's claims on the held-out set (bench/heldout/) and the development set (bench/claims_dev/).

    python bench/claims_heldout.py                    # both sets: per article, per language, overall
    python bench/claims_heldout.py --set heldout      # one set only (heldout, dev or both)
    python bench/claims_heldout.py --errors           # and every miss, false alarm, wrong speaker
    python bench/claims_heldout.py --json /tmp/claims_heldout.json
    python bench/claims_heldout.py --dir OTHER_DIR    # one other folder of <name>.txt + <name>.json

Every article was written for the project and annotated by hand before the system was first run
on it: the held-out set has twelve (six French, six English), the development set two hundred and fifty-two
(written in twenty-one batches, the last twenty each held out until its figures were taken).  The held-out
set (bench/heldout/README.md) has never been used to change the system: the targets are judged on it.  The development set
(bench/claims_dev/README.md) has been studied to improve general rules: its figures are printed
beside the held-out ones for comparison.  Each article is given to
``chronique.analyze(text, published=gold["published"], lang=gold["lang"])``.

Matching.  A non-optional gold claim is detected when a predicted claim's content covers at
least 50% of the gold content (characters of the overlap / characters of the gold content).
Pairs are made one-to-one, greedily by largest coverage (ties: gold order, then prediction
order).  The predictions left over are then matched the same way to the optional gold claims;
those, and any leftover prediction that overlaps an optional gold claim and no non-optional
one, are neutral: neither hits nor false alarms.  Every other leftover is a false alarm.

    precision = matched / (matched + false alarms)     recall = matched / non-optional gold

Speaker, over matched claims: the predicted speaker's ``entity`` or ``name`` equals the gold
``speaker`` or one of its ``speaker_aliases`` after normalisation (case, accents, a leading
article "the/le/la/les/l'", full stops, curly apostrophes, spaces, and a numbering suffix such
as " #2" that tells apart two unnamed sources).  For a gold person, a predicted name also counts
when its last word is the gold name's last word and the words of one name are all among the
words of the other: "Peskov", "Dmitri Peskov" and "Executive Dmitri Peskov" are Dmitri Peskov;
"Mark Guidry" is not Lloyd Guidry.  For a gold unnamed source (``speaker_kind`` anonymous), whose
label is free wording ("anonymous ski instructor" for "un moniteur de la station"), a predicted
anonymous speaker also counts when it is the entity the system built at the source's own
description: some prediction of the article with that entity and marked anonymous has its speaker
mention overlapping a gold mention of that source of two words or more (a description, not a
pronoun).  So "il" resolved to the moniteur counts, "il" resolved to another unnamed source does not.
Mode and anonymity, over matched claims: equal to the gold values.

The targets, printed with PASS or FAIL for the held-out set (the development set's figures
beside them): precision >= 0.90, recall >= 0.80, speaker accuracy >= 0.90.  Beside them, the
reference: the Gender Gap Tracker's French rule-based pipeline,
quote detection F1 0.82 and quotes linked to the right named speaker F1 0.765.  This is a
measurement: the exit status is 0 whether the targets pass or fail, 2 when files are missing.
"""
from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "bench" / "heldout"
DEV = ROOT / "bench" / "claims_dev"
SETS = {"heldout": HELDOUT, "dev": DEV}
TITLES = {"heldout": "held-out set (never used to change the system)", "dev": "development set"}
THRESHOLD = 0.5
TARGETS = {"precision": 0.90, "recall": 0.80, "speaker": 0.90}
REFERENCE = {"precision": "GGT French: quote detection F1 0.82",
             "recall": "GGT French: quote detection F1 0.82",
             "speaker": "GGT French: speaker linking F1 0.765"}
REQUIRED = ("speaker", "mention", "content", "mode", "cue", "anonymous", "hedges")


def fail(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(2)


# -- data -------------------------------------------------------------------------------------
def load(folder: Path) -> list[tuple[str, str, dict]]:
    """[(name, text, gold)] for every <name>.json of ``folder`` (sorted), with its text."""
    if not folder.is_dir():
        fail(f"folder not found: {folder}")
    out = []
    for path in sorted(folder.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        src = folder / gold.get("source", path.with_suffix(".txt").name)
        if not src.is_file():
            fail(f"text not found for {path.name}: {src}")
        out.append((path.stem, src.read_text(encoding="utf-8"), gold))
    if not out:
        fail(f"no annotated articles (*.json) in {folder}")
    return out


# -- matching ---------------------------------------------------------------------------------
def coverage(pred: dict, gold: dict) -> float:
    """Share of the gold span covered by the predicted span (both {start, end})."""
    a, b = max(pred["start"], gold["start"]), min(pred["end"], gold["end"])
    return max(0, b - a) / max(1, gold["end"] - gold["start"])


def _greedy(pred: list[dict], gold_idx: list[int], gold: list[dict], free: set[int], threshold: float):
    cands = []
    for gi in gold_idx:
        for pi in sorted(free):
            c = coverage(pred[pi]["content"], gold[gi]["content"])
            if c >= threshold and c > 0:
                cands.append((-c, gi, pi))
    cands.sort()
    pairs, used_g = {}, set()
    for _, gi, pi in cands:
        if gi in used_g or pi not in free:
            continue
        used_g.add(gi)
        free.discard(pi)
        pairs[gi] = pi
    return pairs


def match(pred: list[dict], gold: list[dict], threshold: float = THRESHOLD) -> dict:
    """Pair predicted and gold claims (each a dict with ``content`` {start, end}).

    Returns {"pairs": [(gold index, pred index)], "missed": [gold index],
    "false_alarms": [pred index], "neutral": [pred index]}; gold indices are of
    non-optional claims only in ``pairs`` and ``missed``."""
    required = [i for i, g in enumerate(gold) if not g.get("optional")]
    optional = [i for i, g in enumerate(gold) if g.get("optional")]
    free = set(range(len(pred)))
    pairs = _greedy(pred, required, gold, free, threshold)
    neutral = set(_greedy(pred, optional, gold, free, threshold).values())

    def overlaps(pi: int, idx: list[int]) -> bool:
        return any(coverage(pred[pi]["content"], gold[gi]["content"]) > 0 for gi in idx)

    for pi in list(free):
        if overlaps(pi, optional) and not overlaps(pi, required):
            neutral.add(pi)
            free.discard(pi)
    return {"pairs": sorted(pairs.items()), "missed": [i for i in required if i not in pairs],
            "false_alarms": sorted(free), "neutral": sorted(neutral)}


# -- speakers ---------------------------------------------------------------------------------
_ARTICLES = ("the ", "le ", "la ", "les ", "l'")


def norm(name: str) -> str:
    """Lower case, no accents, no leading article, no full stops, no " #2", one space between words."""
    s = unicodedata.normalize("NFKD", name or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.casefold().replace("\u2019", "'").replace(".", "")
    s = " ".join(s.replace(",", " ").split())
    head, sep, tail = s.rpartition(" #")
    if sep and tail.isdigit():
        s = head
    for a in _ARTICLES:
        if s.startswith(a) and len(s) > len(a):
            s = s[len(a):].lstrip()
            break
    return s


def same_speaker(pred_speaker: dict, gold: dict) -> bool:
    """Whether the predicted speaker ({entity, name, ...}) is the gold claim's speaker."""
    names = [n for n in (pred_speaker.get("entity"), pred_speaker.get("name")) if isinstance(n, str) and n]
    golds = [gold["speaker"], *gold.get("speaker_aliases", [])]
    gnorm = {norm(g) for g in golds}
    if any(norm(n) in gnorm for n in names):
        return True
    kind = gold.get("speaker_kind", "anonymous" if gold.get("anonymous") else "person")
    if kind != "person":
        return False
    gw = norm(gold["speaker"]).split()
    for n in names:
        w = norm(n).split()
        if w and gw and w[-1] == gw[-1] and (set(w) <= set(gw) or set(gw) <= set(w)):
            return True
    return False


def _overlap(a: dict | None, b: dict | None) -> bool:
    return bool(a and b) and a["start"] < b["end"] and b["start"] < a["end"]


def _unnamed(gold: dict) -> bool:
    return gold.get("speaker_kind", "anonymous" if gold.get("anonymous") else "person") == "anonymous"


def unnamed_sources(pred: list[dict], claims: list[dict]) -> dict:
    """For each gold unnamed source, the predicted anonymous entities built at its own description.

    A description is a gold mention of two words or more of that source; an entity is built at it
    when a prediction marked anonymous has its speaker mention overlapping that description.
    """
    out: dict = {}
    for g in claims:
        m = g.get("mention")
        if not _unnamed(g) or not m or len(m.get("text", "").split()) < 2:
            continue
        for p in pred:
            sp = p.get("speaker") or {}
            if p.get("anonymous") and sp.get("entity") and _overlap(sp.get("mention"), m):
                out.setdefault(g["speaker"], set()).add(sp["entity"])
    return out


def right_speaker(p: dict, g: dict, sources: dict) -> bool:
    """Whether prediction ``p`` names the speaker of its matched gold claim ``g``."""
    if same_speaker(p["speaker"], g):
        return True
    return bool(_unnamed(g) and p.get("anonymous") and p["speaker"].get("entity") in sources.get(g["speaker"], ()))


# -- scoring ----------------------------------------------------------------------------------
def sentence(text: str, start: int, end: int, limit: int = 320) -> str:
    """The sentence(s) holding text[start:end], on one line."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    for k in range(start - 1, a, -1):
        if text[k] in ".!?" and text[k + 1:k + 2] == " " and text[k + 2:k + 3][:1].isupper():
            a = k + 2
            break
    for k in range(end, b):
        if text[k] in ".!?" and (k + 1 == b or text[k + 1] == " "):
            b = k + 1
            break
    s = " ".join(text[a:b].split())
    return s if len(s) <= limit else s[:limit - 3] + "..."


def score_article(name: str, text: str, gold: dict, pred: list[dict]) -> dict:
    claims = gold["claims"]
    m = match(pred, claims)
    pairs = [(claims[gi], pred[pi]) for gi, pi in m["pairs"]]
    errors = []
    for gi in m["missed"]:
        g = claims[gi]
        errors.append({"article": name, "type": "miss", "gold_speaker": g["speaker"], "mode": g["mode"],
                       "content": text[g["content"]["start"]:g["content"]["end"]],
                       "sentence": sentence(text, g["content"]["start"], g["content"]["end"])})
    for pi in m["false_alarms"]:
        p = pred[pi]
        errors.append({"article": name, "type": "false alarm", "pred_speaker": p["speaker"].get("entity"),
                       "mode": p.get("mode"), "content": text[p["content"]["start"]:p["content"]["end"]],
                       "sentence": sentence(text, p["content"]["start"], p["content"]["end"])})
    speaker_ok = 0
    sources = unnamed_sources(pred, claims)
    for g, p in pairs:
        if right_speaker(p, g, sources):
            speaker_ok += 1
        else:
            errors.append({"article": name, "type": "wrong speaker", "gold_speaker": g["speaker"],
                           "pred_speaker": p["speaker"].get("entity"), "pred_name": p["speaker"].get("name"),
                           "pred_mention": (p["speaker"].get("mention") or {}).get("text"),
                           "gold_mention": (g.get("mention") or {}).get("text"),
                           "content": text[g["content"]["start"]:g["content"]["end"]],
                           "sentence": sentence(text, g["content"]["start"], g["content"]["end"])})
    return {"article": name, "lang": gold["lang"],
            "gold": sum(not c.get("optional") for c in claims), "predicted": len(pred),
            "neutral": len(m["neutral"]), "matched": len(pairs), "false_alarms": len(m["false_alarms"]),
            "speaker": speaker_ok,
            "mode": sum(p.get("mode") == g["mode"] for g, p in pairs),
            "anonymous": sum(bool(p.get("anonymous")) == bool(g["anonymous"]) for g, p in pairs),
            "kind": sum(p.get("kind") == g.get("kind") for g, p in pairs),
            "speaker_kind": sum(same_speaker_kind(p, g) for g, p in pairs),
            "errors": errors}


def same_speaker_kind(p: dict, g: dict) -> bool:
    """Whether the predicted speaker's kind (person, group, organization, government, anonymous source) is the
    gold claim's ``speaker_kind`` (its "anonymous" is the prediction's "anonymous source")."""
    gold = g.get("speaker_kind", "anonymous" if g.get("anonymous") else "person")
    got = (p.get("speaker") or {}).get("kind")
    return got == gold or gold == "anonymous" and got == "anonymous source"


def figures(rows: list[dict]) -> dict:
    """Summed counts and the ratios (micro-average) of some article rows."""
    keys = ("gold", "predicted", "neutral", "matched", "false_alarms", "speaker", "mode", "anonymous", "kind",
            "speaker_kind")
    t = {k: sum(r[k] for r in rows) for k in keys}
    n = t["matched"]
    p = n / (n + t["false_alarms"]) if n + t["false_alarms"] else 0.0
    r = n / t["gold"] if t["gold"] else 0.0
    t.update(precision=p, recall=r, f1=2 * p * r / (p + r) if p + r else 0.0,
             speaker_accuracy=t["speaker"] / n if n else 0.0, mode_accuracy=t["mode"] / n if n else 0.0,
             anonymous_accuracy=t["anonymous"] / n if n else 0.0, kind_accuracy=t["kind"] / n if n else 0.0,
             speaker_kind_accuracy=t["speaker_kind"] / n if n else 0.0)
    return t


def run(folder: Path) -> list[dict]:
    import chronique
    rows = []
    for name, text, gold in load(folder):
        a = chronique.analyze(text, published=gold.get("published"), lang=gold["lang"])
        rows.append(score_article(name, text, gold, list(a.claims)))
    return rows


# -- output -----------------------------------------------------------------------------------
def _line(label: str, t: dict) -> str:
    return (f"{label:<26} {t['gold']:>4} {t['predicted']:>5} {t['neutral']:>4} {t['matched']:>5} "
            f"{t['false_alarms']:>4}  {t['precision']:>5.2f} {t['recall']:>5.2f} {t['f1']:>5.2f}  "
            f"{t['speaker_accuracy']:>5.2f} {t['mode_accuracy']:>5.2f} {t['anonymous_accuracy']:>5.2f} "
            f"{t['kind_accuracy']:>5.2f} {t['speaker_kind_accuracy']:>5.2f}")


def _pass(overall: dict) -> dict:
    return {"precision": overall["precision"] >= TARGETS["precision"],
            "recall": overall["recall"] >= TARGETS["recall"],
            "speaker": overall["speaker_accuracy"] >= TARGETS["speaker"]}


def table(rows: list[dict], title: str) -> dict:
    """Print one set's table (articles, totals per language, overall); return its figures."""
    head = (f"{'article':<26} {'gold':>4} {'pred':>5} {'neut':>4} {'match':>5} {'FA':>4}  "
            f"{'P':>5} {'R':>5} {'F1':>5}  {'spkr':>5} {'mode':>5} {'anon':>5} {'kind':>5} {'who':>5}")
    print(f"== {title}")
    print(head)
    print("-" * len(head))
    groups = {}
    for lang in sorted({r["lang"] for r in rows}, reverse=True):
        sub = [r for r in rows if r["lang"] == lang]
        for r in sub:
            print(_line(r["article"], figures([r])))
        groups[lang] = figures(sub)
        print(_line(f"total {lang}", groups[lang]))
        print()
    overall = figures(rows)
    print(_line("total", overall))
    print()
    return {"articles": [figures([r]) | {"article": r["article"], "lang": r["lang"]} for r in rows],
            "languages": groups, "overall": overall, "pass": _pass(overall)}


def print_errors(errors: list[dict], title: str) -> None:
    print(f"errors, {title}:")
    for kind in ("miss", "false alarm", "wrong speaker"):
        sub = [e for e in errors if e["type"] == kind]
        print(f"== {kind} ({len(sub)})")
        for e in sub:
            if kind == "miss":
                print(f"  [{e['article']}] {e['gold_speaker']} ({e['mode']}): {e['content'][:90]!r}")
            elif kind == "false alarm":
                print(f"  [{e['article']}] {e['pred_speaker']} ({e['mode']}): {e['content'][:90]!r}")
            else:
                print(f"  [{e['article']}] gold {e['gold_speaker']!r} ({e['gold_mention']!r}), predicted "
                      f"{e['pred_speaker']!r} ({e['pred_mention']!r}): {e['content'][:70]!r}")
            print(f"      | {e['sentence']}")
    print()


def targets(overall: dict, compare: dict | None = None, label: str = "articles scored") -> None:
    """The targets with PASS/FAIL for ``overall``; ``compare`` (the development set) beside them."""
    print(f"targets, on the {label}" + (":" if compare is None else " (development set beside them):"))
    for key, name, field in (("precision", "claim precision", "precision"),
                             ("recall", "claim recall", "recall"),
                             ("speaker", "speaker accuracy", "speaker_accuracy")):
        value = overall[field]
        verdict = "PASS" if value >= TARGETS[key] else "FAIL"
        line = f"  {name:<17} {value:5.2f} >= {TARGETS[key]:.2f}  {verdict}"
        if compare is not None:
            line += f"   development set {compare[field]:5.2f}"
        print(f"{line}   (reference: {REFERENCE[key]})")


def report(rows: list[dict], show_errors: bool) -> dict:
    """One folder: its table, the targets with PASS/FAIL, and with ``show_errors`` every error."""
    out = table(rows, "claims")
    print(LEGEND)
    print()
    targets(out["overall"])
    errors = [e for r in rows for e in r["errors"]]
    if show_errors:
        print()
        print_errors(errors, "claims")
        out["errors"] = errors
    return {"threshold": THRESHOLD, "targets": TARGETS, "reference": REFERENCE} | out


def report_sets(sets: dict[str, list[dict]], show_errors: bool) -> dict:
    """Several sets ({"heldout": rows, "dev": rows}): a table each, the held-out set first, then the
    targets judged on the held-out set with the development set's figures beside them."""
    out = {"threshold": THRESHOLD, "targets": TARGETS, "reference": REFERENCE}
    for key in ("heldout", "dev"):
        if key not in sets:
            continue
        out[key] = table(sets[key], f"{TITLES[key]}: {SETS[key].relative_to(ROOT)}")
        if show_errors:
            out[key]["errors"] = [e for r in sets[key] for e in r["errors"]]
            print_errors(out[key]["errors"], TITLES[key])
    print(LEGEND)
    print()
    if "heldout" in out:
        dev = out["dev"]["overall"] if "dev" in out else None
        targets(out["heldout"]["overall"], dev, TITLES["heldout"])
    else:
        targets(out["dev"]["overall"], None, TITLES["dev"])
    return out


LEGEND = ("gold: non-optional gold claims; pred: predicted claims; neut: predictions on optional claims;\n"
          "FA: false alarms; spkr, mode, anon, kind, who: accuracy over matched claims (kind: the speech act,\n"
          "which the annotation also judges by content where a neutral cue such as 'said' cannot tell it;\n"
          "who: the speaker's kind, person, group, organization, government or anonymous source)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=("heldout", "dev", "both"), default="both",
                    help="which set to score (default both: the held-out set, then the development set)")
    ap.add_argument("--dir", type=Path, help="score this one folder of <name>.txt and <name>.json instead")
    ap.add_argument("--errors", action="store_true", help="print every miss, false alarm and wrong speaker")
    ap.add_argument("--json", metavar="OUT", help="write the figures as JSON")
    args = ap.parse_args(argv)
    if args.dir is not None:
        out = report(run(args.dir), args.errors)
    else:
        keys = ("heldout", "dev") if args.set == "both" else (args.set,)
        for key in keys:
            load(SETS[key])     # every folder checked before the system runs
        out = report_sets({key: run(SETS[key]) for key in keys}, args.errors)
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
