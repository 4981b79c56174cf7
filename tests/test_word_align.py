"""SimAlign-style word alignment: the link logic on hand-made matrices, then the real encoder."""

from __future__ import annotations

import numpy as np
import pytest

from mtqa.align.words import (
    WordLink,
    content_spans_en,
    content_spans_ko,
    coverage,
    link_matrix,
    linked,
)
from mtqa.text.korean import Token


def test_argmax_keeps_only_mutual_best() -> None:
    sim = np.array([[0.9, 0.1, 0.0], [0.8, 0.2, 0.1], [0.0, 0.1, 0.7]])
    links = link_matrix(sim, "argmax")
    assert links.tolist() == [[True, False, False], [False, False, False], [False, False, True]]


def test_itermax_links_tokens_left_over() -> None:
    sim = np.array([[0.9, 0.1, 0.0], [0.8, 0.6, 0.1], [0.0, 0.1, 0.7]])
    assert not link_matrix(sim, "argmax")[1].any()
    links = link_matrix(sim, "itermax")
    # The left-over source token links to its best target even though that one is taken.
    assert links[1, 0] and links[0, 0] and links[2, 2]
    assert links.sum() == 3


def test_empty_matrix() -> None:
    assert link_matrix(np.zeros((0, 3))).shape == (0, 3)


def test_content_words() -> None:
    en = content_spans_en("The president met 3 of the 20 ministers in Seoul.")
    assert [w for _, _, w in en] == ["president", "met", "3", "20", "ministers", "Seoul"]
    tokens = [Token("서울", "NNP", 0, 2), Token("에서", "JKB", 2, 4), Token("하", "VV", 5, 6)]
    assert content_spans_ko(tokens) == [(0, 2, "서울")]


def test_coverage_by_overlap() -> None:
    spans = [(0, 5, "Seoul"), (10, 15, "Busan")]
    links = [WordLink((0, 2), (0, 3), 0.8)]
    assert linked(spans, links, "target") == [True, False]
    assert coverage(spans, links, "target") == 0.5
    assert coverage([], links, "target") == 1.0


PAIRS = [
    # (Korean, English, Korean name, its English rendering)
    (
        "문재인 대통령은 30일 서울에서 트럼프 대통령과 만났다.",
        "President Moon Jae-in met President Trump in Seoul on the 30th.",
        "서울",
        "Seoul",
    ),
    (
        "문재인 대통령은 30일 서울에서 트럼프 대통령과 만났다.",
        "President Moon Jae-in met President Trump in Seoul on the 30th.",
        "트럼프",
        "Trump",
    ),
    (
        "김정은 위원장이 평양에서 연설했다.",
        "Kim Jong-un gave a speech in Pyongyang.",
        "평양",
        "Pyongyang",
    ),
    (
        "부산시는 올해 관광객이 크게 늘었다고 밝혔다.",
        "Busan said the number of tourists rose sharply this year.",
        "부산",
        "Busan",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize("ko,en,name,rendering", PAIRS)
def test_name_links_to_its_rendering(ko: str, en: str, name: str, rendering: str) -> None:
    from mtqa.align.words import align
    from mtqa.models.encoder import load_encoder

    a, ra = ko.index(name), en.index(rendering)
    b, rb = a + len(name), ra + len(rendering)

    def targets(method: str) -> list[tuple[int, int]]:
        links = align(load_encoder(), [ko], [en], method=method)[0]  # type: ignore[arg-type]
        return [lk.target for lk in links if lk.source[0] < b and a < lk.source[1]]

    strict = targets("argmax")  # mutual best links only: all inside the rendering
    assert strict, f"{name} aligned to nothing"
    assert all(ra <= s and e <= rb for s, e in strict), [en[s:e] for s, e in strict]
    loose = targets("itermax")  # more links; most still inside
    inside = [1 for s, e in loose if ra <= s and e <= rb]
    assert len(inside) >= len(loose) / 2
