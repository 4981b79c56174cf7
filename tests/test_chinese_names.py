"""Chinese names: pinyin written in Hangul by the NIKL table, and MT403 on another name's pinyin."""

from __future__ import annotations

import pytest

from mtqa.lexicon.chinese import (
    chinese_parts,
    hangul_readings,
    is_pinyin,
    misspelt_pinyin,
    pinyin_spellings,
    syllables,
    to_hangul,
)
from ruletools import shown


@pytest.mark.parametrize(
    ("pinyin", "hangul"),
    [
        ("wen", "원"), ("wei", "웨이"), ("gui", "구이"), ("dun", "둔"), ("tao", "타오"),
        ("liu", "류"), ("jiu", "주"), ("xiu", "슈"), ("zhou", "저우"), ("jia", "자"),
        ("xia", "샤"), ("jie", "제"), ("xie", "셰"), ("tian", "톈"), ("shi", "스"), ("zi", "쯔"),
        ("song", "쑹"), ("yuan", "위안"), ("quan", "취안"), ("xue", "쉐"), ("lv", "뤼"),
        ("yong", "융"), ("an", "안"), ("er", "얼"),
    ],
)  # fmt: skip
def test_pinyin_syllables_are_written_by_the_nikl_table(pinyin: str, hangul: str) -> None:
    assert to_hangul(pinyin) == hangul


def test_the_syllable_list_holds_standard_syllables_only() -> None:
    table = syllables()
    assert {"wang", "xin", "zhuang", "lv"} <= table
    assert not {"bong", "hm", "sin", "ryu"} & table


def test_romanized_words_are_read_every_way_they_split() -> None:
    assert hangul_readings("Wentao") == {"원타오"}
    assert "시안" in hangul_readings("Xi'an") and is_pinyin("Jin-ping")
    assert not is_pinyin("Sin") and not is_pinyin("Ryu")
    assert pinyin_spellings("원타오")[0] == "wentao"
    assert pinyin_spellings("김민준") == ()


@pytest.mark.parametrize(
    ("name", "written", "expected"),
    [
        ("왕원타오", "Wang Wantao", "Wang Wentao"),
        ("저우하이린", "Zhou Hailing", "Zhou Hailin"),
        ("왕원타오", "Wang Wentao", None),
        ("왕원타오", "Wang Wen-tao", None),
        ("리창", "Li Qiang", None),
        ("리사 수", "Lisa Su", None),  # 수 may be Su, but 사 is no family name
        ("다나카 유키", "Tanaka Yuki", None),  # no Chinese family name
    ],
)
def test_another_names_pinyin_is_a_misspelling(
    name: str, written: str, expected: str | None
) -> None:
    assert misspelt_pinyin(name, written) == expected


def test_a_chinese_name_splits_after_its_family_name() -> None:
    assert chinese_parts("왕원타오") == ("왕", "원타오")
    assert chinese_parts("어우양 전화") == ("어우양", "전화")
    assert chinese_parts("김민준") is None


MINISTER = "중국 측에서 왕원타오 상무부장이 참석했다."


def test_mt403_flags_another_names_pinyin_in_a_chinese_context() -> None:
    assert shown("MT403", MINISTER, "Commerce Minister Wang Wantao attended for China.") == [
        "Wang Wantao"
    ]
    assert shown("MT403", MINISTER, "Commerce Minister Wang Wentao attended for China.") == []
