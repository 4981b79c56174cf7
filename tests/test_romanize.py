from __future__ import annotations

import pytest

from mtqa.lexicon.romanize import (
    given_spelling_score,
    name_key,
    name_variants,
    romanize,
    spells_given_name,
    spells_homophone,
    split_name,
    split_off_syllables,
    surname_spellings,
)


@pytest.mark.parametrize(
    ("ko", "rr"),
    [("김복남", "gimboknam"), ("재인", "jae-in"), ("신라", "sinra"), ("한라산", "hanrasan")],
)
def test_syllable_wise_rr_without_sound_changes(ko: str, rr: str) -> None:
    assert romanize(ko, hyphenate="-" in rr) == rr


def test_split_name_prefers_two_syllable_surnames() -> None:
    assert split_name("남궁민수") == ("남궁", "민수")
    assert split_name("김동연") == ("김", "동연")
    assert split_name("서울") == ("서", "울")  # shape only; persons need an anchor
    assert split_name("abc") is None


def test_surname_table_has_conventional_spellings() -> None:
    assert {"Lee", "Yi", "Rhee"} <= set(surname_spellings("이"))
    assert "Park" in surname_spellings("박")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Park Geun-hye", "Pak Kun-hye"),
        ("Moon Jae-in", "Mun Jae In"),
        ("Yoon Suk Yeol", "Yun Seok-yeol"),
        ("Kim Jong Un", "Gim Jeong-eun"),
        ("Ban Ki-moon", "Ban Gimun"),
        ("Chung Ju-yung", "Jeong Juyeong"),
        ("Oh Se-hoon", "O Sehun"),
        ("Hwang Woo-suk", "Hwang U-seok"),
    ],
)
def test_spelling_styles_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [("Jae-in", "Jea-in"), ("Geun-hye", "Geun-hee")])
def test_misspellings_change_the_key(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_variants_start_with_the_news_style() -> None:
    assert name_variants("문재인")[0] == "Moon Jae-in"


@pytest.mark.parametrize(
    ("given", "spellings"),
    [
        ("정", ("Jeong", "Jung", "Chung", "Cheong", "Jong")),
        ("석", ("Seok", "Suk", "Sok")),
        ("문", ("Mun", "Moon")),
        ("이", ("I", "Yi", "Ee")),
        ("노", ("No", "Noh")),
        ("최", ("Choe", "Choi")),
        ("윤", ("Yun", "Yoon", "Youn")),
        ("권", ("Gwon", "Kwon", "Kweon")),
        ("우", ("U", "Woo", "Wu")),
        ("현", ("Hyeon", "Hyun", "Hyon")),
        ("은경", ("Eun-kyeong", "Eun-kyung", "Eunkyoung", "Un Gyong")),
        ("세훈", ("Se-hoon", "Se-hun", "Sehun")),
        ("동연", ("Dong-yeon", "Dong-yon", "Dong-youn", "Dong-yun", "Tong-yon")),
        ("상목", ("Sang-mok", "Sangmok", "Sang Mok")),
        ("정희", ("Chung-hee", "Jeong-hui", "Jung-hee", "Jeong-heui")),
        ("경화", ("Kyung-wha", "Kyung-hwa", "Gyeong-hwa")),
        ("연아", ("Yeon-a", "Yu-na")),  # the final carried over: Kim Yu-na
        ("복남", ("Boknam", "Bongnam")),  # assimilated as MR writes it
        ("여정", ("Yeo-jeong", "Yuh-jung", "Yo Jong")),
        ("형준", ("Hyeong-jun", "Hyung-joon", "Heong-joon", "Hyoung-joon")),
    ],
)
def test_real_spellings_of_a_given_name_are_accepted(given: str, spellings: tuple) -> None:
    for english in spellings:
        assert spells_given_name(given, english), english
        assert given_spelling_score(given, english) == 1.0


@pytest.mark.parametrize(
    ("given", "english"),
    [
        ("상목", "Sang-muk"),  # 상묵: ㅗ is never written u
        ("상목", "Sang-mon"),  # 상몬: another final
        ("재인", "Je-in"),  # 제인: ㅐ as e
        ("근혜", "Geun-hee"),  # 근희
        ("동연", "Dong-yeong"),  # 동영: ng for n
        ("홍", "Hung"),  # 흥
        ("송", "Sung"),  # 숭/성
    ],
)
def test_spellings_of_another_syllable_are_rejected(given: str, english: str) -> None:
    assert not spells_given_name(given, english)
    assert 0.5 < given_spelling_score(given, english) < 1.0


def test_won_written_as_the_english_word_one() -> None:
    """이원석, the prosecutor general, writes his name Lee One-seok."""
    assert spells_given_name("원석", "One-seok")
    assert not spells_given_name("원석", "Onne-seok")


@pytest.mark.parametrize(
    ("given", "english", "alike"),
    [
        ("희대", "Hee-de", True),  # ㅐ written as ㅔ: 조희대's own spelling
        ("재인", "Je-in", True),
        ("세훈", "Sae-hoon", True),  # ㅔ written as ㅐ
        ("상목", "Sang-muk", False),  # another vowel sound
        ("창용", "Chang-young", False),
        ("희대", "Hee-dae", True),  # the usual spelling is alike too
    ],
)
def test_spellings_with_a_vowel_korean_pronounces_alike(
    given: str, english: str, alike: bool
) -> None:
    assert spells_homophone(given, english) is alike


@pytest.mark.parametrize(
    ("given", "english", "split"),
    [
        ("하늘", "Han-eul", True),  # the letters of Ha-neul, cut inside 늘
        ("하늘", "Ha-neul", False),
        ("하늘", "Haneul", False),  # one part: nothing to cut
        ("연아", "Yu-na", False),  # the final of 연 carried over (Kim Yu-na)
        ("연아", "Yeon-a", False),
        ("나래", "Nar Ae", True),
        ("동", "Dong", False),
    ],
)
def test_a_cut_inside_a_syllable(given: str, english: str, split: bool) -> None:
    assert split_off_syllables(given, english) is split
