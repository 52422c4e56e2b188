"""Claims: who said what, when, how, and how sure.

    claims = extract(text, toks, lang, timexes, published)

Steps, each reading only what the earlier ones produced:

1. ``quotes``    quotation marks paired (nesting, unbalanced marks, quotations
                 running over paragraphs) and quote-aware sentences;
2. ``mentions``  possible speakers: names, titles, gazetteer places, pronouns;
3. ``registry``  one entity per speaker, titles learnt from title-plus-name
                 phrases and appositions;
4. ``cues``      reporting verbs (generated inflections) and "selon"-phrases;
5. ``attribute`` the construction that links cue, speaker and content;
6. ``describe``  kind, hedges, anonymity, channel and time of each claim.

Every word comes from ``chronique.resources.<lang>.speech`` and ``.entities``;
this package knows no language.

Each claim is a JSON-ready dict::

    {"id", "speaker": {"name", "entity", "kind", "mention": {start, end, text}, "titles"},
     "cue": {start, end, text, lemma?}, "content": {start, end, text, parts?},
     "mode": direct | indirect | mixed, "kind", "kind_word",
     "hedges": [{start, end, text}], "anonymous", "channel",
     "time": {"timex", "value", "text", "source": clause | paragraph | published},
     "rule", "provenance": {"rule", "frame", "speaker", "channel"}}

Speaker kinds: person, organization, government, anonymous source, unknown.
Channels: statement (communiqué), tweet, interview, press conference, post.
``content.text`` is always ``text[content.start:content.end]``; for a direct
quotation interrupted by its attribution ("« A, dit-elle. B »") the content
spans the whole quotation and ``parts`` lists the quoted pieces.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter, getitem, itemgetter

from ..resources import check_lang
from ..tokens import columns, tokenize
from .attribute import Attributor, Doc
from .cues import find_cues
from .describe import Describer
from .lexicon import CUE, START, TokenBits, lexicon
from .mentions import find_mentions
from .quotes import attach_tokens, find_quotes, quote_index, sentences
from .registry import Registry

__all__ = ["extract"]

_KIND_NAMES = {"anonymous": "anonymous source"}


def _timex_tokens(timexes, starts: list[int], n: int, size: int) -> list[tuple]:
    out = []
    for t in timexes or ():
        s, e = getattr(t, "start", None), getattr(t, "end", None)
        if not isinstance(s, int) or not isinstance(e, int) or not (0 <= s < e <= size):
            continue
        if not isinstance(getattr(t, "value", None), str) or not isinstance(getattr(t, "type", None), str):
            continue
        a = bisect_left(starts, s)
        b = bisect_left(starts, e)
        if a < b <= n:
            out.append((a, b, t))
    return out


_TEXT = attrgetter("text")
# a comma between two digits; the pattern opens on the comma, so that the search skips to the
# commas of the text instead of trying every digit
_NUMBER_COMMA = re.compile(r",(?=\d)(?<=\d,)")
NUMBER_COMMA_KEY = "#,"      # the key of a comma inside a number


def _number_commas(text: str, keys: list[str], starts: list[int]) -> list[str]:
    """``keys``, with the commas written inside a number ("2,000 workers", "2,5 %") given the key
    ``NUMBER_COMMA_KEY``: such a comma separates digits, never clauses or asides.  The list
    given is left as it is (a copy is made when a comma changes).  A digit between two such
    commas counts for the first one only ("1,2,3": the first comma), as when the text is read
    digit, comma, digit without overlap."""
    out = keys
    n = len(starts)
    last = -3
    for m in _NUMBER_COMMA.finditer(text):
        p = m.start()
        if p == last + 2:
            continue                    # (its digit before closed the number comma before it)
        last = p
        k = bisect_left(starts, p)
        if k < n and starts[k] == p and keys[k] == ",":
            if out is keys:
                out = list(keys)
            out[k] = NUMBER_COMMA_KEY
    return out


def extract(text: str, toks: list | None, lang: str, timexes: list, published) -> list[dict]:
    """The claims of an article, in text order (see the module documentation)."""
    if not isinstance(text, str):
        raise ValueError(f"claims: the text must be a string, not {type(text).__name__}")
    lang = check_lang(lang)
    if toks is None:
        toks = tokenize(text)
    if not isinstance(toks, list) or any(not hasattr(t, "low") for t in toks[:1]):
        raise ValueError("claims: toks must be the list returned by chronique.tokens.tokenize")
    if not toks or not text.strip():
        return []
    lex = lexicon(lang)
    n = len(toks)
    # per-token arrays; the folded key and lexicon bits of each distinct key are computed once
    keys, starts = columns(toks)
    keys = _number_commas(text, keys, starts)
    caps = list(map(str.isupper, map(itemgetter(0), map(_TEXT, toks))))    # capitalised tokens
    if not any(caps):
        # every claim has a cue word or a mention of its speaker, and a mention opens on a
        # capital or on a word of the tables: without either, there is none
        table = lex.key_table
        values = table.values
        if not any(values[table[k][0]] & (CUE | START) for k in set(keys)):
            return []
    info = list(map(lex.key_table.__getitem__, keys))
    fkeys = list(map(itemgetter(2), info))
    bits = TokenBits(list(map(getitem, info, caps)), lex.key_table)
    mask = bits.mask
    where = bits.positions          # the tokens having a lexicon bit

    tx = _timex_tokens(timexes, starts, n, len(text))
    blocked = [False] * n
    for a, b, _ in tx:
        blocked[a:b] = [True] * (b - a)

    quotes = attach_tokens(find_quotes(text, lex.quote_pairs), starts)
    cues = find_cues(toks, keys, caps, lex, mask, where)
    if not cues and not quotes:
        return []                       # a claim is read from a cue or around a quotation
    inq = quote_index(quotes, n)
    sents = sentences(toks, keys, inq, quotes, text, lex.inner_abbreviations, mask, where, starts)
    mentions = find_mentions(toks, keys, fkeys, caps, lex, blocked, inq, text, mask, where)
    registry = Registry(lex, mentions, toks, text, keys, fkeys)
    doc = Doc(text, toks, keys, fkeys, caps, lex, sents, inq, quotes, blocked, mentions, mask, starts, where)
    raws = Attributor(doc, cues).run()
    claims = Describer(doc, registry, tx, published).describe(raws)
    for m in mentions:
        m.appos = None                  # a title and its name point at each other: unlinked, so
                                        # that reference counting alone frees them
    for c in claims:
        c["speaker"]["kind"] = _KIND_NAMES.get(c["speaker"]["kind"], c["speaker"]["kind"])
    return claims
