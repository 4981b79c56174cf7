from __future__ import annotations

import pytest

from mtqa.lexicon.romanize import name_key, name_variants, romanize, split_name, surname_spellings


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
