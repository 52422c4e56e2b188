"""Hostile inputs of about 1 MB: seconds of ``chronique.analyze`` beside dateparser.search_dates.

    python bench/adversarial.py                  # every case at 1,000,000 characters
    python bench/adversarial.py --chars 200000 --dateparser-chars 5000 --case "mardi"

Each case is analysed in a child process that reports its own CPU time
(``time.process_time``: steadier than wall time on a shared machine), with
``published="2019-12-31"`` and the language detected.  The budget is 2 s of
CPU per case; the script exits with status 1 beyond it.  Each case's time is
also given as a multiple of the time of ordinary news of the same length on
the same machine, which a slower or busier machine changes much less; its
budget is 2.5 times (``tests/test_adversarial.py`` asserts that one, and that
the time grows linearly with the length).  dateparser is given
the same text cut to ``--dateparser-chars`` characters (it is much slower on
such input; its time is printed for that length and scaled linearly to the
full length, which flatters it when its cost grows faster than the length).

``cases(size)`` builds the texts; ``tests/test_adversarial.py`` uses it.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = (ROOT / "demo_notebooks" / "data", ROOT.parent / "shared" / "seeds")
BUDGET_S = 2.0
SIZE = 1_000_000
# the same budget in terms of the machine: a hostile case costs at most this many times ordinary news of
# the same length (``REFERENCE``), measured on the same machine (2 s where 1 MB of news takes 0.8 s)
RELATIVE_BUDGET = 2.5
REFERENCE = "one paragraph of news"


def _seed(name: str) -> str:
    for folder in SEEDS:
        path = folder / f"{name}.txt"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise SystemExit(f"error: seed article {name}.txt not found in {', '.join(map(str, SEEDS))}")


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _mix(size: int) -> str:
    """Random pieces of Latin, Arabic and Hebrew words, RTL and bidi controls, HTML, digits, dates."""
    rnd = random.Random(1)
    pieces = ["مرحبا", "שלום", "\u202e", "\u202b", "\u200f", "\u200d", "<p>", "</div>", "<a href=\"x\">",
              "&amp;", "&nbsp;", "🙂", "👍🏽", "e\u0301", "ﬁ", "Ⅻ", "٣١", "১২", "mardi", "31", "/", "-",
              "décembre", "Tuesday", "«", "»", "\"", "'", "’", " ", " ", "\n", ".", ",", ":", "a dit",
              "selon", "said", "2019", "12/05", "h", "\t", "\u3000", "中文", "ᚠ", "\U0001d400"]
    out, n = [], 0
    while n < size:
        p = rnd.choice(pieces)
        out.append(p)
        n += len(p)
    return "".join(out)[:size]


def cases(size: int = SIZE) -> dict[str, str]:
    """Name -> text of about ``size`` characters, for every hostile case."""
    fr = _seed("baghdad_embassy_fr")
    body = fr.split("\n", 1)[1]                       # the seed without its date line
    sentences = " ".join(line.strip() for line in body.splitlines() if line.strip()) + " "
    punct = "\n\n.,;:!?…()[]{}«»\"'-–—/\\*#@%&\n"
    return {
        "'mardi ' repeated": _repeat("mardi ", size),
        "'12/' repeated": _repeat("12/", size),
        "one run of digits": "1" * size,
        "'31 ' repeated": _repeat("31 ", size),
        "'« ' repeated": _repeat("« ", size),
        "double quotes only": '"' * size,
        "one paragraph of news": _repeat(sentences, size),
        "French seed repeated": _repeat(fr + "\n\n", size),
        "one huge token": "a" * size,
        "'12/05/2019 ' repeated": _repeat("12/05/2019 ", size),
        "Unicode, RTL and HTML mix": _mix(size),
        "newlines and punctuation": _repeat(punct, size),
        # one sentence of nothing but attributions: a claim every few words
        "'Il a indiqué, ' repeated": _repeat("Il a indiqué, ", size),
        "'He said, ' repeated": _repeat("He said, ", size),
        # one sentence of attributions to joined nationalities, and one of dated events
        "'U.S. and Egyptian officials said, ' repeated": _repeat("U.S. and Egyptian officials said, ", size),
        "'the Sept. 11 attacks ' repeated": _repeat("the Sept. 11 attacks ", size),
        # one sentence of clock times, each looking for the day it falls on; a sentence of years, then
        # one of clock times that look back at the sentence before
        "'at 3 p.m. ' repeated": _repeat("at 3 p.m. ", size),
        "years, then clock times": _repeat("En 2019 ", size // 2) + ". " + _repeat("À 15 h 30 ", size - size // 2 - 2),
        # one sentence of attributions to unnamed sources with their asides
        "'selon un médecin qui a requis l'anonymat, ' repeated": _repeat("selon un médecin qui a requis l'anonymat, ",
                                                                         size),
        # auxiliaries before a run of time expressions; possessed roles and documents whose holder and
        # author are looked for in the text before
        "'Il y a un an jour pour jour ' repeated": _repeat("Il y a un an jour pour jour ", size),
        "owners and lawsuits repeated": _repeat("Kestrel Ales will close its last plant, its owner said. "
                                                "The lawsuit says the manager ignored complaints. ", size),
        # one paragraph of claims each dated inside its own words: the date of each is looked for
        # among the paragraph's earlier expressions, all inside other claims' words
        "dated claims in one paragraph": _repeat("Prices rose on Monday, he said. ", size),
        # one sentence of speakers each completed by a place and its country between commas: the comma
        # before the place is looked for back to the sentence's start
        "'The mayor of Cusco, Peru, said trade grew, ' repeated": _repeat(
            "The mayor of Cusco, Peru, said trade grew, ", size),
        # one sentence of protests, each with its crowd looked for among the sentence's counts; one of
        # strikes referring back and tolls counted from them
        "'1,000 protesters marched, ' repeated": _repeat("1,000 protesters marched, ", size),
        "'the strike and the death toll from the strike rose to 40, ' repeated": _repeat(
            "the strike and the death toll from the strike rose to 40, ", size),
        # sentences opened by a name before a noun only a company has, each asking whether the name comes
        # again in the text
        "'Kestrel employees said the plant was safe. ' repeated": _repeat(
            "Kestrel employees said the plant was safe. ", size),
        # days after short quotations (each walked over in the search for its tense), and clock colons
        "'vowed \"a big rally\" on Friday from 00:01 GMT and ' repeated": _repeat(
            'vowed "a big rally" on Friday from 00:01 GMT and ', size),
        # one sentence of claims each told by an attribution phrase after its words and dated inside them:
        # each claim's time looked for among the others' words
        "'Prices rose on Monday, according to the ministry, ' repeated": _repeat(
            "Prices rose on Monday, according to the ministry, ", size),
        # inverted multi-word verbs of saying, each with the place its impersonal subject stands for
        "'« Rien », fait-on valoir à Matignon. ' repeated": _repeat("« Rien », fait-on valoir à Matignon. ", size),
        # happenings referred back to by a demonstrative, told after a sequence word, or joined by a
        # participle of result; honorifics and hashtags inside one sentence
        "demonstratives and happenings counted from, repeated": _repeat(
            "Des frappes ont fait 3 morts lundi. Ces frappes interviennent deux jours après que des drones ont "
            "frappé un dépôt, tuant 2 personnes. ", size),
        "'Dr. Smith of #NousToutes said on CNN, ' repeated": _repeat("Dr. Smith of #NousToutes said on CNN, ", size),
        # one sentence of speakers each described by an aside dated inside it, then a statement posted somewhere
        # and a possessed role before a name in apposition
        "'X, whose daughters were born in March, said ...' repeated": _repeat(
            "Kristin Oberhaus, whose daughters were born in March, said it was fine, its owner, Scentre Group, said "
            "in a statement published on its website, and ", size),
        # one sentence of French speakers one of a group, outlets told by what they are, an acronym closing a
        # noun phrase, and hours of a set of weekdays
        "'a déclaré l'un des officiers, selon la télévision d'État RTS (EFFIS) ...' repeated": _repeat(
            "« Nous avons décidé », a déclaré l'un des officiers, selon la télévision d'État RTS, d'après le système "
            "européen d'information (EFFIS), les lundis et jeudis, de 13h30 à 20h00, et ", size),
        # one sentence of eves of undated happenings, each counted from the sentence's nearest day; one of
        # quoted sentences each attributed to a ranked name; one of French quotations each warned of (the
        # threat words read in each claim's words)
        "'la veille d'une journée de mobilisation et ' repeated": _repeat(
            "ouvrant une période la veille d'une journée de mobilisation et ", size),
        "'\"We do not know,\" Coast Guard Capt. X told reporters, and ' repeated": _repeat(
            '"We do not know," Coast Guard Capt. Jamie Frederick told reporters, and ', size),
        "'« Nous ne tolérerons aucun blocage », a prévenu le ministre, et ' repeated": _repeat(
            "« Nous ne tolérerons aucun blocage », a prévenu le ministre, et ", size),
    }


CHILD = """
import json, sys, time
sys.path[:0] = [{package!r}, {bench!r}]
import chronique
from adversarial import cases
# warm-up: both languages' resources load once per process, before the clock starts
chronique.analyze("Le mardi 31 décembre 2019, il a dit.", published="2019-12-31")
chronique.analyze("On Tuesday, December 31, 2019, he said so.", published="2019-12-31")
out = []
for size in {sizes!r}:
    text = cases(size)[{name!r}]
    t0 = time.process_time()
    a = chronique.analyze(text, published="2019-12-31")
    out.append({{"size": size, "cpu": time.process_time() - t0, "timexes": len(a.timexes),
                 "claims": len(a.claims), "events": len(a.events)}})
