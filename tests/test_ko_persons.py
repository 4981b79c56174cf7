from __future__ import annotations

import pytest

from lexicontools import persons
from mtqa.text.ko_persons import find_persons
from mtqa.text.korean import KoreanAnalyzer

KO = KoreanAnalyzer()


def test_korean_names_with_titles() -> None:
    got = persons("김동연 경기도지사는 이재명 더불어민주당 대표와 만났다.")
    assert got["김동연"] == ("korean", "title", "도지사")
    assert got["이재명"] == ("korean", "title", "대표")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("배우 송강호는 이날 무대에 올랐다.", "송강호"),
        ("신인 세터 박한결은 47개를 기록했다.", "박한결"),
        ("세계랭킹 5위 이하늘은 우승했다.", "이하늘"),
    ],
)
def test_an_occupation_or_a_ranking_before_a_korean_name_anchors_it(text: str, name: str) -> None:
    assert persons(text)[name][:2] == ("korean", "role")


def test_a_listed_korean_is_korean_and_splits_off_a_team_name() -> None:
    # 손흥민 and 이승만 are listed (known_persons.tsv); 오바마 is listed too, but no 오 + 바마
    from mtqa.lexicon.known_persons import korean_forms

    text = "토트넘 손흥민은 이승만 전 대통령과 오바마를 언급했다."
    got = {
        p.name: (p.kind, p.anchor)
        for p in find_persons(text, KO.tokenize(text), famous=korean_forms())
    }
    assert got["손흥민"] == ("korean", "famous") and "토트넘 손흥민" not in got
    assert got["이승만"][0] == "korean"
    assert got["오바마"][0] == "foreign"


def test_country_compounds_are_no_persons() -> None:
    assert persons("한미일 3국 외교차관은 회담했다. 한미 외교차관은 만났다.") == {}


def test_a_korean_name_after_a_body_s_name_is_a_mention_of_its_own() -> None:
    got = persons("세종시의회 임채원 의장은 강조했다.")
    assert got["임채원"] == ("korean", "title", "의장") and "세종시의회 임채원" not in got


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # Kiwi reads the place and the title as one word; the place may drop its suffix
        ("박정수 충청남도지사는 밝혔다.", "박정수", "지사"),
        ("이현철 부여군수는 밝혔다.", "이현철", "군수"),
        # or its agency without the agency's last syllable (질병관리청 + 청장)
        ("백선희 질병관리청장과 회의했다.", "백선희", "청장"),
    ],
)
def test_a_title_glued_to_its_place_anchors_the_name(text: str, name: str, title: str) -> None:
    assert persons(text)[name] == ("korean", "title", title)


def test_surname_only_and_honorific_and_age() -> None:
    got = persons("김 지사는 최순실씨와 김철수(45)씨를 만났다.")
    assert got["김"][2] == "지사"
    assert got["최순실"][1] == "honorific"
    assert got["김철수"][1] == "age"


def test_foreign_names_skip_places_between_name_and_title() -> None:
    got = persons("캐리 람 홍콩 행정장관은 도널드 트럼프 미국 대통령과 통화했다.")
    assert got["캐리 람"] == ("foreign", "title", "행정장관")
    assert got["도널드 트럼프"] == ("foreign", "title", "대통령")
    assert "홍콩" not in got and "미국" not in got


def test_foreign_name_starting_with_a_surname_syllable() -> None:
    """조 바이든: a lone surname syllable before a long proper noun starts a foreign name; a
    surname alone before a title or a short Korean word stays a Korean surname mention."""
    got = persons("조 바이든 미국 대통령은 조 장관과 만났다.")
    assert got["조 바이든"] == ("foreign", "title", "대통령")
    assert got["조"] == ("korean", "title", "장관")


def test_organizations_between_name_and_title() -> None:
    """박진 외교부 장관: a body (common nouns to Kiwi) may stand between a name and its title,
    and ends a foreign name (안토니우 구테흐스 유엔 사무총장: 유엔 is no part of the name)."""
    got = persons("박진 외교부 장관은 안토니우 구테흐스 유엔 사무총장과 만났다.")
    assert got["박진"] == ("korean", "title", "장관")
    assert got["안토니우 구테흐스"] == ("foreign", "title", "사무총장")
    assert "안토니우 구테흐스 유엔" not in got
    # companies end a name too (신동빈 롯데 회장, not the foreign name 신동빈 롯데)
    got = persons("신동빈 롯데 회장과 일론 머스크 테슬라 최고경영자가 만났다.")
    assert got["신동빈"] == ("korean", "title", "회장")
    assert got["일론 머스크"] == ("foreign", "title", "최고경영자")


