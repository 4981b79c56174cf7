from __future__ import annotations

import pytest

from lexicontools import SHARED
from mtqa.lexicon.gazetteer import Gazetteer, Place, gazetteer


@pytest.fixture(scope="module")
def tokenize():  # type: ignore[no-untyped-def]
    return SHARED.korean.tokenize


@pytest.mark.parametrize(
    ("ko", "english"),
    [
        ("광둥성", "Guangdong"),
        ("광둥", "Guangdong"),
        ("경기도", "Gyeonggi"),
        ("경기", "Gyeonggi"),
        ("서울특별시", "Seoul"),
        ("쓰촨성", "Sichuan"),
        ("꽝닌성", "Quang Ninh"),
        ("다낭", "Da Nang"),
        ("하이퐁", "Hai Phong"),
        ("호찌민시", "Ho Chi Minh City"),
        ("후쿠오카현", "Fukuoka"),
        ("캘리포니아주", "California"),
        ("라오스", "Laos"),
        ("라오 인민 민주주의 공화국", "Laos"),
        ("북한", "North Korea"),
        ("베트남", "Vietnam"),
        ("아랍에미리트", "United Arab Emirates"),
    ],
)
def test_lookup_with_and_without_suffix(ko: str, english: str) -> None:
    places = gazetteer().lookup(ko)
    assert places, ko
    assert any(english in p.en for p in places)


def test_lookup_english_variants_and_sources() -> None:
    gyeonggi = gazetteer().lookup("경기도")[0]
    assert {"Gyeonggi Province", "Gyeonggi-do", "Gyeonggi"} <= set(gyeonggi.en)
    vietnam = gazetteer().lookup("베트남")[0]
    assert {"Vietnam", "Viet Nam"} <= set(vietnam.en)
    korea = gazetteer().lookup("한국")[0]
    assert {"South Korea", "Republic of Korea", "Korea"} <= set(korea.en)
    assert all(p.source for p in gazetteer().places)


