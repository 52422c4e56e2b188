"""Mentions of possible speakers: names, titles, places standing for governments, pronouns.

One pass over the tokens.  At each position a chunk is read from token
classes (determiner, title head, nationality adjective, department, title
modifier, gazetteer name, capitalised word, name particle, connector, ...)
and parsed into one mention:

* a title with a name: "le ministre américain de la Défense Mark Esper",
  "US Secretary of State Mike Pompeo" (the department after "de la" / "of"
  is part of the title, never of the name);
* a title alone: "le ministre américain", "ce même responsable",
  "the head of American diplomacy", "un responsable américain";
* a name alone: "Mark Esper", "Abu Mahdi al-Muhandis";
* a gazetteer entry: "Téhéran", "les États-Unis", "the Americans";
* a pronoun: "il", "elle", "he", "it".

Appositions ("Le porte-parole du Kremlin, Dmitri Peskov,") link the title
to the name.  All vocabulary comes from the language resources.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import Lexicon

# chunk item types
DET, HEAD, NAT, DEPT, MOD, GAZ, HON, CAP, PART, CONN, WORD, QUAL, POSS = range(13)


@dataclass(slots=True)
class Mention:
    start: int                      # token span of the whole chunk [start, end)
    end: int
    kind: str                       # name, title, gaz, pron
    span: tuple                     # token span of the words reported as the mention
    name: str | None = None         # a personal or proper name
    det: str | None = None          # def, indef, dem, poss, bare, or None
    cls: str | None = None          # class of the title head (minister, official, ...)
    nature: str | None = None       # person, source, org (from the title head)
    nat: str | None = None          # country id from a nationality adjective
    comps: tuple = ()               # complements of the title (department, organisation, ...)
    role: str | None = None         # role from ROLE_TITLES (foreign_minister, ...)
    gender: str | None = None
    number: str | None = None
    same: bool = False              # "ce même responsable", "the same official"
    other: bool = False             # "un autre responsable"
    gaz: tuple | None = None        # (id, kind, number) for a gazetteer entry
    qualifier: str | None = None    # "policière" -> police (unnamed sources)
    title: str | None = None        # the title words, as written
    titles: list = field(default_factory=list)   # titles learnt by apposition
    in_quote: bool = False
    predicate: bool = False         # "X est le chef de ...": describes X, names no one new
    det_name: bool = False          # a name after a determiner: a place or a thing
    appos: "Mention | None" = None  # the mention this one is in apposition to
    entity: object = None           # set by the registry


def _is_cap(tok) -> bool:
    c = tok.text[:1]
    return c.isupper()


def find_mentions(toks, keys, fkeys, caps, lex: Lexicon, blocked: list[bool], inq: list[int],
                  text: str) -> list[Mention]:
    """All mentions, in text order.  ``blocked``: tokens inside time expressions."""
    n = len(toks)
    out: list[Mention] = []
    i = 0
    while i < n:
        if blocked[i] or not toks[i].text[:1].isalnum():
            i += 1
            continue
        m = _chunk(i, toks, keys, fkeys, caps, lex, blocked, text)
        if m is None:
            pr = lex.pronouns.get(keys[i])
            if pr is not None:
                m = Mention(i, i + 1, "pron", (i, i + 1), gender=pr[0], number=pr[1],
                            nature="person" if pr[2] else "org")
        if m is None:
            i += 1
            continue
        if m.kind == "title" and m.det is None and m.name is None and m.number != "p" and m.nature != "source":
            # a bare singular title ("envoyé", "groupe") names someone only as an apposition
            if m.start > 0 and keys[m.start - 1] != "," and toks[m.start - 1].sent == toks[m.start].sent:
                i = m.end
                continue
        m.in_quote = inq[m.start] >= 0
        m.predicate = m.kind == "title" and _after_copula(m.start, keys, lex)
        out.append(m)
        i = m.end
    _appositions(out, keys, lex)
    return out


def _after_copula(i: int, keys, lex) -> bool:
    for j in range(i - 1, max(-1, i - 5), -1):
        k = keys[j]
        if k in lex.copulas:
            return True
        if not k[:1].isalnum():
            return False
    return False


def _chunk(i, toks, keys, fkeys, caps, lex: Lexicon, blocked, text):
    n = len(toks)
    items: list[tuple] = []          # (type, start, end, info)
    j = i
    # a gazetteer phrase with its article ("les États-Unis", "the Americans")
    g, gaz_is_media = _gaz(j, fkeys, caps, lex)
    if g is None:
        d = lex.determiners.match(keys, caps, j)
        if d is not None and j + d[0] < n:
            items.append((DET, j, j + d[0], d[1]))
            j += d[0]
    seen_head = False
    while j < n and not blocked[j]:
        k, fk = keys[j], fkeys[j]
        last = items[-1][0] if items else None
        if g is None and (last != HEAD or fk not in lex.title_mods):
            g, gaz_is_media = _gaz(j, fkeys, caps, lex)
        if g is not None:
            glen, gval = g
            g = None
            if gaz_is_media:
                gval = (gval, "organization", "s")
            e = j + glen
            nxt = e + 2 if e + 1 < n and keys[e] == "'" and keys[e + 1] == "s" else e
            if (lex.prehead_nouns and not seen_head and nxt < n
                    and (lex.titles.match(keys, caps, nxt) or lex.demonyms.match(fkeys, caps, nxt)
                         or lex.departments.match(fkeys, caps, nxt) or fkeys[nxt] in lex.title_mods)):
                items.append((GAZ, j, e, gval))     # "Kremlin spokesman", "Iran's foreign minister"
                if nxt != e:
                    items.append((POSS, e, nxt, None))
                j = nxt
                continue
            if not items or (len(items) == 1 and items[0][0] == DET) or (seen_head and last == CONN):
                items.append((GAZ, j, e, gval))
                j = e
                if not seen_head:
                    break
                continue
            break
        if seen_head:
            q = lex.qualifiers.match(fkeys, caps, j)
            if q is not None:
                items.append((QUAL, j, j + q[0], q[1]))
                j += q[0]
                continue
        if last == HEAD and fk in lex.title_mods and not lex.titles.match(keys, caps, j + 1 if j + 1 < n else j):
            items.append((MOD, j, j + 1, fk))
            j += 1
            continue
        t = lex.titles.match(keys, caps, j)
        if t is not None and last in (CAP, PART) and not seen_head and not (j + t[0] < n and caps[j + t[0]]):
            t = None                    # "Martin Luther King said": a name, not a title
        if t is not None:
            items.append((HEAD, j, j + t[0], t[1]))
            seen_head = True
            j += t[0]
            continue
        dm = lex.demonyms.match(fkeys, caps, j)
        if dm is not None and (last != CAP or seen_head):
            items.append((NAT, j, j + dm[0], dm[1]))
            j += dm[0]
            continue
        dp = lex.departments.match(fkeys, caps, j)
        if dp is not None and (last == CONN or not seen_head):
            items.append((DEPT, j, j + dp[0], fk))
            j += dp[0]
            continue
        if fk in lex.title_mods and last in (None, DET, MOD, NAT, GAZ, DEPT):
            items.append((MOD, j, j + 1, fk))
            j += 1
            continue
        hon = k.rstrip(".")
        if hon in lex.honorifics and caps[j] and j + 1 < n and (caps[j + 1] or keys[j + 1] == "."):
            e = j + 2 if keys[j + 1] == "." else j + 1
            items.append((HON, j, e, lex.honorifics[hon]))
            j = e
            continue
        if caps[j] and toks[j].text[:1].isalpha():
            if fk in lex.function_words or k in lex.cues:
                # "Le" inside "Jean-Yves Le Drian" is part of a name; a sentence-initial one is not
                if not (last == CAP and j + 1 < n and caps[j + 1] and fk in lex.particles):
                    break
            items.append((CAP, j, j + 1, None))
            j += 1
            continue
        if last == CAP and j + 1 < n:
            if (k == "-" or k == "'") and caps[j + 1] and toks[j].start == toks[j - 1].end:
                items.append((PART, j, j + 1, None))
                j += 1
                continue
            if fk in lex.particles:
                e = j
                while e < n and fkeys[e] in lex.particles and not caps[e]:
                    e += 1
                if e < n and keys[e] == "-":
                    e += 1
                if e < n and caps[e] and e - j <= 3:
                    items.extend((PART, x, x + 1, None) for x in range(j, e))
                    j = e
                    continue
            if k == "." and len(toks[j - 1].text) == 1 and caps[j + 1]:
                items.append((PART, j, j + 1, None))   # an initial: "George W. Bush"
                j += 1
                continue
        if seen_head:
            c = lex.connectors.match(fkeys, caps, j)
            if c is not None and j + c[0] < n:
                e = _complement(j + c[0], toks, keys, fkeys, caps, lex, blocked, items)
                if e is not None:
                    items.insert(len(items) - (e[1]), (CONN, j, j + c[0], None))
                    j = e[0]
                    continue
        break
    return _parse(i, items, toks, keys, fkeys, lex, text)


def _gaz(j, fkeys, caps, lex):
    g = lex.media.match(fkeys, caps, j)
    if g is not None:
        return g, True
    return lex.gazetteer.match(fkeys, caps, j), False


def _complement(j, toks, keys, fkeys, caps, lex, blocked, items):
    """After "de"/"of": [article] (department | gazetteer | nationality | capitalised words | one word)
    [nationality].  Appends the items; returns (end, number of items added) or None."""
    n = len(toks)
    added = []
    d = lex.determiners.match(keys, caps, j)
    if d is not None and j + d[0] < n and not caps[j]:
        j += d[0]
    if j >= n or blocked[j]:
        return None
    while j < n:
        dm = lex.demonyms.match(fkeys, caps, j)
        if dm is None:
            break
        added.append((NAT, j, j + dm[0], dm[1]))
        j += dm[0]
    dp = lex.departments.match(fkeys, caps, j)
    g = lex.gazetteer.match(fkeys, caps, j) or lex.media.match(fkeys, caps, j)
    if dp is not None:
        added.append((DEPT, j, j + dp[0], fkeys[j]))
        j += dp[0]
    elif g is not None:
        gval = g[1] if isinstance(g[1], tuple) else (g[1], "organization", "s")
        added.append((GAZ, j, j + g[0], gval))
        j += g[0]
    elif caps[j] and toks[j].text[:1].isalpha() and fkeys[j] not in lex.function_words:
        pass                            # capitalised words: read by the caller as name or complement
    elif (toks[j].text[:1].isalpha() and fkeys[j] not in lex.function_words and keys[j] not in lex.cues
          and keys[j] not in lex.prepositions and all(a[0] == NAT for a in added)):
        added.append((WORD, j, j + 1, fkeys[j]))
        j += 1
    elif not added:
        return None
    while j < n:
        dm = lex.demonyms.match(fkeys, caps, j)
        if dm is None or caps[j] and not added:
            break
        added.append((NAT, j, j + dm[0], dm[1]))
        j += dm[0]
    items.extend(added)
    return j, len(added)


def _name_words(items) -> int:
    return sum(1 for it in items if it[0] == CAP)


def _parse(i, items, toks, keys, fkeys, lex, text):
    # trim trailing connectors / particles
    while items and items[-1][0] in (CONN, PART, POSS, DET):
        items.pop()
    if not items:
        return None
    start, end = items[0][1], items[-1][2]
    det = next((it[3] for it in items if it[0] == DET), None)
    heads = [k for k, it in enumerate(items) if it[0] == HEAD]
    # the name: trailing capitalised words (with particles) after the last head
    r = len(items)
    while r > 0 and items[r - 1][0] in (CAP, PART, HON):
        r -= 1
    name_items = items[r:]
    while name_items and name_items[0][0] == PART:
        name_items = name_items[1:]
    if heads and r > 0 and items[r - 1][0] == CONN and name_items:
        # "de la Commission Ursula von der Leyen": the first word completes the title
        if _name_words(name_items) >= 3:
            first = name_items[0]
            name_items = name_items[1:]
            while name_items and name_items[0][0] == PART:
                name_items = name_items[1:]
            items = items[:r] + [(WORD, first[1], first[2], fkeys[first[1]])] + name_items
            r += 1
        else:
            items = items[:r] + [(WORD, it[1], it[2], fkeys[it[1]]) for it in name_items if it[0] == CAP]
            name_items = []
    gender = None
    hon = [it for it in name_items if it[0] == HON]
    if hon:
        gender = hon[0][3]
    name_toks = [it for it in name_items if it[0] != HON]
    name = None
    if name_toks and any(it[0] == CAP for it in name_toks):
        a, b = name_toks[0][1], name_toks[-1][2]
        name = text[toks[a].start:toks[b - 1].end]
        name_span = (a, b)
    det_info = det or (None, None, None)
    if heads:
        h = items[heads[-1]]
        cls, hgender, hnumber, nature = h[3]
        pre_end = name_span[0] if name else end
        title_items = [it for it in items if it[0] not in (DET, HON) and it[2] <= pre_end]
        title = None
        if title_items:
            title = text[toks[title_items[0][1]].start:toks[title_items[-1][2] - 1].end]
        nat = next((it[3] for it in items if it[0] == NAT), None)
        comps = []
        qualifier = None
        for k, it in enumerate(items):
            if it[0] in (DEPT, WORD):
                comps.append(it[3])
            elif it[0] == GAZ:
                if it[3][1] == "government" and nat is None:
                    nat = it[3][0]
                comps.append(it[3][0])
            elif it[0] == QUAL:
                qualifier = it[3]
            elif it[0] == HEAD and k != heads[-1]:
                q = lex.qualifiers.match(fkeys, [True] * len(fkeys), it[1])
                if q is not None:
                    qualifier = q[1]
                comps.append(it[3][0])
        mods = {it[3] for it in items if it[0] == MOD}
        role = _role(title_items, fkeys, lex)
        g = hgender or det_info[1] if nature != "org" else None
        m = Mention(start, end, "title", name_span if name else (start, end), name=name, det=det_info[0],
                    cls=cls, nature=nature, nat=nat, comps=tuple(comps), role=role,
                    gender=gender or g, number=hnumber or det_info[2],
                    same=bool(mods & lex.same), other=bool(mods & lex.other), qualifier=qualifier,
                    title=title)
        return m
    gz = [it for it in items if it[0] == GAZ]
    if gz and not name:
        it = gz[0]
        return Mention(start, gz[0][2], "gaz", (start, gz[0][2]), gaz=it[3], number=it[3][2],
                       nature="org", det=det_info[0])
    if name:
        a, b = name_span
        return Mention(a if det is None else start, b, "name", name_span, name=name, gender=gender,
                       number="s", det=det_info[0], det_name=det is not None and not hon)
    return None


def _role(title_items, fkeys, lex) -> str | None:
    words = tuple(fkeys[j] for it in title_items if it[0] not in (NAT,) for j in range(it[1], it[2]))
    if not words:
        return None
    for role, keys in lex.roles:
        m = len(keys)
        for s in range(0, len(words) - m + 1):
            if words[s:s + m] == keys:
                return role
    return None


def _appositions(ms: list[Mention], keys, lex) -> None:
    """"Le porte-parole du Kremlin, Dmitri Peskov," / "Dmitri Peskov, porte-parole du Kremlin,"."""
    for a, b in zip(ms, ms[1:]):
        if b.start != a.end + 1 or keys[a.end] != ",":
            continue
        after = keys[b.end] if b.end < len(keys) else ""
        if a.kind == "title" and a.name is None and b.kind == "name" and not a.predicate and not b.det_name:
            b.titles.append(a)
            a.appos = b
        elif (a.kind == "name" and b.kind == "title" and b.name is None and after == ","
              and b.det in (None, "def", "bare") and not a.det_name):
            a.titles.append(b)
            b.appos = a
