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
from mtqa.records import Sentence, Unit
from mtqa.text.segment import QUOTATION

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
    # A one-sentence first paragraph on both sides is a headline: the lead paragraph restates
    # it, so its likeness to the lead says nothing of a crossing.
    headline = len(src[0]) == len(tgt[0]) == 1
    for i in range(n):
        near = [j for j in (i - 1, i + 1) if 0 <= j < n and not (headline and 0 in (i, j))]
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
    whole = _headline_apart(source, target)
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


# Closing quotes and brackets after a sentence's last word or stop.
_CLOSERS = "\"'”’)]」』》〉"


def is_headline(text: str) -> bool:
    """A sentence with no stop at its end (최한결 충북지사 "... 총동원"; 'Governor vows to
    ...'): the way a headline ends."""
    body = text.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(body) and body[-1] not in ".!?。…"


def _headline_apart(source: Sequence[Sentence], target: Sequence[Sentence]) -> list[Block]:
    """The whole document as one block, or, where both sides open with a headline and go on,
    the two headlines as a block of their own and the rest as another: the lead restates the
    headline, and aligned as one, a changed figure in the lead can tip the search into pairing
    the lead with the English headline and leaving both headline and lead alone. A headline
    stands out only before a sentence that ends as prose does, on both sides."""
    n, m = len(source), len(target)
    if (
        n > 1
        and m > 1
        and is_headline(source[0].text)
        and is_headline(target[0].text)
        and not is_headline(source[1].text)
        and not is_headline(target[1].text)
    ):
        return [(range(1), range(1)), (range(1, n), range(1, m))]
    return [(range(n), range(m))]


def pair_lone_neighbours(
    units: Sequence[Unit], source: Sequence[Sentence], target: Sequence[Sentence]
) -> list[Unit]:
    """``units`` with each lone source sentence next to a lone target sentence of the same
    paragraph pair joined into one 1-1 unit.

    When both sides have as many paragraphs, a paragraph's sentences belong with its
    counterpart's. A 1-0 unit beside a 0-1 unit of the same paragraph pair is then a sentence
    translated so freely (or so badly) that the aligner found two skips cheaper than pairing
    them: on NTREX-128 machine translation ('He got a ball at the far end of Brighton's block'
    for 아궤로는 그 경기에서 브라이튼의 구역 깊숙한 곳에서 공을 받았습니다) every such pair the
    checks reported as an omission and an addition was one sentence and its translation. Paired,
    the sentence is scored and checked as a translation (QE, numbers, names) instead. Where
    the counts differ only one-sentence first paragraphs (headlines) are counterparts. A
    quotation split off its sentence is joined back (:func:`_join_split_quotes`), whatever
    the paragraph counts.
    """
    src, tgt = _groups(source), _groups(target)
    if not units:
        return []
    rank_s = {i: r for r, g in enumerate(src) for i in g}
    rank_t = {j: r for r, g in enumerate(tgt) for j in g}
    if len(src) != len(tgt):
        # a paragraph dropped or added further on: only one-sentence first paragraphs (the
        # headlines) are still each other's counterparts
        headlines = bool(src) and bool(tgt) and len(src[0]) == len(tgt[0]) == 1
        rank_s = {i: r if r == 0 and headlines else -1 - i for i, r in rank_s.items()}
        rank_t = {j: r if r == 0 and headlines else -2 - j for j, r in rank_t.items()}
    out: list[Unit] = []
    k = 0
    while k < len(units):
        u = units[k]
        v = units[k + 1] if k + 1 < len(units) else None
        if v is not None:
            lone = [w for w in (u, v) if len(w.source) + len(w.target) == 1]
            s = [w.source[0] for w in lone if w.source]
            t = [w.target[0] for w in lone if w.target]
            if len(lone) == 2 and len(s) == 1 and len(t) == 1 and rank_s[s[0]] == rank_t[t[0]]:
                out.append(Unit(len(out), (s[0],), (t[0],), u.cost + v.cost))
                k += 2
                continue
        out.append(Unit(len(out), u.source, u.target, u.cost))
        k += 1
    return _join_split_quotes(out, source, target)


def _join_split_quotes(
    units: Sequence[Unit], source: Sequence[Sentence], target: Sequence[Sentence]
) -> list[Unit]:
    """``units`` with a lone English sentence that is one quotation joined to the unit before
    it, where that unit's last English sentence shares its paragraph and its Korean quotes
    more than its English: '"...," he said.' and '"..."' for one Korean sentence ("...라며
    "...고 말했다"), which the aligner finds cheaper to split than to pair as a 1-2 unit."""
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not u.source
            and len(u.target) == 1
            and prev.source
            and prev.target
            and target[prev.target[-1]].paragraph == target[u.target[0]].paragraph
            and QUOTATION.fullmatch(target[u.target[0]].text.strip())
        ):
            ko = " ".join(source[i].text for i in prev.source)
            en = " ".join(target[j].text for j in prev.target)
            if len(QUOTATION.findall(ko)) > len(QUOTATION.findall(en)):
                out[-1] = Unit(prev.index, prev.source, (*prev.target, *u.target), prev.cost)
                continue
        out.append(Unit(len(out), u.source, u.target, u.cost))
    return out