print(json.dumps(out))
"""

CHILD_DATEPARSER = """
import json, sys, time
sys.path.insert(0, {bench!r})
from datetime import datetime
from dateparser.search import search_dates
from adversarial import cases
text = cases({size})[{name!r}][:{cut}]
search_dates("Le mardi 31 décembre 2019, il a dit.", languages=["fr"])   # warm-up
t0 = time.process_time()
found = search_dates(text, languages=["fr", "en"],
                     settings={{"RELATIVE_BASE": datetime(2019, 12, 31), "RETURN_AS_TIMEZONE_AWARE": False}})
print(json.dumps({{"cpu": time.process_time() - t0, "found": len(found or [])}}))
"""


def run_child(code: str, timeout: float) -> dict:
    """Run ``code`` in a fresh interpreter; its last line of output, as JSON."""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def package_dir() -> str:
    """The folder holding the ``chronique`` package this process imports: the child processes
    measure the same code."""
    import chronique
    return str(Path(chronique.__file__).resolve().parents[1])


def analyze_cpu(name: str, size: int = SIZE, timeout: float = 120) -> dict:
    """CPU seconds of ``analyze`` on one case, measured in a child process, and what it found."""
    return analyze_cpu_sizes(name, (size,), timeout)[0]


def analyze_cpu_sizes(name: str, sizes, timeout: float = 120) -> list[dict]:
    """``analyze_cpu`` of one case at each of ``sizes`` characters, one after another in one child process."""
    return run_child(CHILD.format(package=package_dir(), bench=str(ROOT / "bench"), sizes=list(sizes),
                                  name=name), timeout)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=SIZE, help="length of each case (default 1,000,000)")
    ap.add_argument("--dateparser-chars", type=int, default=10_000,
                    help="length of the text given to dateparser (default 10,000)")
    ap.add_argument("--case", action="append", help="only the cases whose name contains this (repeatable)")
    args = ap.parse_args(argv)
    names = [n for n in cases(100) if not args.case or any(c in n for c in args.case)]
    cut = args.dateparser_chars
    print(f"chronique.analyze on {args.chars:,} characters (CPU seconds, child process; budget {BUDGET_S:g} s)")
    print(f"dateparser.search_dates on the first {cut:,} characters of the same text, and that time scaled "
          f"linearly to {args.chars:,} characters")
    reference = analyze_cpu(REFERENCE, args.chars)["cpu"]
    print(f"x news: the case's time over that of ordinary news of the same length ({REFERENCE!r}: "
          f"{reference:.3f} s here), a figure of the code rather than of the machine (budget "
          f"{RELATIVE_BUDGET:g}x)")
    header = (f"{'case':<28}{'chronique s':>12}{'x news':>8}  {'found t/c/e':>14}  {'dateparser s':>13}"
              f"  {'scaled':>9}")
    print(header)
    print("-" * len(header))
    failed, failed_relative = [], []
    for name in names:
        try:
            r = analyze_cpu(name, args.chars)
            ours = f"{r['cpu']:>12.3f}{r['cpu'] / reference:>8.2f}"
            found = f"{r['timexes']}/{r['claims']}/{r['events']}"
            if r["cpu"] >= BUDGET_S:
                failed.append(name)
            if r["cpu"] >= RELATIVE_BUDGET * reference:
                failed_relative.append(name)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            ours, found = f"{'error':>12}{'':>8}", str(exc)[:14]
            failed.append(name)
            failed_relative.append(name)
        try:
            d = run_child(CHILD_DATEPARSER.format(bench=str(ROOT / "bench"), size=args.chars, name=name,
                                                  cut=cut), 600)
            theirs = f"{d['cpu']:>13.3f}  {d['cpu'] * args.chars / max(1, cut):>9.1f}"
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            theirs = f"{'error':>13}  {type(exc).__name__}"
        print(f"{name:<28}{ours}  {found:>14}  {theirs}")
    print("-" * len(header))
    print("found t/c/e: time expressions, claims, events found by chronique")
    if failed_relative:
        print(f"FAIL: over {RELATIVE_BUDGET:g}x ordinary news or failed: {', '.join(failed_relative)}")
    else:
        print(f"PASS: every case under {RELATIVE_BUDGET:g}x ordinary news of the same length")
    if failed:
        print(f"FAIL: over {BUDGET_S:g} s or failed: {', '.join(failed)}")
        return 1
    print(f"PASS: every case under {BUDGET_S:g} s")
    return 1 if failed_relative else 0


if __name__ == "__main__":
    sys.exit(main())
