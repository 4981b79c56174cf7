"""Text-only QE evidence: how hard the source is, and whether numbers and Latin words survive.

Sentence chrF of real MT depends on the source as much as on the system: sentences full of
names, numbers and Latin-script words are translated more literally (and score higher) than
idiomatic ones. Per unit, :data:`SURFACE` in this order: the source's share of proper-noun (NNP),
number (SN) and foreign-script (SL, SH) morphemes and its log morpheme count (Kiwi tags); the
F-score of the digit strings of source and translation (1.0 when neither has any) and whether
there are any; the share of the source's Latin words found in the translation (1.0 when none);
the translation's share of capitalized words after the first, and its log word count.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from mtqa.text.korean import Token

SURFACE: tuple[str, ...] = (
    "src_nnp_share",
    "src_num_share",
    "src_foreign_share",
    "src_log_morphs",
    "digit_f",
    "digit_any",
    "latin_recall",
    "tgt_cap_share",
    "tgt_log_words",
)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _numbers(text: str) -> Counter[str]:
    return Counter(m.group().replace(",", "") for m in _NUMBER.finditer(text))


def digit_f(source: str, target: str) -> float:
    """F-score of the digit strings (thousands separators dropped) of the two texts."""
    a, b = _numbers(source), _numbers(target)
    if not a and not b:
        return 1.0
    return 2 * sum((a & b).values()) / (sum(a.values()) + sum(b.values()))


def surface_features(tokens: Sequence[Token], source: str, target: str) -> np.ndarray:
    """:data:`SURFACE` for one unit; ``tokens`` are the source's Kiwi morphemes."""
    n = max(len(tokens), 1)
    tags = Counter(t.tag for t in tokens)
    latin = [t.form.lower() for t in tokens if t.tag == "SL" and len(t.form) > 1]
    low = target.lower()
    words = target.split()
    return np.array(
        [
            tags["NNP"] / n,
            tags["SN"] / n,
            (tags["SL"] + tags["SH"]) / n,
            math.log1p(len(tokens)),
            digit_f(source, target),
            float(bool(_NUMBER.search(source) or _NUMBER.search(target))),
            sum(w in low for w in latin) / len(latin) if latin else 1.0,
            sum(w[:1].isupper() for w in words[1:]) / max(len(words) - 1, 1),
            math.log1p(len(words)),
        ],
        dtype=np.float32,
    )
