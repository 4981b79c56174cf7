"""The dynamic program every aligner shares: cheapest path of beads through a band.

An aligner supplies a :class:`BeadCost`: the cost of one bead that covers source sentences
``i .. i+di-1`` and target sentences ``j .. j+dj-1``, evaluated for a whole row of target start
positions at once (a numpy array), so that the program runs at numpy speed whatever the cost
model (lengths, embeddings, both).

The search is restricted to a band around the diagonal of the (source, target) grid, which keeps
long documents near-linear in time. When the best path touches the edge of the band the band may
have cut off a better path, so it is doubled and the search run again, up to the full grid.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

from mtqa.align.base import BEADS
from mtqa.records import Unit

# Half-width of the first band (in sentences, on top of half the slope of the diagonal).
INITIAL_BAND = 8


class BeadCost(Protocol):
    """Cost of beads (i, di) x (j, dj) for every target start in ``j`` (an int array)."""

    def __call__(self, i: int, di: int, j: np.ndarray, dj: int) -> np.ndarray: ...


def _band(n: int, m: int, half: int) -> tuple[np.ndarray, np.ndarray]:
    """Per source position i (0..n), the inclusive range [lo, hi] of target positions searched."""
    slope = m / n if n else 0.0
    reach = half + math.ceil(slope / 2) + 1
    centre = np.arange(n + 1) * slope
    lo = np.clip(np.floor(centre - reach), 0, m).astype(int)
    hi = np.clip(np.ceil(centre + reach), 0, m).astype(int)
    return lo, hi


def _search(
    n: int, m: int, cost: BeadCost, beads: Sequence[tuple[int, int]], half: int
) -> tuple[list[tuple[int, int, int, int, float]], bool]:
    """Best path in the band as (i, di, j, dj, cost) beads, and whether it touched the band edge."""
    lo, hi = _band(n, m, half)
    total: list[np.ndarray] = []
    back: list[np.ndarray] = []  # index into ``beads`` of the last bead, -1 at the origin
    step: list[np.ndarray] = []  # cost of that last bead
    skip_target = [k for k, (di, dj) in enumerate(beads) if di == 0 and dj == 1]
    for i in range(n + 1):
        js = np.arange(lo[i], hi[i] + 1)
        best = np.full(js.shape, np.inf)
        arg = np.full(js.shape, -1)
        own = np.zeros(js.shape)
        if i == 0:
            best[js == 0] = 0.0
        for k, (di, dj) in enumerate(beads):
            if di == 0 or di > i:
                continue
            prev = i - di
            starts = js - dj
            ok = (starts >= lo[prev]) & (starts <= hi[prev])
            if not ok.any():
                continue
            here = total[prev][starts[ok] - lo[prev]]
            finite = np.isfinite(here)
            if not finite.any():
                continue
            idx = np.flatnonzero(ok)[finite]
            c = np.asarray(cost(prev, di, js[idx] - dj, dj), dtype=float)
            cand = here[finite] + c
            better = cand < best[idx]
            best[idx[better]] = cand[better]
            arg[idx[better]] = k
            own[idx[better]] = c[better]
        if skip_target and len(js) > 1:
            # 0-1 beads move along the row: best[j] = min(best[j], best[j-1] + skip(j-1)).
            k = skip_target[0]
            c = np.asarray(cost(i, 0, js[:-1], 1), dtype=float)
            for t in range(1, len(js)):
                cand = best[t - 1] + c[t - 1]
                if cand < best[t]:
                    best[t], arg[t], own[t] = cand, k, c[t - 1]
        total.append(best)
        back.append(arg)
        step.append(own)

    path: list[tuple[int, int, int, int, float]] = []
    touched = False
    i, j = n, m
    while i > 0 or j > 0:
        t = j - lo[i]
        k = int(back[i][t])
        if k < 0:
            raise RuntimeError("alignment search found no path (band too narrow)")
        if (j == lo[i] and lo[i] > 0) or (j == hi[i] and hi[i] < m):
            touched = True
        di, dj = beads[k]
        path.append((i - di, di, j - dj, dj, float(step[i][t])))
        i, j = i - di, j - dj
    path.reverse()
    return path, touched


def align_path(
    n_source: int,
    n_target: int,
    cost: BeadCost,
    beads: Sequence[tuple[int, int]] = BEADS,
    band: int = INITIAL_BAND,
) -> list[Unit]:
    """Units of the cheapest bead path covering ``n_source`` x ``n_target`` sentences in order.

    ``beads`` must include (1, 0) and (0, 1) so that every pair of documents has a path; (0, 1)
    is the only shape allowed without source sentences.
    """
    if (1, 0) not in beads or (0, 1) not in beads:
        raise ValueError("beads must include (1, 0) and (0, 1)")
    if any(di == 0 and dj != 1 or di < 0 or dj < 0 for di, dj in beads):
        raise ValueError("the only bead without source sentences can be (0, 1)")
    if n_source == 0 or n_target == 0:
        zero = np.zeros(1, dtype=int)
        units = [
            Unit(i, (i,), (), float(np.asarray(cost(i, 1, zero, 0))[0])) for i in range(n_source)
        ]
        units += [
            Unit(j, (), (j,), float(np.asarray(cost(0, 0, np.array([j]), 1))[0]))
            for j in range(n_target)
        ]
        return units
    half = band
    while True:
        path, touched = _search(n_source, n_target, cost, beads, half)
        if not touched or half >= max(n_source, n_target):
            break
        half *= 2
    return [
        Unit(k, tuple(range(i, i + di)), tuple(range(j, j + dj)), c)
        for k, (i, di, j, dj, c) in enumerate(path)
    ]


def align_blocks(
    blocks: Sequence[tuple[range, range]],
    cost: BeadCost,
    beads: Sequence[tuple[int, int]] = BEADS,
    band: int = INITIAL_BAND,
) -> list[Unit]:
    """:func:`align_path` over each (source range, target range) block on its own, the units
    numbered and indexed over the whole document (``cost`` takes whole-document indices)."""
    units: list[Unit] = []
    for rs, rt in blocks:
        i0, j0 = rs.start, rt.start

        def shifted(i: int, di: int, j: np.ndarray, dj: int, i0: int = i0, j0: int = j0) -> Any:
            return cost(i + i0, di, j + j0, dj)

        for u in align_path(len(rs), len(rt), shifted, beads, band):
            units.append(
                Unit(
                    len(units),
                    tuple(i + i0 for i in u.source),
                    tuple(j + j0 for j in u.target),
                    u.cost,
                )
            )
    return units
