"""Time the claims step: ms per article for analyze() with and without it.

    python bench/claims_speed.py [--runs N]

``analyze()`` runs every step; the claims step is also timed alone, with
``chronique.claims.extract`` on inputs computed beforehand (tokens, time
expressions, publication date), so that "analyze without claims" is the
difference.  Articles: the two seeds and a synthetic 4,000-character dispatch.

Each figure comes from many single runs after a warm-up: ``best`` is the
fastest run (what the code costs when the machine leaves it alone), ``median``
the typical one on a shared machine.  The tokenizer's time on the same text,
timed in runs alternating with those of the claims step, is printed as a
yardstick of the machine's speed at that moment: compare the claims time with
it rather than across machines.  Each run of the claims step reads the token
list the tokenizer made just before it, as in ``analyze()``.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED_DIRS = (ROOT / "demo_notebooks" / "data", ROOT.parent / "shared" / "seeds")

SYNTHETIC_FR = [
    "Le président ukrainien Volodymyr Zelensky a affirmé lundi que son armée tenait toujours la ville, "
    "malgré « des assauts incessants » des forces russes.",
    "« Nous ne reculerons pas », a-t-il déclaré dans une vidéo publiée sur Telegram.",
    "Moscou a démenti toute attaque contre des civils et a prévenu qu'elle riposterait « sans délai ».",
    "Selon un responsable européen s'exprimant sous couvert d'anonymat, les discussions pourraient reprendre "
    "la semaine prochaine à Genève.",
    "Le porte-parole du Kremlin, Dmitri Peskov, a estimé que ces propos étaient « irresponsables ».",
    "« La situation reste extrêmement tendue », a indiqué mardi soir la cheffe de la diplomatie allemande "
    "Annalena Baerbock, ajoutant que Berlin restait « prêt à aider ».",
    "D'après l'ONU, plus de 3 000 civils ont été tués depuis le début de l'offensive.",
    "L'Union européenne, qui accuse la Russie de crimes de guerre, a annoncé de nouvelles sanctions.",
]


def synthetic(size: int = 4000) -> str:
    out, k = [], 0
    while sum(len(p) + 2 for p in out) < size:
        out.append(SYNTHETIC_FR[k % len(SYNTHETIC_FR)])
        k += 1
    return "\n\n".join(out)[:size]


def articles() -> list[tuple[str, str, str]]:
    arts = []
    for name in ("baghdad_embassy_fr", "baghdad_embassy_en"):
        for folder in SEED_DIRS:
            path = folder / f"{name}.txt"
            if path.is_file():
                arts.append((name, path.read_text(encoding="utf-8"), name[-2:]))
                break
    arts.append(("synthetic 4,000 chars (fr)", synthetic(), "fr"))
    return arts


def timings(fn, runs: int, warmup: int = 10, yardstick=None) -> tuple:
    """(best, median) in ms of ``runs`` single calls of ``fn``, after ``warmup`` calls; with a
    ``yardstick`` function, its (best, median) too, from calls alternating with those of ``fn``
    (both then see the same load of a shared machine)."""
    for _ in range(warmup):
        fn()
        if yardstick is not None:
            yardstick()
    clock = time.perf_counter_ns
    samples, ysamples = [], []
    for _ in range(runs):
        t0 = clock()
        fn()
        t1 = clock()
        samples.append(t1 - t0)
        if yardstick is not None:
            yardstick()
            ysamples.append(clock() - t1)
    out = (min(samples) / 1e6, statistics.median(samples) / 1e6)
    if yardstick is not None:
        out += (min(ysamples) / 1e6, statistics.median(ysamples) / 1e6)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=300, help="timed runs of the claims step per article")
    args = ap.parse_args(argv)
    runs = max(1, args.runs)

    import chronique
    from chronique.claims import extract
    from chronique.tokens import tokenize

    print(f"{'article':28} {'chars':>5} {'analyze':>8} {'without':>8} {'tokenize':>8} {'claims':>7} "
          f"{'median':>7}   claims per 4,000 chars (best / median)")
    for name, text, lang in articles():
        toks = tokenize(text)
        try:
            a = chronique.analyze(text, lang=lang)      # inputs of the claims step
            timexes, published = a.timexes, a.published
            full, _ = timings(lambda: chronique.analyze(text, lang=lang), max(10, runs // 10), warmup=3)
        except Exception as exc:                        # a later step failing must not hide the timing
            timexes, published, full = [], None, float("nan")
            print(f"  (analyze() failed on {name}: {type(exc).__name__}: {exc}; claims timed without "
                  f"time expressions)")
        n = len(extract(text, toks, lang, timexes, published))
        # each run reads the token list the yardstick made just before, as the claims step of
        # analyze() reads the list its tokenizer made (whose keys and offsets come with it)
        made = [toks]

        def yardstick():
            made[0] = tokenize(text)

        best, median, tok, _ = timings(lambda: extract(text, made[0], lang, timexes, published), runs,
                                       yardstick=yardstick)
        scale = 4000 / max(1, len(text))
        print(f"{name:28} {len(text):5d} {full:6.2f}ms {full - best:6.2f}ms {tok:6.2f}ms {best:5.2f}ms "
              f"{median:5.2f}ms   {best * scale:5.2f} / {median * scale:5.2f} ms ({n} claims)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
