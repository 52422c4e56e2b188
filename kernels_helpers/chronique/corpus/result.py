"""The result of a corpus run: merged events, tracked claims, the articles and the failures.

``Corpus.to_dict()`` is the contract (schema ``chronique.corpus/1``): plain
JSON-ready data that ``chronique.corpus.load`` reads back into the same object.
"""
from __future__ import annotations

import json
import math
import os
import zlib
from typing import Any

from .. import ladder
from ..timeline import COLUMNS
from .merge import (A_ARTICLE, A_SPEAKER, CLAIM_FIELDS, CLAIM_KEYS, EVENT_FIELDS, EVENT_KEYS, M_ACTOR, M_ARTICLE,
                    M_COUNTRIES, M_PLACE, M_T0, M_T1, M_TARGET, Appearance, Article, ClaimCluster, EventCluster,
                    Mention, Merger, _countries, _pub_day, _town, appearance, distinct_speakers, mention,
                    normal_words, speaker_key)

SCHEMA = "chronique.corpus/1"
EXTRA_COLUMNS = ["source", "sources", "articles", "mentions", "disagreement"]
RISING_FIGURES = ("killed", "wounded")     # tolls: counted on as days go by, their figures revised upwards
TABLE_COLUMNS = COLUMNS + EXTRA_COLUMNS
APPEARANCE_COLUMNS = ["claim", "article", "source", "published", "start", "end", "value", "wording", "speaker",
                      "speaker_kind", "mode", "kind", "anonymous", "hedges", "channel", "cue", "text",
                      "local_id", "url"]

# the words of the corpus views; the chart's own words come from the language's resources
LABELS = {
    "en": {
        "title": "Escalation timeline: {n} articles",
        "head": "{n} articles from {s} sources, published {first} to {last}",
        "head_one_day": "{n} articles from {s} sources, published {first}",
        "head_undated": "{n} articles from {s} sources",
        "all_sources": "all sources",
        "filter": "source ",
        "figures": {"killed": "killed", "wounded": "wounded", "troops": "troops", "crowd": "crowd", "date": "date"},
        "changes": {"wording": "wording changed", "speaker": "attributed to different speakers",
                    "mode": "reported in different modes", "hedging": "hedged by some sources only",
                    "kind": "read as different kinds of claim", "language": "reported in several languages"},
        "sources": "Sources", "articles": "articles", "published": "published",
        "disagreements": "Sources disagree", "tracked": "Claims told by several sources",
        "failures": "Articles that could not be analysed",
        "appearances": "{n} appearances",
        "rising": "rising as the days went on",
    },
    "fr": {
        "title": "Chronologie de l'escalade : {n} articles",
        "head": "{n} articles de {s} sources, publiés du {first} au {last}",
        "head_one_day": "{n} articles de {s} sources, publiés le {first}",
        "head_undated": "{n} articles de {s} sources",
        "all_sources": "toutes les sources",
        "filter": "source ",
        "figures": {"killed": "tués", "wounded": "blessés", "troops": "soldats", "crowd": "manifestants",
                    "date": "date"},
        "changes": {"wording": "formulation modifiée", "speaker": "attribuée à des personnes différentes",
                    "mode": "rapportée sur des modes différents", "hedging": "nuancée par certaines sources seulement",
                    "kind": "lue comme des déclarations de natures différentes",
                    "language": "rapportée dans plusieurs langues"},
        "sources": "Sources", "articles": "articles", "published": "publication",
        "disagreements": "Les sources divergent", "tracked": "Déclarations reprises par plusieurs sources",
        "failures": "Articles qui n'ont pas pu être analysés",
        "appearances": "{n} reprises",
        "rising": "en hausse au fil des jours",
    },
}


