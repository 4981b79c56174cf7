"""Features for the QE head: sentence embeddings plus evidence the pipeline has.

Per unit: [h_src; h_mt; h_src*h_mt; |h_src-h_mt|] from the bundled encoder (as COMET's
estimator builds them), then :data:`EVIDENCE` in this order: sentence cosine, token-alignment
coverage of source and target content words, the z-scored log length ratio (against human news
translations), the repetition-loop share, the untranslated (Hangul) share of the translation, and
the source length.

The count of span findings (``QEUnit.evidence["findings"]``) is not a feature: the training data
has no rule findings, so the head could not learn what they are worth.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cached_property

import numpy as np

from mtqa.align.words import (
    align_states,
    content_spans_en,
    content_spans_ko,
    coverage,
)
from mtqa.models.base import Encoder
from mtqa.models.qe.base import QEUnit
from mtqa.rules.coverage import HANGUL, LOG_RATIO_MEAN, LOG_RATIO_STD
from mtqa.text.korean import KoreanAnalyzer
from mtqa.text.repetition import loop_share

FEATURE_VERSION = "2"
EVIDENCE: tuple[str, ...] = (
    "cosine",
    "src_coverage",
    "tgt_coverage",
    "length_z",
    "loop_share",
    "hangul_share",
    "src_log_chars",
)


def _nonspace(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def length_z(source: str, target: str) -> float:
    """log(en/ko non-space characters), z-scored against human news translations, clipped."""
    ko, en = _nonspace(source), _nonspace(target)
    if ko == 0 or en == 0:
        return -6.0 if ko else 6.0
    z = (math.log(en / ko) - LOG_RATIO_MEAN) / LOG_RATIO_STD
    return max(-6.0, min(6.0, z))


def hangul_share(target: str) -> float:
    """Share of the translation's non-space characters that are Hangul (left untranslated)."""
    n = _nonspace(target)
    if not n:
        return 0.0
    return sum(_nonspace(m.group()) for m in HANGUL.finditer(target)) / n


def embedding_features(h_src: np.ndarray, h_mt: np.ndarray) -> np.ndarray:
    """COMET's combination of two (n, d) embedding matrices -> (n, 4d)."""
    return np.concatenate([h_src, h_mt, h_src * h_mt, np.abs(h_src - h_mt)], axis=1)


class Featurizer:
    """Turns units into the head's feature matrix with one encoder."""

    def __init__(self, encoder: Encoder, korean: KoreanAnalyzer | None = None) -> None:
        self.encoder = encoder
        self._korean = korean

    @cached_property
    def korean(self) -> KoreanAnalyzer:
        return self._korean or KoreanAnalyzer()

    def n_features(self, dim: int) -> int:
        return 4 * dim + len(EVIDENCE)

    def _embed(self, texts: Sequence[str], batch_size: int) -> dict[str, np.ndarray]:
        uniq = list(dict.fromkeys(texts))
        vecs = self.encoder.embed(uniq, batch_size=batch_size) if uniq else np.zeros((0, 0))
        return {t: vecs[i] for i, t in enumerate(uniq)}

    def coverages(self, units: Sequence[QEUnit]) -> np.ndarray:
        """(n, 2): share of source / target content words that align to something."""
        texts = list(dict.fromkeys([u.source for u in units] + [u.target for u in units]))
        states = dict(zip(texts, self.encoder.token_states(texts), strict=True))
        out = np.ones((len(units), 2), dtype=np.float32)
        for i, u in enumerate(units):
            if not u.source.strip() or not u.target.strip():
                out[i] = 0.0
                continue
            links = align_states(states[u.source], states[u.target])
            out[i, 0] = coverage(content_spans_ko(self.korean.tokenize(u.source)), links, "source")
            out[i, 1] = coverage(content_spans_en(u.target), links, "target")
        return out

    def transform(self, units: Sequence[QEUnit], batch_size: int = 32) -> np.ndarray:
        """(n, 4 * dim + len(EVIDENCE)) float32 features."""
        emb = self._embed([u.source for u in units] + [u.target for u in units], batch_size)
        h_src = np.stack([emb[u.source] for u in units]).astype(np.float32)
        h_mt = np.stack([emb[u.target] for u in units]).astype(np.float32)
        cov = self.coverages(units)
        ev = np.zeros((len(units), len(EVIDENCE)), dtype=np.float32)
        for i, u in enumerate(units):
            ev[i] = (
                float(h_src[i] @ h_mt[i]),
                cov[i, 0],
                cov[i, 1],
                length_z(u.source, u.target),
                loop_share(u.target),
                hangul_share(u.target),
                math.log1p(_nonspace(u.source)),
            )
        return np.concatenate([embedding_features(h_src, h_mt), ev], axis=1)
