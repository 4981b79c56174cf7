"""The aligner interface: sentences in, beads (units) out, every sentence in exactly one unit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from mtqa.records import Sentence, Unit

# Bead shapes allowed by default: (source sentences, target sentences).
BEADS: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2))


class Aligner(Protocol):
    """Aligns the sentences of one document pair."""

    name: str

    def align(self, source: Sequence[Sentence], target: Sequence[Sentence]) -> list[Unit]:
        """Units covering every source and target sentence exactly once, in order."""
        ...


def check_cover(units: Sequence[Unit], n_source: int, n_target: int) -> None:
    """Raise AssertionError unless ``units`` cover both sides exactly once, in order."""
    src = [i for u in units for i in u.source]
    tgt = [j for u in units for j in u.target]
    if src != list(range(n_source)) or tgt != list(range(n_target)):
        raise AssertionError("alignment does not cover every sentence exactly once, in order")
