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

Speaker kinds: person, group (people unnamed in the plural: "residents", « les
habitants »; or speakers joined), organization, government (a state, or one of
its organs: a ministry, an embassy), anonymous source, unknown.
Channels: statement (communiqué), tweet, interview, press conference, post.
The publication's own reporting ("selon nos informations", "Reuters has learned
that ...") is a claim of the outlet (the one of the dateline, else the
newsroom), anonymous (its sources unnamed), its rule ending in "-own-reporting".
``content.text`` is always ``text[content.start:content.end]``; for a direct
quotation interrupted by its attribution ("« A, dit-elle. B »") the content
spans the whole quotation and ``parts`` lists the quoted pieces.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from itertools import repeat
from operator import and_, attrgetter

from ..resources import check_lang
from ..tokens import columns, tokenize
from .attribute import Attributor, Doc
from .cues import find_cues
from .describe import Describer
from .lexicon import CUE, START, TokenBits, lexicon
from .mentions import find_mentions
from .quotes import attach_tokens, find_quotes, quote_index, sentences
from .registry import Registry

__all__ = ["extract", "MAX_CUES"]

# A text is read for at most this many reporting cues.  News articles hold tens; a book-length
# report a few thousand; past this, a text of nothing but "he said, he said, ..." would cost
# seconds per megabyte.  The cues after the limit are left unread and the caller is told where.
MAX_CUES = 10_000

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


def _number_commas(text: str, keys: list[str], starts: list[int]) -> tuple[list[str], list[int]]:
    """``keys``, with the commas written inside a number ("2,000 workers", "2,5 %") given the key
    ``NUMBER_COMMA_KEY``: such a comma separates digits, never clauses or asides, and the
    indices of those commas.  The list given is left as it is (a copy is made when a comma
    changes).  A digit between two such commas counts for the first one only ("1,2,3": the first
    comma), as when the text is read digit, comma, digit without overlap."""
    out = keys
    changed = []
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
            changed.append(k)
    return out, changed


def extract(text: str, toks: list | None, lang: str, timexes: list, published,
            unread: list | None = None) -> list[dict]:
    """The claims of an article, in text order (see the module documentation).  When the text holds
    more than ``MAX_CUES`` reporting cues, those after them are not read, and ``unread`` (a list,
    when given) receives the character offset where reading stopped."""
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
    texts = list(map(_TEXT, toks))
    # one lookup per token text gives its capitalisation (``caps``), folded key, code and bits
    _, caps, fkeys, codes, mask = lex.text_table.columns(texts, keys)
    keys, commas = _number_commas(text, keys, starts)
    for k in commas:
        _, _, fkeys[k], codes[k], mask[k] = lex.text_table.entry(texts[k], keys[k])
    if not any(caps) and not any(map(and_, mask, repeat(CUE | START))):
        # every claim has a cue word or a mention of its speaker, and a mention opens on a
        # capital or on a word of the tables: without either, there is none
        return []
    bits = TokenBits(codes, lex.key_table, mask)
    mask = bits.mask
    where = bits.positions          # the tokens having a lexicon bit

    quotes = attach_tokens(find_quotes(text, lex.quote_pairs), starts)
    if not quotes and bits.flags(CUE).find(1) < 0:
        return []                       # a claim is read from a cue or around a quotation

    tx = _timex_tokens(timexes, starts, n, len(text))
    blocked = [False] * n
    for a, b, _ in tx:
        blocked[a:b] = [True] * (b - a)

    cues = find_cues(toks, keys, caps, lex, mask, where, blocked)
    if lex.quote_only_lemmas and cues:
        # '"How do you walk away?" she asked': a verb of asking reports only a quotation right before
        # it (its subject between) or right after it
        closes = {q.close_tok for q in quotes}
        opens = {q.open_tok for q in quotes}
        cues = [c for c in cues if c.lemma not in lex.quote_only_lemmas
                or any(c.s - k in closes for k in range(1, 5)) or any(c.e + k in opens for k in range(0, 3))]
    if (lex.not_cue_particles or lex.cue_only_before) and cues:
        # "would not call off the strike": a verb with a particle of its own says nothing; "had held talks
        # with a rival": a verb that reports only before some words (or a capitalised one)
        ncp, only = lex.not_cue_particles, lex.cue_only_before
        cues = [c for c in cues
                if not (c.lemma in ncp and c.e < n and (keys[c.e] in ncp[c.lemma]
                                                        or toks[c.e].digit and "#digit" in ncp[c.lemma])
                        or c.lemma in only and (c.e >= n or keys[c.e] not in only[c.lemma] and not caps[c.e]))]
    if len(cues) > MAX_CUES:
        if unread is not None:
            unread.append(starts[cues[MAX_CUES].s])
        cues = cues[:MAX_CUES]
    if not cues and not quotes:
        return []                       # a claim is read from a cue or around a quotation
    inq = quote_index(quotes, n)
    sents = sentences(toks, keys, inq, quotes, text, lex.inner_abbreviations, mask, where, starts,
                      lex.function_words, blocked, lex.prepositions, lex.complementizers.first)
    mentions = find_mentions(toks, keys, fkeys, caps, lex, blocked, inq, text, mask, where)
    registry = Registry(lex, mentions, toks, text, keys, fkeys, _day(published))
    doc = Doc(text, toks, keys, fkeys, caps, lex, sents, inq, quotes, blocked, mentions, mask, starts, where, bits.flags)
    raws = Attributor(doc, cues).run()
    claims = Describer(doc, registry, tx, published).describe(raws)
    for m in mentions:
        m.appos = None                  # a title and its name point at each other: unlinked, so
                                        # that reference counting alone frees them
    return claims


def _day(published) -> date | None:
    """The publication day, when known to the day."""
    value = getattr(published, "value", None) if published is not None else None
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
