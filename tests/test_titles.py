from __future__ import annotations

from mtqa.lexicon.titles import (
    find_renderings,
    find_wrong,
    merged_renderings,
    renders,
    title_suffix,
    titles,
)


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


def test_whole_phrase_renderings() -> None:
    t = titles()
    assert renders(t["상원의원"], "Sen.") and renders(t["사장"], "President")
    assert not renders(t["장관"], "Prime Minister")  # 'minister' is only part of it
    assert not renders(t["대통령"], "Vice President")
    text = "Sen. John McCain"
    assert merged_renderings(t["상원의원"], text) == [(0, 4)]  # "Sen" and "Sen." are one


def test_rank_titles_with_a_portfolio_inside() -> None:
    from mtqa.lexicon.titles import find_renderings, titles

    vice = titles()["차관"]
    for text, want in [
        ("Vice Foreign Minister Kim said", "Vice Foreign Minister"),
        ("Deputy Finance Minister Lee", "Deputy Finance Minister"),
        ("the vice minister said", "vice minister"),
    ]:
        assert [text[a:b] for a, b in find_renderings(vice, text)] == [want]
    assert find_renderings(vice, "Vice President Harris said") == []
    assert find_renderings(vice, "the vice of the Minister") == []
