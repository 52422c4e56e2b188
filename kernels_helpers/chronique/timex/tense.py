"""The tense of the clause around an expression: does it point forward or back?

In news a bare weekday points to the past about 70% of the time, so a clause
counts as future only on positive evidence: a future form, a modal, or a
"next" word from the language's resources.  A plan or an expectation
("prévu", "scheduled") points forward too, but the plan may already be past:
such a clause is "planned".
"""
from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter
from types import ModuleType

from ..tokens import Token, columns, norm

WINDOW = 12


class TenseReader:
    def __init__(self, res: ModuleType):
        self.future_words = frozenset(res.FUTURE_WORDS)
        self.plan_words = frozenset(getattr(res, "PLAN_WORDS", ()))
        # plan words that look only at what follows them ("fell on Thursday ahead of Friday's report")
        self.lead_words = frozenset(getattr(res, "PLAN_WORDS_BEFORE_ONLY", ()))
        # verbs of an attribution after a comma ("..., it said"): no tense of the clause before
        self.reporting = frozenset(norm(w) for w in getattr(res, "TENSE_REPORTING_WORDS", ()))
        self.right_stops = frozenset(norm(w) for w in getattr(res, "TENSE_RIGHT_STOPS", ()))
        # words opening a subordinate clause: the search on the right stops there ("will suspend exports from
        # Oct. 15 to protect supplies after floods destroyed the crop": the future, not the floods' past)
        self.subordinators = frozenset(norm(w) for w in getattr(res, "TENSE_SUBORDINATORS", ()))
        # plan words that are pasts after these auxiliaries (« ont attendu douze heures vendredi »)
        self.plan_past_after = {norm(w): frozenset(map(norm, aux))
                                for w, aux in getattr(res, "PLAN_WORDS_PAST_AFTER", {}).items()}
        # plan words that are plans only before an infinitive ("compte se rendre", not "compte
        # trois points"), and the endings of an infinitive
        self.inf_plans = frozenset(getattr(res, "PLAN_WORDS_BEFORE_INFINITIVE", ()))
        self.inf_endings = tuple(getattr(res, "INFINITIVE_ENDINGS", ()))
        self.inf_clitics = frozenset(getattr(res, "INFINITIVE_CLITICS", ()))
        self.present_words = frozenset(getattr(res, "SCHEDULE_PRESENT_WORDS", ()))
        # (present forms are no past without their object: "le syndicat appelle à la grève samedi")
        # nouns of a commitment aim ahead through an infinitive after them (« un engagement à augmenter la
        # production au deuxième trimestre »), and say nothing without one, as a present does
        commitments = frozenset(getattr(res, "INTENT_INFINITIVE_NOUNS", ()))
        self.intent_present = frozenset(getattr(res, "INTENT_PRESENT_WORDS", ())) | commitments
        # verbs that aim ahead only through an infinitive ("agreed to meet on Thursday", « ont convenu de se
        # retrouver jeudi »): the infinitive's marks
        self.infinitive_intents = frozenset(getattr(res, "INTENT_INFINITIVE_WORDS", ())) | commitments
        self.infinitive_marks = frozenset(getattr(res, "INFINITIVE_MARKS", ()))
        self.intent_words = (frozenset(getattr(res, "INTENT_WORDS", ())) | self.intent_present | self.infinitive_intents
                             | frozenset(getattr(res, "INTENT_UNTIL_WORDS", ())))
        # negations right before them: "the race was not called until Thursday" tells a past
        self.intent_negations = frozenset(getattr(res, "INTENT_NEGATIONS", ()))
        self.intent_targets = frozenset(getattr(res, "INTENT_TARGETS", ()))
        self.postponing_targets = frozenset(getattr(res, "INTENT_TARGETS_OF_POSTPONING", ()))
        self.determiners = frozenset(norm(w).strip("'") or "'" for w in getattr(res, "DETERMINERS", ()))
        self.intent_events = frozenset(getattr(res, "INTENT_EVENT_NOUNS", ()))
        # verbs of cancelling, ahead only for the fêtes and shows after them (« ont annulé leurs festivités du
        # week-end »; « a annulé l'élection de mars » voids a past one)
        self.cancel_words = frozenset(getattr(res, "INTENT_CANCEL_WORDS", ()))
        self.cancel_nouns = frozenset(getattr(res, "INTENT_CANCEL_NOUNS", ()))
        self.intent_words |= self.cancel_words
        # verbs that keep a state in force ("kept ... until Saturday", « a suspendu le trafic jusqu'à
        # dimanche »): the end after their "until" word lies ahead, whatever their tense
        self.until_only = frozenset(getattr(res, "INTENT_UNTIL_WORDS", ()))
        self.until_targets = frozenset(getattr(res, "INTENT_UNTIL_TARGETS", ()))
        # ... as an act, not as a state told with a copula ("schools were closed until Friday", « la route
        # est restée fermée jusqu'à vendredi »: the tense of the copula tells)
        self.until_not_after = frozenset(getattr(res, "INTENT_UNTIL_NOT_AFTER", ()))
        self.target_only = frozenset(getattr(res, "INTENT_TARGET_ONLY", ())) | self.until_only
        self.present_not_after = frozenset(getattr(res, "SCHEDULE_PRESENT_NOT_AFTER", ()))
        # present forms that are adjectives before a noun ("open fields"), and the words after which they stay verbs
        self.present_adjectives = frozenset(getattr(res, "SCHEDULE_PRESENT_ADJECTIVES", ()))
        self.present_adjective_links = frozenset(getattr(res, "SCHEDULE_PRESENT_ADJECTIVE_LINKS", ()))
        self.present_reflexive = frozenset(getattr(res, "SCHEDULE_PRESENT_REFLEXIVE", ()))
        # ... or before these words: « le musée ouvre ses portes mercredi »
        self.present_objects = {}
        for words in getattr(res, "SCHEDULE_PRESENT_OBJECTS", ()):
            self.present_objects.setdefault(words[0], set()).add(tuple(words[1:]))
        # (pluperfect auxiliary, participle of "be") pairs: "had been postponed", « avait été reporté »
        self.pluperfect = {}
        for a, b in getattr(res, "PLUPERFECT_PASSIVE", ()):
            self.pluperfect.setdefault(a, set()).add(b)
        # (word, next word) pairs in which a tense word is none ("next to")
        self.no_marker = {}
        for a, b in getattr(res, "TENSE_WORD_EXCEPTIONS", ()):
            self.no_marker.setdefault(a, set()).add(b)
        self.degree_words = frozenset(norm(w) for w in getattr(res, "TENSE_EXCEPTION_DEGREE_WORDS", ()))
        # (word before, word) pairs in which a tense word is none ("as planned", "comme prévu")
        self.no_marker_after = {}
        for a, b in getattr(res, "TENSE_WORD_AFTER_EXCEPTIONS", ()):
            self.no_marker_after.setdefault(b, set()).add(a)
        # the words either kind of exception may concern (one test before reading them)
        self.excepted = frozenset(self.no_marker) | frozenset(self.no_marker_after)
        # words that are plans only before one of the given words: "has to", "have to"
        self.plan_before = {norm(w): frozenset(map(norm, nxt))
                            for w, nxt in getattr(res, "PLAN_WORDS_WITH_NEXT", {}).items()}
        self.plan_suffixes = tuple(getattr(res, "PLAN_SUFFIXES", ()))
        self.plan_exceptions = frozenset(getattr(res, "PLAN_SUFFIX_EXCEPTIONS", ()))
        self.imperfect_endings = tuple(getattr(res, "IMPERFECT_LOOKALIKE_ENDINGS", ()))
        self.conditionals = frozenset(getattr(res, "CONDITIONALS_ENDING_SO", ()))
        self.passive_present = frozenset(getattr(res, "PASSIVE_PRESENT_AUX", ()))
        self.etre_participles = frozenset(getattr(res, "ETRE_PARTICIPLES", ()))
        # modals whose verb phrase may run past the window of an expression it dates ("would lead a review of ...
        # by May 1")
        self.far_plans = frozenset(getattr(res, "TENSE_FAR_PLAN_WORDS", ()))
        self.intent_not_before = frozenset(getattr(res, "INTENT_NOT_BEFORE", ()))
        self.declared_day = frozenset(getattr(res, "DECLARED_DAY_WORDS", ()))
        self.declared_day_after = frozenset(getattr(res, "DECLARED_DAY_AFTER", ()))
        self.conditional_passive = frozenset(getattr(res, "CONDITIONAL_PASSIVE_AUXILIARIES", ()))
        self.participle_endings = tuple(getattr(res, "PARTICIPLE_ENDINGS_UNTOLD", ()))
        self.reflexives = frozenset(getattr(res, "REFLEXIVES", ()))
        self.future_suffixes = tuple(res.FUTURE_SUFFIXES)
        self.future_exceptions = frozenset(res.FUTURE_SUFFIX_EXCEPTIONS)
        self.past_words = frozenset(res.PAST_WORDS)
        self.past_suffixes = tuple(res.PAST_SUFFIXES)
        self.past_exceptions = frozenset(getattr(res, "PAST_SUFFIX_EXCEPTIONS", ()))
        self.complement_verbs = frozenset(getattr(res, "OBJECT_COMPLEMENT_VERBS", ()))
        self.schedule_copulas = frozenset(getattr(res, "SCHEDULE_COPULAS", ()))
        self.copula_links = frozenset(getattr(res, "SCHEDULE_COPULA_LINKS", ()))
        self.adverb_endings = tuple(getattr(res, "ADVERB_ENDINGS", ()))
        self.past_min = res.PAST_SUFFIX_MIN
        self.breaks = frozenset(res.CLAUSE_BREAKS)
        self.soft_breaks = frozenset(getattr(res, "CLAUSE_SOFT_BREAKS", ()))
        # conjunctions that open a clause of their own after an expression, not before it: "arrested 20
        # people on Sunday and will release them" (but "will arrive and meet him on Friday")
        self.right_soft_breaks = frozenset(getattr(res, "CLAUSE_SOFT_BREAKS_AFTER", ()))
        self.not_past_after = frozenset(getattr(res, "NOT_PAST_AFTER", ()))
        # negations between an auxiliary and its participle ("is not reached")
        self.negations = frozenset(getattr(res, "PARTICIPLE_NEGATIONS", ()))
        self.past_plans = frozenset(norm(w) for w in getattr(res, "PAST_PLAN_WORDS", ()))
        self.codes = _Codes(self._key_code)
        # the tokens' keys say what their texts say (see ``_key_code``), unless an apostrophe
        # alone were a tense word or a clause break: then the texts are read
        self.by_key = self._read("'", True) == self._read("'", False)
        self.text_codes = _Codes(self._code)
        # what a verb keeping a state in force says with no "until" after it: its code as any other word
        self.until_plain = {norm(w): self._read(norm(w), True, intent=False) for w in self.until_only}

    def _code(self, text: str) -> int:
        """What a token's text says by itself: 0 nothing, 1 future, 2 past, 3 a clause break,
        4 a plan, 5 a soft break (a comma), 6 "est"/"sont" (a past after a reflexive pronoun), 7 a
        present tense of a scheduled event ("meets", "s'ouvre"), read as a plan, 8 a verb of calling,
        promising or setting a date ("appelé", "promised"): a plan when its object stands between it
        and the expression, else a past, 9 a plan only before certain words ("has" in "has to"), 10 a
        soft break on the right of an expression only ("and")."""
        return self._read(norm(text), text[:1].isalpha())

    def _key_code(self, low: str) -> int:
        """``_code`` of a token's text read from its key.  A text and its key start with a letter
        alike, except U+02BC (a modifier letter, so part of a word) which the key folds to an
        apostrophe: a key of more than one character that starts with an apostrophe comes from
        such a word, the apostrophes alone ("'") are punctuation (or that letter alone, which says
        the same when no language lists "'": ``by_key``)."""
        return self._read(low, low[:1].isalpha() or (low[:1] == "'" and len(low) > 1))

    def _read(self, low: str, alpha: bool, intent: bool = True) -> int:
        """``_code`` of a text, given its ``norm`` and whether it starts with a letter (``intent``: read
        a verb of ``intent_words`` as one)."""
        if low in self.breaks:
            return 3
        if low in self.soft_breaks:
            return 5
        if low in self.right_soft_breaks:
            return _SOFT_AFTER
        if low in self.passive_present:
            return 6
        if not alpha:
            return 0
        if low in self.plan_before:
            return 9
        if low in self.future_words:
            return 1
        if low in self.present_words:
            return 7
        if intent and low in self.intent_words:
            return 8
        if low in self.past_plans:
            return _PAST_PLAN
        if low in self.plan_words:
            return 4
        if self.plan_suffixes and len(low) > 5 and low.endswith(self.plan_suffixes) \
                and low not in self.plan_exceptions and not self._imperfect(low):
            return 4
        if self.future_suffixes and len(low) > 4 and low.endswith(self.future_suffixes) \
                and low not in self.future_exceptions:
            return 1
        if low in self.past_words or (self.past_suffixes and len(low) >= self.past_min
                                      and low.endswith(self.past_suffixes) and low not in self.past_exceptions):
            return 2
        return 0

    def _verb_after(self, lows: list[str], p: int, end: int, toks) -> bool:
        """Whether the word after the mark of an infinitive at token ``p`` (its elision skipped: « d'annuler »)
        may be a verb: a word, not a determiner ("to the bank", « de la ville ») nor a capitalised name
        ("pledged allegiance to Islamic State"), and an infinitive where the language's have endings."""
        q = p + 2 if p + 2 < end and lows[p + 1] == "'" else p + 1
        if self.inf_endings:
            # a language whose infinitives have endings: past the pronouns (``INFINITIVE_CLITICS``:
            # « de se retrouver », « de ne pas la fermer »), the word must end as one (« menacé de mort
            # jeudi », « demandé de nouvelles élections » have none)
            limit = min(end, q + 5)
            while q < limit and (lows[q] in self.inf_clitics or lows[q] == "'"):
                q += 1
            return q < end and lows[q].endswith(self.inf_endings) and not toks[q].text[:1].isupper()
        return (q < end and lows[q].isalpha() and lows[q] not in self.determiners
                and not toks[q].text[:1].isupper())

    def _imperfect(self, low: str) -> bool:
        """Whether ``low``, ending as a conditional (``PLAN_SUFFIXES``), is an imperfect: it ends as one of
        ``IMPERFECT_LOOKALIKE_ENDINGS`` (« réparait », « espérait »), unless it is a conditional written so
        (``CONDITIONALS_ENDING_SO``: « saurait »)."""
        return low.endswith(self.imperfect_endings) and low not in self.conditionals

    def _no_past(self, lows: list[str], j: int) -> bool:
        """Whether the past form at token ``j`` (j > 0) is no past tense: a participle after a
        word of ``NOT_PAST_AFTER`` ("will be held", "restent fermées"), or a present passive
        ("est fixée au 4 avril"; but "est arrivé", "s'est rendu" are pasts)."""
        before = lows[j - 1]
        if self.adverb_endings and j > 1 and len(before) > 4 and before.endswith(self.adverb_endings):
            j -= 1                      # « doit être définitivement voté », "will be formally approved"
            before = lows[j - 1]
        if before in self.negations and j > 1:
            j -= 1                      # "if a deal is not reached by Friday": the auxiliary before "not"
            before = lows[j - 1]
        if before in self.not_past_after:
            return True
        k = j - 2 if j > 4 and before == "-" else j     # (a hyphenated participle: "de-energized")
        if k > 2 and lows[k - 3] in self.complement_verbs and lows[k - 2] in self.determiners:
            return True                 # "would keep the lines de-energized through Tuesday": the object's
                                        # attribute, no tense (``OBJECT_COMPLEMENT_VERBS``)
        if before not in self.passive_present or lows[j] in self.etre_participles:
            return False
        return not self._reflexive_before(lows, j - 1)

    def _reflexive_before(self, lows: list[str], j: int) -> bool:
        """Whether a reflexive pronoun comes right before token ``j`` ("s'est", "se sont")."""
        r = lows[j - 1] if j >= 1 else ""
        if r == "'" and j >= 2:
            r = lows[j - 2]
        return r in self.reflexives

    def tense(self, toks: list[Token], start: int, end: int, cache: dict | None = None) -> str | None:
        """'future', 'planned', 'past' or None for the clause around tokens [start, end).

        The nearest tense marker within a few words wins, looking no further than a clause
        break or the sentence.  ``cache`` keeps the document's token keys for the next
        expression."""
        if not toks:
            return None
        if cache is None:
            cache = {}
        doc = cache.get(_DOC)
        if doc is None:
            # once per document: the tokens' keys, what the codes are read from (``columns``
            # reads the whole token list unless it was the last one tokenized), the codes
            lows = columns(toks)[0]
            doc = cache[_DOC] = (lows, lows if self.by_key else list(map(_TEXT, toks)),
                                 self.codes if self.by_key else self.text_codes)
        # a token's code is looked up as the search reaches it: the nearest marker is a few
        # tokens away (a clause break is a marker), so most of the document is never read
        lows, keys, codes = doc
        sid = toks[start].sent
        if self.schedule_copulas and start > 1 and toks[start].text[:1].isupper():
            k = start - 2 if lows[start - 1] in self.copula_links else start - 1
            if k > 0 and lows[k] in self.schedule_copulas and toks[k].sent == sid and toks[k - 1].text[:1].isalpha():
                return "planned"    # "The vote is on Sunday", "The deadline is Friday": a named date set,
                                    # ahead (not "is now", "are 40 years old")
        best: tuple[int, int] | None = None
        # the nearest marker on the left (a marker on the left weighs a little more: the
        # auxiliary usually precedes), then on the right, each looking no further than a
        # clause break or the sentence.  A marker past a comma counts only when the other side
        # has none before its own comma: "prendra fin en novembre, a indiqué le ministre" is
        # a future, the verb of saying is another clause's
        # (the tokens of other time expressions, given by ``time_spans``, are not counted in the
        # distance: "landfall around 2 p.m. EST (1900 GMT) on Wednesday" is close to "landfall")
        far = 4 * WINDOW
        n = len(toks)
        left = start - WINDOW if start > WINDOW else 0
        right = end + WINDOW if end + WINDOW < n else n
        skipped_left = skipped_right = ()     # the other expressions' spans in the window
        spans = cache.get(_SPANS)
        if spans is not None:
            starts, ends = spans
            k = bisect_left(starts, start)
            i = k - 1
            if i >= 0 and ends[i] > left:
                # each other expression in the window widens it by its tokens (all of each: the
                # window then holds it whole), over at most ``_SKIPPED`` of them
                skipped_left = []
                stop = i - _SKIPPED
                while i > stop and i >= 0 and ends[i] > left:
                    a, b = starts[i], ends[i]
                    skipped_left.append((a, b))
                    left -= (b if b < start else start) - a
                    i -= 1
                left = max(left, start - 4 * WINDOW, 0)
            i = k + 1 if k < len(starts) and starts[k] == start else k
            if i < len(starts) and starts[i] < right:
                skipped_right = []
                stop = min(i + _SKIPPED, len(starts))
                while i < stop and starts[i] < right:
                    a, b = starts[i], ends[i]
                    skipped_right.append((a, b))
                    right += b - (a if a > end else end)
                    i += 1
                right = min(right, end + 4 * WINDOW, n)
        # (a tense word inside another expression is that expression's: "a cut at the Fed's March 19-20
        # meeting, up from 45% a month ago" is no past for March)
        hit = self._nearest(range(start - 1, left - 1, -1), codes, keys, lows, toks, start, skipped_left)
        if (hit is not None and hit[1] == _PAST and self.right_stops and hit[0] < start - 1
                and not self.right_stops.isdisjoint(lows[hit[0] + 1:start])):
            hit = None              # "said last week that a December cut was likely": the complementizer opens
                                    # the clause of the expression; the past of the verb of saying before it is
                                    # another clause's (a prospect's word before it carries into it: « n'exclut
                                    # pas que ... dans les prochains jours »)
        closer = False                  # (whether the search stopped at the close of a quotation before the expression)
        if hit is not None and hit[1] == _BREAK and lows[hit[0]] in _CLOSING_QUOTES and toks[hit[0]].sent == sid:
            # « prévoit des actions « dans tous les départements » à partir de vendredi », 'vowed to hold
            # "a series of rallies" on Friday': a short quotation inside the clause parts it from nothing;
            # the search goes on before it (its words not counted in the distance)
            q = hit[0]
            k = q - 1
            while k > q - _QUOTE_SPAN and k >= 0 and lows[k] not in _OPENING_QUOTES and toks[k].sent == sid:
                k -= 1
            if k > q - _QUOTE_SPAN and k > 0 and lows[k] in _OPENING_QUOTES and toks[k].sent == sid:
                closer = True
                skipped_left = [*skipped_left, (k, q + 1)]
                back = self._nearest(range(k - 1, max(left - (q + 1 - k), 0) - 1, -1), codes, keys, lows, toks,
                                     start, skipped_left)
                if back is not None and back[1] != _BREAK:
                    hit = back
        if (not closer and hit is not None and hit[1] == _BREAK and lows[hit[0]] in _OPENING_QUOTES
                and toks[hit[0]].sent == sid):
            # « a prévenu que les perturbations dureraient « au moins tout le week-end » », 'vowed to keep up
            # "protests all week"': inside a short quotation within the clause, with no marker in it after the
            # expression either, the search goes on before it (its words not counted in the distance)
            q = hit[0]
            c = end
            while c < q + _QUOTE_SPAN and c < n and lows[c] not in _CLOSING_QUOTES and toks[c].sent == sid:
                c += 1
            if (c < q + _QUOTE_SPAN and c < n and lows[c] in _CLOSING_QUOTES and toks[c].sent == sid
                    and self._nearest(range(end, c), codes, keys, lows, toks, None, skipped_right) is None):
                skipped_left = [*skipped_left, (q, start)]
                back = self._nearest(range(q - 1, max(left - (start - q), 0) - 1, -1), codes, keys, lows, toks,
                                     start, skipped_left)
                if back is not None and back[1] not in (_BREAK, _PAST) and codes[keys[back[0]]] != _PRESENT:
                    hit = back          # (a mark of what lies ahead only: a past before the quotation is mostly
                                        # the verb that reports its words, 'said he hoped to resume racing "by
                                        # early May"'; nor a present: 'c'est « la cinquième catastrophe en huit
                                        # ans »' is no schedule)
        if hit is None and left > 0:
            # no marker in the window: the nearest one further back (one search for the three cases below)
            back = self._nearest(range(left - 1, max(start - far, 0) - 1, -1), codes, keys, lows, toks, start,
                                 skipped_left)
            if back is None or back[2]:
                pass
            elif back[1] == _PLAN and lows[back[0]] in self.intent_words and not self.intent_events.isdisjoint(
                    lows[left:start]):
                # « a convoqué une réunion d'urgence de son Conseil de paix et de sécurité vendredi »: an
                # event called for, in the window, whose verb setting it lies further back (its long name
                # between): that verb's aim
                hit = back
            elif (back[1] == _PLAN and lows[back[0]] in self.until_only and self.until_targets
                    and not self.until_targets.isdisjoint(lows[max(left, start - 3):start])):
                # « a placé jeudi 19 départements du quart sud-est en vigilance rouge à partir de vendredi
                # midi »: the start or end of a state that a verb further back puts in force (its long object
                # between)
                hit = back
            elif back[1] == _FUTURE and toks[back[0]].sent == sid:
                # 'He will be formally proclaimed monarch by the Accession Council at St James's Palace on
                # Saturday': no marker nor clause break in the window, the auxiliary of a future further back
                hit = back
            elif back[1] == _PLAN and toks[back[0]].sent == sid and lows[back[0]] in self.far_plans:
                # 'said Michael Barr would lead a review of its oversight of Silicon Valley Bank, with findings to
                # be released by May 1': so too a modal of what lies ahead (``TENSE_FAR_PLAN_WORDS``)
                hit = back
        if hit is not None and hit[1] != _BREAK and toks[hit[0]].sent == sid:
            d = start - hit[0]
            for a, b in skipped_left:
                if b > hit[0]:
                    d -= min(b, start) - max(a, hit[0])
            best = ((far if hit[2] else 0) + 2 * d, hit[1])
        if best is not None:
            # a marker on the right wins only when nearer than the one on the left (its score is at
            # least twice its distance, less the other expressions' tokens between, plus one): the
            # search stops where none could
            reach = end + best[0] // 2
            for a, b in skipped_right:
                reach += b - (a if a > end else end)
            if reach < right:
                right = reach
        # (a complementizer right after the expression opens another clause: "said in a note on
        # Wednesday that they expect a cut")
        if self.subordinators and best is not None:
            for j in range(end, right):
                if lows[j] in self.subordinators:
                    right = j           # (only when the left has a marker: else the clause's verb may follow)
                    break
        hit = None if end < n and lows[end] in self.right_stops else \
            self._nearest(range(end, right), codes, keys, lows, toks, None, skipped_right)
        if hit is not None and hit[2] and (lows[hit[0]] in self.reporting
                                           or hit[0] + 1 < n and lows[hit[0] + 1] in self.reporting) \
                and start >= _OPENING and toks[start - _OPENING].sent == sid:
            # (not for an expression opening its sentence: "Tomorrow, he announced ..." is that verb's)
            # "The firm will pay ... by Feb. 23, it said", « ... le 1er mars, a annoncé le ministre »:
            # the verb of an attribution after the clause is not the clause's tense; its own verb
            # may lie further back than the window
            hit = None
            if best is None:
                far_left = max(start - far, 0)
                back = self._nearest(range(start - 1, far_left - 1, -1), codes, keys, lows, toks, start,
                                     skipped_left)
                if back is not None and back[1] != _BREAK and toks[back[0]].sent == sid and not back[2]:
                    best = (2 * (start - back[0]), back[1])
        if hit is not None and hit[1] != _BREAK and toks[hit[0]].sent == sid:
            d = hit[0] - end + 1
            for a, b in skipped_right:
                if a < hit[0]:
                    d -= min(b, hit[0]) - max(a, end)
            score = (far if hit[2] else 0) + 2 * d + 1
            if best is None or score < best[0]:
                best = (score, hit[1])
        return None if best is None else _TENSES[best[1]]

    def _nearest(self, positions, codes, keys: list[str], lows: list[str], toks, origin: int | None = None,
                 inside=()) -> tuple | None:
        """The first marker among the tokens at ``positions`` (read in that order), outside the
        spans ``inside`` (other time expressions): (its position, its code, whether a comma came
        before it), or None.

        A comma and a clause break are told apart first: they are the commonest markers, and
        the tests of a verb (another expression's word, a capital, the exceptions) are not
        theirs.  The tests that only skip a word commute, so each code reads just its own."""
        crossed = False
        excepted = self.excepted
        for j in positions:
            code = codes[keys[j]]
            if not code:
                continue
            if code == _INTENT and lows[j] in self.until_only and not (
                    origin is not None and (j == 0 or lows[j - 1] not in self.until_not_after)
                    and self._target_between(lows, self.until_targets, j, origin, inside)):
                code = self.until_plain[lows[j]]    # "shares closed yesterday": no end of a state, a past
                if not code:
                    continue
            if code == _SOFT:
                if 0 < j < len(toks) - 1 and toks[j - 1].digit and toks[j + 1].digit \
                        and toks[j - 1].end == toks[j].start and toks[j].end == toks[j + 1].start:
                    continue            # « 2,2 % »: a decimal comma, no clause's
                crossed = True
                continue
            if code == _SOFT_AFTER:
                if origin is None:
                    crossed = True      # (read on the right of the expression only)
                continue
            if code == _BREAK:
                if inside and _within(inside, j):
                    continue            # (nor is the colon of "11:59 p.m." or the full stop of "Jan." a
                                        # clause break: they are that expression's)
                if excepted and lows[j] in excepted and self._excepted(lows, j):
                    continue
                if j + 1 < len(toks) and lows[j] in _SENTENCE_ENDS and toks[j + 1].sent == toks[j].sent:
                    continue            # the full stop of "a.m." or "U.S." ends no clause
                return j, code, crossed
            if inside and _within(inside, j):
                continue
            if j > 0 and toks[j].text[:1].isupper() and toks[j - 1].sent == toks[j].sent:
                continue                # "Theresa May said", "April-May", "Will Carden": a name, no tense
            if excepted and lows[j] in excepted and self._excepted(lows, j):
                continue                # "next to the U.S. embassy", "as planned": no marker
            if code == _FUTURE or code == _PAST_PLAN:
                return j, code, crossed
            if code == _PLAN_BEFORE:
                if j + 1 < len(lows) and lows[j + 1] in self.plan_before[lows[j]]:
                    return j, _PLAN, crossed    # "has to pass on Friday": an obligation, ahead; « a lieu
                                                # jeudi »: a scheduled event
                if lows[j] not in self.past_words:
                    continue            # "has said": no plan
                code = _PAST            # « a eu lieu », « a dit »: the auxiliary of a past
            if code == _AUX:
                if not self._reflexive_before(lows, j):
                    continue
                return j, _PAST, crossed    # "s'est tenu": a past
            if code == _PAST:
                if j > 0 and self._no_past(lows, j) and not (
                        j > 1 and toks[j - 1].text[:1].isupper() and toks[j - 2].sent == toks[j - 1].sent):
                    continue            # "will be held", "va être déployé": not a past tense (but
                                        # "Theresa May said": a name, no modal)
                if (lows[j] in self.conditional_passive and j + 1 < len(lows)
                        and lows[j + 1] not in self.etre_participles
                        and (codes[keys[j + 1]] == _PAST or len(lows[j + 1]) > 2
                             and lows[j + 1].endswith(self.participle_endings))):
                    # « un hommage serait rendu lundi », « une solution serait trouvée avant le 14 juillet »: the
                    # auxiliary of a passive conditional (its participle, read first, is none: ``_no_past``), a plan
                    # reported, the date nearest publication (not « il serait arrivé lundi », a past conditional;
                    # nor « serait à l'origine de l'attaque de mardi », no passive)
                    return j, _PAST_PLAN, crossed
                return j, code, crossed
            if code == _PLAN and origin is None and lows[j] in self.lead_words:
                continue                # "fell on Thursday ahead of Friday's report": Friday's plan
            if code == _PLAN and j > 0 and lows[j] in self.plan_past_after \
                    and lows[j - 1] in self.plan_past_after[lows[j]]:
                return j, _PAST, crossed    # « des patients ont attendu douze heures »: waited
            if code == _PLAN and lows[j] in self.inf_plans and not self._infinitive_after(lows, j):
                continue                # « l'OM compte trois points d'avance »: no plan
            if code == _INTENT:
                # "ont appelé à la grève du 3 au 5 juillet", "set the vote for Sept. 14", "postponed
                # to Thursday": the date of the event called for, or aimed at, lies ahead; "a appelé
                # mardi à ...", "called on the government on Monday": the call's own date, past
                # ("l'audience est fixée au 4 avril", "sont appelés aux urnes": a present passive, ahead)
                between = lows[j + 1:origin + 1] if origin is not None else ()
                # (a target word just before the date, "postponed to Thursday", "set ... for June", or
                # before a verb, "appelé les élus à se mobiliser samedi"; "were called to the bank on
                # Monday", a place, is a past)
                targets = (self.until_targets if lows[j] in self.until_only else
                           self.intent_targets | self.postponing_targets if lows[j] in self.target_only
                           else self.intent_targets)
                if j + 1 < len(lows) and lows[j + 1] in self.intent_not_before:
                    code = _PAST        # "called off the march late on Saturday": when it was stopped
                elif (lows[j] in self.declared_day and origin == j + 1 and origin + 1 < len(lows)
                        and lows[origin + 1] in self.declared_day_after):
                    code = _PLAN        # "declared Monday a non-working day": the day declared, ahead
                elif lows[j] in self.cancel_words:
                    code = _PLAN if origin is not None and not self.cancel_nouns.isdisjoint(between) else _PAST
                elif lows[j] in self.infinitive_intents:
                    # "asked airlines to cancel flights on Thursday": ahead through the infinitive only
                    # ("asked for help on Thursday", "asked on Thursday": the asking's date)
                    code = _PLAN if origin is not None and self._infinitive_between(lows, toks, j, origin) \
                        else _PAST
                else:
                    code = _PLAN if (origin is not None and (
                        self._target_between(lows, targets, j, origin, inside)
                        or lows[j] not in self.target_only and not self.intent_events.isdisjoint(between))
                        or j > 0 and lows[j - 1] in self.passive_present
                        and not self._reflexive_before(lows, j - 1)) else _PAST
                if code == _PAST and (j > 0 and lows[j - 1] in self.present_not_after
                                      or lows[j] in self.intent_present or lows[j] in self.target_only
                                      or j > 0 and self._no_past(lows, j)):
                    continue            # "will set quotas from Jan. 1": the auxiliary's tense; "calls
                                        # on Monday for calm": the present says nothing; « sera mis en
                                        # délibéré début juin »: a postponement without its target, the
                                        # auxiliary's tense; "would be announced", « doit être votée »: a
                                        # participle as any other
                if code == _PLAN and j > 0 and lows[j - 1] in self.intent_negations:
                    code = _PAST        # "was not called until Thursday": it came only then
                if code == _PLAN and j > 1 and lows[j - 2] in self.pluperfect and lows[j - 1] in self.pluperfect[lows[j - 2]]:
                    code = _PAST        # « avait été reporté à juin », "had been postponed to June": the
                                        # postponement is told as past, and so is its date
            elif code == _PRESENT:
                if j > 0 and lows[j - 1] in self.present_not_after:
                    continue            # "did not meet on Monday": another verb's tense
                if (lows[j] in self.present_adjectives and j + 1 < len(lows) and j + 1 != origin
                        and toks[j + 1].text.isalpha() and toks[j + 1].text.islower()
                        and lows[j + 1] not in self.present_adjective_links):
                    continue            # "fleeing across open fields on Saturday morning": an adjective
                if lows[j] in self.present_reflexive and not self._reflexive_before(lows, j) and not any(
                        tuple(lows[j + 1:j + 1 + len(obj)]) == obj for obj in self.present_objects.get(lows[j], ())):
                    continue            # « le parquet ouvre une enquête »: news told in the present
                code = _PLAN            # "The Fed meets on Wednesday": a scheduled event, ahead
            return j, code, crossed
        return None

    # (the tests below are methods of their own, so that ``_nearest`` shares none of its names with
    # a generator: its loop then reads them as plain locals)
    def _infinitive_after(self, lows: list[str], j: int) -> bool:
        """Whether one of the three words after token ``j`` ends as an infinitive."""
        return any(w.endswith(self.inf_endings) for w in lows[j + 1:j + 4])

    def _infinitive_between(self, lows: list[str], toks, j: int, origin: int) -> bool:
        """Whether the mark of an infinitive followed by a verb stands between tokens ``j`` and ``origin``."""
        return any(lows[p] in self.infinitive_marks and self._verb_after(lows, p, origin, toks)
                   for p in range(j + 1, origin))

    def _target_between(self, lows: list[str], targets: frozenset, j: int, origin: int, inside=()) -> bool:
        """Whether a word of ``targets`` stands between tokens ``j`` and ``origin``, just before the
        expression or before no determiner, outside the spans ``inside`` (other time expressions: the « à »
        of « annoncé dans la nuit de mardi à mercredi » aims at nothing)."""
        return any(lows[p] in targets and (p >= origin - 2 or lows[p + 1] not in self.determiners)
                   and not (inside and _within(inside, p))
                   for p in range(j + 1, origin))

    def _excepted(self, lows: list[str], j: int) -> bool:
        """Whether the tense word at token ``j`` is none next to its neighbour: "next to the U.S.
        embassy" (``TENSE_WORD_EXCEPTIONS``), "failed to meet on Thursday as planned"
        (``TENSE_WORD_AFTER_EXCEPTIONS``)."""
        low = lows[j]
        if low in self.no_marker and j + 1 < len(lows):
            k = j + 1
            while k < len(lows) - 1 and k < j + 4 and (lows[k] in self.degree_words or lows[k] in _QUOTE_MARKS):
                k += 1                  # 'was "very likely"', « était très probable »
            if lows[k] in self.no_marker[low]:
                return True
        return low in self.no_marker_after and j > 0 and lows[j - 1] in self.no_marker_after[low]


