from __future__ import annotations

import pytest

from mtqa.lexicon.transliterate import (
    best_span,
    english_hiatus,
    hangul_vowel_onsets,
    loanword_mismatches,
    phonetic_score,
    syllable_fit,
)
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


# --- finer cues: a sound-alike ordinary word is not the transcribed name ------------------------


@pytest.mark.parametrize(
    ("ko", "en", "cues"),
    [
        ("푸틴", "Pudding", ("voicing", "ng")),  # d for ㅌ; -ing for 틴
        ("블링컨", "Blinking", ("ng",)),  # 컨 has no final ㅇ
        ("트럼프", "Triumph", ("hiatus",)),  # tri-umph: two vowels side by side
        ("바이든", "Bidden", ("diphthong",)),  # i before dd is no /aɪ/ (바이)
        ("폼페이오", "Pompous", ("diphthong",)),  # no spelling of /eɪ/ (페이)
        ("옐런", "Yelling", ("ng",)),
    ],
)
def test_sound_alike_words_break_a_cue(ko: str, en: str, cues: tuple[str, ...]) -> None:
    assert phonetic_score(ko, en) >= 0.6  # the coarse key cannot tell them apart
    assert loanword_mismatches(ko, en) == cues


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("푸틴", "Putin"),
        ("트럼프", "Trump"),
        ("블링컨", "Blinken"),
        ("바이든", "Biden"),
        ("마크롱", "Macron"),  # a dictionary word, and the name
        ("머스크", "Musk"),
        ("센", "Sen"),  # Hun Sen
        ("바흐", "Bach"),
        ("잡스", "Jobs"),
        ("게이츠", "Gates"),
        ("세션스", "Sessions"),  # -sion: i is no vowel of its own
        ("저지", "Judge"),  # d before g is silent
        ("마두로", "Maduro"),
        ("헤이스팅스", "Hastings"),  # -ings with 팅
        ("플레밍", "Fleming"),
        ("마리아", "Maria"),  # the hiatus written 리아
        ("류", "Liu"),  # ... or with a glide vowel
        ("장", "Jiang"),  # pinyin: i after j is a glide
        ("게르하르트", "Gerhard"),  # final d devoiced: no voicing cue at the end
        ("루트비히", "Ludwig"),
        ("레이커스", "Lakers"),
        ("마이클", "Michael"),
        ("조지", "George"),
    ],
)
def test_true_renderings_break_no_cue(ko: str, en: str) -> None:
    assert loanword_mismatches(ko, en) == ()


def test_a_word_of_a_longer_name_is_checked_by_the_counting_cues_only() -> None:
    """Against the whole name, the d of Pudding finds no ㄷ in 토니푸틴 (but the ㄷ of 디 in
    블라디미르푸틴); the -ing and diphthong cues need the Hangul word the English word renders."""
    assert loanword_mismatches("토니푸틴", "Pudding", whole=False) == ("voicing",)
    assert loanword_mismatches("블라디미르푸틴", "Pudding", whole=False) == ()
    assert loanword_mismatches("도널드트럼프", "Triumph", whole=False) == ("hiatus",)
    assert loanword_mismatches("토니블링컨", "Blinking", whole=False) == ()
    assert loanword_mismatches("조바이든", "Bidden", whole=False) == ()


@pytest.mark.parametrize(
    ("en", "n"),
    [("Triumph", 1), ("Trump", 0), ("Maria", 1), ("Nation", 0), ("Sophia", 0), ("Quota", 0)],
)
def test_english_hiatus(en: str, n: int) -> None:
    assert english_hiatus(en) == n


@pytest.mark.parametrize(("ko", "n"), [("트럼프", 0), ("마리아", 1), ("표트르", 1), ("아이", 1)])
def test_hangul_vowel_onsets(ko: str, n: int) -> None:
    assert hangul_vowel_onsets(ko) == n
