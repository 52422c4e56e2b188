"""The ``%%chronique`` cell magic: the cell is the article, the cell shows the review widget.

    %load_ext chronique

    %%chronique --published 2019-12 --lang fr --name w
    Le Pentagone va envoyer ... (the article)
"""
from __future__ import annotations

from IPython.core import magic_arguments
from IPython.core.error import UsageError
from IPython.core.magic import Magics, cell_magic, magics_class


@magics_class
class ChroniqueMagics(Magics):
    @magic_arguments.magic_arguments()
    @magic_arguments.argument("--published", "-p", default=None,
                              help="the publication date (2019, 2019-12, 2019-12-31, 2019-12-31T20:00)")
    @magic_arguments.argument("--lang", "-l", default=None, help="the article's language: fr or en (default: detected)")
    @magic_arguments.argument("--name", "-n", default=None,
                              help="also keep the widget in this variable (its .analysis has the corrections)")
    @cell_magic
    def chronique(self, line, cell):
        """Analyse the cell's article and show the review widget."""
        args = magic_arguments.parse_argstring(self.chronique, line)
        if args.name is not None and not args.name.isidentifier():
            raise UsageError(f"%%chronique: --name takes a Python variable name, not {args.name!r}")
        from .widget import widget

        try:
            w = widget(cell, published=args.published, lang=args.lang)
        except ValueError as exc:
            raise UsageError(f"%%chronique: {exc}") from None
        if args.name:
            self.shell.user_ns[args.name] = w
        return w


def load_ipython_extension(ipython) -> None:
    ipython.register_magics(ChroniqueMagics)
