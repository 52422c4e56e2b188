"""TempEval-3 style scoring of temporal expressions.

A timex is any mapping with integer ``start`` and ``end`` (Python string
offsets, end exclusive) and, for attribute scoring, ``type`` and ``value``.

- strict match: a gold and a predicted timex with identical offsets;
- relaxed match: a gold and a predicted timex that overlap by at least one
  character, paired one-to-one, largest overlap first;
- type / value accuracy: over relaxed matches, the share whose ``type`` /
  ``value`` strings are equal (compared as given, no normalisation);
- value F1 = value accuracy x relaxed F1 (TempEval-3's headline figure).

Counts are summed over documents before precision, recall and F1 are
computed (micro-average).  Every function is pure and deterministic.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

Timex = Mapping

COUNT_KEYS = ("n_gold", "n_pred", "strict", "relaxed", "type_ok", "value_ok")


def overlap(a: Timex, b: Timex) -> int:
    """Number of characters two spans share (0 when disjoint)."""
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def match(gold: Sequence[Timex], pred: Sequence[Timex]) -> list[tuple[int, int]]:
    """Relaxed one-to-one matching of ``gold`` and ``pred`` timexes.

    Every overlapping (gold, predicted) pair is a candidate; candidates are
    taken greedily, largest overlap first, skipping any whose gold or
    predicted timex is already paired.  Ties are broken by preferring
    identical offsets, then the smaller difference in length, then document
    order (gold start, predicted start, list indices), so the result does
    not depend on anything but the input.

    Returns ``(gold_index, pred_index)`` pairs sorted by gold index.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = overlap(g, p)
            if ov > 0:
                exact = g["start"] == p["start"] and g["end"] == p["end"]
                len_diff = abs((g["end"] - g["start"]) - (p["end"] - p["start"]))
                candidates.append((-ov, not exact, len_diff, g["start"], p["start"], gi, pi))
    candidates.sort()
    used_g, used_p, pairs = set(), set(), []
    for *_, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def strict_match(gold: Sequence[Timex], pred: Sequence[Timex]) -> list[tuple[int, int]]:
    """One-to-one pairs of gold and predicted timexes with identical offsets.

    Duplicate spans on either side are paired at most once each, in list order.
    Returns ``(gold_index, pred_index)`` pairs sorted by gold index.
    """
    free: dict[tuple[int, int], list[int]] = {}
    for pi, p in enumerate(pred):
        free.setdefault((p["start"], p["end"]), []).append(pi)
    pairs = []
    for gi, g in enumerate(gold):
        waiting = free.get((g["start"], g["end"]))
        if waiting:
            pairs.append((gi, waiting.pop(0)))
    return pairs


def count(gold: Sequence[Timex], pred: Sequence[Timex]) -> dict:
    """Raw counts for one document (see ``COUNT_KEYS``)."""
    pairs = match(gold, pred)
    return {
        "n_gold": len(gold),
        "n_pred": len(pred),
        "strict": len(strict_match(gold, pred)),
        "relaxed": len(pairs),
        "type_ok": sum(gold[gi].get("type") == pred[pi].get("type") for gi, pi in pairs),
        "value_ok": sum(gold[gi].get("value") == pred[pi].get("value") for gi, pi in pairs),
    }


def add_counts(counts: Iterable[Mapping]) -> dict:
    """Sum per-document counts."""
    total = dict.fromkeys(COUNT_KEYS, 0)
    for c in counts:
        for k in COUNT_KEYS:
            total[k] += c[k]
    return total


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0.0 where undefined)."""
    p = _ratio(tp, n_pred)
    r = _ratio(tp, n_gold)
    return p, r, _ratio(2 * p * r, p + r)


def metrics(total: Mapping) -> dict:
    """Figures from summed counts."""
    sp, sr, sf = prf(total["strict"], total["n_pred"], total["n_gold"])
    rp, rr, rf = prf(total["relaxed"], total["n_pred"], total["n_gold"])
    type_acc = _ratio(total["type_ok"], total["relaxed"])
    value_acc = _ratio(total["value_ok"], total["relaxed"])
    return {
        **{k: total[k] for k in COUNT_KEYS},
        "strict_p": sp, "strict_r": sr, "strict_f1": sf,
        "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
        "type_acc": type_acc,
        "value_acc": value_acc,
        "type_f1": type_acc * rf,
        "value_f1": value_acc * rf,
    }


def score(docs: Iterable[tuple[Sequence[Timex], Sequence[Timex]]]) -> dict:
    """Micro-averaged figures over ``(gold, pred)`` pairs, one per document."""
    return metrics(add_counts(count(g, p) for g, p in docs))


def errors(gold: Sequence[Timex], pred: Sequence[Timex]) -> dict:
    """What went wrong in one document.

    Returns ``{"miss": [gold...], "false_alarm": [pred...],
    "wrong": [(gold, pred), ...]}``: gold timexes left unmatched, predicted
    timexes left unmatched, and relaxed matches whose value or type differs.
    """
    pairs = match(gold, pred)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    return {
        "miss": [g for gi, g in enumerate(gold) if gi not in matched_g],
        "false_alarm": [p for pi, p in enumerate(pred) if pi not in matched_p],
        "wrong": [(gold[gi], pred[pi]) for gi, pi in pairs
                  if gold[gi].get("value") != pred[pi].get("value")
                  or gold[gi].get("type") != pred[pi].get("type")],
    }
