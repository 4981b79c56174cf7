"""Features for the QE head: sentence embeddings plus evidence the pipeline has.

Per unit: [h_src; h_mt; h_src*h_mt; |h_src-h_mt|] from the bundled encoder (as COMET's
estimator builds them), then :data:`EVIDENCE` in this order: sentence cosine, token-alignment
coverage of source and target content words, the z-scored log length ratio (against human news
translations), the repetition-loop share, the untranslated (Hangul) share of the translation, the
source length, :data:`TOKEN_MATCH` (BERTScore / XMoverScore-style greedy matching of the
encoder's layer-8 token vectors across the two languages: each side's mean, 10th percentile and
minimum best-match cosine, their F-score, the share of tokens with no match above
:data:`UNMATCHED_BELOW`, and the log token-count ratio), then the text-only
:data:`~mtqa.models.qe.surface.SURFACE` (source difficulty, digits and Latin words kept).

The count of span findings (``QEUnit.evidence["findings"]``) is not a feature: the training data
has no rule findings, so the head could not learn what they are worth.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cached_property

import numpy as np

from mtqa.align.words import (
    ALIGN_LAYER,
    content_spans_en,
    content_spans_ko,
    coverage,
    links_from,
    similarity,
)
from mtqa.models.base import Encoder
from mtqa.models.qe.base import QEUnit
from mtqa.models.qe.surface import SURFACE, surface_features
from mtqa.rules.coverage import HANGUL, LOG_RATIO_MEAN, LOG_RATIO_STD
from mtqa.text.korean import KoreanAnalyzer, Token
from mtqa.text.repetition import loop_share

FEATURE_VERSION = "4"
TOKEN_MATCH: tuple[str, ...] = (
    "tok_precision",
    "tok_recall",
    "tok_f",
    "tok_recall_p10",
    "tok_precision_p10",
    "tok_recall_min",
    "tok_precision_min",
    "tok_unmatched_src",
    "tok_unmatched_tgt",
    "tok_log_ratio",
)
EVIDENCE: tuple[str, ...] = (
    "cosine",
    "src_coverage",
    "tgt_coverage",
    "length_z",
    "loop_share",
    "hangul_share",
    "src_log_chars",
    *TOKEN_MATCH,
    *SURFACE,
)
UNMATCHED_BELOW = 0.5  # best-match cosine under which a token counts as unmatched


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


def token_match(sim: np.ndarray) -> np.ndarray:
    """:data:`TOKEN_MATCH` from a pair's (n_src, n_tgt) token cosines, greedy best match each way.

    Precision is over the translation's tokens (is each one supported by the source?), recall over
    the source's (is each one rendered?). All zeros when either side has no tokens.
    """
    if not sim.size:
        return np.zeros(len(TOKEN_MATCH), dtype=np.float32)
    r, p = sim.max(axis=1), sim.max(axis=0)
    rec, prec = float(r.mean()), float(p.mean())
    f = 2 * prec * rec / max(prec + rec, 1e-9)
    return np.array(
        [
            prec,
            rec,
            f,
            np.percentile(r, 10),
            np.percentile(p, 10),
            r.min(),
            p.min(),
            (r < UNMATCHED_BELOW).mean(),
            (p < UNMATCHED_BELOW).mean(),
            math.log(len(p) / len(r)),
        ],
        dtype=np.float32,
    )


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

    def token_features(
        self, units: Sequence[QEUnit], morphs: dict[str, list[Token]] | None = None
    ) -> np.ndarray:
        """(n, 2 + len(TOKEN_MATCH)): source / target content-word alignment coverage, then
        :data:`TOKEN_MATCH`, all from one pass of layer-8 token vectors. ``morphs``: the
        sources' Kiwi morphemes when already known.

        With an encoder that has an on-disk embedding cache (``encoder.cache``), each unit's
        features are kept there too, keyed by the encoder, :data:`FEATURE_VERSION` and the
        (source, target) pair: a re-run of a batch then needs no token vectors at all.
        """
        width = 2 + len(TOKEN_MATCH)
        cache = getattr(self.encoder, "cache", None)
        encoder_key = getattr(self.encoder, "cache_key", self.encoder.weights_hash)
        key = f"{encoder_key}|qe-token-features-{FEATURE_VERSION}"
        pairs = [f"{u.source}\x00{u.target}" for u in units]
        cached = cache.get(key, pairs, width) if cache is not None else [None] * len(units)
        out = np.zeros((len(units), width), dtype=np.float32)
        todo = [i for i, v in enumerate(cached) if v is None]
        if todo:
            fresh = self._token_features([units[i] for i in todo], morphs)
            out[todo] = fresh
            if cache is not None:
                cache.put(key, [pairs[i] for i in todo], fresh)
        for i, v in enumerate(cached):
            if v is not None:
                out[i] = v
        return out

    def _token_features(
        self, units: Sequence[QEUnit], morphs: dict[str, list[Token]] | None
    ) -> np.ndarray:
        morphs = morphs if morphs is not None else self.morphemes(units)
        texts = list(dict.fromkeys([u.source for u in units] + [u.target for u in units]))
        states = dict(zip(texts, self.encoder.token_states(texts, ALIGN_LAYER), strict=True))
        out = np.zeros((len(units), 2 + len(TOKEN_MATCH)), dtype=np.float32)
        for i, u in enumerate(units):
            if not u.source.strip() or not u.target.strip():
                continue
            src, tgt = states[u.source], states[u.target]
            if not len(src.vectors) or not len(tgt.vectors):
                continue
            sim = similarity(src, tgt)
            links = links_from(sim, src, tgt)
            out[i, 0] = coverage(content_spans_ko(morphs[u.source]), links, "source")
            out[i, 1] = coverage(content_spans_en(u.target), links, "target")
            out[i, 2:] = token_match(sim)
        return out

    def morphemes(self, units: Sequence[QEUnit]) -> dict[str, list[Token]]:
        """Each distinct source's Kiwi morphemes."""
        return {s: self.korean.tokenize(s) for s in dict.fromkeys(u.source for u in units)}

    def transform(self, units: Sequence[QEUnit], batch_size: int = 32) -> np.ndarray:
        """(n, 4 * dim + len(EVIDENCE)) float32 features."""
        emb = self._embed([u.source for u in units] + [u.target for u in units], batch_size)
        h_src = np.stack([emb[u.source] for u in units]).astype(np.float32)
        h_mt = np.stack([emb[u.target] for u in units]).astype(np.float32)
        morphs = self.morphemes(units)
        tok = self.token_features(units, morphs)
        ev = np.zeros((len(units), 5), dtype=np.float32)
        for i, u in enumerate(units):
            ev[i] = (
                float(h_src[i] @ h_mt[i]),
                length_z(u.source, u.target),
                loop_share(u.target),
                hangul_share(u.target),
                math.log1p(_nonspace(u.source)),
            )
        surface = np.zeros((len(units), len(SURFACE)), dtype=np.float32)
        for i, u in enumerate(units):
            surface[i] = surface_features(morphs[u.source], u.source, u.target)
        evidence = np.concatenate([ev[:, :1], tok[:, :2], ev[:, 1:], tok[:, 2:], surface], axis=1)
        return np.concatenate([embedding_features(h_src, h_mt), evidence], axis=1)
