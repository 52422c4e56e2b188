"""Merging a story told by several outlets: which reports are one happening, which statements one claim.

    python bench/corpus_merge.py                          # both sets: development and held-out
    python bench/corpus_merge.py --set dev --errors       # one set, with every wrong link and missed link
    python bench/corpus_merge.py --dir FOLDER --json OUT  # another folder of stories; figures as JSON

Each story (a folder of ``corpus_stories/dev`` or ``corpus_stories/heldout``) is four
dispatches of different outlets, French and English, published over a few days, with a
hand annotation (``gold.json``): every happening of the kinds chronique reads (attacks,
strikes, protests, deployments, ceasefires, sanctions) with each word that tells it in each
dispatch, and every reported statement with each of its appearances, the same id for the
same statement however reworded, translated or attributed.  The held-out stories were
annotated before the system saw them and are never used to change it; the development
stories' errors have been studied.

The story goes through ``chronique.corpus`` (one process), which merges the events and claims
of its dispatches.  Scoring, per story, summed over the stories of a set:

- **nodes**: a happening as told by one dispatch (a gold event and a dispatch it is in).  A node
  is *found* when an event chronique reads in that dispatch has a trigger overlapping one of the
  node's words (each event of chronique goes to the node it overlaps most).
- **links**: the pairs of found nodes from different dispatches.  A pair is linked by the
  annotation when it is the same happening, and by a system when the events it found for the
  two nodes share a merged event.  Precision, recall and F1 of the links; the links missed
  because a node was not found are counted apart (``end-to-end recall``).
- the same for claims: an appearance is found when a claim of chronique in that dispatch covers
  at least half of its content; links are split into those within one language and those
  across languages (a translation shares few spellings: chronique compares figures, the keys of its
  languages' glossaries and the first letters of other words).

The baseline, in the same run and on the same nodes: the events chronique found, merged when
they have the same kind and the same date (day, month or year as resolved), and claims merged
when their wording, lower-cased, is the same.  It shows what the merging rules add to the
extraction they share.  Only the standard library and ``chronique`` are needed.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

HERE = Path(__file__).resolve().parent / "corpus_stories"
THRESHOLD = 0.5           # share of a gold claim's content a predicted claim must cover
_WORDS = re.compile(r"\w+")


# ----------------------------------------------------------------------------- loading


def load_story(folder: Path) -> tuple[list[dict], dict]:
    """The dispatches of a story, as items for ``chronique.corpus`` (in publication order), and its
    annotation, checked."""
    gold_path = folder / "gold.json"
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        common.fail(f"{gold_path}: {e}")
    items, texts = [], {}
    for a in gold.get("articles", []):
        path = folder / f"{a['id']}.txt"
        if not path.is_file():
            common.fail(f"{path}: missing (named in {gold_path})")
        text = path.read_text(encoding="utf-8")
        texts[a["id"]] = text
        items.append({"id": f"{folder.name}/{a['id']}", "text": text, "published": a["published"],
                      "lang": a["lang"], "source": a.get("source") or a["id"]})
    if not items:
        common.fail(f"{gold_path}: no articles")
    for group in ("events", "claims"):
        for g in gold.get(group, []):
            spans = g.get("mentions") if group == "events" else [x["content"] | {"article": x["article"]}
                                                                 for x in g.get("appearances", [])]
            for s in spans:
                text = texts.get(s["article"])
                if text is None or text[s["start"]:s["end"]] != s["text"]:
                    common.fail(f"{gold_path}: {g['id']}: span {s['start']}-{s['end']} of {s['article']} is not "
                                f"{s['text']!r}")
    items.sort(key=lambda it: (it["published"], it["id"]))
    return items, gold


def stories(folder: Path) -> list[Path]:
    out = sorted(p for p in folder.iterdir() if (p / "gold.json").is_file()) if folder.is_dir() else []
    if not out:
        common.fail(f"no story (a folder with gold.json) in {folder}")
    return out


# ----------------------------------------------------------------------------- scoring


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _norm(text: str) -> str:
    return " ".join(_WORDS.findall(text.lower()))


def pair_figures(nodes: list[dict], linked) -> dict:
    """Links among ``nodes`` (found or not) from different articles: gold, predicted by ``linked(u, v)``,
    right; with the gold links whose two nodes were found, and those across languages."""
    out = {"gold": 0, "gold_found": 0, "predicted": 0, "right": 0,
           "cross_gold": 0, "cross_right": 0, "wrong": [], "missed": []}
    for u, v in combinations(nodes, 2):
        if u["article"] == v["article"]:
            continue
        same = u["gold"] == v["gold"]
        cross = u["lang"] != v["lang"]
        out["gold"] += same
        if not (u["found"] and v["found"]):
            continue
        out["gold_found"] += same
        out["cross_gold"] += same and cross
        link = linked(u, v)
        out["predicted"] += link
        out["right"] += link and same
        out["cross_right"] += link and same and cross
        if link and not same:
            out["wrong"].append((u, v))
        elif same and not link:
            out["missed"].append((u, v))
    return out


def gold_nodes(entries: list[dict], spans, prefix: str, lang: dict, found_key: str) -> dict:
    """The nodes of annotated happenings or statements: (article, gold id) -> node, with the spans that
    ``spans(entry)`` gives as (article, span) pairs, and an empty list ``found_key`` for what the system
    finds there."""
    nodes = {}
    for g in entries:
        for article, span in spans(g):
            aid = prefix + article
            node = nodes.setdefault((aid, g["id"]), {"article": aid, "gold": g["id"], "lang": lang[aid],
                                                      "what": g.get("what", ""), "spans": [], found_key: []})
            node["spans"].append(span)
    return nodes


def score_story(folder: Path) -> dict:
    import chronique

    items, gold = load_story(folder)
    lang = {it["id"]: it["lang"] for it in items}
    c = chronique.corpus(items, engine="serial", progress=False)
    if c.failures:
        common.fail(f"{folder.name}: chronique failed on {c.failures}")
    merged = {(m["article"], m["id"]): e["id"] for e in c.events for m in e["mentions"]}
    tracked = {(a["article"], a["id"]): k["id"] for k in c.claims for a in k["appearances"]}
    prefix = folder.name + "/"

    # events: gold nodes, and chronique's article events assigned to them
    nodes = gold_nodes(gold.get("events", []), lambda g: [(m["article"], m) for m in g["mentions"]], prefix, lang,
                       "events")
    extra_events = 0
    for it in items:
        an = c.analysis(it["id"])
        mine = [n for n in nodes.values() if n["article"] == it["id"]]
        for e in an.events:
            trig = [m["trigger"] for m in e.get("mentions") or [{"trigger": e["trigger"]}]]
            best, hits = None, 0
            for n in mine:
                k = sum(1 for t in trig for s in n["spans"] if _overlap(t, s))
                if k > hits:
                    best, hits = n, k
            if best is None:
                extra_events += 1
                continue
            time = (e.get("time") or {}).get("value")
            best["events"].append({"merged": merged.get((it["id"], e["id"])), "kind": e["kind"], "time": time,
                                   "label": e.get("label"), "trigger": trig[0]["text"]})
    event_nodes = list(nodes.values())
    for n in event_nodes:
        n["found"] = bool(n["events"])
    ev = pair_figures(event_nodes, lambda u, v: bool({x["merged"] for x in u["events"]}
                                                     & {x["merged"] for x in v["events"]} - {None}))
    ev_base = pair_figures(event_nodes, lambda u, v: bool({(x["kind"], x["time"]) for x in u["events"] if x["time"]}
                                                          & {(x["kind"], x["time"]) for x in v["events"]}))

    # claims: gold appearances, and the chronique claim covering each
    cnodes = gold_nodes(gold.get("claims", []), lambda g: [(a["article"], a["content"]) for a in g["appearances"]],
                        prefix, lang, "claims")
    for it in items:
        an = c.analysis(it["id"])
        mine = [(n, s) for n in cnodes.values() if n["article"] == it["id"] for s in n["spans"]]
        for p in an.claims:
            content = p["content"]
            best, cover = None, 0.0
            for n, s in mine:
                share = _overlap(content, s) / max(1, s["end"] - s["start"])
                if share >= THRESHOLD and share > cover:
                    best, cover = n, share
            if best is not None:
                best["claims"].append({"tracked": tracked.get((it["id"], p["id"])), "text": content["text"],
                                       "speaker": (p.get("speaker") or {}).get("name")})
    claim_nodes = list(cnodes.values())
    for n in claim_nodes:
        n["found"] = bool(n["claims"])
    cl = pair_figures(claim_nodes, lambda u, v: bool({x["tracked"] for x in u["claims"]}
                                                     & {x["tracked"] for x in v["claims"]} - {None}))
    cl_base = pair_figures(claim_nodes, lambda u, v: bool({_norm(x["text"]) for x in u["claims"]}
                                                          & {_norm(x["text"]) for x in v["claims"]}))
    return {"story": folder.name, "articles": len(items),
            "events": {"nodes": len(event_nodes), "found": sum(n["found"] for n in event_nodes),
                       "unannotated": extra_events, "chronique": ev, "baseline": ev_base},
            "claims": {"nodes": len(claim_nodes), "found": sum(n["found"] for n in claim_nodes),
                       "chronique": cl, "baseline": cl_base}}


def prf(f: dict) -> tuple[float | None, float | None, float | None, float | None]:
    p = f["right"] / f["predicted"] if f["predicted"] else None
    r = f["right"] / f["gold_found"] if f["gold_found"] else None
    f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    e2e = f["right"] / f["gold"] if f["gold"] else None
    return p, r, f1, e2e


def total(rows: list[dict], group: str) -> dict:
    out = {"nodes": 0, "found": 0}
    for sysname in ("chronique", "baseline"):
        acc = {k: 0 for k in ("gold", "gold_found", "predicted", "right", "cross_gold", "cross_right")}
        for r in rows:
            for k in acc:
                acc[k] += r[group][sysname][k]
        out[sysname] = acc
    for r in rows:
        out["nodes"] += r[group]["nodes"]
        out["found"] += r[group]["found"]
    return out


# ----------------------------------------------------------------------------- report


def pct(x: float | None) -> str:
    return "   -" if x is None else f"{100 * x:5.1f}"


def table(rows: list[dict], title: str) -> dict:
    print(f"{title}: {len(rows)} stories, {sum(r['articles'] for r in rows)} dispatches")
    print(f"  {'':24} {'nodes':>11} {'links':>6} {'system':>10} {'P':>6} {'R':>6} {'F1':>6} {'e2e R':>6} "
          f"{'cross-lang R':>12}")
    figures = {}
    for group in ("events", "claims"):
        for r in rows + [None]:
            t = total(rows, group) if r is None else {"nodes": r[group]["nodes"], "found": r[group]["found"],
                                                      "chronique": r[group]["chronique"],
                                                      "baseline": r[group]["baseline"]}
            name = f"{group}: all" if r is None else f"{group}: {r['story']}"
            for sysname in ("chronique", "baseline"):
                f = t[sysname]
                p, rec, f1, e2e = prf(f)
                cross = f["cross_right"] / f["cross_gold"] if f["cross_gold"] else None
                label = name if sysname == "chronique" else ""
                nodes = f"{t['found']}/{t['nodes']}" if sysname == "chronique" else ""
                print(f"  {label:24.24} {nodes:>11} {f['gold_found'] if sysname == 'chronique' else '':>6} "
                      f"{sysname:>10} {pct(p):>6} {pct(rec):>6} {pct(f1):>6} {pct(e2e):>6} {pct(cross):>12}")
            if r is None:
                figures[group] = {s: dict(zip(("precision", "recall", "f1", "end_to_end_recall"), prf(t[s])))
                                  | {"cross_language_recall": (t[s]["cross_right"] / t[s]["cross_gold"]
                                                               if t[s]["cross_gold"] else None)}
                                  for s in ("chronique", "baseline")}
                figures[group]["nodes"], figures[group]["found"] = t["nodes"], t["found"]
        print()
    print("  nodes: happenings (statements) as told by one dispatch, found by chronique / annotated;")
    print("  links: pairs of found nodes of two dispatches that the annotation says are the same;")
    print("  P, R, F1: the links a system makes among found nodes; e2e R: right links / all annotated links")
    print("  (nodes not found included); cross-lang R: recall of the links between a French and an English")
    print("  dispatch; baseline: same kind and date (events), same lower-cased wording (claims)")
    print()
    return figures


def print_errors(rows: list[dict]) -> None:
    for detail in rows:
        for group, key in (("events", "events"), ("claims", "claims")):
            f = detail[group]["chronique"]
            for kind, pairs in (("WRONG LINK", f["wrong"]), ("MISSED LINK", f["missed"])):
                for u, v in pairs:
                    def show(n):
                        found = "; ".join(f"{x.get('merged') or x.get('tracked')} "
                                          f"{x.get('label') or (x.get('speaker') or '?') + ': ' + x['text'][:60]}"
                                          f"{' @' + str(x['time']) if x.get('time') else ''}" for x in n[key])
                        return f"{n['article']} {n['gold']} ({n['what'][:50]}) -> {found}"
                    print(f"  {kind} {group}: {show(u)}\n      {show(v)}")


def strip(f: dict) -> dict:
    return {k: v for k, v in f.items() if k not in ("wrong", "missed")}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--set", choices=("dev", "heldout", "both"), default="both")
    p.add_argument("--dir", help="one other folder of stories (each a folder with gold.json)")
    p.add_argument("--errors", action="store_true", help="list every wrong and missed link")
    p.add_argument("--json", metavar="OUT", help="write the figures as JSON")
    args = p.parse_args(argv)
    sets = {"stories": Path(args.dir)} if args.dir else {
        name: HERE / name for name in (("dev", "heldout") if args.set == "both" else (args.set,))}
    out = {"versions": common.versions()}
    for name, folder in sets.items():
        rows = [score_story(s) for s in stories(folder)]
        out[name] = {"figures": table(rows, f"{name} ({folder})"),
                     "stories": [{"story": r["story"], "articles": r["articles"],
                                  **{g: {"nodes": r[g]["nodes"], "found": r[g]["found"],
                                         "chronique": strip(r[g]["chronique"]), "baseline": strip(r[g]["baseline"])}
                                     for g in ("events", "claims")}} for r in rows]}
        if args.errors:
            print(f"errors ({name}):")
            print_errors(rows)
            print()
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=1, default=str)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
