"""Figures both sides write, as evidence of which sentences translate which.

Sentence embeddings of the bundled encoder are compressed (right pairs ~0.87, unrelated ~0.80)
and barely see figures: in an article of tax revenue every sentence is 'about tax revenue', and a
translation with one sentence's body or date changed (an MT error) was aligned one sentence off
(KO 1-2 joined to EN 1, KO 3 to EN 2, EN 3 left alone), though KO 3 and EN 3 share 38.9 trillion
won, 2.1 trillion won and 5.1%. Values both sides write (:mod:`mtqa.text.ko_numbers`,
:mod:`mtqa.text.en_numbers`, compared at four significant digits, kinds ignored: 10일 is the
10th) lower the cost of a bead that holds them on both sides.

A value that many sentences of a side write (a year, 'two') says little of which sentence is
which: each shared value weighs 1 / the number of sentences on the side that writes it most, and
a bead's weight is the sum over the sentence pairs it joins. ``BONUS * min(weight, CAP)`` is
taken off the bead's cost. Taken off, not multiplied in: a factor would also cheapen joining an
added sentence to an anchored one against leaving it alone (a skip's cost is fixed), and joined
lead sentences then took in the inserted line after them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from mtqa.text.en_numbers import english_numbers
from mtqa.text.ko_numbers import korean_numbers

# Measured with bench/alignment.py (refined runs; NTREX-128 / FLORES strict F1) and on the
# translations of bench/blind_articles (line-aligned gold: their lines less the added and dropped
# ones; 1,128 faithful, 1,116 with MT-style errors). Without anchors: hard 0.9818 / 0.9963,
# re-segmented 0.9874 / 0.9957, 16 error-laden articles aligned wrong (0 faithful ones).
# BONUS 0.1: 10 wrong; 0.2: hard 0.9834 / 0.9963, re-segmented 0.9882 / 0.9957, 9 wrong;
# 0.3: the same F1, 7 wrong; 0.45: 7 wrong. Plain F1 unchanged (0.9977 / 1.0), no faithful
# article wrong at any. A factor (cost times 0.8 per unit of weight) instead: 27 wrong.
BONUS = 0.3
CAP = 3.0


def number_keys(text: str, korean: bool) -> frozenset[str]:
    """The values ``text`` writes (four significant digits), but 0 and 1 (한 달, a year)."""
    found = korean_numbers(text) if korean else english_numbers(text)
    return frozenset(f"{e.value:.4g}" for e in found if e.value not in (0.0, 1.0))


class NumberAnchors:
    """Per bead, the cost ``BONUS * min(shared weight, CAP)`` takes off (module docstring)."""

    def __init__(self, source: Sequence[str], target: Sequence[str]) -> None:
        src = [number_keys(t, True) for t in source]
        tgt = [number_keys(t, False) for t in target]
        counts_src = Counter(k for keys in src for k in keys)
        counts_tgt = Counter(k for keys in tgt for k in keys)
        pairs = np.zeros((len(src), len(tgt)))
        where_tgt: dict[str, list[int]] = {}
        for j, keys in enumerate(tgt):
            for k in keys:
                where_tgt.setdefault(k, []).append(j)
        for i, keys in enumerate(src):
            for k in keys:
                for j in where_tgt.get(k, ()):
                    pairs[i, j] += 1.0 / max(counts_src[k], counts_tgt[k])
        # prefix[i, j]: the weight of source sentences < i against target sentences < j.
        self.prefix = np.zeros((len(src) + 1, len(tgt) + 1))
        self.prefix[1:, 1:] = pairs.cumsum(axis=0).cumsum(axis=1)
        self.empty = not pairs.any()

    def __call__(self, i: int, di: int, j: np.ndarray, dj: int) -> np.ndarray:
        if self.empty:
            return np.zeros(j.shape)
        p = self.prefix
        weight = p[i + di, j + dj] - p[i, j + dj] - p[i + di, j] + p[i, j]
        return np.asarray(BONUS * np.minimum(weight, CAP))
