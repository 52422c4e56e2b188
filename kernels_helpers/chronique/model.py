"""The analysis data model and its JSON contract.

``Analysis.to_dict()`` is the contract: plain JSON-ready data, versioned by
``schema``.  ``load`` reads it back into the same objects.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from typing import Any

SCHEMA = "chronique.analysis/1"


@dataclass
class Timex:
    id: str
    start: int
    end: int
    text: str
    type: str                       # DATE, TIME, DURATION, SET
    value: str                      # TimeML / TIDES value
    interval: list[str] | None      # [start, end] ISO datetimes, both inclusive
    anchor: str                     # "published" or the id of an earlier expression
    rule: str
    explanation: str
    confidence: float
    literal: str | None = None      # the face-value reading when it contradicts the calendar
    mod: str | None = None          # START, MID, END, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE
    range: dict | None = None       # {"role", "with", "kind", "interval"}
    tense: str | None = None        # tense of the clause: past, future, either (a plan told in the past) or None
    flag: dict | None = None        # {"kind", "suggested"} when the reading is doubtful


@dataclass
class Issue:
    start: int
    end: int
    kind: str
    message: str
    suggested: str | None
    text: str = ""
    timex: str | None = None
    literal: str | None = None


@dataclass
class Published:
    value: str | None               # ISO date (or the precision known: "2019-12")
    given: str | None               # as given by the caller or the date line
    inferred: bool
    explanation: str
    precision: str | None = None    # "year", "month", "day", "minute" or None
    source: str | None = None       # "argument", "date line", "text", None
    evidence: list = field(default_factory=list)


@dataclass
class Analysis:
    text: str
    lang: str
    published: Published
    timexes: list[Timex] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    lang_explanation: str = ""
    schema: str = SCHEMA
    # corrections made by hand (see ``chronique.overrides``); written only when there are some
    overrides: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        data = {
            "schema": self.schema,
            "lang": self.lang,
            "lang_explanation": self.lang_explanation,
            "published": asdict(self.published),
            "timexes": [asdict(t) for t in self.timexes],
            "issues": [asdict(i) for i in self.issues],
            "claims": [dict(c) for c in self.claims],
            "events": [dict(e) for e in self.events],
            "text": self.text,
        }
        if self.overrides:
            data["overrides"] = [dict(o) for o in self.overrides]
        return data

    def to_json(self, **kw) -> str:
        kw.setdefault("ensure_ascii", False)
        kw.setdefault("indent", 1)
        return json.dumps(self.to_dict(), **kw)

    def timeline(self):
        """The timeline table: a pandas DataFrame, one row per event and per claim."""
        from .timeline import table

        return table(self)

    def save(self, path, **options):
        """Write to ``path``, in the format its suffix names (see ``chronique.export``)."""
        from .export import save

        return save(self, path, **options)

    def _repr_mimebundle_(self, include=None, exclude=None):
        """In a notebook: the timeline for JupyterLab, HTML and PNG elsewhere (``chronique.notebook.mime``)."""
        from .notebook.mime import mimebundle

        return mimebundle(self, include=include, exclude=exclude)

    def timex(self, tid: str) -> Timex:
        for t in self.timexes:
            if t.id == tid:
                return t
        raise KeyError(tid)

    def __repr__(self) -> str:
        return (f"<Analysis lang={self.lang} published={self.published.value} "
                f"timexes={len(self.timexes)} issues={len(self.issues)} claims={len(self.claims)}>")


def _build(cls, data: dict):
    names = {f.name for f in fields(cls)}
    unknown = set(data) - names
    if unknown:
        raise ValueError(f"{cls.__name__}: unexpected keys {sorted(unknown)}")
    return cls(**data)


def _overrides(items) -> list:
    if not isinstance(items, list) or not all(isinstance(o, dict) for o in items):
        raise ValueError("not a chronique analysis: 'overrides' is a list of objects")
    return items


def from_dict(data: dict) -> Analysis:
    if not isinstance(data, dict):
        raise ValueError("an analysis is a JSON object (dict)")
    schema = data.get("schema")
    if schema != SCHEMA:
        raise ValueError(f"unsupported schema {schema!r}; this chronique reads {SCHEMA!r}")
    try:
        return Analysis(
            text=data["text"],
            lang=data["lang"],
            lang_explanation=data.get("lang_explanation", ""),
            published=_build(Published, data["published"]),
            timexes=[_build(Timex, t) for t in data.get("timexes", [])],
            issues=[_build(Issue, i) for i in data.get("issues", [])],
            claims=[dict(c) for c in data.get("claims", [])],
            events=[dict(e) for e in data.get("events", [])],
            schema=schema,
            overrides=[dict(o) for o in _overrides(data.get("overrides", []))],
        )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"not a chronique analysis: {exc}") from None


def load(source: Any) -> Analysis:
    """Read an analysis back from ``to_dict()`` data, a JSON string, or a path to a JSON file."""
    if isinstance(source, Analysis):
        return source
    if isinstance(source, dict):
        return from_dict(source)
    if isinstance(source, (str, os.PathLike)):
        s = os.fspath(source)
        if isinstance(source, str) and s.lstrip().startswith("{"):
            return from_dict(json.loads(s))
        try:
            with open(s, encoding="utf-8") as fh:
                data = json.load(fh)
        except FileNotFoundError:
            raise ValueError(f"no such file: {s}") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{s} is not a chronique JSON file: {exc}") from None
        return from_dict(data)
    raise ValueError(f"cannot load an analysis from {type(source).__name__}")
