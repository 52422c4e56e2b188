"""Hostile inputs of about 1 MB: ``analyze`` stays linear, and costs at most a few times what
ordinary news of the same length costs.

The texts are built by ``bench/adversarial.py`` (``cases``); ``python bench/adversarial.py`` prints
the CPU seconds of each beside dateparser's, against its budget of 2 s.  Seconds depend on the
machine (a shared machine of the same kind can be half again as slow from one day to the next), so
this suite asserts what the code alone decides, each measured in a child process with
``time.process_time`` after a warm-up (imports and resources are not counted):

- linearity: the time for 1 MB is at most ``LINEARITY`` times four times the time for 250 KB of the
  same case (a quadratic path would be sixteen times);
- cost: the time for 1 MB is at most ``RELATIVE_BUDGET`` times that of ordinary news of the same
  length (``adversarial.REFERENCE``, the seed's sentences repeated), timed on the same machine in
  the same run (2 s where such news takes 0.8 s).

A case over either bound is measured again, up to three runs in all, and judged on its best run: a
busy machine can slow one run, while a super-linear path is over on every run.
"""
import pytest

import adversarial

RELATIVE_BUDGET = adversarial.RELATIVE_BUDGET      # times ordinary news of the same length
LINEARITY = 1.6                                    # times linear growth from 250 KB to 1 MB
SMALL, LARGE = adversarial.SIZE // 4, adversarial.SIZE
NOISE_S = 0.05                                     # CPU seconds within which two short runs do not differ
CASES = list(adversarial.cases(100))


def test_every_case_is_about_one_megabyte():
    texts = adversarial.cases()
    assert set(texts) == set(CASES)
    for name, text in texts.items():
        assert 0.9e6 <= len(text) <= 1.1e6, name


@pytest.fixture(scope="module")
def news_cpu():
    """CPU seconds of ordinary news of 1 MB on this machine (best of three runs)."""
    return min(adversarial.analyze_cpu(adversarial.REFERENCE, LARGE, timeout=120)["cpu"] for _ in range(3))


def _over(small: float, large: float, news: float) -> bool:
    return large > LINEARITY * 4 * small + NOISE_S or large > RELATIVE_BUDGET * news


@pytest.mark.parametrize("name", CASES)
def test_a_hostile_megabyte_is_linear_and_costs_at_most_a_few_times_ordinary_news(name, news_cpu):
    runs = []
    while not runs or (_over(*runs[-1], news_cpu) and len(runs) < 3):
        small, large = adversarial.analyze_cpu_sizes(name, (SMALL, LARGE), timeout=120)
        runs.append((small["cpu"], large["cpu"]))
    small = min(r[0] for r in runs)
    large = min(r[1] for r in runs)
    shown = ", ".join(f"{a:.2f}/{b:.2f}" for a, b in runs)
    assert large <= LINEARITY * 4 * small + NOISE_S, (
        f"{name}: {large:.2f} s of CPU for 1 MB against {small:.2f} s for 250 KB at best: more than "
        f"{LINEARITY:g} times linear growth (runs, 250 KB/1 MB: {shown})")
    assert large <= RELATIVE_BUDGET * news_cpu, (
        f"{name}: {large:.2f} s of CPU for 1 MB at best, {large / news_cpu:.2f} times ordinary news of the "
        f"same length ({news_cpu:.2f} s; budget {RELATIVE_BUDGET:g} times; runs, 250 KB/1 MB: {shown})")
