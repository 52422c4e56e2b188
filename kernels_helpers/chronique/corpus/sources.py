"""Where the articles of a corpus come from.

``read(source)`` turns any accepted input into a stream of ``Item`` objects, one
per article, in input order, without holding the corpus in memory:

* a folder: every ``*.txt`` file below it (hidden files and folders skipped),
  in the order of their relative paths.  A first line such as
  ``date 2019-12 via Reuters`` gives the publication date (read by the
  analysis itself) and the source ("Reuters"); otherwise the source is the
  first sub-folder, else the file name;
* a JSONL file (``.jsonl``, ``.ndjson``, optionally ``.gz``): one JSON object
  per line with ``text`` and optionally ``published``, ``lang``, ``url``,
  ``source``, ``id``, ``title``;
* a ``.json`` file holding an array of such objects (or ``{"articles": [...]}``);
* a CSV file (``.csv``, optionally ``.gz``) with a header naming the same columns;
* a single ``.txt`` file: a corpus of one article;
* an iterable of dicts with the same keys (a string is taken as the text).

An article that cannot be read (a file that is not UTF-8, a line that is not
JSON, a row without text) becomes an ``Item`` carrying an ``error``: it is
reported and skipped, and the rest is read.  A source that cannot be read at
all (no such path, a CSV without a ``text`` column) is a ``ValueError``.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import json
import os
import re
import zlib
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

FIELDS = ("text", "published", "lang", "url", "source", "id", "title")
MAX_FIELD = 64 * 1024 * 1024          # a CSV cell may hold a long article
_SEPARATOR = re.compile(r"\s+(?:via|par|by|from|de|\||-)\s+")


class Item:
    """One article of the input, or the reason it could not be read."""

    __slots__ = ("index", "id", "name", "text", "published", "lang", "url", "source", "title", "error", "key")

    def __init__(self, index, id, name, text=None, published=None, lang=None, url=None, source=None,
                 title=None, error=None):
        self.index, self.id, self.name = index, id, name
        self.text, self.published, self.lang = text, published, lang
        self.url, self.source, self.title, self.error = url, source, title, error
        self.key = None

    def cache_key(self, fingerprint: str) -> str:
        """The cache key: the text, the options that change the analysis, and the code that runs it."""
        h = hashlib.sha256()
        h.update(f"{fingerprint}\0{self.published!r}\0{self.lang!r}\0".encode())
        h.update(self.text.encode("utf-8", "surrogatepass"))
        return h.hexdigest()[:40]

    def __repr__(self) -> str:
        state = f"error={self.error!r}" if self.error else f"{len(self.text or '')} chars"
        return f"<Item {self.index} {self.id!r} {state}>"


class Source:
    """An input, read lazily: ``len()`` when it is cheap to know, iteration gives ``Item`` objects."""

    def __init__(self, items_factory, total, label):
        self._factory, self.total, self.label = items_factory, total, label

    def __iter__(self):
        seen: dict[str, int] = {}
        for item in self._factory():
            # article ids are unique: a repeated id gets "#2", "#3"...
            n = seen.get(item.id, 0) + 1
            seen[item.id] = n
            if n > 1:
                item.id = f"{item.id}#{n}"
            yield item


def read(source, *, published=None, lang=None) -> Source:
    """The articles of ``source`` (see the module documentation), as a lazy ``Source``.

    ``published`` and ``lang`` are defaults for the articles that do not give
    their own (and, for ``published``, have no date line).
    """
    if isinstance(source, Source):
        return source
    if isinstance(source, str) and ("\n" in source or len(source) > 4096):
        raise ValueError("a corpus is a folder, a .jsonl, .json or .csv file, or an iterable of dicts, not the "
                         "text of an article (for one article use chronique.analyze; for texts, a list of them)")
    if isinstance(source, (str, os.PathLike)):
        path = Path(os.fspath(source))
        try:
            found = path.exists()
        except (OSError, ValueError) as exc:
            raise ValueError(f"cannot read {str(path)[:200]!r}: {getattr(exc, 'strerror', None) or exc}") from None
        if not found:
            raise ValueError(f"no such file or folder: {path}")
        if path.is_dir():
            return _folder(path, published, lang)
        kind = _file_kind(path)
        if kind == "json":
            return _json_file(path, published, lang)
        if kind == "jsonl":
            return Source(lambda: _jsonl(path, published, lang), _count_lines(path), str(path))
        if kind == "csv":
            _csv_header(path)       # a missing text column is an error before the run starts
            return Source(lambda: _csv(path, published, lang), None, str(path))
        return Source(lambda: iter([_file_item(0, path, path.name, None, published, lang)]), 1, str(path))
    if isinstance(source, (bytes, bytearray, Mapping)):
        raise ValueError("a corpus is a folder, a .jsonl or .csv file, or an iterable of dicts "
                         "(for a single article use chronique.analyze)")
    if isinstance(source, Iterable):
        total = len(source) if hasattr(source, "__len__") else None
        return Source(lambda: _records(source, published, lang), total, "items")
    raise ValueError(f"cannot read a corpus from {type(source).__name__}: give a folder, a .jsonl or .csv "
                     "file, or an iterable of dicts")


def _file_kind(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    if name.endswith(".json"):
        return "json"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".csv"):
        return "csv"
    if name.endswith((".txt", ".text")):
        return "txt"
    raise ValueError(f"cannot tell what {path} holds: a corpus is a folder of .txt files, "
                     "a .jsonl file or a .csv file")


def _open_text(path: Path, **kw):
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rt", **kw)
    return open(path, **kw)


def _open_bytes(path: Path):
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


# ----------------------------------------------------------------------------- folders


def _visible(rel: Path) -> bool:
    return not any(part.startswith(".") for part in rel.parts)


def _folder(root: Path, published, lang) -> Source:
    try:
        files = sorted((p for p in root.rglob("*") if p.suffix.lower() == ".txt"
                        and _visible(p.relative_to(root)) and not p.is_dir()),
                       key=lambda p: p.relative_to(root).as_posix())
    except OSError as exc:
        raise ValueError(f"cannot list {root}: {exc.strerror or exc}") from None

    def items():
        for index, path in enumerate(files):
            rel = path.relative_to(root)
            folder = rel.parts[0] if len(rel.parts) > 1 else None
            yield _file_item(index, path, rel.as_posix(), folder, published, lang)

    return Source(items, len(files), str(root))


def _file_item(index, path: Path, name: str, folder, published, lang) -> Item:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return Item(index, name, name, error=f"cannot read the file: {exc.strerror or exc}")
    text, error = decode(data)
    if error:
        return Item(index, name, name, error=error)
    header_source, has_date = header(text)
    return Item(index, name, name, text, None if has_date else published, lang,
                source=header_source or folder or name)


def decode(data: bytes) -> tuple[str | None, str | None]:
    """UTF-8 text (a byte-order mark dropped), or the reason it is not."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 text (byte {exc.start} cannot be decoded)"


