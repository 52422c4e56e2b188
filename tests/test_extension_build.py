"""The JupyterLab extension as shipped: built into the wheel, listed by JupyterLab, its TypeScript
logic run by Node on the seed's bundle, and a Python-only build without it.

The wheel tests build with pip (marked ``slow``).  Outside CI, a test skips when Node.js or the
built extension is missing; under CI=true it fails instead.
"""
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import chronique
from conftest import ROOT, SHARED

try:
    import tomllib
except ImportError:                 # Python 3.10: the TOML reader pip ships
    from pip._vendor import tomli as tomllib

EXT = ROOT / "extension"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PACKAGE = json.loads((EXT / "package.json").read_text(encoding="utf-8"))
SHARE = "share/jupyter/labextensions/chronique"


def _need(ok: bool, message: str) -> None:
    if ok:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(message + " (CI=true: this test may not be skipped)", pytrace=False)
    pytest.skip(message)


def _listed(output: str, directory: str | None = None) -> list[str]:
    """The lines of `jupyter labextension list` naming chronique (under ``directory`` when given)."""
    lines, current = [], None
    for line in output.splitlines():
        if line and not line[0].isspace():
            current = line.strip()
        elif line.split()[:1] == ["chronique"] and (directory is None or current == directory):
            lines.append(line.strip())
    return lines


def test_extension_metadata_matches_the_python_package():
    assert PACKAGE["name"] == "chronique" and PACKAGE["version"] == chronique.__version__
    shared = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["shared-data"]
    assert shared == {f"extension/{PACKAGE['jupyterlab']['outputDir']}": SHARE}
    hook = PYPROJECT["tool"]["hatch"]["build"]["hooks"]["jupyter-builder"]
    assert all(t.startswith(f"extension/{PACKAGE['jupyterlab']['outputDir']}/") for t in hook["ensured-targets"])
    assert "@jupyter/builder" in PACKAGE["devDependencies"]
    # Vega is bundled with the extension, never taken from another one or from the network
    for name in ("vega", "vega-lite", "vega-embed"):
        assert name in PACKAGE["dependencies"] and PACKAGE["jupyterlab"]["sharedPackages"][name] is False
    assert (EXT / "yarn.lock").is_file()


def test_installed_extension_is_listed_enabled():
    built = EXT / "labextension" / "package.json"
    _need(built.is_file(), "the extension is not built (pip install -e . builds it with Node.js)")
    out = subprocess.run([sys.executable, "-m", "jupyter", "labextension", "list"], capture_output=True, text=True,
                         timeout=120)
    lines = _listed(out.stdout + out.stderr)
    assert lines, out.stdout + out.stderr
    assert all("enabled" in line and "OK" in line for line in lines), lines