class Texts:
    """The texts of the articles of a corpus, compressed in blocks of ``BLOCK`` articles: one compression
    for several articles is cheaper than one each, and smaller (articles of a corpus share words)."""

    BLOCK = 16

    def __init__(self):
        self._blocks: list[tuple[bytes, list[int]]] = []     # (compressed, end of each text in it)
        self._open: list[bytes] = []

    def add(self, text: str) -> int:
        """Keep ``text``; its number, for ``get``."""
        n = len(self._blocks) * self.BLOCK + len(self._open)
        self._open.append(text.encode("utf-8", "surrogatepass"))
        if len(self._open) == self.BLOCK:
            ends, end = [], 0
            for raw in self._open:
                end += len(raw)
                ends.append(end)
            self._blocks.append((zlib.compress(b"".join(self._open), 1), ends))
            self._open = []
        return n

    def get(self, n: int) -> str:
        block, k = divmod(n, self.BLOCK)
        if block == len(self._blocks):
            raw = self._open[k]
        else:
            packed, ends = self._blocks[block]
            raw = zlib.decompress(packed)[ends[k - 1] if k else 0:ends[k]]
        return raw.decode("utf-8", "surrogatepass")


def labels(lang: str) -> dict:
    return LABELS.get(lang, LABELS["en"])


def _unique(values):
    return list(dict.fromkeys(v for v in values if v is not None))


def _eid(n: int) -> str:
    return f"E{n + 1}"


def _cid(n: int) -> str:
    return f"C{n + 1}"


def _num(ident: str, prefix: str) -> int:
    if not isinstance(ident, str) or not ident.startswith(prefix) or not ident[1:].isdigit():
        raise ValueError(f"not a chronique corpus: bad reference {ident!r}")
    return int(ident[1:]) - 1


def _plain(v):
    return list(v) if isinstance(v, tuple) else v


# the fields of a report in the corpus's data, with their positions in the merged state's tuples
_EVENT_OUT = [(f, 1 + EVENT_FIELDS.index(f)) for f in EVENT_KEYS]
_CLAIM_OUT = [(f, 1 + CLAIM_FIELDS.index(f)) for f in CLAIM_KEYS if f != "norm"]


def _mentions(cl: EventCluster) -> list[Mention]:
    """The reports of a merged event, read by field name."""
    return list(map(Mention, cl.members))


def _appearances(cl: ClaimCluster) -> list[Appearance]:
    """The appearances of a tracked claim, read by field name."""
    return list(map(Appearance, cl.members))


