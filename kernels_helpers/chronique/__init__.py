"""chronique: news read with a clock and a ledger.

    >>> import chronique
    >>> a = chronique.analyze(text, published="2019-12-31", lang="fr")
    >>> a.to_dict()["timexes"]
"""
from .model import SCHEMA, Analysis, Issue, Published, Timex, load
from .pipeline import analyze
from .chart import chart
from .corpus import corpus

__version__ = "0.1.0"
__all__ = ["analyze", "load", "chart", "corpus", "widget", "Analysis", "Timex", "Issue", "Published", "SCHEMA", "__version__"]


def widget(source, published=None, lang=None, **options):
    """The review widget for a notebook: article text, a path or an ``Analysis`` (see ``chronique.notebook``)."""
    from .notebook import widget as _widget

    return _widget(source, published=published, lang=lang, **options)


def load_ipython_extension(ipython):
    """``%load_ext chronique``: the ``%%chronique`` cell magic (the cell is the article)."""
    from .notebook.magic import load_ipython_extension as _load

    _load(ipython)
