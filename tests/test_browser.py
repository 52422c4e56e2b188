"""The widget in a real browser: JupyterLab on 127.0.0.1, driven by Playwright in Debian's Chromium.

A fixture starts ``jupyter lab`` (token, random free port, its own settings) on a copy of
demo_notebooks/ and stops it, kernels included, whatever happens.  The browser is Debian's
/usr/bin/chromium; no browser is downloaded.  Outside CI these tests skip, saying why, when
Chromium, Playwright or JupyterLab is missing; under CI=true they fail instead.

Screenshots go to $CHRONIQUE_ARTIFACTS (default: <tmp>/chronique-browser) and are copied to /tmp.
"""
import json
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update"]
DEMO = ROOT / "demo_notebooks"
SERVER_START = 120          # seconds for JupyterLab to answer
RUN_ALL = 90               # seconds for a notebook to run
WAIT = 60_000               # milliseconds for anything on the page
ACTIVE = ".jp-NotebookPanel:not(.lm-mod-hidden)"
EDITS = ["2020-01-03", "2019-12-26", "2020-01-02", "2019-12-20", "2020-01-03"]
INJECTED = ('date 2019-12-31\n\nLe ministre a déclaré vendredi : "<script>window.__xss = \'script\'; alert(1)'
            '</script>". Puis <img src=x onerror="window.__xss = \'img\'; alert(2)">, a-t-il ajouté mardi.\n'
            '"<img src=y onerror=alert(3)> tout va bien", a déclaré mardi soir Mark Esper.')


def _missing() -> list[str]:
    missing = []
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        missing.append(f"Debian's Chromium at {CHROMIUM} (apt-get install chromium)")
    for module, what in (("playwright.sync_api", "Playwright (pip install playwright)"),
                         ("jupyterlab", "JupyterLab (pip install jupyterlab)"),
                         ("nbformat", "nbformat")):
        try:
            __import__(module)
        except ImportError:
            missing.append(what)
    return missing


def _require():
    missing = _missing()
    if missing:
        message = "the browser tests need " + "; ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(message + " (CI=true: the browser tests may not be skipped)", pytrace=False)
        pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def artifacts_dir() -> Path:
    where = Path(os.environ.get("CHRONIQUE_ARTIFACTS") or Path(tempfile.gettempdir()) / "chronique-browser")
    where.mkdir(parents=True, exist_ok=True)
    return where


def keep_screenshot(page, name: str, locator=None) -> Path:
    path = artifacts_dir() / name
    (locator or page).screenshot(path=str(path))
    if path.parent != Path("/tmp"):
        shutil.copy(path, Path("/tmp") / name)
    print(f"screenshot: {path}")
    return path


def _notebook(path: Path, cells: list[str]) -> None:
    import nbformat

    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nbformat.write(nb, str(path))


class Lab:
    def __init__(self, root: Path, port: int, token: str, proc):
        self.root, self.port, self.token, self.proc = root, port, token, proc
        self.workspaces = 0

    def url(self, path: str) -> str:
        sep = "&" if "?" in path else "?"
        return f"http://127.0.0.1:{self.port}{path}{sep}token={self.token}"

    def api(self, path: str, method: str = "GET"):
        req = urllib.request.Request(self.url(path), method=method)
        with urllib.request.urlopen(req, timeout=10) as r:
            body = r.read()
        return json.loads(body) if body else None

    def kernel_idle(self, notebook: str) -> bool:
        try:
            sessions = self.api("/api/sessions")
        except (OSError, urllib.error.URLError, ValueError):
            return False
        return any(s.get("path", "").endswith(notebook) and (s.get("kernel") or {}).get("execution_state") == "idle"
                   for s in sessions)

    def shutdown_kernels(self) -> None:
        """Shut every kernel down, and wait (bounded) until the server lists none."""
        deadline = time.monotonic() + 30
        try:
            for k in self.api("/api/kernels"):
                self.api(f"/api/kernels/{k['id']}", method="DELETE")
            while self.api("/api/kernels") and time.monotonic() < deadline:
                time.sleep(0.2)
        except (OSError, urllib.error.URLError, ValueError):
            pass


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    _require()
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(DEMO / "data", root / "data")
    for nb in DEMO.glob("*.ipynb"):
        shutil.copy(nb, root / nb.name)
    _notebook(root / "edit.ipynb", ['import chronique\nw = chronique.widget("data/baghdad_embassy_fr.txt")\nw'])
    _notebook(root / "injected.ipynb", [
        f"import chronique\ntexte = {INJECTED!r}\nw = chronique.widget(texte, lang='fr')\nw",
        "from IPython.display import HTML\nHTML(w._repr_html_())"])
    _notebook(root / "magic.ipynb", [
        "%load_ext chronique",
        "%%chronique --published 2019-12 --lang fr\nLa tension est montée après qu'un tir de roquette a tué "
        "vendredi un Américain, a déclaré mardi soir Mark Esper."])
    settings = root / ".settings"
    (settings / "@jupyter-widgets" / "jupyterlab-manager").mkdir(parents=True)
    (settings / "@jupyter-widgets" / "jupyterlab-manager" / "plugin.jupyterlab-settings").write_text(
        json.dumps({"saveState": True}))
    (settings / "@jupyterlab" / "apputils-extension").mkdir(parents=True)
    (settings / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False}))
    port, token = _free_port(), secrets.token_hex(16)
    log = open(root / "lab.log", "w")
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(root / ".runtime")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--allow-root", "--ServerApp.ip=127.0.0.1",
         f"--ServerApp.port={port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={token}",
         f"--ServerApp.root_dir={root}", f"--LabApp.user_settings_dir={settings}",
         f"--LabApp.workspaces_dir={root / '.workspaces'}", "--LabApp.news_url=",
         "--ServerApp.disable_check_xsrf=False"],
        stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    server = Lab(root, port, token, proc)
    try:
        deadline = time.monotonic() + SERVER_START
        while True:
            if proc.poll() is not None:
                pytest.fail(f"jupyter lab exited ({proc.returncode}): {(root / 'lab.log').read_text()[-2000:]}")
            try:
                server.api("/api/status")
                break
            except (OSError, urllib.error.URLError):
                if time.monotonic() > deadline:
                    pytest.fail(f"jupyter lab did not answer in {SERVER_START} s")
                time.sleep(0.5)
        yield server
    finally:
        server.shutdown_kernels()
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def browser(lab):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, timeout=WAIT)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser, lab):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(WAIT)
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    try:
        yield pg
    finally:
        context.close()
        lab.shutdown_kernels()


