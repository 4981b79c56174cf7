"""Embedding-based sentence alignment in the manner of Vecalign (Thompson & Koehn, 2019).

Every sentence and every run of up to ``max_concat`` neighbouring sentences gets an embedding.
By default (``runs="refined"``) single sentences are embedded and runs are first pooled from
their sentences' token-sum vectors (the encoder mean-pools, so the normalized sum of the
sentences' sums approximates the run's embedding with no further pass); the path is searched,
the runs it joins are embedded as joined text, and the path is searched again until every run it
joins is an embedded one. ``runs="encoded"`` embeds every run up front (three times the encoder
work); ``runs="pooled"`` never embeds runs, and on the hand-made article of
tests/test_align_embedding.py it merges the omitted sentence into a 2-2 bead with the added
boilerplate. On the full NTREX-128 / FLORES sets (bench/alignment.py) the hard-variant F1 of
refined runs is 0.982 / 0.996 against 0.977 / 0.996 encoded.

Documents with as many paragraphs on both sides are aligned paragraph pair by paragraph pair
(:mod:`mtqa.align.paragraphs`). The cost of an m-n bead follows Vecalign: the cosine distance
of the two runs divided by the mean cosine distance of each run to the other document's
sentences (so that sentences that are close to everything do not win), raised to ``POWER``,
times m * n, then times a length factor that grows as the two lengths (measured as in
:mod:`mtqa.align.length`) drift from the expected ratio, less a bonus for the figures both runs
write (:mod:`mtqa.align.number_anchors`: the encoder barely sees them, and an article whose
sentences are all about one subject was aligned a sentence off around an MT error). Omitted and
added sentences (1-0 / 0-1 beads) cost ``skip``. The search is the shared banded program of
:mod:`mtqa.align.dp`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mtqa.align.dp import INITIAL_BAND, align_blocks, align_path
from mtqa.align.measure import RATIO, prefix_lengths
from mtqa.align.number_anchors import NumberAnchors
from mtqa.align.paragraphs import pair_lone_neighbours, paragraph_blocks
from mtqa.models.base import Encoder, normalize_rows
from mtqa.records import Sentence, Unit

# Tuned on the first 40 NTREX-128 and 120 FLORES devtest documents, plain and perturbed with two
# seeds (strict F1), over power 1-3 x skip 0.2-0.8 x length weight 0.5-1.5. e5-small's cosines are
# compressed (right pairs ~0.87, unrelated ~0.80), so the relative distance is raised to a power
# to widen the gap. Chosen: hard-variant F1 0.973-0.996, plain 1.0, and the hand-made article of
# tests/test_align_embedding.py right. Power 1 loses the article (a wrong 1-1 beats two skips);
# length weight 0.5 costs 1-2 points; skip 0.8 or more costs 1-3 points on the hard variant.
SKIP_COST = 0.6
LENGTH_WEIGHT = 1.0
POWER = 1.5
# Mean cosine distance of unrelated Korean/English sentences with the bundled encoder; it stands
# in for random pairs in short documents, weighted as this many sentences.
PRIOR_DISTANCE = 0.23
PRIOR_WEIGHT = 4.0
_CACHE_LIMIT = 20_000
RUN_MODES = ("pooled", "encoded", "refined")
MAX_REFINE = 4  # alignment passes in "refined" mode


def join_run(texts: Sequence[str]) -> str:
    """Neighbouring sentences as one text, as their run is embedded."""
    return " ".join(t.strip() for t in texts)


def runs(texts: Sequence[str], size: int) -> list[str]:
    """Each run of ``size`` neighbouring texts joined with a space."""
    return [join_run(texts[i : i + size]) for i in range(len(texts) - size + 1)]


def _pooled(sums: np.ndarray, k: int) -> np.ndarray:
    """Normalized sums of each run of ``k`` neighbouring rows."""
    n = max(len(sums) - k + 1, 0)
    total = sum(sums[d : d + n] for d in range(k)) if n else sums[:0]
    return normalize_rows(np.asarray(total))


class EmbeddingCost:
    """:class:`~mtqa.align.dp.BeadCost` from run embeddings (see the module docstring)."""

    def __init__(
        self,
        source: list[np.ndarray],
        target: list[np.ndarray],
        source_lengths: np.ndarray,
        target_lengths: np.ndarray,
        skip: float = SKIP_COST,
        length_weight: float = LENGTH_WEIGHT,
        power: float = POWER,
        anchors: NumberAnchors | None = None,
    ) -> None:
        # source[k - 1][i]: embedding of sentences i .. i+k-1 (likewise target).
        self.src, self.tgt = source, target
        self.anchors = anchors
        self.src_len, self.tgt_len = source_lengths, target_lengths
        self.skip, self.length_weight, self.power = skip, length_weight, power
        self.src_norm = [self._spread(e, target[0]) for e in source]
        self.tgt_norm = [self._spread(e, source[0]) for e in target]

    @staticmethod
    def _spread(runs: np.ndarray, others: np.ndarray) -> np.ndarray:
        """Mean cosine distance of each run to the other side's sentences (shrunk to a prior)."""
        if len(runs) == 0:
            return np.zeros(0)
        total = (1.0 - runs @ others.T).sum(axis=1) if len(others) else np.zeros(len(runs))
        return (total + PRIOR_WEIGHT * PRIOR_DISTANCE) / (len(others) + PRIOR_WEIGHT)

    def refine(self, source: bool, k: int, i: int, vector: np.ndarray) -> None:
        """Put the encoded embedding of one run (sentences i .. i+k-1 of a side) in place of
        its pooled approximation."""
        runs, norms, others = (
            (self.src, self.src_norm, self.tgt[0])
            if source
            else (self.tgt, self.tgt_norm, self.src[0])
        )
        runs[k - 1][i] = vector
        norms[k - 1][i] = self._spread(vector[None, :], others)[0]

    def __call__(self, i: int, di: int, j: np.ndarray, dj: int) -> np.ndarray:
        if di == 0 or dj == 0:
            return np.full(j.shape, self.skip)
        x, y = self.src[di - 1][i], self.tgt[dj - 1][j]
        distance = 1.0 - y @ x
        norm = (self.src_norm[di - 1][i] + self.tgt_norm[dj - 1][j]) / 2.0
        ls = RATIO * (self.src_len[i + di] - self.src_len[i])
        lt = self.tgt_len[j + dj] - self.tgt_len[j]
        ratio = np.minimum(ls, lt) / np.maximum(np.maximum(ls, lt), 1e-9)
        factor = 1.0 + self.length_weight * (1.0 - ratio)
        relative = np.maximum(distance, 0.0) / np.maximum(norm, 1e-6)
        cost = relative**self.power * di * dj * factor
        return np.asarray(cost if self.anchors is None else cost - self.anchors(i, di, j, dj))


