"""Paragraph blocks: align each paragraph with its counterpart when both sides have as many.

News is translated paragraph by paragraph (machine translation line by line; human translators
keep the paragraphing), so when both sides have the same number of paragraphs, the sentences of
each Korean paragraph belong with the English paragraph of the same rank. Aligned as one
sequence, a compressed translation can pull a sentence across the boundary into the next
paragraph's unit, and the checks then report a false omission on one side of the boundary and a
false addition on the other. Searched paragraph pair by paragraph pair, a dropped sentence stays
a 1-0 unit inside its own paragraph.

When the counts differ (a paragraph dropped, added, split or merged), one pair's lengths are
implausible for a translation, or (given sentence embeddings) a paragraph is closer to a
neighbour of its counterpart than to its counterpart (one paragraph merged into the next and
another split), the document is aligned as one block.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from mtqa.align.measure import RATIO, text_length
from mtqa.models.base import normalize_rows
from mtqa.records import Sentence

MIN_RATIO = 0.35  # shorter / longer expected length of a paragraph pair that can be a translation
# Cosine by which a neighbour may beat a paragraph's counterpart. On NTREX-128's references (123
# articles, paragraphs parallel by construction) a neighbour beats the counterpart by more than
# 0.03 in 2 articles; with two adjacent English paragraphs swapped, in 121.
MARGIN = 0.03
Block = tuple[range, range]  # source and target sentence indices of one block


def _groups(sentences: Sequence[Sentence]) -> list[range]:
    """Ranges of consecutive sentences sharing a paragraph number."""
    out: list[range] = []
    start = 0
    for k in range(1, len(sentences) + 1):
        if k == len(sentences) or sentences[k].paragraph != sentences[start].paragraph:
            out.append(range(start, k))
            start = k
    return out


def _length(sentences: Sequence[Sentence], indices: range) -> float:
    return float(sum(text_length(sentences[i].text) for i in indices))


def _crossed(src: list[range], tgt: list[range], vectors: tuple[np.ndarray, np.ndarray]) -> bool:
    """Whether some paragraph is closer to a neighbour of its counterpart than to it."""
    a = normalize_rows(np.stack([vectors[0][list(r)].sum(axis=0) for r in src]))
    b = normalize_rows(np.stack([vectors[1][list(r)].sum(axis=0) for r in tgt]))
    sim = a @ b.T
    n = len(src)
    for i in range(n):
        near = [j for j in (i - 1, i + 1) if 0 <= j < n]
        if any(max(sim[i, j], sim[j, i]) > sim[i, i] + MARGIN for j in near):
            return True
    return False


def paragraph_blocks(
    source: Sequence[Sentence],
    target: Sequence[Sentence],
    vectors: tuple[np.ndarray, np.ndarray] | None = None,
) -> list[Block]:
    """The blocks to align on their own: paragraph pairs, or the whole document as one.

    ``vectors``: L2-normalized sentence embeddings of each side, when the aligner has them.
    """
    whole = [(range(len(source)), range(len(target)))]
    src, tgt = _groups(source), _groups(target)
    if len(src) != len(tgt) or len(src) < 2:
        return whole
    for a, b in zip(src, tgt, strict=True):
        ls, lt = RATIO * _length(source, a), _length(target, b)
        if min(ls, lt) < MIN_RATIO * max(ls, lt):
            return whole
    if vectors is not None and _crossed(src, tgt, vectors):
        return whole
    return list(zip(src, tgt, strict=True))
