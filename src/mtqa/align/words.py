"""Word alignment from contextual token vectors (SimAlign, Jalili Sabet et al. 2020).

Cosine similarity between the hidden states of a middle layer (layer 8 of the bundled encoder
locates entities best, see notes/bundled-encoder.md) of the source and translation tokens; a link
is kept where the argmax in both directions agrees ("argmax"), and "itermax" repeats that for
tokens left unlinked. Links are returned as character spans, so callers work with words of their
own tokenization (kiwipiepy morphemes, English words) by overlap.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from mtqa.models.base import Encoder, TokenStates
from mtqa.text.en_match import words as en_words

Method = Literal["argmax", "itermax"]
ALIGN_LAYER = 8

# Korean morpheme tags that carry content (kiwipiepy / Sejong tagset), and light stems that
# often have no English word of their own.
KO_CONTENT_TAGS = frozenset({"NNG", "NNP", "VV", "VA", "SN", "SL", "SH", "XR"})
KO_LIGHT_STEMS = frozenset({"하", "되", "있", "없", "이", "않", "같", "보", "주", "나", "들"})
_EN_STOP = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each either few for
    from further had has have having he her here hers herself him himself his how however i if in
    into is it its itself just may me might more most must my myself no nor not now of off on once
    only or other ought our ours ourselves out over own same shall she should so some such than
    that the their theirs them themselves then there these they this those through to too under
    until up upon very was we were what when where which while who whom whose why will with would
    yet you your yours yourself yourselves said says say according also s t mr mrs ms one
    """
EN_STOPWORDS = frozenset(_EN_STOP.split())


@dataclass(frozen=True)
class WordLink:
    """A link between a source token span and a target token span, with their cosine."""

    source: tuple[int, int]
    target: tuple[int, int]
    score: float


def similarity(src: TokenStates, tgt: TokenStates) -> np.ndarray:
    """(n_src, n_tgt) cosine similarities of the two texts' token vectors."""
    a = src.vectors / np.maximum(np.linalg.norm(src.vectors, axis=1, keepdims=True), 1e-9)
    b = tgt.vectors / np.maximum(np.linalg.norm(tgt.vectors, axis=1, keepdims=True), 1e-9)
    return np.asarray(a @ b.T, dtype=np.float32)


def _mutual_argmax(sim: np.ndarray) -> np.ndarray:
    fwd = np.zeros_like(sim, dtype=bool)
    bwd = np.zeros_like(sim, dtype=bool)
    fwd[np.arange(sim.shape[0]), sim.argmax(1)] = True
    bwd[sim.argmax(0), np.arange(sim.shape[1])] = True
    return fwd & bwd


def link_matrix(sim: np.ndarray, method: Method = "itermax", max_iter: int = 2) -> np.ndarray:
    """Boolean (n_src, n_tgt) links: mutual argmax, then (itermax) again among unlinked tokens."""
    if sim.size == 0:
        return np.zeros(sim.shape, dtype=bool)
    links = _mutual_argmax(sim)
    if method == "argmax" or min(sim.shape) <= 2:
        return links
    for _ in range(max_iter - 1):
        free_src = np.logical_not(links.any(axis=1))
        free_tgt = np.logical_not(links.any(axis=0))
        if not free_src.any() or not free_tgt.any():
            break
        # A new link needs at least one unlinked end; pairs of two linked tokens are masked out.
        allowed = np.logical_or.outer(free_src, free_tgt)
        masked = np.where(allowed, sim, -np.inf)
        new = _mutual_argmax(masked) & allowed
        if not (new & ~links).any():
            break
        links |= new
    return links


def links_from(
    sim: np.ndarray, src: TokenStates, tgt: TokenStates, method: Method = "itermax"
) -> list[WordLink]:
    """Links of a similarity matrix between two texts' tokens, as character spans."""
    return [
        WordLink(
            (int(src.offsets[i][0]), int(src.offsets[i][1])),
            (int(tgt.offsets[j][0]), int(tgt.offsets[j][1])),
            float(sim[i, j]),
        )
        for i, j in zip(*np.nonzero(link_matrix(sim, method)), strict=True)
    ]


def align_states(src: TokenStates, tgt: TokenStates, method: Method = "itermax") -> list[WordLink]:
    """Links between two texts' tokens, as character spans."""
    if len(src.vectors) == 0 or len(tgt.vectors) == 0:
        return []
    return links_from(similarity(src, tgt), src, tgt, method)


def align(
    encoder: Encoder,
    sources: Sequence[str],
    targets: Sequence[str],
    method: Method = "itermax",
    layer: int = ALIGN_LAYER,
) -> list[list[WordLink]]:
    """Word links for each (source, target) pair."""
    states = encoder.token_states(list(sources) + list(targets), layer=layer)
    n = len(sources)
    return [align_states(states[i], states[n + i], method) for i in range(n)]


def content_spans_ko(tokens: Iterable[Any]) -> list[tuple[int, int, str]]:
    """Content morphemes of Korean text from kiwipiepy tokens (form, tag, start, end)."""
    out = []
    for t in tokens:
        tag = t.tag.split("-")[0]  # kiwipiepy marks irregular conjugations as "VV-I"
        if tag in KO_CONTENT_TAGS and not (tag in ("VV", "VA") and t.form in KO_LIGHT_STEMS):
            out.append((t.start, t.end, t.form))
    return out


def content_spans_en(text: str) -> list[tuple[int, int, str]]:
    """Content words of English text (not stopwords, not single letters) and numbers."""
    out = [(a, b, w) for a, b, w in en_words(text) if len(w) > 1 and w.lower() not in EN_STOPWORDS]
    out += [(m[0], m[1], m[2]) for m in _numbers(text)]
    return sorted(out)


def _numbers(text: str) -> list[tuple[int, int, str]]:
    import re

    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"\d[\d,.]*\d|\d", text)]


def linked(
    spans: Sequence[tuple[int, int, str]], links: Sequence[WordLink], side: str
) -> list[bool]:
    """For each span, whether a link on ``side`` ("source" or "target") overlaps it."""
    ends = [lk.source if side == "source" else lk.target for lk in links]
    return [any(a < e and s < b for s, e in ends) for a, b, _ in spans]


def coverage(spans: Sequence[tuple[int, int, str]], links: Sequence[WordLink], side: str) -> float:
    """Share of ``spans`` with a link (1.0 when there are none)."""
    flags = linked(spans, links, side)
    return sum(flags) / len(flags) if flags else 1.0