def test_foreign_names_whose_first_word_splits_like_a_korean_name() -> None:
    """기시다 후미오, 하야시 요시마사, 마이클 잭슨: one foreign name, not a Korean name and a
    second person; two Korean names in a byline stay two."""
    got = persons("기시다 후미오 일본 총리와 하야시 요시마사 관방장관이 만났다.")
    assert got["기시다 후미오"][:2] == ("foreign", "title")
    assert "하야시 요시마사" in got and "하야시" not in got
    assert set(persons("마이클 잭슨이 노래했다.")) == {"마이클 잭슨"}
    assert "김민수" in persons("김민수 이영희 기자가 보도했다.")


def test_names_kiwi_reads_as_words_are_repaired_before_a_title() -> None:
    """Kiwi cuts unfamiliar names into words (이정식: 이/MM 정식/NNG, 김재명: 김/재/명)."""
    got = persons("이정식 고용노동부 장관은 김재명 의원과 박현우 씨를 만났다.")
    assert got["이정식"] == ("korean", "title", "장관")
    assert got["김재명"] == ("korean", "title", "의원")
    assert got["박현우"] == ("korean", "honorific", None)
    # 한/MM 동훈/NNP: the surname read as the word 'one'.
    assert persons("한동훈 법무부 장관은 말했다.")["한동훈"] == ("korean", "title", "장관")


@pytest.mark.parametrize(
    "text",
    [
        "이사회 의장은 말했다.",  # the board's chair: a word before a title
        "정부군 사령관이 말했다.",
        "부시의 대변인 고든 존드로는 말했다.",  # a particle: 부시의 is no name
        "우사인 볼트(22)가 우승했다.",  # the age belongs to 볼트
    ],
)
def test_words_before_titles_are_not_repaired_into_names(text: str) -> None:
    got = persons(text)
    assert not {"이사회", "정부군", "부시의", "우사인"} & set(got), got


@pytest.mark.parametrize("text", ["서울 남대문시장에서 불이 났다.", "뷰티 시장이 커졌다."])
def test_no_anchored_person_in_markets(text: str) -> None:
    assert not [p for p in find_persons(text, KO.tokenize(text)) if p.anchored]


def test_a_full_foreign_name_before_a_homograph_title_is_a_person() -> None:
    """One foreign-looking word before 감독 or 시장 may be anything (뷰티 시장, 비잔틴 시장);
    a given name and a surname before it are a person, and the surname alone is then known."""
    text = "위르겐 클린스만 감독은 명단을 발표했다. 클린스만 감독은 웃었다."
    got = find_persons(text, KO.tokenize(text))
    assert [(p.name, p.anchored) for p in got] == [("위르겐 클린스만", True), ("클린스만", False)]
    later = "클린스만 감독은 웃었다."
    again = find_persons(later, KO.tokenize(later), known={"클린스만"})
    assert [(p.name, p.anchor) for p in again] == [("클린스만", "known")]
    # a Korean name before a company is no foreign full name
    text = "정주영 현대그룹 회장이 말했다."
    assert all(p.kind == "korean" or not p.anchored for p in find_persons(text, KO.tokenize(text)))


def test_surname_read_as_a_word_before_a_title_after_the_full_name() -> None:
    """금/도/육 before a title are kiwipiepy words (gold, province, six) unless the text names
    a person of that surname in full; the document's known names count too."""
    got = persons("금태섭 의원은 회의에 참석했다. 금 의원은 법안을 비판했다.")
    assert got["금"] == ("korean", "title", "의원")
    text = "도 장관은 말했다."
    assert "도" not in persons(text)
    known = [p.surname for p in find_persons(text, KO.tokenize(text), known={"도종환"})]
    assert known == ["도"]


@pytest.mark.parametrize(
    "text",
    [
        "금 시장은 강세를 보였다.",  # the gold market
        "공화당 주 대표 제프 딜과 경합한다.",  # a state representative
        "동 위원장은 말했다.",  # the said chairman
    ],
)
def test_words_before_titles_are_no_surnames_without_a_full_name(text: str) -> None:
    assert not [p for p in find_persons(text, KO.tokenize(text)) if p.kind == "korean"]


def test_grammatical_words_are_no_surnames_even_after_a_full_name() -> None:
    """동 'the said', 모 'a certain', 한 'one' before a title stay grammar."""
    text = "동영배 위원장과 모 의원이 만났다. 동 위원장은 말했다."
    got = [p.name for p in find_persons(text, KO.tokenize(text))]
    assert got.count("동") == 0 and "모" not in got


