"""Gale-Church length-based sentence alignment, tuned for Korean sources and English targets.

Lengths (characters with Hangul syllables weighted), the expected English-to-Korean ratio and
its variance are measured in :mod:`mtqa.align.measure`. The same function measures both sides,
so the aligner works in either direction and on mixed text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from scipy.special import log_ndtr

from mtqa.align.base import BEADS
from mtqa.align.dp import INITIAL_BAND, align_blocks
from mtqa.align.measure import RATIO, VARIANCE, prefix_lengths
from mtqa.align.paragraphs import pair_lone_neighbours, paragraph_blocks
from mtqa.records import Sentence, Unit

# Bead priors of Gale & Church (1993), the symmetric shapes sharing their mass equally.
PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.89,
    (1, 0): 0.0099 / 2,
    (0, 1): 0.0099 / 2,
    (2, 1): 0.089 / 2,
    (1, 2): 0.089 / 2,
    (2, 2): 0.011,
}


def bead_priors(beads: Sequence[tuple[int, int]]) -> dict[tuple[int, int], float]:
    """-log prior of each bead shape, renormalized over ``beads`` (unknown shapes get 2-2's)."""
    raw = {b: PRIORS.get(b, PRIORS[(2, 2)]) for b in beads}
    norm = sum(raw.values())
    return {b: -math.log(p / norm) for b, p in raw.items()}


def length_penalty(
    source_len: np.ndarray | float,
    target_len: np.ndarray | float,
    ratio: float = RATIO,
    variance: float = VARIANCE,
) -> np.ndarray:
    """Gale-Church match cost: -log P(|delta| this large), delta the normalized length gap."""
    ls = np.asarray(source_len, dtype=float)
    lt = np.asarray(target_len, dtype=float)
    mean = (ls + lt / ratio) / 2.0
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.where(
            mean > 0, (ratio * ls - lt) / np.sqrt(variance * np.maximum(mean, 1e-9)), 0
        )
    return np.asarray(-(math.log(2.0) + log_ndtr(-np.abs(delta))))


class LengthCost:
    """:class:`~mtqa.align.dp.BeadCost` of Gale & Church: length penalty + -log bead prior."""

    def __init__(
        self,
        source: Sequence[Sentence],
        target: Sequence[Sentence],
        beads: Sequence[tuple[int, int]] = BEADS,
        ratio: float = RATIO,
        variance: float = VARIANCE,
    ) -> None:
        self.src = prefix_lengths(source)
        self.tgt = prefix_lengths(target)
        self.prior = bead_priors(beads)
        self.ratio = ratio
        self.variance = variance

    def lengths(self, i: int, di: int, j: np.ndarray, dj: int) -> tuple[float, np.ndarray]:
        """Source length of sentences i..i+di-1 and target lengths of j..j+dj-1 for each j."""
        return float(self.src[i + di] - self.src[i]), self.tgt[j + dj] - self.tgt[j]

    def __call__(self, i: int, di: int, j: np.ndarray, dj: int) -> np.ndarray:
        ls, lt = self.lengths(i, di, j, dj)
        return self.prior[(di, dj)] + length_penalty(ls, lt, self.ratio, self.variance)


class LengthAligner:
    """Gale-Church alignment with Korean-aware lengths over 1-1, 1-2, 2-1, 2-2, 1-0, 0-1 beads."""

    name = "length"

    def __init__(
        self,
        beads: Sequence[tuple[int, int]] = BEADS,
        ratio: float = RATIO,
        variance: float = VARIANCE,
        band: int = INITIAL_BAND,
    ) -> None:
        self.beads = tuple(beads)
        self.ratio = ratio
        self.variance = variance
        self.band = band

    def align(self, source: Sequence[Sentence], target: Sequence[Sentence]) -> list[Unit]:
        cost = LengthCost(source, target, self.beads, self.ratio, self.variance)
        blocks = paragraph_blocks(source, target)
        units = align_blocks(blocks, cost, self.beads, self.band)
        return pair_lone_neighbours(units, source, target)