def test_bundle_reader_and_article_pieces_run_on_the_seed_in_node(tmp_path):
    node = shutil.which("node")
    lib = EXT / "lib"
    _need(bool(node) and (lib / "bundle.js").is_file(),
          "Node.js and the compiled extension (extension/lib, built by pip install -e .) are needed")
    # the two modules import nothing at run time: Node loads them as ES modules
    for name in ("bundle", "segments"):
        (tmp_path / f"{name}.mjs").write_text((lib / f"{name}.js").read_text(encoding="utf-8"), encoding="utf-8")
    a = chronique.analyze((SHARED / "seeds" / "baghdad_embassy_fr.txt").read_text(encoding="utf-8"))
    a.save(tmp_path / "seed.timeline.json")
    (tmp_path / "broken.json").write_text('{"schema": "chronique.timeline/2", "text": ""}', encoding="utf-8")
    (tmp_path / "run.mjs").write_text("""
import { readFileSync } from 'node:fs';
import { parseBundle } from './bundle.mjs';
import { segments } from './segments.mjs';
const b = parseBundle(readFileSync(process.argv[2], 'utf8'));
const pieces = segments(b);
let error = null;
try { parseBundle(readFileSync(process.argv[3], 'utf8')); } catch (e) { error = e.message; }
console.log(JSON.stringify({
  claims: b.claims.map(c => c.id), timexes: b.timexes.map(t => t.id), lanes: b.lanes,
  text: pieces.map(p => b.text.slice(p.start, p.end)).join(''),
  timexPieces: [...new Set(pieces.filter(p => p.timex).map(p => p.timex.id))],
  flagged: pieces.filter(p => p.flagged).map(p => b.text.slice(p.start, p.end)),
  claimPieces: [...new Set(pieces.flatMap(p => p.claims.map(h => h.id)))],
  error
}));
""", encoding="utf-8")
    out = subprocess.run([node, str(tmp_path / "run.mjs"), str(tmp_path / "seed.timeline.json"),
                          str(tmp_path / "broken.json")], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert got["claims"] == [c["id"] for c in a.claims]
    assert got["timexes"] == [t.id for t in a.timexes]
    assert got["text"] == a.text                       # the pieces are the article, in order, nothing lost
    assert sorted(got["timexPieces"]) == sorted(t.id for t in a.timexes)
    assert "".join(got["flagged"]) == "mardi 31 janvier"
    assert sorted(got["claimPieces"]) == sorted(c["id"] for c in a.claims if "start" in c["content"])
    assert "unsupported timeline schema" in got["error"]


def _installed_here() -> str:
    """Where this environment's chronique distribution is recorded (its metadata directory)."""
    out = subprocess.run([sys.executable, "-c", "import importlib.metadata as m; "
                          "print(m.distribution('chronique')._path)"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout.strip()


def _wheel(source: Path, out: Path, env=None) -> zipfile.ZipFile:
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--disable-pip-version-check",
                           "-q", "-w", str(out)], capture_output=True, text=True, timeout=1800,
                          env={**os.environ, **(env or {})})
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    wheels = list(out.glob("chronique-*.whl"))
    assert len(wheels) == 1
    return zipfile.ZipFile(wheels[0])


@pytest.mark.slow
def test_wheel_holds_the_prebuilt_extension_and_jupyterlab_lists_it(tmp_path):
    _need(bool(shutil.which("node")), "Node.js is needed to build the extension")
    wheel = _wheel(ROOT, tmp_path / "dist")
    data = f"chronique-{chronique.__version__}.data/data/{SHARE}/"
    names = set(wheel.namelist())
    meta = json.loads(wheel.read(data + "package.json"))
    assert meta["name"] == "chronique"
    assert data + meta["jupyterlab"]["_build"]["load"] in names         # the module federation entry
    assert json.loads(wheel.read(data + "install.json"))["packageName"] == "chronique"
    assert any(n.startswith(data + "static/") and n.endswith(".js") and wheel.getinfo(n).file_size > 500_000
               for n in names), "Vega is not bundled"
    # installed (without its dependencies, already here), JupyterLab lists it enabled; installed
    # into a prefix of its own, ignoring (never uninstalling) the chronique this test runs from
    prefix = tmp_path / "prefix"
    before = _installed_here()
    done = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--ignore-installed", "--disable-pip-version-check", "-q",
                           "--prefix", str(prefix), wheel.filename], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert _installed_here() == before, "installing the wheel elsewhere left this environment's chronique alone"
    labext = prefix / SHARE
    assert (labext / "package.json").is_file()
    out = subprocess.run([sys.executable, "-m", "jupyter", "labextension", "list"], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "JUPYTER_PATH": str(prefix / "share" / "jupyter")})
    lines = _listed(out.stdout + out.stderr, str(labext.parent))
    assert lines and all("enabled" in line and "OK" in line for line in lines), out.stdout + out.stderr


@pytest.mark.slow
def test_python_only_build_without_node_works_without_the_extension(tmp_path):
    # a clean copy of the sources: no extension built, no node packages
    src = tmp_path / "src"
    shutil.copytree(ROOT, src, ignore=shutil.ignore_patterns(".git", "node_modules", "labextension", "lib", ".yarn",
                                                              "out", "__pycache__", ".hypothesis", ".pytest_cache",
                                                              ".benchmarks", "*.egg-info"))
    wheel = _wheel(src, tmp_path / "dist", env={"SKIP_JUPYTER_BUILDER": "1"})
    assert not [n for n in wheel.namelist() if "labextensions" in n]
    target = tmp_path / "site"
    wheel.extractall(target)
    code = ("import chronique, sys; a = chronique.analyze(sys.stdin.read()); "
            "print(chronique.__file__); print(a.published.value, len(a.timexes), len(a.claims))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                         input=(SHARED / "seeds" / "baghdad_embassy_fr.txt").read_text(encoding="utf-8"),
                         env={**os.environ, "PYTHONPATH": str(target)}, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-3000:]
    where, facts = out.stdout.splitlines()
    assert where.startswith(str(target))
    assert facts.split()[0] == "2019-12-31" and int(facts.split()[1]) > 10
