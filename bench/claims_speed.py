"""Time the claims step: ms per article for analyze() with and without it.

    python bench/claims_speed.py

``analyze()`` runs every step; the claims step is also timed alone, with
``chronique.claims.extract`` on inputs computed beforehand (tokens, time
expressions, publication date), so that "analyze without claims" is the
difference.  Articles: the two seeds and a synthetic 4,000-character dispatch.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

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
        path = SHARED / "seeds" / f"{name}.txt"
        if path.is_file():
            arts.append((name, path.read_text(encoding="utf-8"), name[-2:]))
    arts.append(("synthetic 4,000 chars (fr)", synthetic(), "fr"))
    return arts


def best_ms(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best * 1000


def main(repeat: int = 30, rounds: int = 5) -> int:
    """Best times over ``rounds`` rounds of ``repeat`` runs (the minimum filters out the other
    processes of a shared machine).  The tokenizer's time on the same text is printed as a
    yardstick of the machine's speed."""
    import chronique
    from chronique.claims import extract
    from chronique.tokens import tokenize

    print(f"{'article':32} {'chars':>6} {'analyze':>9} {'claims':>8} {'without':>8} {'tokenize':>9}"
          f"  claims/4k chars")
    for name, text, lang in articles():
        toks = tokenize(text)
        try:
            a = chronique.analyze(text, lang=lang)      # warm-up and inputs
            timexes, published = a.timexes, a.published
            full = min(best_ms(lambda: chronique.analyze(text, lang=lang), repeat) for _ in range(rounds))
        except Exception as exc:                        # a later step failing must not hide the timing
            timexes, published, full = [], None, float("nan")
            print(f"  (analyze() failed on {name}: {type(exc).__name__}: {exc}; claims timed without "
                  f"time expressions)")
        n = len(extract(text, toks, lang, timexes, published))
        claims = min(best_ms(lambda: extract(text, toks, lang, timexes, published), repeat * 2)
                     for _ in range(rounds))
        tok = min(best_ms(lambda: tokenize(text), repeat) for _ in range(rounds))
        per4k = claims * 4000 / max(1, len(text))
        print(f"{name:32} {len(text):6d} {full:8.2f}ms {claims:6.2f}ms {full - claims:6.2f}ms {tok:7.2f}ms"
              f"  {per4k:5.2f} ms ({n} claims)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
