"""The JupyterLab extension in a real browser: JupyterLab on 127.0.0.1 (the fixture of
tests/test_browser.py), driven by Playwright in Debian's Chromium.

- a ``.timeline.json`` file opened from the file browser shows the chart (with tooltips), the
  claims (filterable by speaker) and the marked article;
- a saved notebook whose output is an analysis shows its timeline with no kernel running;
- the launcher card "New timeline notebook" creates the prefilled notebook, and its cells run.

Nothing is fetched from anywhere but the local JupyterLab server.  Outside CI these tests skip when
Chromium, Playwright or JupyterLab is missing; under CI=true they fail instead.  Screenshots go to
$CHRONIQUE_ARTIFACTS (default: <tmp>/chronique-browser) and are copied to /tmp.
"""
import json
import os
import subprocess
import sys
import time
from collections import Counter

import pytest

import chronique
from conftest import SHARED
from test_browser import ACTIVE, INJECTED, WAIT, browser, keep_screenshot, lab, page  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

MIME = "application/vnd.chronique.timeline+json"
SEED = SHARED / "seeds" / "baghdad_embassy_fr.txt"
BUNDLE = "baghdad_embassy_fr.timeline.json"
SAVED = "saved_timeline.ipynb"
DOC = ".cq-lab-document"


def _installed() -> None:
    """The extension is installed in this environment (else the tests cannot see it)."""
    out = subprocess.run([sys.executable, "-m", "jupyter", "labextension", "list"], capture_output=True,
                         text=True, timeout=120)
    listing = out.stdout + out.stderr
    if not any(line.split()[:1] == ["chronique"] and "enabled" in line for line in listing.splitlines()):
        message = ("the chronique JupyterLab extension is not installed (pip install -e . with Node.js "
                   "builds it): " + listing.strip()[-400:])
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)


@pytest.fixture(scope="module")
def seed():
    return chronique.analyze(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def files(lab, seed):
    """The seed's timeline bundle and a notebook saved with an analysis as its output."""
    _installed()
    seed.save(lab.root / BUNDLE)
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("import chronique"),
        nbformat.v4.new_code_cell(f"a = chronique.analyze(open({str(SEED)!r}, encoding='utf-8').read())\na"),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(lab.root)}}).execute()
    output = nb.cells[1].outputs[0]
    assert MIME in output["data"], f"the analysis output has no timeline: {sorted(output['data'])}"
    nbformat.write(nb, str(lab.root / SAVED))
    return lab.root


@pytest.fixture
def seen_requests(page):
    """Every URL the page asks for."""
    seen = []
    page.on("request", lambda r: seen.append(r.url))
    return seen


def assert_offline(seen_requests, lab) -> None:
    local = f"http://127.0.0.1:{lab.port}/"
    outside = [u for u in seen_requests if not (u.startswith(local) or u.startswith(("data:", "blob:")))]
    assert not outside, f"seen_requests outside the local server: {outside[:5]}"


def open_workspace(page, lab, path: str = "") -> None:
    """JupyterLab in a workspace of its own (nothing left open by an earlier test), ``path`` opened."""
    lab.workspaces += 1
    page.goto(lab.url(f"/lab/workspaces/ext{lab.workspaces}" + (f"/tree/{path}" if path else "")))
    page.locator(".jp-DirListing-content").first.wait_for(state="visible")


def chart_marks(root) -> int:
    return root.locator(".cq-lab-vega svg g.mark-symbol path").count()