def header(text: str) -> tuple[str | None, bool]:
    """The source named by a date line ("date 2019-12 via Reuters") and whether there is one."""
    from ..article import read_date_line

    spec, body = read_date_line(text)
    if spec is None:
        return None, False
    line = text[:body].strip()
    parts = _SEPARATOR.split(line, maxsplit=1)
    if len(parts) == 2:
        name = parts[1].strip(" \t:;,.-|")
        if name:
            return name[:100], True
    return None, True


# ----------------------------------------------------------------------------- records


def _value(v):
    if isinstance(v, datetime):
        return v.isoformat(timespec="minutes")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(int(v)) if float(v).is_integer() else str(v)
    if isinstance(v, str):
        v = v.strip()
        return v or None
    return v


def _host(url) -> str | None:
    if not isinstance(url, str) or not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return None
    return host[4:] if host.startswith("www.") else (host or None)


def record_item(index: int, rec, default_id: str, published, lang) -> Item:
    """An ``Item`` from a mapping (JSONL line, CSV row, dict), a string or UTF-8 bytes."""
    if isinstance(rec, (bytes, bytearray)):
        rec = {"text": bytes(rec)}
    elif isinstance(rec, str):
        rec = {"text": rec}
    if not isinstance(rec, Mapping):
        return Item(index, default_id, default_id,
                    error=f"an article is a dict with a 'text' field, not {type(rec).__name__}")
    rid = rec.get("id")
    ident = str(rid).strip() if isinstance(rid, (str, int)) and not isinstance(rid, bool) and str(rid).strip() \
        else default_id
    text = rec.get("text")
    if isinstance(text, (bytes, bytearray)):
        text, error = decode(bytes(text))
        if error:
            return Item(index, ident, default_id, error=error)
    if text is None:
        return Item(index, ident, default_id, error="no 'text' field")
    if not isinstance(text, str):
        return Item(index, ident, default_id, error=f"'text' must be a string, not {type(text).__name__}")
    url = _value(rec.get("url"))
    url = url if isinstance(url, str) else None
    src = _value(rec.get("source"))
    src = str(src) if src is not None else None
    pub = _value(rec.get("published"))
    item_lang = _value(rec.get("lang"))
    title = _value(rec.get("title"))
    header_source, has_date = header(text) if text.strip() else (None, False)
    if pub is None and not has_date:
        pub = published
    return Item(index, ident, default_id, text, pub, item_lang if item_lang is not None else lang,
                url=url, source=src or _host(url) or header_source or ident,
                title=title if isinstance(title, str) else None)


def _records(items, published, lang):
    for index, rec in enumerate(items):
        yield record_item(index, rec, f"item {index + 1}", published, lang)