class Corpus:
    """Many articles merged into one timeline (see ``chronique.corpus``).

    ``articles``: the articles analysed (id, name, source, url, publication date,
    language, counts); ``failures``: the articles that could not be analysed and
    why; ``events`` and ``claims``: the merged events and the tracked claims, as
    plain data; ``timeline()``: the table; ``chart()``; ``save(path)``;
    ``analysis(article_id)``: the full analysis of one article.  ``events``,
    ``claims``, ``articles`` and ``timeline()`` are made on each access from the
    merged state (which does not change): keep the result when it is used often.
    """

    def __init__(self, merger: Merger, failures: list[dict], *, options: dict | None = None,
                 run: dict | None = None, kept: dict | None = None, texts: Texts | None = None, cache=None,
                 keys: dict | None = None):
        self._m = merger
        self.failures = failures
        self.options = dict(options or {})
        self.run = dict(run or {})
        self._kept = kept if kept is not None else {}      # id -> analysis data, or (text number, published, lang)
        self._texts = texts
        self._cache = cache
        self._keys = keys if keys is not None else {}
        self._spec_memo: dict = {}              # chart specifications already made (see view.chart_spec)

    # ------------------------------------------------------------------ plain data

    @property
    def lang(self) -> str:
        return self._m.lang

    @property
    def articles(self) -> list[dict]:
        return [a.to_dict() for a in self._m.articles]

    @property
    def sources(self) -> list[str]:
        """The sources of the corpus, in order of first appearance."""
        return _unique(a.source for a in self._m.articles)

    @property
    def events(self) -> list[dict]:
        return [self._event(cl) for cl in self._m.events]

    @property
    def claims(self) -> list[dict]:
        return [self._claim(cl) for cl in self._m.claims]

    def __len__(self) -> int:
        return len(self._m.articles)

    def __repr__(self) -> str:
        return (f"<Corpus articles={len(self._m.articles)} failures={len(self.failures)} "
                f"sources={len(self.sources)} events={len(self._m.events)} claims={len(self._m.claims)}>")

    def __eq__(self, other) -> bool:
        return isinstance(other, Corpus) and self.to_dict() == other.to_dict()

    def _art(self, i: int) -> Article:
        return self._m.articles[i]

    def _mention(self, m: Mention) -> dict:
        a = self._art(m.article)
        d = {"article": a.id, "source": a.source, "published": a.published}
        d.update({f: _plain(m[i]) for f, i in _EVENT_OUT})
        d["claims"] = [_cid(n) for n in m.claims or ()]
        return d

    def _appearance(self, ap: Appearance) -> dict:
        a = self._art(ap.article)
        d = {"article": a.id, "source": a.source, "published": a.published}
        d.update({f: _plain(ap[i]) for f, i in _CLAIM_OUT})
        d["events"] = [_eid(n) for n in ap.events or ()]
        return d

    @staticmethod
    def _event_primary(cl: EventCluster) -> int:
        """The report with the most precise date (the first of equals)."""
        best, best_len = 0, None
        for i, m in enumerate(cl.members):
            if m[M_T0] is None:
                continue
            length = m[M_T1] - m[M_T0]
            if best_len is None or length < best_len:
                best, best_len = i, length
        return best

    def _claim_primary(self, cl: ClaimCluster) -> int:
        """The earliest appearance: the first published (the first in input order of equals)."""
        best, best_rank = 0, None
        for i, ap in enumerate(cl.members):
            day = _pub_day(self._art(ap[A_ARTICLE]).published)
            rank = (day if day is not None else math.inf, i)
            if best_rank is None or rank < best_rank:
                best, best_rank = i, rank
        return best

    def _figures(self, cl: EventCluster) -> dict:
        out = {}
        for f in ("killed", "wounded", "troops", "crowd"):
            values: dict = {}
            for m in _mentions(cl):
                v = getattr(m, f)
                if v is not None:
                    values.setdefault(v, []).append(self._art(m.article))
            if values:
                out[f] = [{"value": v, "sources": _unique(a.source for a in arts),
                           "articles": _unique(a.id for a in arts),
                           "published": min((a.published for a in arts if a.published), default=None)}
                          for v, arts in values.items()]
        return out

    def _disagreement(self, cl: EventCluster, figures: dict) -> list[dict]:
        """The figures the sources give differently, and the dates that overlap without nesting.  A toll
        whose figures rose with the days the articles were published is marked ``"trend": "rising"``:
        revised as the count went on ("12 killed" on Saturday, 25 on Sunday, 44 on Tuesday), not
        contested (two figures published the same day, or a later one lower)."""
        out = []
        for f, vals in figures.items():
            if len(vals) < 2:
                continue
            d = {"about": f, "values": vals}
            if f in RISING_FIGURES and all(v["published"] for v in vals):
                days = sorted((v["published"][:10], v["value"]) for v in vals)
                if all(a[0] < b[0] and a[1] < b[1] for a, b in zip(days, days[1:])):
                    d["trend"] = "rising"
            out.append(d)
        dates = self._date_disagreement(cl)
        if dates:
            out.append({"about": "date", "values": dates})
        return out

    def _date_disagreement(self, cl: EventCluster) -> list[dict] | None:
        spans: dict = {}
        for m in _mentions(cl):
            if m.t0 is not None:
                spans.setdefault((m.t0, m.t1), []).append(m)
        keys = list(spans)
        if len(keys) < 2:
            return None
        # overlapping reports disagree when neither interval contains the other
        clash = any(not ((a0 <= b0 and b1 <= a1) or (b0 <= a0 and a1 <= b1))
                    for i, (a0, a1) in enumerate(keys) for b0, b1 in keys[i + 1:])
        if not clash:
            return None
        return [{"value": ms[0].value, "start": ms[0].start, "end": ms[0].end,
                 "sources": _unique(self._art(m.article).source for m in ms),
                 "articles": _unique(self._art(m.article).id for m in ms)} for ms in spans.values()]

    def _event(self, cl: EventCluster) -> dict:
        primary = self._event_primary(cl)
        members = _mentions(cl)
        p = members[primary]
        figures = self._figures(cl)
        disagreement = self._disagreement(cl, figures)
        killed = [v["value"] for v in figures.get("killed", [])]
        wounded = [v["value"] for v in figures.get("wounded", [])]
        troops = [v["value"] for v in figures.get("troops", [])]
        crowd = [v["value"] for v in figures.get("crowd", [])]
        agreed = None
        if cl.lo is not None:
            from datetime import datetime, timedelta

            epoch = datetime(1970, 1, 1)
            agreed = [(epoch + timedelta(seconds=cl.lo)).isoformat(), (epoch + timedelta(seconds=cl.hi)).isoformat()]
        claims = sorted({n for m in members for n in (m.claims or ())})
        return {
            "id": _eid(cl.n), "kind": cl.kind, "rung": cl.rung, "label": p.label,
            "actor": cl.actor, "target": cl.target, "place": next((m.place for m in members if m.place), None),
            "start": p.start, "end": p.end, "precision": p.precision, "value": p.value, "wording": p.wording,
            "agreed": agreed, "modality": p.modality, "modalities": _unique(m.modality for m in members),
            "casualties": {"killed": max(killed) if killed else None, "wounded": max(wounded) if wounded else None},
            "troops": max(troops) if troops else None,
            "crowd": max(crowd) if crowd else None,
            "figures": figures, "disagreement": disagreement,
            "sources": _unique(self._art(m.article).source for m in members),
            "articles": _unique(self._art(m.article).id for m in members),
            "claims": [_cid(n) for n in claims], "primary": primary,
            "mentions": [self._mention(m) for m in members],
        }

    def _changes(self, cl: ClaimCluster) -> list[str]:
        if len(cl.members) < 2:
            return []
        ms = _appearances(cl)
        out = []
        # a telling translated into another language is no rewording: wordings compare within a language
        wordings: dict = {}
        for ap in ms:
            wordings.setdefault(self._art(ap.article).lang, set()).add(ap.norm)
        if any(len(w) > 1 for w in wordings.values()):
            out.append("wording")
        if len(wordings) > 1:
            out.append("language")
        if distinct_speakers(cl.speakers) > 1:
            out.append("speaker")
        if len({ap.mode for ap in ms}) > 1:
            out.append("mode")
        if len({bool(ap.hedges) for ap in ms}) > 1:
            out.append("hedging")
        if len({ap.kind for ap in ms}) > 1:
            out.append("kind")
        return out

    def _claim(self, cl: ClaimCluster) -> dict:
        primary = self._claim_primary(cl)
        members = _appearances(cl)
        p = members[primary]
        pubs = sorted(v for v in (self._art(ap.article).published for ap in members) if v)
        speakers: dict = {}
        for ap in members:
            speakers.setdefault(ap.speaker, []).append(self._art(ap.article))
        return {
            "id": _cid(cl.n), "speaker": p.speaker, "kind": p.kind, "mode": p.mode, "text": p.text,
            "start": p.start, "end": p.end, "value": p.value,
            "speakers": [{"name": s, "sources": _unique(a.source for a in arts),
                          "articles": _unique(a.id for a in arts)} for s, arts in speakers.items()],
            "first_published": pubs[0] if pubs else None, "last_published": pubs[-1] if pubs else None,
            "changes": self._changes(cl),
            "sources": _unique(self._art(ap.article).source for ap in members),
            "articles": _unique(self._art(ap.article).id for ap in members),
            "events": [_eid(n) for n in sorted({n for ap in members for n in (ap.events or ())})],
            "primary": primary,
            "appearances": [self._appearance(ap) for ap in members],
        }

    def to_dict(self, *, analyses: bool = False) -> dict:
        """Plain JSON-ready data (schema ``chronique.corpus/1``); ``analyses=True`` adds each article's
        full analysis (when it was kept or cached)."""
        data = {
            "schema": SCHEMA, "lang": self.lang, "options": dict(self.options),
            "articles": self.articles, "failures": [dict(f) for f in self.failures],
            "events": self.events, "claims": self.claims,
        }
        if analyses:
            data["analyses"] = {a.id: self.analysis(a.id).to_dict() for a in self._m.articles}
        return data

    def to_json(self, *, analyses: bool = False, **kw) -> str:
        """``to_dict()`` as JSON text (by default indented by one space, non-ASCII kept)."""
        if not kw:
            return "".join(self.iter_json(analyses=analyses))
        kw.setdefault("ensure_ascii", False)
        kw.setdefault("indent", 1)
        return json.dumps(self.to_dict(analyses=analyses), **kw)

    def iter_json(self, *, analyses: bool = False):
        """The text of ``to_json()`` in pieces, one event or claim at a time: a large corpus is written
        without its whole ``to_dict()`` in memory."""
        def dump(value):
            return json.dumps(value, ensure_ascii=False, indent=1)

        def nest(text, prefix):
            return text.replace("\n", "\n" + prefix)

        fields = [("schema", SCHEMA), ("lang", self.lang), ("options", dict(self.options)),
                  ("articles", (a.to_dict() for a in self._m.articles)),
                  ("failures", (dict(f) for f in self.failures)),
                  ("events", (self._event(cl) for cl in self._m.events)),
                  ("claims", (self._claim(cl) for cl in self._m.claims))]
        yield "{"
        for k, (key, value) in enumerate(fields):
            yield ("\n" if k == 0 else ",\n") + f" {dump(key)}: "
            if isinstance(value, (str, dict)):
                yield nest(dump(value), " ")
                continue
            first = True
            for item in value:
                yield ("[\n  " if first else ",\n  ") + nest(dump(item), "  ")
                first = False
            yield "[]" if first else "\n ]"
        if analyses:
            yield ",\n " + dump("analyses") + ": "
            first = True
            for a in self._m.articles:
                yield ("{\n  " if first else ",\n  ") + f"{dump(a.id)}: " + nest(dump(self.analysis(a.id).to_dict()), "  ")
                first = False
            yield "{}" if first else "\n }"
        yield "\n}"

    # ------------------------------------------------------------------ per article

    def analysis(self, article_id: str):
        """The full analysis (``chronique.Analysis``) of one article of the corpus."""
        from ..model import from_dict

        kept = self._kept.get(article_id)
        if isinstance(kept, dict):
            return from_dict(kept)
        if kept is not None:
            from ..pipeline import analyze

            n, published, lang = kept
            return analyze(self._texts.get(n), published=published, lang=lang)
        key = self._keys.get(article_id)
        if key is not None and self._cache is not None:
            return self._cache.analysis(key)
        if not any(a.id == article_id for a in self._m.articles):
            raise ValueError(f"no article {article_id!r} in this corpus")
        raise ValueError(f"the analysis of {article_id!r} was not kept: run chronique.corpus with keep=True "
                         "or with a cache folder")

    # ------------------------------------------------------------------ the timeline

    def _disagreement_text(self, items: list[dict]) -> str:
        L = labels(self.lang)["figures"]
        parts = []
        rising = labels(self.lang)["rising"]
        for d in items:
            vals = " · ".join(f"{v['value']} ({', '.join(v['sources'])})" for v in d["values"])
            about = L.get(d['about'], d['about']) + (f" ({rising})" if d.get("trend") == "rising" else "")
            parts.append(f"{about}: {vals}")
        return "; ".join(parts)

    def rows(self) -> list[dict]:
        """The timeline rows as plain dicts: the single-article columns plus source, sources, articles,
        mentions and disagreement."""
        from ..resources import module

        lang = self.lang
        try:
            kind_names = getattr(module(lang, "events"), "KIND_NAMES", {})
        except (ImportError, ValueError):
            kind_names = {}
        changes_words = labels(lang)["changes"]
        out = []
        for cl in self._m.events:
            primary = self._event_primary(cl)
            members = _mentions(cl)
            p = members[primary]
            a = self._art(p.article)
            figures = self._figures(cl)
            disagreement = self._disagreement(cl, figures)
            killed = [v["value"] for v in figures.get("killed", [])]
            links = sorted({n for m in members for n in (m.claims or ())})
            out.append({
                "id": _eid(cl.n), "row": "event", "start": p.start, "end": p.end, "precision": p.precision,
                "value": p.value or "", "wording": p.wording or "",
                "label": kind_names.get(cl.kind) or p.label or "", "text": p.text or "",
                "lane": cl.actor or "", "rung": cl.rung, "rung_label": ladder.rung_name(cl.rung, lang),
                "kind": cl.kind, "speaker": "", "mode": "", "anonymous": False,
                "hedged": p.modality == "hypothetical", "casualties": int(max(killed)) if killed else 0,
                "modality": p.modality or "", "source_start": p.source_start, "source_end": p.source_end,
                "rule": p.rule or "", "timex": f"{a.id}/{p.timex}" if p.timex else "",
                # the warnings of the report that dates the row (they name its wording); every
                # report keeps its own in ``events[...]["mentions"]``
                "timex_rule": p.timex_rule or "", "resolution": p.resolution or "", "flags": p.flags or "",
                "links": [_cid(n) for n in links],
                "source": a.source, "sources": _unique(self._art(m.article).source for m in members),
                "articles": _unique(self._art(m.article).id for m in members),
                "mentions": len(members), "disagreement": self._disagreement_text(disagreement),
            })
        for cl in self._m.claims:
            primary = self._claim_primary(cl)
            members = _appearances(cl)
            p = members[primary]
            a = self._art(p.article)
            text = p.text or ""
            label = " ".join(text.split())
            label = label if len(label) <= 60 else label[:59].rstrip() + "…"
            rung = ladder.claim_rung(p.kind or "")
            links = sorted({n for ap in members for n in (ap.events or ())})
            out.append({
                "id": _cid(cl.n), "row": "claim", "start": p.start, "end": p.end, "precision": p.precision,
                "value": p.value or "", "wording": p.wording or "", "label": label, "text": text,
                "lane": p.speaker or "", "rung": rung, "rung_label": ladder.rung_name(rung, lang),
                "kind": p.kind or "", "speaker": p.speaker or "", "mode": p.mode or "",
                "anonymous": bool(p.anonymous), "hedged": bool(p.hedges), "casualties": 0, "modality": "",
                "source_start": p.source_start, "source_end": p.source_end, "rule": p.rule or "",
                "timex": f"{a.id}/{p.timex}" if p.timex else "", "timex_rule": p.timex_rule or "",
                "resolution": p.resolution or "", "flags": p.flags or "", "links": [_eid(n) for n in links],
                "source": a.source, "sources": _unique(self._art(ap.article).source for ap in members),
                "articles": _unique(self._art(ap.article).id for ap in members),
                "mentions": len(members),
                # (a translation is no disagreement between the sources)
                "disagreement": "; ".join(changes_words[c] for c in self._changes(cl) if c != "language"),
            })
        return out

    def timeline(self):
        """The timeline table (pandas): one row per merged event and per tracked claim, sorted by start."""
        import pandas as pd

        df = pd.DataFrame(self.rows(), columns=TABLE_COLUMNS)
        for col in ("start", "end"):
            df[col] = pd.to_datetime(df[col], errors="coerce")
        return df.sort_values(["start", "row", "id"], na_position="last", kind="stable").reset_index(drop=True)

    def claims_table(self):
        """Every appearance of every tracked claim (pandas), in the order of the claims."""
        import pandas as pd

        recs = []
        for cl in self._m.claims:
            for ap in _appearances(cl):
                a = self._art(ap.article)
                recs.append({
                    "claim": _cid(cl.n), "article": a.id, "source": a.source, "published": a.published,
                    "start": ap.start, "end": ap.end, "value": ap.value, "wording": ap.wording,
                    "speaker": ap.speaker, "speaker_kind": ap.speaker_kind, "mode": ap.mode, "kind": ap.kind,
                    "anonymous": bool(ap.anonymous), "hedges": "; ".join(ap.hedges or ()),
                    "channel": ap.channel or "", "cue": ap.cue or "", "text": ap.text, "local_id": ap.id,
                    "url": a.url or "",
                })
        df = pd.DataFrame(recs, columns=APPEARANCE_COLUMNS)
        for col in ("start", "end"):
            df[col] = pd.to_datetime(df[col], errors="coerce")
        return df

    # ------------------------------------------------------------------ views

    def chart(self, **options):
        """The escalation chart of the corpus (Altair), with a source filter (a dropdown)."""
        from .view import chart

        return chart(self, **options)

    def save(self, path, **options):
        """Write to ``path`` in the format its suffix names (see ``chronique.corpus.view.FORMATS``)."""
        from .view import save

        return save(self, path, **options)


