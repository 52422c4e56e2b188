"""Per-language resources.

Each language is a sub-package (``fr``, ``en``) whose modules hold plain data:
``temporal`` for time expressions.  Adding a language means adding a
sub-package with the same names; the engine is untouched.  ``glossary_table``
assembles the forms of a language's glossary from its word lists and its own
inflection functions.
"""
from __future__ import annotations

import importlib
from functools import lru_cache
from types import ModuleType

LANGUAGES = ("fr", "en")


def check_lang(lang: str) -> str:
    if not isinstance(lang, str) or lang.lower() not in LANGUAGES:
        raise ValueError(
            f"unknown language {lang!r}: chronique reads {', '.join(LANGUAGES)}"
        )
    return lang.lower()


@lru_cache(maxsize=None)
def module(lang: str, part: str) -> ModuleType:
    """The resource module ``part`` (e.g. "temporal") of language ``lang``."""
    return importlib.import_module(f"chronique.resources.{check_lang(lang)}.{part}")


def glossary_table(verbs: dict, inflect, nouns: dict, plural, words: dict, verb_forms: dict | None = None,
                   adjectives: dict | None = None, adjective_forms=None) -> dict:
    """Every form of a language's glossary (``<lang>/glossary.py``) by its key: the forms of each verb lemma
    of ``verbs`` as the language's ``inflect`` gives them (a dict of lists by tense), the forms ``verb_forms``
    lists apart, each noun and its ``plural``, each adjective's ``adjective_forms``, each word as written.
    A form met twice keeps its first key, but a noun or a word takes the key it is listed under."""
    out: dict = {}
    for key, lemmas in verbs.items():
        for lemma in lemmas:
            for forms in inflect(lemma).values():
                for form in forms:
                    out.setdefault(form, key)
    for key, forms in (verb_forms or {}).items():
        for form in forms:
            out.setdefault(form, key)
    for key, group in nouns.items():
        for noun in group:
            out[noun] = key
            out.setdefault(plural(noun), key)
    for key, group in (adjectives or {}).items():
        for adj in group:
            for form in adjective_forms(adj):
                out.setdefault(form, key)
    for key, group in words.items():
        for word in group:
            out[word] = key
    return out