def _json_file(path: Path, published, lang) -> Source:
    """A ``.json`` file: an array of articles, ``{"articles": [...]}``, one article, or JSON lines after all."""
    try:
        with _open_bytes(path) as fh:
            raw = fh.read()
    except (OSError, EOFError, zlib.error) as exc:
        raise ValueError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        data = json.loads(raw)
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path} is not UTF-8 text (byte {exc.start} cannot be decoded)") from None
    except ValueError:
        # not one JSON document: read it as JSON lines (each bad line is reported on its own)
        return Source(lambda: _jsonl(path, published, lang), _count_lines(path), str(path))
    if isinstance(data, dict) and isinstance(data.get("articles"), list) and "schema" not in data:
        data = data["articles"]
    elif isinstance(data, dict) and "text" in data:
        data = [data]
    if isinstance(data, dict) and str(data.get("schema", "")).startswith("chronique."):
        raise ValueError(f"{path} is a chronique result ({data['schema']}), not articles "
                         "(chronique.load or chronique.corpus.load reads it)")
    if not isinstance(data, list):
        raise ValueError(f"{path} holds no articles: a JSON array of objects with a 'text' field, "
                         "or JSON lines, is expected")
    name = path.name
    return Source(lambda: (record_item(k, rec, f"{name}[{k}]", published, lang) for k, rec in enumerate(data)),
                  len(data), str(path))


def _count_lines(path: Path) -> int | None:
    """The number of non-blank lines (for the progress bar), or None for a compressed file."""
    if path.name.lower().endswith(".gz"):
        return None
    try:
        with open(path, "rb") as fh:
            return sum(1 for line in fh if not line.isspace())
    except OSError as exc:
        raise ValueError(f"cannot read {path}: {exc.strerror or exc}") from None


def _jsonl(path: Path, published, lang):
    try:
        fh = _open_bytes(path)
    except OSError as exc:
        raise ValueError(f"cannot read {path}: {exc.strerror or exc}") from None
    with fh:
        yield from jsonl_lines(fh, path.name, published, lang)


def jsonl_lines(fh, name: str, published=None, lang=None):
    """The articles of a binary stream of JSON lines (a file, standard input)."""
    index = 0
    lineno = 0
    while True:
        try:
            line = fh.readline()
        except (OSError, EOFError, zlib.error) as exc:
            yield Item(index, f"{name}:{lineno + 1}", f"{name}:{lineno + 1}",
                       error=f"the file is cut short or corrupt from here on: {exc}")
            return
        if not line:
            return
        lineno += 1
        if not line.strip():
            continue
        default = f"{name}:{lineno}"
        try:
            rec = json.loads(line)
        except UnicodeDecodeError as exc:
            item = Item(index, default, default, error=f"not UTF-8 text (byte {exc.start} cannot be decoded)")
        except ValueError as exc:
            item = Item(index, default, default, error=f"not a JSON object: {exc}")
        else:
            item = record_item(index, rec, default, published, lang)
        yield item
        index += 1


def stream(fh, name: str = "stdin", *, published=None, lang=None) -> Source:
    """A corpus read from a binary stream of JSON lines."""
    return Source(lambda: jsonl_lines(fh, name, published, lang), None, name)


def _csv_header(path: Path) -> list[str]:
    try:
        with _open_text(path, newline="", encoding="utf-8-sig", errors="surrogateescape") as fh:
            first = next(csv.reader(fh), None)
    except (OSError, EOFError, zlib.error) as exc:
        raise ValueError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    except csv.Error as exc:
        raise ValueError(f"{path} is not a CSV file: {exc}") from None
    if not first:
        raise ValueError(f"{path} is empty: a corpus CSV starts with a header naming its columns")
    columns = [c.strip().lower() for c in first]
    if "text" not in columns:
        shown = ", ".join(repr(c) for c in first[:10])
        raise ValueError(f"{path} has no 'text' column (its header: {shown})")
    return columns


def _csv(path: Path, published, lang):
    columns = _csv_header(path)
    if csv.field_size_limit() < MAX_FIELD:
        csv.field_size_limit(MAX_FIELD)
    name = path.name
    with _open_text(path, newline="", encoding="utf-8-sig", errors="surrogateescape") as fh:
        reader = csv.reader(fh)
        try:
            next(reader)
        except (StopIteration, csv.Error):
            return
        index = 0
        errors_in_a_row = 0
        while True:
            row_no = index + 1
            default = f"{name}:row {row_no}"
            try:
                row = next(reader)
            except StopIteration:
                return
            except (csv.Error, OSError, EOFError, zlib.error) as exc:
                errors_in_a_row += 1
                yield Item(index, default, default, error=f"unreadable CSV row: {exc}")
                index += 1
                if errors_in_a_row > 100 or not isinstance(exc, csv.Error):
                    return
                continue
            errors_in_a_row = 0
            if not any(cell.strip() for cell in row):
                continue
            if any(_has_surrogates(cell) for cell in row):
                item = Item(index, default, default, error="not UTF-8 text (a byte cannot be decoded)")
            else:
                rec = {k: v for k, v in zip(columns, row) if k in FIELDS}
                item = record_item(index, rec, default, published, lang)
            yield item
            index += 1


def _has_surrogates(s: str) -> bool:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False

