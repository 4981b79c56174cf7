from __future__ import annotations

import pytest

from mtqa.lexicon.transliterate import best_span, phonetic_score, syllable_fit
from mtqa.text.en_match import words


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("트럼프", "Trump"),
        ("도널드 트럼프", "Donald Trump"),
        ("캐리 람", "Carrie Lam"),
        ("시진핑", "Xi Jinping"),
        ("스미스", "Smith"),
        ("마크롱", "Macron"),
        ("블라디미르 푸틴", "Vladimir Putin"),
        ("테리사 메이", "Theresa May"),
    ],
)
def test_true_renderings_score_high(ko: str, en: str) -> None:
    assert phonetic_score(ko, en) >= 0.8


@pytest.mark.parametrize(
    ("ko", "en"), [("트럼프", "Biden"), ("시진핑", "Obama"), ("캐리 람", "Donald Trump")]
)
def test_other_names_score_low(ko: str, en: str) -> None:
    assert phonetic_score(ko, en) < 0.6


def test_best_span_finds_the_name_in_a_sentence() -> None:
    text = "Hong Kong leader Carrie Lam said on Monday."
    score, s, e = best_span("캐리 람", words(text))
    assert text[s:e] == "Carrie Lam" and score >= 0.9


@pytest.mark.parametrize(
    ("ko", "en", "fits"),
    [
        ("부시", "Pelosi", False),  # three vowel groups, two syllables
        ("부시", "Bush", True),
        ("바이든", "Biden", True),
        ("말리키", "al-Maliki", True),  # the particle is not counted
        ("엘리자베스", "Elizabeth", True),
    ],
)
def test_syllable_fit(ko: str, en: str, fits: bool) -> None:
    assert (syllable_fit(ko, en) == 1.0) is fits


def test_a_name_with_a_syllable_more_scores_below_weak() -> None:
    assert phonetic_score("부시", "Pelosi") < 0.6 <= phonetic_score("부시", "Bush")
