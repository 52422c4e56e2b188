import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "bench"))


def read_seed(name: str) -> tuple[str, dict]:
    text = (SHARED / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((SHARED / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    return text, gold


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"the shared material is missing: {SHARED} (seeds, gold and dev sets live beside the project)")
    return SHARED
