"""Paragraph blocks: each paragraph aligned with its counterpart when both sides have as many."""

from __future__ import annotations

import numpy as np

from mtqa.align.base import check_cover
from mtqa.align.dp import align_blocks
from mtqa.align.length import LengthAligner
from mtqa.align.paragraphs import pair_lone_neighbours, paragraph_blocks
from mtqa.records import Sentence, Unit


def sentences(paragraphs: list[list[str]]) -> list[Sentence]:
    out, pos = [], 0
    for p, texts in enumerate(paragraphs):
        for text in texts:
            out.append(Sentence(len(out), pos, pos + len(text), text, p))
            pos += len(text) + 1
    return out


# Hangul syllables weigh 3 in alignment lengths, and English runs about 0.81 of that.
KO = [["가" * 10, "나" * 10], ["다" * 15], ["라" * 10, "마" * 10]]
EN = [["a" * 49], ["c" * 18, "d" * 18], ["e" * 24, "f" * 25]]


def test_equal_paragraph_counts_give_one_block_per_paragraph() -> None:
    blocks = paragraph_blocks(sentences(KO), sentences(EN))
    assert blocks == [
        (range(0, 2), range(0, 1)),
        (range(2, 3), range(1, 3)),
        (range(3, 5), range(3, 5)),
    ]


def test_different_counts_or_implausible_lengths_give_the_whole_document() -> None:
    src, tgt = sentences(KO), sentences(EN[:2])
    assert paragraph_blocks(src, tgt) == [(range(5), range(3))]
    short = sentences([EN[0], ["c"], EN[2]])  # the second paragraph cannot translate 30 syllables
    assert paragraph_blocks(src, short) == [(range(5), range(len(short)))]
    one = sentences([["가" * 20, "나" * 20]])
    assert paragraph_blocks(one, sentences([["a" * 60]])) == [(range(2), range(1))]


def test_units_stay_inside_their_paragraphs_and_cover_every_sentence() -> None:
    # By lengths alone, three 1-1 units fit best; the second one would cross the boundary.
    src = sentences([["가" * 10, "나" * 10], ["다" * 10]])
    tgt = sentences([["a" * 30], ["b" * 24, "c" * 24]])
    units = LengthAligner().align(src, tgt)
    check_cover(units, len(src), len(tgt))
    assert [u.index for u in units] == list(range(len(units)))
    for u in units:
        paragraphs = {src[i].paragraph for i in u.source} | {tgt[j].paragraph for j in u.target}
        assert len(paragraphs) == 1


def test_align_blocks_passes_whole_document_indices_to_the_cost() -> None:
    seen: list[tuple[int, int]] = []

    def cost(i: int, di: int, j: np.ndarray, dj: int) -> np.ndarray:
        seen.extend((i, int(k)) for k in j)
        return np.where(j == i, 0.0, 1.0) if di and dj else np.full(j.shape, 2.0)

    units = align_blocks([(range(0, 2), range(0, 2)), (range(2, 4), range(2, 4))], cost)
    assert [(u.source, u.target) for u in units] == [((k,), (k,)) for k in range(4)]
    assert (3, 3) in seen  # the second block is costed with whole-document indices


def test_paragraphs_closer_to_a_neighbour_than_to_their_counterpart_give_one_block() -> None:
    src = sentences([["가" * 5, "가" * 5], ["나" * 10]])
    tgt = sentences([["a" * 12, "a" * 12], ["b" * 24]])
    e = np.eye(4, dtype=np.float32)
    parallel = (e[[0, 0, 1]], e[[0, 0, 1]])
    swapped = (e[[0, 0, 1]], e[[1, 1, 0]])  # each English paragraph says the other's Korean
    assert paragraph_blocks(src, tgt, parallel) == [
        (range(0, 2), range(0, 2)),
        (range(2, 3), range(2, 3)),
    ]
    assert paragraph_blocks(src, tgt, swapped) == [(range(3), range(3))]
    assert len(paragraph_blocks(src, tgt)) == 2  # without vectors only lengths are checked


def test_a_headline_like_the_lead_paragraph_crosses_nothing() -> None:
    # one-sentence first paragraphs are headlines: the lead restates them, closer than the
    # English headline's compressed wording; the rest is still checked
    src = sentences([["가" * 10], ["나" * 5, "나" * 5], ["다" * 10]])
    tgt = sentences([["a" * 24], ["b" * 12, "b" * 12], ["c" * 24]])
    e = np.eye(4, dtype=np.float32)
    head = (e[[1, 1, 1, 2]], np.stack([e[3], e[1], e[1], e[2]]))
    assert len(paragraph_blocks(src, tgt, head)) == 3
    swapped = (e[[0, 1, 1, 2]], e[[0, 2, 2, 1]])
    assert paragraph_blocks(src, tgt, swapped) == [(range(4), range(4))]


def _kinds(units: list[Unit]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(u.source, u.target) for u in units]


def test_lone_neighbours_of_one_paragraph_pair_become_one_unit() -> None:
    src = sentences([["가" * 10], ["나" * 10, "다" * 10]])
    tgt = sentences([["a" * 25], ["b" * 25, "c" * 25]])
    # 나 left alone beside c alone, in the same (second) paragraph pair: one unit.
    units = [Unit(0, (0,), (0,)), Unit(1, (1,), (1,)), Unit(2, (2,), ()), Unit(3, (), (2,))]
    got = pair_lone_neighbours(units, src, tgt)
    assert _kinds(got) == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]
    assert [u.index for u in got] == [0, 1, 2]
    check_cover(got, len(src), len(tgt))
    # the other order (0-1 first) too
    swapped = [Unit(0, (0,), (0,)), Unit(1, (1,), (1,)), Unit(2, (), (2,)), Unit(3, (2,), ())]
    assert _kinds(pair_lone_neighbours(swapped, src, tgt))[-1] == ((2,), (2,))


def test_lone_neighbours_of_different_paragraphs_or_counts_stay_apart() -> None:
    src = sentences([["가" * 10, "나" * 10], ["다" * 10]])
    tgt = sentences([["a" * 25], ["b" * 25, "c" * 25]])
    # 나 (first paragraph) alone beside b (second paragraph) alone: a real omission and addition.
    units = [Unit(0, (0,), (0,)), Unit(1, (1,), ()), Unit(2, (), (1,)), Unit(3, (2,), (2,))]
    assert _kinds(pair_lone_neighbours(units, src, tgt)) == _kinds(units)
    # paragraph counts differ: paragraphs say nothing about which sentences belong together
    one = sentences([["a" * 25, "b" * 25, "c" * 25]])
    units = [Unit(0, (0,), (0,)), Unit(1, (1,), ()), Unit(2, (), (1,)), Unit(3, (2,), (2,))]
    assert _kinds(pair_lone_neighbours(units, src, one)) == _kinds(units)


def test_headlines_before_prose_on_both_sides_are_a_block_of_their_own() -> None:
    ko = [['최 지사 "복구에 총력"'], ["최 지사는 16일 회의를 주재했다.", "40여 명이 참석했다."]]
    en = [
        ["Governor vows all-out recovery"],
        ["Choi chaired a meeting at 9 a.m."],
        ["About 40 came."],
    ]
    assert paragraph_blocks(sentences(ko), sentences(en)) == [
        (range(0, 1), range(0, 1)),
        (range(1, 3), range(1, 3)),
    ]
    # no headline on one side (the English opens with the lead): one block
    lead = sentences([["Choi chaired a meeting at 9 a.m.", "About 40 came."]])
    assert paragraph_blocks(sentences(ko), lead) == [(range(3), range(2))]
