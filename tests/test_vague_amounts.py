"""Vague amounts (수천, 수백억 / thousands, tens of billions) and their magnitudes."""

from __future__ import annotations

import pytest

from mtqa.text.vague_amounts import contradictions, english_vague, korean_vague


@pytest.mark.parametrize(
    ("text", "powers"),
    [
        ("수천 명이 모였다", [3]),
        ("수백억 원의 손실", [10]),
        ("수십만 명과 수조 원", [5, 12]),
        ("수 천명이", [3]),
        ("수출과 수입, 수준과 수요", []),  # words that start with 수
    ],
)
def test_korean_vague_amounts(text: str, powers: list[int]) -> None:
    assert [v.power for v in korean_vague(text)] == powers


@pytest.mark.parametrize(
    ("text", "powers"),
    [
        ("dozens of people and thousands of fans", [1, 3]),
        ("tens of billions of won", [10]),
        ("Hundreds of thousands marched", [5]),
    ],
)
def test_english_vague_amounts(text: str, powers: list[int]) -> None:
    assert [v.power for v in english_vague(text)] == powers


def test_contradictions_need_another_magnitude_on_both_sides() -> None:
    ((ko, en),) = contradictions("수천 명이 나왔다.", "Hundreds of people came out.")
    assert (ko.text, en.text) == ("수천", "Hundreds")
    assert contradictions("수천 명이 나왔다.", "Thousands came out.") == []
    assert contradictions("수천 명이 나왔다.", "About 3,000 people came out.") == []
    # another amount of the English's magnitude in the Korean accounts for it
    assert contradictions("수백 명이 수천 명을 만났다.", "Hundreds met thousands.") == []
