"""Per-language resources.

Each language is a sub-package (``fr``, ``en``) whose modules hold plain data:
``temporal`` for time expressions.  Adding a language means adding a
sub-package with the same names; the engine is untouched.
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