def _within(spans, j: int) -> bool:
    """Whether token ``j`` lies in one of ``spans`` (start, end)."""
    for a, b in spans:
        if a <= j < b:
            return True
    return False


def time_spans(cache: dict, spans) -> None:
    """Tell ``TenseReader.tense`` (through its ``cache``) the token spans ``(start, end)`` of the
    document's time expressions, in text order: they do not count in a marker's distance."""
    spans = list(spans)
    cache[_SPANS] = ([a for a, _ in spans], [b for _, b in spans])


_DOC = "document"                       # the cache entry of the document's keys
_SPANS = "time spans"                   # the cache entry of ``time_spans``
_TEXT = attrgetter("text")
# quotation marks, walked over from the right: the closing ones (and the straight one), the opening ones; a
# quotation longer than this many tokens is the words of a clause of their own
_CLOSING_QUOTES = frozenset('»”"')
_OPENING_QUOTES = frozenset('«“"')
_QUOTE_MARKS = _CLOSING_QUOTES | _OPENING_QUOTES
_QUOTE_SPAN = 12
_FUTURE, _PAST, _BREAK, _PLAN, _SOFT, _AUX, _PRESENT, _INTENT = 1, 2, 3, 4, 5, 6, 7, 8   # (``TenseReader._code``)
_PLAN_BEFORE = 9                        # a plan only before certain words ("has to")
_SOFT_AFTER = 10                        # a soft break on the right of an expression only ("and")
_OPENING = 4                            # tokens from its sentence's start within which an expression opens it
_SKIPPED = 3                            # other expressions a window widens over, each way, at most
_SENTENCE_ENDS = frozenset(".!?")       # breaks only where the tokenizer ends a sentence
_PAST_PLAN = 11                         # a plan told in the past (« devait »): the day nearest publication
_TENSES = {_FUTURE: "future", _PAST: "past", _PLAN: "planned", _PAST_PLAN: "either"}


class _Codes(dict):
    """A token's key or text -> what ``read`` makes of it, worked out on first sight (at most
    100,000 kept)."""

    def __init__(self, read):
        super().__init__()
        self.read = read

    def __missing__(self, word: str) -> int:
        if len(self) >= 100_000:
            self.clear()
        code = self[word] = self.read(word)
        return code