def open_and_run(page, lab, name: str) -> None:
    """Open a notebook in JupyterLab, run all its cells and wait until they are done."""
    lab.workspaces += 1        # a workspace of its own: no notebook left open by an earlier test
    page.goto(lab.url(f"/lab/workspaces/test{lab.workspaces}/tree/{name}"))
    try:
        page.wait_for_selector(f"{ACTIVE} .jp-Cell", timeout=WAIT)
    except Exception:
        keep_screenshot(page, f"chronique-failed-open-{Path(name).stem}.png")
        raise
    # wait for the notebook's kernel to be up (running cells earlier would ask which kernel to start)
    deadline = time.monotonic() + WAIT / 1000
    while not lab.kernel_idle(name):
        select = page.locator(".jp-Dialog .jp-mod-accept")
        if select.count():
            select.first.click()
        if time.monotonic() > deadline:
            raise AssertionError(f"no idle kernel for {name} after {WAIT // 1000} s")
        time.sleep(0.3)
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_text("Run All Cells", exact=True).click()
    try:
        page.wait_for_function("""() => {
            const prompts = [...document.querySelectorAll('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-CodeCell .jp-InputPrompt')];
            return prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
        }""", timeout=RUN_ALL * 1000)
    except Exception:
        prompts = page.eval_on_selector_all(f"{ACTIVE} .jp-CodeCell .jp-InputPrompt", "els => els.map(e => e.textContent)")
        keep_screenshot(page, f"chronique-failed-{Path(name).stem}.png")
        raise AssertionError(f"{name} did not finish running in {RUN_ALL} s; prompts: {prompts}; "
                             f"errors: {errors_shown(page)}") from None


