"""Figures both sides write as alignment evidence (mtqa.align.number_anchors)."""

from __future__ import annotations

import numpy as np
import pytest

from mtqa.align.embedding import EmbeddingAligner
from mtqa.align.evaluate import sentences_from_lines
from mtqa.align.number_anchors import BONUS, CAP, NumberAnchors, number_keys
from mtqa.models.encoder import load_encoder


def test_number_keys_read_both_languages_alike() -> None:
    ko = number_keys("7월 국세수입은 38조9천억 원으로 2조1천억 원(5.1%) 감소했다.", korean=True)
    en = number_keys("July's revenue was 38.9 trillion won, down 2.1 trillion won, or 5.1%.", False)
    assert {"3.89e+13", "2.1e+12", "5.1"} <= ko & en
    assert number_keys("한 달 동안 1명이 다쳤다.", korean=True) == frozenset()  # 1 says nothing


def test_a_bead_earns_the_weight_of_the_values_it_joins() -> None:
    source = ["매출은 38조9천억 원이었다.", "2025년 계획이다.", "2025년에 발표했다."]
    target = ["Sales were 38.9 trillion won.", "It is the plan for 2025.", "It was announced."]
    anchors = NumberAnchors(source, target)
    one = np.array([0, 1, 2])
    assert anchors(0, 1, one, 1).tolist() == pytest.approx([BONUS, 0.0, 0.0])
    # 2025 is written by two Korean sentences: it weighs half
    assert anchors(1, 1, one, 1).tolist() == pytest.approx([0.0, BONUS / 2, 0.0])
    assert anchors(1, 2, np.array([1]), 1).tolist() == pytest.approx([BONUS])
    assert anchors(0, 0, one, 1).tolist() == [0.0, 0.0, 0.0]
    assert float(anchors(0, 3, np.array([0]), 3)[0]) <= BONUS * CAP


def test_no_figures_no_bonus() -> None:
    anchors = NumberAnchors(["정부가 발표했다."], ["The government announced it."])
    assert anchors(0, 1, np.array([0]), 1).tolist() == [0.0]


KO = [
    "1∼7월 국세수입 232조6천억원…작년보다 8조8천억원 감소",
    "올해 1∼7월 국세수입이 232조6천억 원으로 작년 같은 기간보다 8조8천억 원 줄었다.",
    "기획재정부는 10일 이런 내용을 담은 '월간 재정동향 9월호'를 발표했다.",
    "7월 한 달 국세수입은 38조9천억 원으로 1년 전보다 2조1천억 원(5.1%) 감소했다.",
    "세목별로 보면 1∼7월 법인세는 46조4천억 원으로 기업 실적 부진 여파로 작년보다 16조1천억 원 "
    "급감했다.",
]
EN = [
    "Tax revenue for January-July at 232.6 trillion won, down 8.8 trillion won on-year",
    "South Korea's national tax revenue for the January-July period of this year came to 232.6 "
    "trillion won, down 8.8 trillion won from the same period last year.",
    # a machine translation's errors: another body, another day
    "The Bank of Korea released the figures on the 12th in the September issue of its Monthly "
    "Fiscal Monitor.",
    "Tax revenue for July alone stood at 38.9 trillion won, down 2.1 trillion won, or 5.1 "
    "percent, from a year earlier.",
    "By tax category, corporate tax revenue for January-July plunged 16.1 trillion won from a "
    "year earlier to 46.4 trillion won in the wake of weak corporate earnings.",
]


def test_shared_figures_keep_a_sentence_with_errors_in_place() -> None:
    """Every sentence is 'about tax revenue' to the encoder: without the figures the sentence
    with the changed body and date is paired one sentence off (blind set ux3)."""
    source, target = sentences_from_lines(KO), sentences_from_lines(EN)
    encoder = load_encoder()
    pairs = [(u.source, u.target) for u in EmbeddingAligner(encoder).align(source, target)]
    assert pairs == [((k,), (k,)) for k in range(5)]
    plain = EmbeddingAligner(encoder, numbers=False).align(source, target)
    assert [(u.source, u.target) for u in plain] != pairs
