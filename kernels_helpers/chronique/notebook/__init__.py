"""chronique in notebooks: the review widget, its static rendering and the ``%%chronique`` magic."""
from .state import saved_analyses
from .widget import ArticleView, ChroniqueWidget, widget

__all__ = ["widget", "ChroniqueWidget", "ArticleView", "saved_analyses", "load_ipython_extension"]


def load_ipython_extension(ipython):
    """``%load_ext chronique``: the ``%%chronique`` cell magic."""
    from .magic import load_ipython_extension as load

    load(ipython)
