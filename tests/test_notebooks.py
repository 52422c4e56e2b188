"""Every demo notebook runs headless (nbclient) without an error, in a copy of demo_notebooks/."""
import shutil

import pytest

from conftest import ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

DEMO = ROOT / "demo_notebooks"
NOTEBOOKS = sorted(p.name for p in DEMO.glob("*.ipynb"))
CELL_TIMEOUT = 300
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def test_the_three_demo_notebooks_are_there():
    assert len(NOTEBOOKS) == 3, NOTEBOOKS
    for name in NOTEBOOKS:
        nb = nbformat.read(DEMO / name, as_version=4)
        nbformat.validate(nb)
        assert nb.metadata["kernelspec"]["name"] == "python3"


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """A copy of demo_notebooks/ (the notebooks write their exports beside themselves)."""
    where = tmp_path_factory.mktemp("demo_notebooks")
    shutil.copytree(DEMO / "data", where / "data")
    for name in NOTEBOOKS:
        shutil.copy(DEMO / name, where / name)
    return where


_RUN: dict = {}


def run(workdir, name, extra_cells=()):
    """The notebook executed (once per name and extra cells), its outputs filled in."""
    key = (name, tuple(extra_cells))
    if key not in _RUN:
        nb = nbformat.read(workdir / name, as_version=4)
        for source in extra_cells:
            nb.cells.append(nbformat.v4.new_code_cell(source))
        client = nbclient.NotebookClient(nb, timeout=CELL_TIMEOUT, kernel_name="python3",
                                         resources={"metadata": {"path": str(workdir)}})
        client.execute()           # raises CellExecutionError on the first error
        _RUN[key] = nb
    return _RUN[key]


def outputs(nb):
    for cell in nb.cells:
        if cell.cell_type == "code":
            yield cell, cell.get("outputs", [])


def texts(nb):
    out = []
    for _, outs in outputs(nb):
        for o in outs:
            if o.output_type == "stream":
                out.append(o.text)
            elif o.output_type in ("execute_result", "display_data"):
                out.append(str(o.data.get("text/html", "")) + str(o.data.get("text/plain", "")))
    return "\n".join(out)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_demo_notebook_runs_without_error(workdir, name):
    nb = run(workdir, name)
    errors = [o for _, outs in outputs(nb) for o in outs if o.output_type == "error"]
    assert not errors
    streams = "".join(o.text for _, outs in outputs(nb) for o in outs
                      if o.output_type == "stream" and o.name == "stderr")
    assert "Traceback" not in streams
    shown = [o for _, outs in outputs(nb) for o in outs if WIDGET_VIEW in o.get("data", {})]
    assert shown, "each demo shows the review widget"
    for o in shown:
        assert 'class="cq-static"' in o.data["text/html"], "with its static rendering for nbviewer"


def test_the_walkthrough_corrects_exports_and_restores(workdir):
    nb = run(workdir, "01_parcours_fr.ipynb")
    out = texts(nb)
    assert "'plus tôt': 2019-12-31 (was PAST_REF)" in out
    for suffix in (".html", ".svg", ".csv", ".json", ".timeline.json", ".png"):
        assert (workdir / f"baghdad_embassy_fr{suffix}").is_file(), suffix
    import chronique

    saved = chronique.load(workdir / "baghdad_embassy_fr.json")
    assert [o["set"] for o in saved.overrides] == [{"value": "2019-12-31"}, {"value": None}, {"mode": "mixed"}]
    magic = [o for cell, outs in outputs(nb) if cell.source.startswith("%%chronique") for o in outs]
    assert magic and WIDGET_VIEW in magic[0].data, "the %%chronique cell shows the widget"


def test_the_translation_notebook_finds_what_the_translation_changed(workdir):
    out = texts(run(workdir, "02_translation_en_fr.ipynb"))
    assert "dropped by the translation" in out and "Après l&#x27;attaque de l&#x27;ambassade" in out
    assert "added: not in the original" in out and "google-play-badge_FR" in out
    assert "English titles: ['Defense Minister'" in out
    assert "allies of the &#x27;Iran" in out or "allies of the 'Iran" in out


def test_the_lesson_keeps_its_answer_key_hidden_until_asked(workdir):
    plain = texts(run(workdir, "03_media_literacy_lesson.ipynb"))
    assert "Answer key" not in plain, "running the lesson does not show the answers"
    nb = nbformat.read(workdir / "03_media_literacy_lesson.ipynb", as_version=4)
    assert any(c.get("metadata", {}).get("jupyter", {}).get("source_hidden") for c in nb.cells), \
        "the key's cell is folded"
    asked = texts(run(workdir, "03_media_literacy_lesson.ipynb",
                      ["for n in (1, 2, 3, 4):\n    answer(n)",
                       'check({"vendredi": "2019-12-27", "le week-end": "2019-12-28", "mardi soir": "2019-12-30"})']))
    for n in (1, 2, 3, 4):
        assert f"Answer key, exercise {n}" in asked
    assert "Thursday" in asked and "mardi 31 janvier" in asked          # the calendar error, explained
    assert "très probablement" in asked and "pourraient" in asked       # the hedges
    assert "2 right out of 3 answered" in asked, "check() counts without telling which"