def test_timeline_file_opens_with_chart_tooltips_claims_by_speaker_and_marked_article(page, lab, seed, files,
                                                                                        seen_requests):
    open_workspace(page, lab)
    page.locator(".jp-DirListing-item", has_text=BUNDLE).first.dblclick()
    doc = page.locator(DOC)
    doc.wait_for(state="visible")
    doc.locator(".cq-lab-vega svg").first.wait_for(state="visible")
    # the chart: one symbol per dated claim and event, at least
    dated = [r for r in seed.timeline().to_dict("records") if str(r["start"]) not in ("NaT", "None")]
    assert chart_marks(doc) >= len(dated) // 2 > 0
    # the claims table lists every claim; the speaker filter keeps one speaker's
    rows = doc.locator("tr.cq-lab-claim-row")
    assert rows.count() == len(seed.claims)
    speakers = Counter(c["speaker"]["name"] for c in seed.claims)
    name, n = speakers.most_common(1)[0]
    doc.locator(".cq-lab-filter select").select_option(name)
    assert doc.locator("tr.cq-lab-claim-row:visible").count() == n < len(seed.claims)
    shown = doc.locator("tr.cq-lab-claim-row:visible .cq-lab-speaker").all_text_contents()
    assert all(s.startswith(name) for s in shown)
    assert doc.locator(".cq-lab-count").text_content() == f"{n} of {len(seed.claims)} claims"
    # the article: every time expression marked, by type; the wrong date flagged; claims underlined
    article = doc.locator(".cq-lab-text")
    assert article.text_content() == seed.text
    marked = set(article.locator(".cq-lab-timex").evaluate_all("els => els.map(e => e.dataset.timex)"))
    assert marked == {t.id for t in seed.timexes}
    types = dict(article.locator(".cq-lab-timex").evaluate_all(
        "els => els.map(e => [e.dataset.timex, e.dataset.type])"))
    assert types == {t.id: t.type for t in seed.timexes}
    assert "mardi 31 janvier" in article.locator(".cq-lab-flagged").all_text_contents()
    assert article.locator(".cq-lab-claim").count() >= len(seed.claims)
    # claims of other speakers are dimmed in the article
    assert article.locator(".cq-lab-claim.cq-lab-dim").count() > 0
    doc.locator(".cq-lab-filter select").select_option("")
    assert doc.locator("tr.cq-lab-claim-row:visible").count() == len(seed.claims)
    assert article.locator(".cq-lab-dim").count() == 0
    keep_screenshot(page, "chronique-extension-document.png")
    # a tooltip on hover over an event mark
    mark = doc.locator(".cq-lab-vega svg g.mark-symbol path").first
    mark.scroll_into_view_if_needed()
    mark.hover(force=True)
    tip = page.locator("#vg-tooltip-element.visible")
    tip.wait_for(state="visible")
    assert tip.inner_text().strip()
    keep_screenshot(page, "chronique-extension-tooltip.png")
    doc.locator(".cq-lab-text").scroll_into_view_if_needed()
    keep_screenshot(page, "chronique-extension-article.png")
    assert_offline(seen_requests, lab)


def test_markup_in_the_article_is_shown_as_text_and_a_broken_file_says_why(page, lab, files, seen_requests):
    injected = chronique.analyze(INJECTED, lang="fr")
    injected.save(lab.root / "injected.timeline.json")
    (lab.root / "broken.timeline.json").write_text('{"schema": "chronique.timeline/1", "text": ', encoding="utf-8")
    open_workspace(page, lab, "injected.timeline.json")
    doc = page.locator(DOC)
    doc.locator(".cq-lab-vega svg").first.wait_for(state="visible")
    assert doc.locator(".cq-lab-text").text_content() == INJECTED
    assert doc.locator("script").count() == 0 and doc.locator("img").count() == 0
    assert doc.locator(".cq-lab-content", has_text="<script>").count() >= 1
    assert page.evaluate("() => window.__xss") is None and page.dialogs == []
    keep_screenshot(page, "chronique-extension-injected.png")
    open_workspace(page, lab, "broken.timeline.json")
    error = page.locator(".cq-lab-renderer .cq-lab-error")
    error.wait_for(state="visible")
    assert "not valid JSON" in error.text_content()
    assert_offline(seen_requests, lab)


def test_saved_notebook_shows_its_timeline_without_a_kernel(page, lab, seed, files, seen_requests):
    lab.shutdown_kernels()
    # the notebook names no kernel: JupyterLab opens it without starting one
    import nbformat

    nb = nbformat.read(str(lab.root / SAVED), as_version=4)
    nb.metadata.pop("kernelspec", None)
    nb.metadata.pop("language_info", None)
    nbformat.write(nb, str(lab.root / "no_kernel.ipynb"))
    open_workspace(page, lab, "no_kernel.ipynb")
    panel = page.locator(ACTIVE)
    panel.locator(".jp-Cell").first.wait_for(state="visible")
    # JupyterLab asks which kernel to start: none
    page.locator(".jp-Dialog").get_by_role("button", name="No Kernel", exact=True).click()
    page.locator(".jp-Dialog").wait_for(state="detached")
    output = panel.locator(".jp-OutputArea-output.cq-lab-renderer")
    output.first.wait_for(state="visible")
    output.locator(".cq-lab-vega svg").first.wait_for(state="visible")
    assert chart_marks(output) > 10
    assert output.locator("tr.cq-lab-claim-row").count() == len(seed.claims)
    # the article is there, folded
    assert output.locator(".cq-lab-article").get_attribute("open") is None
    assert output.locator(".cq-lab-text").text_content() == seed.text
    # the timeline renderer is chosen over the HTML and PNG fallbacks of the same output
    assert panel.locator(".cq-static").count() == 0 and panel.locator(".jp-RenderedImage").count() == 0
    assert not lab.api("/api/kernels"), "a kernel was started"
    output.first.scroll_into_view_if_needed()
    keep_screenshot(page, "chronique-extension-saved-notebook.png")
    assert_offline(seen_requests, lab)