# ----------------------------------------------------------------------------- loading


def _rebuild_event(merger: Merger, data: dict, index: dict) -> EventCluster:
    members = [mention(index[md["article"]], [md.get(f) for f in EVENT_FIELDS],
                       [_num(c, "C") for c in md.get("claims") or []]) for md in data.get("mentions") or []]
    if not members:
        raise ValueError("not a chronique corpus: an event without mentions")
    first = members[0][M_ARTICLE]
    cl = EventCluster(_num(data["id"], "E"), members[0], first, _pub_day(merger.articles[first].published),
                      merger.articles[first].lang)
    for m in members[1:]:
        cl.members.append(m)
        cl.last = m[M_ARTICLE]
        if m[M_T0] is not None and cl.lo is not None:
            cl.lo, cl.hi = max(cl.lo, m[M_T0]), min(cl.hi, m[M_T1])
        if not cl.actor and m[M_ACTOR]:
            cl.actor, cl.actor_lang = m[M_ACTOR], merger.articles[m[M_ARTICLE]].lang
        if not cl.target and m[M_TARGET]:
            cl.target, cl.target_lang = m[M_TARGET], merger.articles[m[M_ARTICLE]].lang
        if not cl.place and m[M_PLACE]:
            cl.place, cl.place_lang = _town(m[M_PLACE]), merger.articles[m[M_ARTICLE]].lang
        cl.countries = cl.countries | _countries(m[M_COUNTRIES])
    return cl


