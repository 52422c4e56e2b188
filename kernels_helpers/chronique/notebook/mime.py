"""An analysis as a notebook output: the timeline for JupyterLab, HTML and PNG for everything else.

``Analysis._repr_mimebundle_`` (what a notebook shows for ``a`` on the last line
of a cell) returns:

=============================================  =====================================================
``application/vnd.chronique.timeline+json``    the timeline bundle (``chronique.export.to_bundle``,
                                               schema ``chronique.timeline/1``): JupyterLab with the
                                               chronique extension draws the chart, the claims table
                                               and the article from it, with no kernel needed
``text/html``                                  the static view (article with its highlights, the
                                               tables and the chart as an image), all text escaped
``image/png``                                  the chart as a picture
``text/plain``                                 ``repr(analysis)``
=============================================  =====================================================

Front ends show the richest type they know, so a saved notebook keeps its
timelines in JupyterLab, nbviewer, GitHub or VS Code alike.  ``include`` and
``exclude`` (IPython's display arguments) skip the types not wanted, and their
cost: the PNG is drawn only when asked for.
"""
from __future__ import annotations

import base64

MIME_TYPE = "application/vnd.chronique.timeline+json"
PNG_SCALE = 0.75        # the PNG fallback at three quarters of the chart's size keeps notebooks small
TYPES = (MIME_TYPE, "text/html", "image/png", "text/plain")


def _wanted(mime: str, include, exclude) -> bool:
    if include is not None and mime not in include:
        return False
    return not (exclude is not None and mime in exclude)


def timeline_bundle(analysis, spec: dict | None = None) -> dict:
    """The timeline bundle of ``analysis`` (what the MIME type carries)."""
    from ..export import to_bundle

    return to_bundle(analysis, spec)


def _drawn(spec: dict, fmt: str):
    """The chart as SVG text or PNG bytes, or None when it cannot be drawn (the output goes without it)."""
    import vl_convert as vlc

    try:
        if fmt == "svg":
            return vlc.vegalite_to_svg(spec)
        return vlc.vegalite_to_png(spec, scale=PNG_SCALE)
    except Exception:  # noqa: BLE001 - the converter raises plain exceptions; the other types still show
        return None


def mimebundle(analysis, include=None, exclude=None) -> dict:
    """The display data of ``analysis``: ``{mime type: data}`` (see the module documentation)."""
    from ..chart import chart_labels
    from ..model import Analysis
    from .chartspec import SpecCache

    if not isinstance(analysis, Analysis):
        raise ValueError(f"a chronique Analysis is needed to display a timeline, not {type(analysis).__name__}")
    wanted = [m for m in TYPES if _wanted(m, include, exclude)]
    data: dict = {}
    spec = lanes = None
    if any(m != "text/plain" for m in wanted):
        cache = SpecCache()
        spec = cache.spec(analysis)
        lanes = cache.data["lanes"]
    if MIME_TYPE in wanted:
        data[MIME_TYPE] = timeline_bundle(analysis, spec)
    if "text/html" in wanted:
        from .view import static_html

        data["text/html"] = static_html(analysis, lanes=lanes,
                                        other_lane=chart_labels(analysis.lang)["other_speakers"],
                                        chart_svg=_drawn(spec, "svg"))
    if "image/png" in wanted:
        png = _drawn(spec, "png")
        if png is not None:
            data["image/png"] = base64.b64encode(png).decode("ascii")
    if "text/plain" in wanted:
        data["text/plain"] = repr(analysis)
    return data


def display(source) -> None:
    """Show an analysis in the notebook: an ``Analysis``, its ``to_dict()`` data or its JSON file."""
    from IPython.display import display as _display

    from ..model import load

    _display(load(source))
