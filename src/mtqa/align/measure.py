"""How long a sentence is for alignment, and how long English runs against Korean.

Lengths are characters, spaces included, with each Hangul syllable (and CJK ideograph) counted
as ``SYLLABLE_WEIGHT`` characters: a syllable carries about as much as three English letters. The
same function measures both sides, so the aligners work in either direction and on mixed text.

The constants were measured on the line-aligned references in ../shared/corpora (ko -> en,
4,009 pairs with both sides non-empty: ntrex128 1,997, flores200-devtest 1,012 with
ko.quotes-fixed.txt, park-news-koen dev 1,000). With plain characters (spaces counted) the
standard deviation of log(en/ko) is 0.244 on all three pooled; weighting syllables lowers it to
0.230, with a flat minimum at weights 2.75-3.25 (per set: ntrex 0.221 -> 0.202, flores
0.173 -> 0.154; park dev, which has misaligned pairs, 0.319 -> 0.314). Dropping spaces did not help
(0.255). With weight 3:

=========  ======  =====
set        c       s2
=========  ======  =====
ntrex128   0.7844  3.27
flores200  0.8378  2.55
park dev   0.8486  10.04
pooled     0.8138  4.86
=========  ======  =====

``c`` is English length per weighted Korean character (sum en / sum ko) and ``s2`` the variance of
``en - c * ko`` per unit of length, estimated as Gale & Church (1993) do (their regression through
the origin on the mean length of the two sides). Reproduce with ``python bench/alignment.py
--measure``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from mtqa.records import Sentence

SYLLABLE_WEIGHT = 3
RATIO = 0.8138  # c: expected target length per unit of source length (pooled, see above)
VARIANCE = 4.86  # s2: variance of (target - c * source) per unit of length (pooled)

_WIDE = re.compile(r"[\uac00-\ud7a3\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def text_length(text: str) -> int:
    """Length used for alignment: stripped characters, Hangul syllables and Hanja weighted."""
    text = text.strip()
    return len(text) + (SYLLABLE_WEIGHT - 1) * len(_WIDE.findall(text))


def prefix_lengths(sentences: Sequence[Sentence]) -> np.ndarray:
    """Cumulative :func:`text_length` (length n + 1, starting at 0)."""
    out = np.zeros(len(sentences) + 1)
    out[1:] = np.cumsum([text_length(s.text) for s in sentences])
    return out