class EmbeddingAligner:
    """Vecalign-style aligner over a sentence encoder (many-to-many beads up to ``max_concat``)."""

    name = "embedding"

    def __init__(
        self,
        encoder: Encoder,
        max_concat: int = 2,
        skip: float = SKIP_COST,
        length_weight: float = LENGTH_WEIGHT,
        power: float = POWER,
        band: int = INITIAL_BAND,
        batch_size: int = 32,
        runs: str = "refined",
        wide: bool = True,
        numbers: bool = True,
    ) -> None:
        if max_concat < 1:
            raise ValueError("max_concat must be at least 1")
        if runs not in RUN_MODES:
            raise ValueError(f"runs must be one of {', '.join(RUN_MODES)}, got {runs!r}")
        self.runs = runs
        self.numbers = numbers
        self.encoder = encoder
        self.max_concat = max_concat
        self.skip = skip
        self.length_weight = length_weight
        self.power = power
        self.band = band
        self.batch_size = batch_size
        # 3-1 and 1-3 beads (a translation joining three sentences into one, as sentence-level
        # MT does with multi-sentence lines) use pooled runs of three: no extra encoder pass.
        self.wide = wide and max_concat == 2
        self.beads = tuple(
            [(a, b) for a in range(1, max_concat + 1) for b in range(1, max_concat + 1)]
            + ([(3, 1), (1, 3)] if self.wide else [])
            + [(1, 0), (0, 1)]
        )
        self._cache: dict[str, np.ndarray] = {}

    def _vectors(self, texts: Sequence[str]) -> np.ndarray:
        """Per text, its embedding ("encoded") or token-sum vector ("pooled"), remembering recent
        ones (documents are re-aligned often). Encoders without ``embed_sums`` give embeddings,
        so pooled runs then weight their sentences equally."""
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            if len(self._cache) + len(missing) > _CACHE_LIMIT:
                self._cache.clear()
            sums = getattr(self.encoder, "embed_sums", None) if self.runs == "pooled" else None
            embed = sums or self.encoder.embed
            vectors = np.asarray(embed(missing, batch_size=self.batch_size), dtype=np.float32)
            self._cache.update(zip(missing, vectors, strict=True))
        dim = next(iter(self._cache.values())).shape[0] if self._cache else 0
        return np.stack([self._cache[t] for t in texts]) if texts else np.zeros((0, dim))

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalized embeddings of ``texts`` (in "pooled" mode, from their token sums)."""
        vectors = self._vectors(texts)
        return normalize_rows(vectors) if self.runs == "pooled" else vectors

    def side(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Embeddings of one side's runs: ``[k - 1][i]`` for sentences i .. i+k-1 (runs of
        three, for the wide beads, are pooled unless refined)."""
        if self.runs == "encoded":
            out = [self.embed(runs(texts, k)) for k in range(1, self.max_concat + 1)]
            if self.wide:
                out.append(_pooled(self._sums(texts), 3))
            return out
        # Pooled and refined runs start alike; a single sentence is its own normalized sum.
        sums = self._vectors(texts) if self.runs == "pooled" else self._sums(texts)
        widest = 3 if self.wide else self.max_concat
        return [_pooled(sums, k) for k in range(1, widest + 1)]

    def _sums(self, texts: Sequence[str]) -> np.ndarray:
        """Token-sum vectors of single sentences (cached by the encoder wrapper); embeddings
        where the encoder has no ``embed_sums`` (its runs then weight sentences equally)."""
        sums = getattr(self.encoder, "embed_sums", None)
        if sums is None or not texts:
            return self.embed(texts)
        return np.asarray(sums(list(texts), batch_size=self.batch_size), dtype=np.float32)

    def cost(self, source: Sequence[Sentence], target: Sequence[Sentence]) -> EmbeddingCost:
        """The bead cost of one document pair (embeds what it needs)."""
        sides = [self.side([s.text for s in sentences]) for sentences in (source, target)]
        texts = [s.text for s in source], [t.text for t in target]
        return EmbeddingCost(
            sides[0],
            sides[1],
            prefix_lengths(source),
            prefix_lengths(target),
            self.skip,
            self.length_weight,
            self.power,
            NumberAnchors(*texts) if self.numbers else None,
        )

    def align(self, source: Sequence[Sentence], target: Sequence[Sentence]) -> list[Unit]:
        if not source or not target:
            skip = lambda i, di, j, dj: np.full(j.shape, self.skip)  # noqa: E731
            return align_path(len(source), len(target), skip, self.beads, self.band)
        cost = self.cost(source, target)
        blocks = paragraph_blocks(source, target, (cost.src[0], cost.tgt[0]))
        units = align_blocks(blocks, cost, self.beads, self.band)
        if self.runs == "refined":
            units = self._refine(units, cost, source, target, blocks)
        return pair_lone_neighbours(units, source, target)

    def _refine(
        self,
        units: list[Unit],
        cost: EmbeddingCost,
        source: Sequence[Sentence],
        target: Sequence[Sentence],
        blocks: list[tuple[range, range]],
    ) -> list[Unit]:
        """Re-align until every run the path joins has its encoded embedding, not a pooled one.

        Pooled runs cost no encoder pass; only the few runs a path actually uses as many-to-one
        beads are embedded, and the path is searched again with them (it may then choose other
        runs, which are embedded in turn).
        """
        done: set[tuple[bool, int, int]] = set()
        for _ in range(MAX_REFINE):
            todo = sorted(
                {
                    (side, len(ids), ids[0])
                    for u in units
                    for side, ids in ((True, u.source), (False, u.target))
                    if len(ids) > 1
                }
                - done
            )
            if not todo:
                break
            texts = [
                join_run([(source if side else target)[i + d].text for d in range(k)])
                for side, k, i in todo
            ]
            for (side, k, i), vector in zip(todo, self.embed(texts), strict=True):
                cost.refine(side, k, i, vector)
            done.update(todo)
            units = align_blocks(blocks, cost, self.beads, self.band)
        return units