def test_launcher_card_creates_the_prefilled_timeline_notebook_which_runs(page, lab, files):
    open_workspace(page, lab)
    card = page.locator(".jp-LauncherCard", has_text="New timeline notebook")
    card.wait_for(state="visible")
    keep_screenshot(page, "chronique-extension-launcher.png")
    before = {f["name"] for f in lab.api("/api/contents")["content"]}
    card.click()
    panel = page.locator(ACTIVE)
    panel.locator(".jp-Cell").first.wait_for(state="visible")
    created = sorted({f["name"] for f in lab.api("/api/contents")["content"]} - before)
    assert len(created) == 1 and created[0].startswith("timeline") and created[0].endswith(".ipynb")
    name = created[0]
    # the notebook opened shows the workflow (its editors fill in as they are drawn)
    panel.locator(".jp-Cell .jp-InputArea-editor", has_text="import chronique").first.wait_for(state="visible")
    saved = [c["source"] for c in lab.api(f"/api/contents/{name}")["content"]["cells"]]
    sources = ["".join(s) if isinstance(s, list) else s for s in saved]
    assert any("import chronique" in s for s in sources)
    assert any('article = """' in s and "published = " in s for s in sources)
    assert any("chronique.analyze(article, published=published)" in s for s in sources)
    keep_screenshot(page, "chronique-extension-new-notebook.png")
    # the same command from the command palette. The palette redraws its list whenever a
    # command's state changes (the new notebook's kernel is still starting), so the entry is
    # chosen with the keyboard (Enter runs the active entry) rather than by a click on a node
    # that may be replaced under the pointer; the whole gesture is retried until it takes.
    palette = page.locator(".lm-CommandPalette-input")
    entry = page.locator(".lm-CommandPalette-item.lm-mod-active", has_text="New timeline notebook")
    deadline = time.monotonic() + WAIT / 1000
    while len({f["name"] for f in lab.api("/api/contents")["content"]} - before) < 2:
        assert time.monotonic() < deadline, "the command palette entry created no notebook"
        page.keyboard.press("Escape")      # the shortcut is lost while an editor still has the focus
        page.locator("#jp-top-panel").click(position={"x": 5, "y": 5})
        page.keyboard.press("Control+Shift+C")
        try:
            palette.wait_for(state="visible", timeout=5_000)
            palette.fill("New timeline notebook")
            entry.first.wait_for(state="visible", timeout=5_000)
            palette.press("Enter")
        except Exception:
            continue
        for _ in range(20):
            if len({f["name"] for f in lab.api("/api/contents")["content"]} - before) >= 2:
                break
            time.sleep(0.3)
    created = sorted({f["name"] for f in lab.api("/api/contents")["content"]} - before)
    assert len(created) == 2 and all(n.startswith("timeline") and n.endswith(".ipynb") for n in created)
    # the prefilled workflow runs once an article is pasted in
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.reads(json.dumps(lab.api(f"/api/contents/{name}")["content"]), as_version=4)
    paste = next(c for c in nb.cells if 'article = """' in c.source)
    paste.source = paste.source.replace('article = """\n', 'article = """\n' + SEED.read_text(encoding="utf-8"), 1)
    work = lab.root / "run"
    work.mkdir(exist_ok=True)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(work)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o["output_type"] == "error"]
    assert any(MIME in o.get("data", {}) for o in outputs)
    assert (work / "timeline.timeline.json").is_file() and (work / "timeline.png").is_file()
