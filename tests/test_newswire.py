"""Newswire furniture: datelines, bylines, notices are not article content."""

from __future__ import annotations

import pytest

from mtqa.text.newswire import blank, is_source_furniture, source_dateline, target_dateline
from ruletools import run_rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(세종=연합뉴스) 김민수 기자 = 국제유가가 올랐다.", "(세종=연합뉴스) 김민수 기자 ="),
        ("[서울=뉴시스]김민수 기자 = 정부가 밝혔다.", "[서울=뉴시스]김민수 기자 ="),
        ("(워싱턴=연합뉴스) 김동현 특파원 = 미국은", "(워싱턴=연합뉴스) 김동현 특파원 ="),
        ("(서울=연합뉴스) 김민수·이영희 기자 = 정부는", "(서울=연합뉴스) 김민수·이영희 기자 ="),
        ("(서울=뉴스1) 정부가 밝혔다.", "(서울=뉴스1)"),
        ("유가 급등\n\n(세종=연합뉴스) 이지은 기자 = 정부는", "(세종=연합뉴스) 이지은 기자 ="),
        ("정부(서울청사)는 29일 밝혔다.", None),
        ("김민수 기자는 29일 보도했다.", None),
    ],
)
def test_source_dateline(text: str, expected: str | None) -> None:
    span = source_dateline(text)
    assert (text[span[0] : span[1]] if span else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SEJONG, Nov. 29 (Yonhap) -- The government", "SEJONG, Nov. 29 (Yonhap) --"),
        ("WASHINGTON, March 3 (AFP) - The", "WASHINGTON, March 3 (AFP) -"),
        ("SEOUL, South Korea (AP) — A court", "SEOUL, South Korea (AP) —"),
        ("Oil soars\n\nSEOUL (Yonhap) -- Prices", "SEOUL (Yonhap) --"),
        ("The ministry told Yonhap (Yonhap) on Nov. 29.", None),
        ("US officials (Reuters reported) said", None),
    ],
)
def test_target_dateline(text: str, expected: str | None) -> None:
    span = target_dateline(text)
    assert (text[span[0] : span[1]] if span else None) == expected


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", True),
        ("minsu@yna.co.kr", True),
        ("[사진=연합뉴스]", True),
        ("제보는 카카오톡 okjebo", True),
        ("김민수 기자 =", True),
        ("정부는 29일 대책을 발표했다.", False),
        (
            "정부는 저작권자 보호를 위한 법안을 마련해 국회에 제출하고 다음 달 본회의에서 "
            "표결에 부칠 예정이라고 29일 밝혔으며 업계는 환영한다는 뜻을 밝혔다.",
            False,
        ),
    ],
)
def test_source_furniture(line: str, furniture: bool) -> None:
    assert is_source_furniture(line) is furniture


def test_blank_keeps_offsets() -> None:
    text = "SEOUL, Nov. 29 (Yonhap) -- 3 people"
    out = blank(text, target_dateline(text))
    assert len(out) == len(text) and "29" not in out and out.endswith("3 people")


def test_dropped_copyright_notice_is_no_omission() -> None:
    assert run_rule("MT101", "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "") == []
    assert len(run_rule("MT101", "도는 다음 달 12일까지 피해 조사를 마칠 계획이다.", "")) == 1


def test_dateline_date_is_no_added_number() -> None:
    ko = "(세종=연합뉴스) 김민수 기자 = 정부가 유류세 인하를 검토하고 있다."
    en = "SEJONG, Nov. 29 (Yonhap) -- The government is considering a fuel tax cut."
    assert run_rule("MT303", ko, en) == []
    # the same number in the body of the sentence is still checked
    assert len(run_rule("MT303", ko, en.replace("a fuel tax cut", "29 fuel tax cuts"))) == 1