def test_not_places() -> None:
    g = gazetteer()
    for ko in ("사과", "대", "정부", "미국인", "대통령"):
        assert not g.is_place(ko), ko


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("광둥성에서 열린 회의", ["광둥성"]),
        ("경기도지사는 경기 침체를 우려했다", ["경기"]),  # 경기/NNP + 도지사
        ("범죄인 인도 조약과 인도 정부", ["인도"]),
        ("중국어와 미국인", ["중국", "미국"]),
        ("고양이가 고양시에서 발견됐다", ["고양시"]),
        ("호찌민시에서 꽝닌성까지", ["호찌민시", "꽝닌성"]),
        ("수단을 가리지 않고", []),
        ("선전시에서 열린 박람회", ["선전시"]),
        ("베트남 꽝닌성 하롱베이", ["베트남", "꽝닌성"]),
        # GeoNames world cities, and words that only look like them
        ("뮌헨과 리가에서 열린 회의", ["뮌헨", "리가"]),
        ("라고 리가 말했습니다.", []),  # 리 + 가: Lee said
        ("부모님이 기쁨에 우시는 것을 보았다.", []),  # crying, not Wuxi
        ("우시에서 열린 박람회", ["우시"]),
        ("마쓰야마 히데키는 우승했다.", []),  # a golfer's name, not the city
        # Korean cities and counties; those that are also words need their suffix
        ("경북 울진군에서 산불이 났다", ["경북", "울진군"]),
        ("태안 앞바다와 정선에서", ["태안", "정선"]),
        ("충남 예산군은 내년 예산을 늘렸다", ["충남", "예산군"]),
        ("목표를 달성하려고 규제를 강화했다", []),
        ("의성어와 의태어", []),
        ("서울 마포구와 부산 해운대에서", ["서울", "마포구", "부산", "해운대"]),
        ("수영 대회에서 사상 최대 기록", []),  # swimming, ever: districts by their suffix only
        # a headline's hanja abbreviations, not a date (3日) nor part of a hanja word (中企)
        ('美 국무부 "北 미사일 규탄"', ["美", "北"]),
        ("3日 발표한 中企 지원책", []),
        ("기후 변화와 한중 정상회담", []),  # climate (not Gifu); Korea-China (not Hanzhong)
    ],
)
def test_find_with_tokens(tokenize, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    found = gazetteer().find(text, tokenize(text))
    spans = sorted({(a, b) for a, b, _ in found})
    assert [text[a:b] for a, b in spans] == expected


def test_world_cities_record_their_source_and_stay_out_of_person_vetoes() -> None:
    g = gazetteer()
    (munich,) = g.lookup("뮌헨")
    assert munich.en[0] == "Munich" and munich.country == "DE" and munich.kind == "city"
    assert munich.listed_city and munich.source.startswith("GeoNames") and "CC BY" in munich.source
    assert not g.lookup("베를린")[0].listed_city  # curated rows win over GeoNames
    # Korean writes some world cities as it writes given names: no veto on persons
    assert g.lookup("블라디미르") and not g.is_place("블라디미르")
    assert g.is_place("베를린") and g.is_place("광둥성")


def test_world_city_rows_keep_their_rules() -> None:
    from mtqa.lexicon.en_words import is_dictionary_word

    g = gazetteer()
    listed = [p for p in g.places if p.listed_city]
    curated = {f for p in g.places if not p.listed_city for f in (p.forms or (p.ko,))}
    assert len(listed) > 500
    for p in listed:
        assert not curated & set(p.forms or (p.ko,)), p  # curated forms are never repeated
        assert p.country != "KR"  # Korea's own cities are curated in Revised Romanization
        alternates = [e for e in p.en[1:] if not p.en[0].startswith(f"{e} ")]  # Frankfurt
        assert not any(is_dictionary_word(e) for e in alternates), p  # no Lime for Lima


def test_find_without_tokens_uses_particles() -> None:
    g = gazetteer()
    text = "광둥성에서 미국도 가나요 경기 침체"
    assert [text[a:b] for a, b, _ in g.find(text)] == ["광둥성", "미국"]


def test_find_longest_first_and_ambiguity() -> None:
    place = Place("가나", ("Ghana",), "country", "GH", "test", ("가나",))
    longer = Place("가나다", ("Ganada",), "city", "", "test", ("가나다",))
    g = Gazetteer([place, longer], ambiguous=frozenset({"가나"}))
    assert [p.en[0] for _, _, p in g.find("가나다에서")] == ["Ganada"]
    assert g.find("가나에서") == []  # ambiguous bare form, no tokens to confirm it


def test_country_by_code_and_forms() -> None:
    g = gazetteer()
    us = g.country("US")
    assert us is not None and us.ko == "미국" and "북한" in g.forms
    assert g.country("XX") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("한미 정상회담이 열렸다.", [("한미", ("KR", "US"))]),
        ("미중무역전쟁", [("미중", ("US", "CN"))]),
        ("한·미·일 3국은", [("한·미·일", ("KR", "US", "JP"))]),
        ("미-북 협상", [("미-북", ("US", "KP"))]),
        ("남북한 관계", [("남북한", ("KR", "KP"))]),
        ("북미 정상회담", [("북미", ("KP", "US"))]),
        ("북미 지역 매출", []),  # North America
        ("사이드 미러가 깨졌다", []),  # mirror
        ("북한은 미사일을", []),  # a country name, not 북 + 한
        ("남북으로 뻗은 도로", []),  # a direction
        ("남북전쟁 당시", []),  # the American Civil War
        ("한미약품 주가", []),  # a company
        ("내가 한일을 말했다", []),  # 한 일 'a thing done'
        # after a quotation mark kiwipiepy reads 한 as a determiner; 관계 decides
        ('그는 "한영 관계가 도약할 것"이라고 말했다.', [("한영", ("KR", "GB"))]),
        ("美中 무역갈등 격화", [("美中", ("US", "CN"))]),
        ("韓美日 정상회담", [("韓美日", ("KR", "US", "JP"))]),
    ],
)
def test_find_compound_abbreviations(tokenize, text: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    from mtqa.lexicon.country_abbrev import find_compounds

    found = find_compounds(text, tokenize(text), gazetteer().forms)
    assert [(c.text, c.codes) for c in found] == expected


def test_compounds_without_tokens_need_a_clean_end() -> None:
    from mtqa.lexicon.country_abbrev import find_compounds

    assert [c.text for c in find_compounds("한미 관계와 미중이 충돌", None)] == ["한미", "미중"]
    assert find_compounds("미중년 남성", None) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("블링컨 장관은 이날 방한했다.", ["KR"]),
        ("방한 중인 블링컨은 방미 일정을 마친 뒤 방북 계획을 밝혔다", ["KR", "US", "KP"]),
        ("방한복과 방한 대책, 방한 중요성", []),  # 防寒 'against the cold'
    ],
)
def test_visit_words(text: str, codes: list[str]) -> None:
    from mtqa.lexicon.country_abbrev import find_visits

    assert [c for _, _, c in find_visits(text)] == codes
