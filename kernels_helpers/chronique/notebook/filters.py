"""Filters of the widget: by speaker, by kind, by escalation rung.

A filter is a dict with any of ``speaker`` (a speaker's name), ``kind`` (a
claim or event kind) and ``rung`` (0 to 6); a missing or ``None`` entry keeps
everything.  An event is kept for a speaker when it is theirs (its actor) or
when one of their claims asserts it.
"""
from __future__ import annotations

import copy

from .. import ladder

KEYS = ("speaker", "kind", "rung")


def check(filters: dict | None) -> dict:
    """The filters, checked: unknown keys or a rung outside 0..6 raise ``ValueError``."""
    f = dict(filters or {})
    unknown = set(f) - set(KEYS)
    if unknown:
        raise ValueError(f"unknown filter(s) {', '.join(sorted(unknown))}: the widget filters by "
                         + ", ".join(KEYS))
    rung = f.get("rung")
    if rung is not None:
        if isinstance(rung, bool) or not isinstance(rung, int) or rung not in ladder.RUNGS:
            raise ValueError(f"a rung is one of {', '.join(str(k) for k in sorted(ladder.RUNGS))}, not {rung!r}")
    for key in ("speaker", "kind"):
        if f.get(key) is not None and not isinstance(f[key], str):
            raise ValueError(f"the {key} filter is a name (str), not {type(f[key]).__name__}")
    return {k: f.get(k) for k in KEYS if f.get(k) is not None}


def keep_claim(c: dict, f: dict) -> bool:
    if f.get("speaker") is not None and c["speaker"].get("name") != f["speaker"]:
        return False
    if f.get("kind") is not None and c.get("kind") != f["kind"]:
        return False
    if f.get("rung") is not None and ladder.claim_rung(c.get("kind") or "") != f["rung"]:
        return False
    return True


def keep_event(e: dict, f: dict, analysis) -> bool:
    if f.get("kind") is not None and e.get("kind") != f["kind"]:
        return False
    if f.get("rung") is not None and e.get("rung") != f["rung"]:
        return False
    speaker = f.get("speaker")
    if speaker is not None:
        if (e.get("actor") or {}).get("name") == speaker:
            return True
        names = {c["id"]: c["speaker"].get("name") for c in analysis.claims}
        return any(names.get(cid) == speaker for cid in e.get("claims") or [])
    return True


def apply(analysis, filters: dict | None):
    """A copy of ``analysis`` with only the claims and events the filters keep."""
    f = check(filters)
    if not f:
        return analysis
    a = copy.copy(analysis)
    a.claims = [c for c in analysis.claims if keep_claim(c, f)]
    a.events = [e for e in analysis.events if keep_event(e, f, analysis)]
    return a


def options(analysis) -> dict:
    """The choices of each filter for ``analysis``: speakers, kinds and rungs present."""
    speakers, kinds, rungs = [], [], set()
    for c in analysis.claims:
        name = c["speaker"].get("name")
        if name and name not in speakers:
            speakers.append(name)
        if c.get("kind") and c["kind"] not in kinds:
            kinds.append(c["kind"])
        rungs.add(ladder.claim_rung(c.get("kind") or ""))
    for e in analysis.events:
        if e.get("kind") and e["kind"] not in kinds:
            kinds.append(e["kind"])
        if e.get("rung") is not None:
            rungs.add(e["rung"])
    return {"speaker": speakers, "kind": sorted(kinds), "rung": sorted(rungs)}