def test_words_kiwi_does_not_know_are_foreign_name_candidates() -> None:
    # Kiwi tags 귀네스/팰트로 and 칸델왈 NNG as guesses (out of vocabulary): names all the same.
    assert persons("귀네스 팰트로 씨는 말했다.")["귀네스 팰트로"] == ("foreign", "honorific", None)
    assert persons("라주 칸델왈 감독이 말했다.")["라주 칸델왈"][0] == "foreign"
    # Known common nouns stay words, also beside the name.
    assert "브랜드" not in persons("귀네스 팰트로 씨의 브랜드가 커졌다.")
    assert KO.tokenize("팰트로는")[0].oov
    assert not KO.tokenize("브랜드는")[0].oov


@pytest.mark.parametrize(
    ("text", "name", "title", "prefix"),
    [
        # a company Kiwi cuts into a proper noun and a word, or reads whole
        ("최성민 한빛전자 사장은 이날 말했다.", "최성민", "사장", "한빛전자"),
        ("정태호 한빛전자 회장과 만났다.", "정태호", "회장", "한빛전자"),
        # 주 + country: the ambassador's post
        ("한여름 주필리핀 대사는 말했다.", "한여름", "대사", "주필리핀"),
        ("최영진 주베트남 한국대사와 만났다.", "최영진", "대사", "주베트남 한국"),
        # a committee glued to the title it heads
        ("윤재형 국토교통위원장은 개회사에서 말했다.", "윤재형", "위원장", "국토교통"),
        # a place between the name and the title makes a homograph title strong
        ("하야시 겐타로 가고시마현 지사는 말했다.", "하야시 겐타로", "지사", "가고시마현"),
        # the name's Hanja in brackets
        ("저우하이린(周海林) 산둥성 성장과 만났다.", "저우하이린", "성장", "산둥성"),
        # Kiwi reads title and particle as one proper noun
        ("권영민 칠곡군수도 참석했다.", "권영민", "군수", "칠곡"),
    ],
)
def test_names_before_a_body_and_a_title(text: str, name: str, title: str, prefix: str) -> None:
    found = {p.name: p for p in find_persons(text, KO.tokenize(text))}
    assert found[name].anchor == "title"
    assert found[name].title is not None and found[name].title.ko == title
    assert found[name].title_prefix == prefix


def test_a_ministry_takes_its_minister_not_a_deputy() -> None:
    # 교육부 + 장관, not 교육 + 부장관; a glued 국무부부장관 keeps the deputy secretary
    assert persons("김민수 교육부장관은 말했다.")["김민수"][2] == "장관"
    assert persons("이상민 행정안전부장관은 말했다.")["이상민"][2] == "장관"
    assert persons("커트 캠벨 국무부부장관은 말했다.")["커트 캠벨"][2] == "부장관"


@pytest.mark.parametrize(
    "text",
    [
        "국토부 장관 후보자 청문회서 공방",
        "김철수 부동산시장은 얼어붙었다.",
        "복지위 위원장은 말했다.",
    ],
)
def test_bodies_and_markets_are_no_titled_persons(text: str) -> None:
    assert not [p for p in find_persons(text, KO.tokenize(text)) if p.anchor == "title"]


def test_a_chinese_name_in_mandarin_sound_is_foreign() -> None:
    # 밍 is no Sino-Korean reading: 왕치밍 is Wang Qiming, not Korean 왕 + 치밍
    assert persons("왕치밍 당서기는 말했다.")["왕치밍"][0] == "foreign"
    assert persons("왕치민 의원은 말했다.")["왕치민"][0] == "korean"


def test_a_chinese_surname_with_a_one_syllable_given_name_is_foreign() -> None:
    assert persons("왕천 감독은 말했다.")["왕천"][0] == "foreign"
    assert persons("왕기춘 선수는 말했다.")["왕기춘"][0] == "korean"


def test_office_heads_abroad_are_titles() -> None:
    got = persons('박하늘 코트라(KOTRA) 광저우무역관장은 "늘고 있다"고 말했다.')
    assert got["박하늘"] == ("korean", "title", "무역관장")
    assert persons("존 리 구글코리아 지사장은 말했다.")["존 리"][2] == "지사장"


def test_an_anonymized_name_is_a_surname_and_its_role_word_no_person() -> None:
    got = persons("현금 수거책 최모(27) 씨와 송금책 박모(34) 씨 등 3명을 구속했다.")
    assert "송금책 박모" not in got
    assert got.get("송금책", ("", "none", None))[1] == "none"  # a role word, unanchored
    assert got["박모"] == ("korean", "age", None)


def test_ji_is_a_surname_but_jinan_no_name() -> None:
    assert persons("지영미 질병관리청장은 말했다.")["지영미"][:2] == ("korean", "title")
    assert not persons("지난해 매출은 늘었다.")
