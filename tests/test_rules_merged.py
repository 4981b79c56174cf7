"""MT105/MT106: sentences inside merged units that the other side lacks (bundled encoder)."""

from __future__ import annotations

import pytest

from mtqa.pairview import lines_doc
from mtqa.records import Unit
from mtqa.resources import Resources
from mtqa.rules.base import UnitView
from mtqa.rules.merged import gains
from ruletools import get_rule

pytestmark = pytest.mark.model

KO = [
    "바이든 대통령은 5일 백악관에서 기시다 총리와 정상회담을 한다.",
    "두 정상은 오후 3시부터 약 1시간 동안 반도체 공급망 협력을 논의할 예정이다.",
]
EN = [
    "President Biden will hold a summit with Prime Minister Kishida at the White House on the 5th.",
    "The two leaders will discuss cooperation on semiconductor supply chains for about an hour "
    "from 3 p.m.",
]
RES = Resources()


def merged_view(ko: list[str], en: list[str]) -> UnitView:
    """One unit holding every sentence of both sides."""
    unit = Unit(0, tuple(range(len(ko))), tuple(range(len(en))))
    doc = lines_doc(ko, en, RES, "t", [unit])
    return UnitView(doc, unit)


def _check(code: str, ko: list[str], en: list[str]) -> list:
    return list(get_rule(code).check(merged_view(ko, en)))


def test_dropped_sentence_in_merged_unit_is_reported_with_its_span() -> None:
    hits = _check("MT105", KO, EN[:1])
    assert len(hits) == 1
    start, end = hits[0].source
    assert "오후 3시" in (" ".join(KO))[start:end] and hits[0].confidence >= 0.5


def test_faithful_merge_is_silent() -> None:
    assert _check("MT105", KO, [" ".join(EN)]) == []
    assert _check("MT106", KO, EN) == []


def test_added_sentence_in_merged_unit_is_reported() -> None:
    hits = _check("MT106", KO[:1], [EN[0], "Critics in Tokyo have called the meeting a stunt."])
    assert len(hits) == 1 and hits[0].target is not None
    assert hits[0].target[0] == len(EN[0]) + 1


def test_one_to_one_units_are_not_checked() -> None:
    assert _check("MT105", KO[:1], EN[1:]) == []  # a wrong 1-1 pair is MT8xx/QE territory


def test_gains_sign() -> None:
    embed = RES.encoder.embed
    kept = gains(KO, " ".join(EN), embed)
    dropped = gains(KO, EN[0], embed)
    assert max(kept) < 0 < dropped[1]
