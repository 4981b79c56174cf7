"""Paragraph blocks: align each paragraph with its counterpart when both sides have as many.

News is translated paragraph by paragraph (machine translation line by line; human translators
keep the paragraphing), so when both sides have the same number of paragraphs, the sentences of
each Korean paragraph belong with the English paragraph of the same rank. Aligned as one
sequence, a compressed translation can pull a sentence across the boundary into the next
paragraph's unit, and the checks then report a false omission on one side of the boundary and a
false addition on the other. Searched paragraph pair by paragraph pair, a dropped sentence stays
a 1-0 unit inside its own paragraph.

When the counts differ (a paragraph dropped, added, split or merged), or one pair's lengths are
implausible for a translation, the document is aligned as one block.
"""

from __future__ import annotations

from collections.abc import Sequence

from mtqa.align.length import RATIO, text_length
from mtqa.records import Sentence

MIN_RATIO = 0.35  # shorter / longer expected length of a paragraph pair that can be a translation
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


def paragraph_blocks(source: Sequence[Sentence], target: Sequence[Sentence]) -> list[Block]:
    """The blocks to align on their own: paragraph pairs, or the whole document as one."""
    whole = [(range(len(source)), range(len(target)))]
    src, tgt = _groups(source), _groups(target)
    if len(src) != len(tgt) or len(src) < 2:
        return whole
    for a, b in zip(src, tgt, strict=True):
        ls, lt = RATIO * _length(source, a), _length(target, b)
        if min(ls, lt) < MIN_RATIO * max(ls, lt):
            return whole
    return list(zip(src, tgt, strict=True))
