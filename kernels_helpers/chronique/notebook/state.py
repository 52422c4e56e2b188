"""Corrections saved with a notebook's widget state.

JupyterLab (with "Save Widget State Automatically") and ``jupyter nbconvert``
store the state of every widget in the notebook's metadata.  The article view
of ``chronique.widget`` keeps the corrected analysis in its state, so a saved
notebook shows the corrections when reopened, and ``saved_analyses`` reads
them back::

    a = chronique.notebook.saved_analyses("review.ipynb")[-1]
    chronique.widget(a)              # the corrections, each one undoable
"""
from __future__ import annotations

import json
import os

from ..model import SCHEMA, Analysis, load

WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
VIEW_ID = "chronique.notebook.widget.ArticleView"


def saved_analyses(notebook) -> list[Analysis]:
    """The analyses saved in the widget state of ``notebook`` (a path or the notebook as a dict)."""
    if isinstance(notebook, (str, os.PathLike)):
        try:
            with open(os.fspath(notebook), encoding="utf-8") as fh:
                notebook = json.load(fh)
        except FileNotFoundError:
            raise ValueError(f"no such notebook: {os.fspath(notebook)}") from None
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{os.fspath(notebook)} is not a notebook: {exc}") from None
    if not isinstance(notebook, dict):
        raise ValueError("a notebook is a path or a dict (nbformat)")
    widgets = (notebook.get("metadata") or {}).get("widgets") or {}
    state = (widgets.get(WIDGET_STATE) or {}).get("state") or {}
    out = []
    for model in state.values():
        s = (model or {}).get("state") or {}
        data = s.get("analysis")
        # (a state saved without default values has no _anywidget_id: the analysis identifies the view)
        if s.get("_anywidget_id", VIEW_ID) == VIEW_ID and isinstance(data, dict) and data.get("schema") == SCHEMA:
            out.append(load(data))
    return out