def errors_shown(page) -> list[str]:
    texts = page.eval_on_selector_all(
        ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']", "els => els.map(e => e.textContent)")
    return [t for t in texts if "Traceback" in t or "Error" in t]


def event_mark(page, rung_and_killed: str):
    """(aria-label, x, y) of the event mark whose description has ``rung_and_killed``."""
    return page.evaluate("""(key) => {
        const svg = document.querySelector('.cq-chart svg');
        for (const p of svg.querySelectorAll('g.event_points_0_marks path')) {
            const label = p.getAttribute('aria-label') || '';
            if (label.includes(key)) {
                const m = /translate\\(([-\\d.]+),([-\\d.]+)\\)/.exec(p.getAttribute('transform') || '');
                return [label, m ? parseFloat(m[1]) : null, m ? parseFloat(m[2]) : null];
            }
        }
        return null;
    }""", rung_and_killed)


def publication_x(page) -> float:
    return page.evaluate("""() => {
        const g = [...document.querySelectorAll('.cq-chart svg g.mark-rule')].find(
            g => (g.getAttribute('class') || '').includes('publication'));
        const line = g.querySelector('line, path');
        const m = /translate\\(([-\\d.]+),/.exec(line.getAttribute('transform') || '');
        return m ? parseFloat(m[1]) : null;
    }""")


LETHAL_ATTACK = "rung: 6; tués: 1;"       # the rocket fire of "vendredi", in the French chart's description


def test_french_walkthrough_runs_with_highlights_chart_and_magic(page, lab):
    open_and_run(page, lab, "01_parcours_fr.ipynb")
    assert not errors_shown(page)
    article = page.locator(".cq-article").first
    article.wait_for(state="visible")
    timexes = article.locator(".cq-timex")
    # 18 expressions, less "À terme" that the walkthrough marks as not a date (the view is live)
    assert timexes.count() == 17 and timexes.first.is_visible()
    assert article.locator(".cq-timex.cq-own").all_text_contents() == ["plus tôt"], "the walkthrough's correction"
    assert article.locator(".cq-claim").count() > 10
    assert article.locator(".cq-flagged.cq-timex").first.text_content() == "mardi 31 janvier"
    chart = page.locator(".cq-chart svg").first
    chart.wait_for(state="visible")
    assert page.locator(".cq-chart").first.locator("g.event_points_0_marks path").count() > 10
    page.locator(".cq-widget").first.evaluate("e => e.scrollIntoView({block: 'start'})")
    keep_screenshot(page, "chronique-walkthrough-article.png")
    vendredi = article.locator(".cq-timex[data-timex='t9']").first
    vendredi.evaluate("e => e.scrollIntoView({block: 'center'})")
    vendredi.hover()
    tip = article.locator(".cq-tip")
    tip.wait_for(state="visible")
    assert "2019-12-27" in tip.inner_text() and "Friday" in tip.inner_text()
    keep_screenshot(page, "chronique-walkthrough-hover.png")
    chart_box = page.locator(".cq-chart").first
    chart_box.evaluate("e => e.scrollIntoView({block: 'start'})")
    keep_screenshot(page, "chronique-walkthrough-chart.png", chart_box)
    # the %%chronique cell near the end shows its own widget
    magic_cell = page.locator(".jp-CodeCell", has_text="%%chronique").last
    magic_cell.locator(".cq-article .cq-timex").first.wait_for(state="visible")
    assert "vendredi" in magic_cell.locator(".cq-article").text_content()


def test_editing_vendredi_moves_the_chart_mark_and_the_state_is_saved(page, lab):
    open_and_run(page, lab, "edit.ipynb")
    assert not errors_shown(page)
    page.locator(".cq-chart svg").first.wait_for(state="visible")
    label, x0, _ = event_mark(page, LETHAL_ATTACK)
    assert label.startswith("x: déc. 27, 2019") and x0 < publication_x(page)
    # the view takes each edit in place: the same SVG stays on the page
    page.evaluate("() => { document.querySelector('.cq-chart svg').__cqFirst = true; }")
    latencies = []
    for value in EDITS:
        page.locator(".cq-article .cq-timex[data-timex='t9']").first.click()
        page.locator(".cq-editor .cq-value").fill(value)
        year, month, day = value.split("-")
        want = f"x: {'janv.' if month == '01' else 'déc.'} {day}, {year}"     # the chart's aria format
        page.evaluate("""(want) => {
            window.__want = want; window.__latency = null;
            const root = document.querySelector('.cq-chart');
            const t0 = performance.now();
            const seen = () => [...root.querySelectorAll('svg g.event_points_0_marks path')].some(
                p => (p.getAttribute('aria-label') || '').startsWith(want)
                     && (p.getAttribute('aria-label') || '').includes('rung: 6; tués: 1;'));
            const obs = new MutationObserver(() => {
                if (window.__latency === null && seen()) { window.__latency = performance.now() - t0; obs.disconnect(); }
            });
            obs.observe(root, {subtree: true, childList: true, attributes: true});
            document.querySelector('.cq-editor .cq-apply').click();
        }""", want)
        page.wait_for_function("() => window.__latency !== null", timeout=WAIT)
        latencies.append(page.evaluate("() => window.__latency"))
    label, x1, _ = event_mark(page, LETHAL_ATTACK)
    assert page.evaluate("() => document.querySelector('.cq-chart svg').__cqFirst === true"), \
        "the chart is updated in place, not drawn again"
    assert label.startswith("x: janv. 03, 2020")
    assert x1 > publication_x(page), "the rocket fire now lies after the publication rule"
    print(f"edit→chart latency for the seed article (ms): {', '.join(f'{v:.0f}' for v in latencies)}; "
          f"median {statistics.median(latencies):.0f} ms, first {latencies[0]:.0f} ms (aim: ≤ 200 ms)")
    assert statistics.median(latencies) < 2000, "the chart follows an edit within two seconds"
    own = page.locator(".cq-article .cq-timex.cq-own[data-timex='t9']").first
    own.wait_for(state="visible", timeout=WAIT)          # the corrected date is marked as the user's
    page.locator(".cq-chart").first.evaluate("e => e.scrollIntoView({block: 'start'})")
    keep_screenshot(page, "chronique-after-edit-chart.png", page.locator(".cq-chart").first)

    # undo, from the list of corrections, brings the mark back
    page.locator(".cq-corrections .cq-undo").first.click()
    page.wait_for_function("""() => [...document.querySelectorAll('.cq-chart svg g.event_points_0_marks path')]
        .some(p => (p.getAttribute('aria-label') || '').startsWith('x: déc. 27, 2019')
                   && (p.getAttribute('aria-label') || '').includes('rung: 6; tués: 1;'))""", timeout=WAIT)
    # the article view follows (it may draw after the chart, which now updates in place)
    page.wait_for_function("() => document.querySelectorAll('.cq-article .cq-timex.cq-own').length === 0",
                           timeout=WAIT)

    # a correction typed and confirmed with Enter
    page.locator(".cq-article .cq-timex[data-timex='t9']").first.click()
    page.locator(".cq-editor .cq-value").fill("2020-01-03")
    page.locator(".cq-editor .cq-value").press("Enter")
    own.wait_for(state="visible")

    # saved with its widget state, the notebook carries the correction
    notebook = lab.root / "edit.ipynb"
    before = notebook.stat().st_mtime_ns
    page.locator(f"{ACTIVE} .jp-InputPrompt").first.click()
    page.keyboard.press("Control+s")
    from chronique.notebook import saved_analyses

    deadline = time.monotonic() + 30
    saved = []
    while time.monotonic() < deadline:
        if notebook.stat().st_mtime_ns != before:
            try:
                saved = saved_analyses(notebook)
            except ValueError:
                saved = []
            if saved:
                break
        time.sleep(0.2)
    assert saved, "the widget state is saved in the notebook"
    assert [o["set"] for o in saved[-1].overrides] == [{"value": "2020-01-03"}]

    # reopened without its kernel, the notebook shows the correction from the saved state
    lab.shutdown_kernels()
    lab.workspaces += 1
    page.goto(lab.url(f"/lab/workspaces/test{lab.workspaces}/tree/edit.ipynb"))
    mark = page.locator(".cq-article .cq-timex.cq-own[data-timex='t9']").first
    try:
        try:
            mark.wait_for(state="visible", timeout=WAIT)
        except Exception:
            # JupyterLab's widget manager sometimes restores the saved state before the new
            # kernel's connection settles, and shows "model not found" (a race of
            # @jupyter-widgets/jupyterlab-manager, ipywidgets #3823): reloading the page restores
            # it from the same saved notebook
            if page.get_by_text("model not found").count() == 0:
                raise
            page.reload()
            mark.wait_for(state="visible", timeout=WAIT)
    except Exception:
        keep_screenshot(page, "chronique-failed-reopen.png")
        raise
    keep_screenshot(page, "chronique-reopened-from-saved-state.png")


def test_injected_script_and_img_onerror_do_not_run(page, lab):
    open_and_run(page, lab, "injected.ipynb")
    assert not errors_shown(page)
    article = page.locator(".cq-article").first
    article.wait_for(state="visible")
    for claim in article.locator(".cq-claim").all():
        claim.hover()                       # the tooltips show the claims' words too
    keep_screenshot(page, "chronique-injected-article.png", article)
    article.locator(".cq-claim").last.click(modifiers=["Alt"])
    page.locator(".cq-editor").first.wait_for(state="visible")
    page.locator(".cq-static").first.wait_for(state="attached")
    time.sleep(1)                           # room for anything that would run late
    assert page.dialogs == [], "no alert was opened"
    assert page.evaluate("() => window.__xss") is None, "no injected code ran"
    assert page.locator("img[src='x'], img[src='y']").count() == 0, "no injected element exists"
    text = article.locator(".cq-text").inner_text()
    assert "<script>window.__xss = 'script'; alert(1)</script>" in text
    assert '<img src=x onerror="window.__xss = \'img\'; alert(2)">' in text
    assert "<img src=y onerror=alert(3)>" in page.locator(".cq-static .cq-text").first.inner_text()


def test_the_chronique_magic_renders_the_widget(page, lab):
    open_and_run(page, lab, "magic.ipynb")
    assert not errors_shown(page)
    cell = page.locator(".jp-CodeCell", has_text="%%chronique").first
    article = cell.locator(".cq-article")
    article.wait_for(state="visible")
    assert [t.inner_text() for t in article.locator(".cq-timex").all()] == ["vendredi", "mardi soir"]
    cell.locator(".cq-chart svg").wait_for(state="visible")
