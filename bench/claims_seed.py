"""Score the claims of the two seed articles against the shared gold.

    python bench/claims_seed.py

Matching (also used by tests/test_claims_seed.py): each non-optional gold claim is
paired with the predicted claim whose content covers the largest share of the
gold content; a pair counts when that share is at least 80%.  A predicted claim
that overlaps an optional gold claim is neither a hit nor an extra.  Speaker
entities compare as written: chronique names countries by their English names
("United States", "Iran"), people by their names, and unnamed sources
"anonymous <country or qualifier> <role>" ("anonymous US official").
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ("baghdad_embassy_fr", "baghdad_embassy_en")


def load(name: str) -> tuple[str, dict]:
    text = (SHARED / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((SHARED / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    return text, gold


def coverage(pred: dict, gold: dict) -> float:
    a = max(pred["start"], gold["start"])
    b = min(pred["end"], gold["end"])
    return max(0, b - a) / max(1, gold["end"] - gold["start"])


def match(pred: list[dict], gold: list[dict], threshold: float = 0.8):
    """[(gold claim, predicted claim or None)] for non-optional gold claims, and the extras."""
    used: set[int] = set()
    pairs = []
    for g in gold:
        if g.get("optional"):
            continue
        best, best_k = 0.0, None
        for k, p in enumerate(pred):
            if k in used:
                continue
            c = coverage(p["content"], g["content"])
            if c > best:
                best, best_k = c, k
        if best_k is not None and best >= threshold:
            used.add(best_k)
            pairs.append((g, pred[best_k]))
        else:
            pairs.append((g, None))
    optional = [g for g in gold if g.get("optional")]
    extras = [p for k, p in enumerate(pred) if k not in used
              and not any(coverage(p["content"], g["content"]) > 0 for g in optional)]
    return pairs, extras


def hedge_texts(claim: dict) -> set[str]:
    return {(h["text"] if isinstance(h, dict) else h).lower() for h in claim.get("hedges", [])}


def score(name: str) -> dict:
    import chronique
    text, gold = load(name)
    a = chronique.analyze(text, lang=gold["lang"])
    pairs, extras = match(a.claims, gold["claims"])
    found = [(g, p) for g, p in pairs if p is not None]
    return {
        "article": name,
        "found": len(found), "total": len(pairs),
        "speaker": sum(p["speaker"]["entity"] == g["speaker"] for g, p in found),
        "mode": sum(p["mode"] == g["mode"] for g, p in found),
        "anonymous": sum(p["anonymous"] == g["anonymous"] for g, p in found),
        "hedges": sum(hedge_texts(p) == hedge_texts(g) for g, p in found),
        "extras": [p["content"]["text"] for p in extras],
        "pairs": pairs,
    }


def main() -> int:
    for name in SEEDS:
        s = score(name)
        n = s["found"]
        print(f"{name}: found {n}/{s['total']} non-optional gold claims; speaker {s['speaker']}/{n}, "
              f"mode {s['mode']}/{n}, anonymous {s['anonymous']}/{n}, hedges {s['hedges']}/{n}; "
              f"extra claims {len(s['extras'])}")
        for g, p in s["pairs"]:
            if p is None:
                print(f"   missed: {g['speaker']}: {g['content']['text'][:70]!r}")
            elif (p["speaker"]["entity"], p["mode"], p["anonymous"]) != (g["speaker"], g["mode"], g["anonymous"]) \
                    or hedge_texts(p) != hedge_texts(g):
                print(f"   wrong: {g['content']['text'][:50]!r}: {p['speaker']['entity']}/{p['mode']}"
                      f"/{p['anonymous']}/{sorted(hedge_texts(p))} vs {g['speaker']}/{g['mode']}"
                      f"/{g['anonymous']}/{sorted(hedge_texts(g))}")
        for x in s["extras"]:
            print(f"   extra: {x[:80]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
