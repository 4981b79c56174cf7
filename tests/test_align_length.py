from __future__ import annotations

import random

import numpy as np
import pytest

from mtqa.align.base import BEADS, Aligner, check_cover
from mtqa.align.dp import BeadCost, align_path
from mtqa.align.evaluate import beads, sentences_from_lines
from mtqa.align.length import LengthAligner, LengthCost
from mtqa.align.measure import text_length

KO = [
    "서울시는 내년부터 모든 시내버스에 무료 와이파이를 설치한다고 밝혔다.",
    "시는 이를 위해 약 30억 원의 예산을 편성했다.",
    "시민들은 대체로 환영하는 분위기다.",
    "한편 일부 전문가들은 보안 문제를 우려했다.",
]
EN = [
    "The Seoul city government said it will install free Wi-Fi on all city buses "
    "starting next year.",
    "The city has set aside a budget of about 3 billion won for the project.",
    "Citizens generally welcomed the plan.",
    "Meanwhile, some experts raised concerns about security.",
]


def align(src: list[str], tgt: list[str], aligner: Aligner | None = None) -> list:
    units = (aligner or LengthAligner()).align(sentences_from_lines(src), sentences_from_lines(tgt))
    check_cover(units, len(src), len(tgt))
    return units


def test_is_an_aligner() -> None:
    aligner: Aligner = LengthAligner()
    assert aligner.name == "length"


def test_syllables_weigh_more_than_letters() -> None:
    assert text_length("서울") == 6
    assert text_length(" Seoul ") == 5
    assert text_length("서울 Seoul") == 12


def test_parallel_article_aligns_one_to_one() -> None:
    units = align(KO, EN)
    assert beads(units) == [((k,), (k,)) for k in range(4)]
    assert [u.index for u in units] == list(range(4))


def test_sentence_split_in_translation_gives_one_to_two() -> None:
    ko = [
        KO[0],
        "그는 이 계획이 지역 경제에 큰 도움이 될 것이며 관광객 유치에도 기여할 것이라고 말했다.",
        KO[2],
    ]
    en = [
        EN[0],
        "He said the plan would greatly help the local economy.",
        "It would also help attract tourists, he added.",
        EN[2],
    ]
    assert beads(align(ko, en)) == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]


@pytest.mark.parametrize(("n_src", "n_tgt"), [(0, 0), (3, 0), (0, 2)])
def test_empty_side_gives_deletions_or_insertions(n_src: int, n_tgt: int) -> None:
    units = align(KO[:n_src], EN[:n_tgt])
    assert [u.kind for u in units] == ["1-0"] * n_src + ["0-1"] * n_tgt
    assert all(np.isfinite(u.cost) for u in units)


def test_every_sentence_covered_once_on_random_documents() -> None:
    rng = random.Random(7)
    for _ in range(40):
        src = ["가" * rng.randint(1, 40) for _ in range(rng.randint(1, 30))]
        tgt = ["a" * rng.randint(1, 120) for _ in range(rng.randint(1, 30))]
        units = align(src, tgt)
        assert {u.kind for u in units} <= {f"{a}-{b}" for a, b in BEADS}


def word_cost(src: list[str], tgt: list[str]) -> BeadCost:
    """A cost that only likes equal words: 0 for a matching 1-1, 1 per skipped word."""

    def cost(i: int, di: int, j: np.ndarray, dj: int) -> np.ndarray:
        if (di, dj) != (1, 1):
            return np.full(j.shape, 1.0 * (di + dj) ** 2)
        return np.array([0.0 if src[i] == tgt[k] else 5.0 for k in j])

    return cost


def test_band_widens_when_the_path_leaves_the_diagonal() -> None:
    # 30 unmatched target words up front push the best path far off the diagonal.
    src = [f"w{k}" for k in range(60)]
    tgt = [f"junk{k}" for k in range(30)] + src
    expected = [((), (k,)) for k in range(30)] + [((k,), (k + 30,)) for k in range(60)]
    for band in (1, 2, 10_000):
        units = align_path(len(src), len(tgt), word_cost(src, tgt), band=band)
        assert beads(units) == expected


def test_cost_model_plugs_in() -> None:
    src = ["a", "b", "c", "d"]
    tgt = ["a", "c", "d", "e"]
    units = align_path(len(src), len(tgt), word_cost(src, tgt))
    assert beads(units) == [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,)), ((), (3,))]


def test_length_cost_is_lowest_at_the_measured_ratio() -> None:
    source = sentences_from_lines(["가" * 40])  # weighted length 120
    target = sentences_from_lines(["a" * n for n in (40, 70, 98, 130, 200)])
    row = LengthCost(source, target)(0, 1, np.arange(5), 1)
    assert int(np.argmin(row)) == 2  # 120 * 0.8138 = 97.7
    assert list(row[2:]) == sorted(row[2:])


def test_beads_without_skips_are_rejected() -> None:
    with pytest.raises(ValueError, match="must include"):
        align_path(2, 2, LengthCost([], []), beads=((1, 1),))
