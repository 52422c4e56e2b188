"""chronique: news read with a clock and a ledger.

    >>> import chronique
    >>> a = chronique.analyze(text, published="2019-12-31", lang="fr")
    >>> a.to_dict()["timexes"]
"""
from .model import SCHEMA, Analysis, Issue, Published, Timex, load
from .pipeline import analyze
from .chart import chart

__version__ = "0.1.0"
__all__ = ["analyze", "load", "chart", "Analysis", "Timex", "Issue", "Published", "SCHEMA", "__version__"]