def _rebuild_claim(data: dict, index: dict) -> ClaimCluster:
    members = []
    for ad in data.get("appearances") or []:
        row = [ad.get(f) for f in CLAIM_FIELDS]
        row[CLAIM_FIELDS.index("norm")] = " ".join(normal_words(ad.get("text") or ""))
        members.append(appearance(index[ad["article"]], row, [_num(e, "E") for e in ad.get("events") or []]))
    if not members:
        raise ValueError("not a chronique corpus: a claim without appearances")
    cl = ClaimCluster(_num(data["id"], "C"), members[0], frozenset())
    for ap in members[1:]:
        cl.members.append(ap)
        cl.speakers.add(speaker_key(ap[A_SPEAKER]))
    return cl


def from_dict(data: dict) -> Corpus:
    if not isinstance(data, dict):
        raise ValueError("a corpus is a JSON object (dict)")
    if data.get("schema") != SCHEMA:
        raise ValueError(f"unsupported schema {data.get('schema')!r}; this chronique reads {SCHEMA!r}")
    try:
        merger = Merger()
        index = {}
        for ad in data.get("articles") or []:
            a = Article(**{k: ad.get(k) for k in Article.FIELDS})
            index[a.id] = len(merger.articles)
            merger.articles.append(a)
            if a.lang:
                merger.langs[a.lang] += 1
        merger.events = [_rebuild_event(merger, e, index) for e in data.get("events") or []]
        merger.claims = [_rebuild_claim(c, index) for c in data.get("claims") or []]
        if [cl.n for cl in merger.events] != list(range(len(merger.events))) or \
                [cl.n for cl in merger.claims] != list(range(len(merger.claims))):
            raise ValueError("not a chronique corpus: events and claims are numbered E1, E2... and C1, C2...")
        kept = {}
        for aid, ad in (data.get("analyses") or {}).items():
            kept[aid] = ad
        return Corpus(merger, [dict(f) for f in data.get("failures") or []], options=data.get("options") or {},
                      kept=kept)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"not a chronique corpus: {type(exc).__name__}: {exc}") from None


def load(source: Any) -> Corpus:
    """Read a corpus back from ``Corpus.to_dict()`` data, a JSON string, or a path to a JSON file."""
    if isinstance(source, Corpus):
        return source
    if isinstance(source, dict):
        return from_dict(source)
    if isinstance(source, (str, os.PathLike)):
        s = os.fspath(source)
        if isinstance(source, str) and s.lstrip().startswith("{"):
            try:
                return from_dict(json.loads(s))
            except json.JSONDecodeError as exc:
                raise ValueError(f"not a chronique corpus: {exc}") from None
        try:
            with open(s, encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError:
            raise ValueError(f"no such file: {s}") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{s} is not a chronique corpus JSON file: {exc}") from None
        except OSError as exc:
            raise ValueError(f"cannot read {s}: {exc.strerror or exc}") from None
        return from_dict(data)
    raise ValueError(f"cannot load a corpus from {type(source).__name__}")
