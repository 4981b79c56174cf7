"""Locating and reading the shared real corpora (../shared/corpora) for tests and benchmarks."""

from __future__ import annotations

import os
from itertools import groupby
from pathlib import Path

# The line-aligned article sets with document ids, and the :func:`documents` file arguments each
# needs (FLORES's Korean file with its quotation marks fixed).
ARTICLE_SETS: dict[str, dict[str, str]] = {
    "ntrex128": {},
    "flores200-devtest": {"ko": "ko.quotes-fixed.txt"},
}


def shared_corpora() -> Path | None:
    """The shared corpora: $MTQA_SHARED_CORPORA, else ../shared/corpora beside the checkout."""
    env = os.environ.get("MTQA_SHARED_CORPORA")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [p.parent / "shared" / "corpora" for p in here.parents]
    candidates.append(Path.cwd().parent / "shared" / "corpora")
    for c in candidates:
        if (c / "README.md").is_file():
            return c
    return None


def require_shared_corpora() -> Path:
    """The shared corpora folder, or exit with a one-line message (for benchmarks)."""
    root = shared_corpora()
    if root is None:
        raise SystemExit(
            "shared corpora not found: expected ../shared/corpora beside the checkout "
            "(or set MTQA_SHARED_CORPORA)"
        )
    return root


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")[:-1] if path.stat().st_size else []


def documents(
    folder: Path, ko: str = "ko.txt", en: str = "en.txt"
) -> list[tuple[str, list[str], list[str]]]:
    """Line-aligned test set -> [(doc_id, ko_lines, en_lines)] grouped by doc_ids.txt."""
    kos, ens, ids = (
        read_lines(folder / ko),
        read_lines(folder / en),
        read_lines(folder / "doc_ids.txt"),
    )
    out = []
    rows = list(zip(ids, kos, ens, strict=True))
    for doc_id, group in groupby(rows, key=lambda r: r[0]):
        g = list(group)
        out.append((doc_id, [r[1] for r in g], [r[2] for r in g]))
    return out
