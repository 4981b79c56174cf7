from __future__ import annotations

from mtqa.lexicon.titles import find_renderings, find_wrong, shares_rendering, title_suffix, titles


def test_title_suffix_splits_place_and_title() -> None:
    prefix, t = title_suffix("서울시장") or ("", None)
    assert prefix == "서울" and t is not None and t.ko == "시장"
    prefix, t = title_suffix("경기도지사") or ("", None)
    assert prefix == "경기" and t is not None and t.ko == "도지사"
    assert title_suffix("사과") is None


def test_renderings_and_homographs() -> None:
    mayor = titles()["시장"]
    assert find_renderings(mayor, "Seoul Mayor Oh Se-hoon")
    assert not find_renderings(mayor, "the Seoul market")
    assert find_wrong(mayor, "the Seoul market")
    assert find_renderings(titles()["지사"], "Gov. Kim Dong-yeon")


def test_shared_renderings() -> None:
    t = titles()
    assert shares_rendering(t["사장"], t["회장"])  # both may be "president"
    assert shares_rendering(t["장관"], t["차관"]) is False
    assert not shares_rendering(t["시장"], t["지사"])
