"""Misses and false flags of blind rounds 114 and on (sets vh-), in their smallest form."""

from __future__ import annotations

from lexicontools import persons
from mtqa.resources import Resources
from mtqa.rules.merged import assess
from mtqa.rules.numbers import compare
from mtqa.text.en_numbers import english_numbers, plain_number
from ruletools import article_findings, run_rule, shown

# Round 114 (sets vh, vi, vj, vk; vl and vm faithful-only)


def test_a_count_in_brackets_is_no_age() -> None:
    text = "미국 로열캐리비안 인터내셔널(22척)과 이탈리아 코스타 크루즈(17척)가 뒤를 이었다."
    assert all(anchor != "age" for _, anchor, _ in persons(text).values())
    assert persons("김나래(57세)가 말했다.")["김나래"][1] == "age"


def test_a_festivals_executive_director() -> None:
    ko = '한정우 부산국제영화제 집행위원장은 "관객 호응은 오히려 커졌다"고 말했다.'
    en = '"The audience response actually grew," festival director Han Jung-woo said.'
    assert shown("MT601", ko, en) == []
    assert shown("MT601", ko, en.replace("festival director ", "")) == ["Han Jung-woo"]


def test_a_head_prosecutor_as_the_head_of_his_department() -> None:
    ko = "청주지검 반부패수사부 문지웅 부장검사는 징역 8년을 구형했다."
    en = (
        "Moon Ji-woong, head of the anti-corruption investigation department of the Cheongju "
        "District Prosecutors' Office, sought an eight-year prison term."
    )
    assert shown("MT601", ko, en) == []


def test_quadrillions() -> None:
    ko = "기금 적립금은 1천152조 원으로 1년 전보다 161조 원 늘었다."
    en = "The fund's reserves stood at 1.152 quadrillion won, up 161 trillion won."
    assert compare(ko, en) == []
    assert [e.value for e in english_numbers("two quadrillion")] == [2e15]
    assert plain_number(1.152e15) == "1.152 quadrillion"


def test_an_ordinal_is_never_rounded() -> None:
    ko = "여야 의원들이 충돌하면서 제281회 정례회 본회의가 파행을 빚었다."
    en = "The plenary meeting of the council's {} regular session was thrown into disarray."
    assert [i.code for i in compare(ko, en.format("280th"))] == ["MT305"]
    assert compare(ko, en.format("281st")) == []


def test_a_two_syllable_surname_spelled_as_none_of_its_forms() -> None:
    ko = "재판부는 황보진철(63) 전 괴산군수에게 징역 4년을 선고했다."
    en = "The court sentenced {} Jin-cheol, 63, former Goesan County governor, to four years."
    assert shown("MT403", ko, en.format("Hwabo")) == ["Hwabo Jin-cheol"]
    assert shown("MT403", ko, en.format("Hwangbo")) == []


def test_a_two_syllable_surname_read_by_its_hanja() -> None:
    ko = "남궁현우 주베트남 대사는 환영사를 했다."
    en = "Ambassador to Vietnam {} Hyun-woo gave a welcome speech."
    assert shown("MT402", ko, en.format("South Palace")) == ["South Palace Hyun-woo"]
    assert shown("MT402", ko, en.format("Namgung")) == []


def test_one_syllable_of_a_given_name_read_as_its_meaning() -> None:
    ko = "한은재 부산대 교수는 말했다."
    en = "Pusan National University professor Han {} said."
    assert shown("MT402", ko, en.format("Silver-jae")) == ["Silver-jae"]
    assert shown("MT403", ko, en.format("Silver-jae")) == []
    assert shown("MT402", ko, en.format("Eun-jae")) == []
    # 한은 (the Bank of Korea's short name) inside the name is no organization
    assert run_rule("MT711", ko, en.format("Eun-jae")) == []


def test_lily_for_nari() -> None:
    ko = "도는 윤나리 경제통상국장을 단장으로 하는 실무단을 파견한다."
    en = "The province will dispatch a team headed by {}, director general for economy and trade."
    assert shown("MT402", ko, en.format("Yoon Lily")) == ["Lily"]
    assert shown("MT402", ko, en.format("Yoon Na-ri")) == []


def test_a_dropped_sentence_naming_a_place_the_english_lacks() -> None:
    ko = (
        '김 차관은 "베트남은 고용허가제 도입 이후 20년간 가장 중요한 파트너였다"며 "공정하고 '
        '투명한 채용 절차가 정착되도록 긴밀히 협력하겠다"고 말했다.\n'
        "김 차관은 회의 뒤 하노이 인근 박닌성에 있는 고용허가제 한국어능력시험(EPS-TOPIK) "
        "시험장을 찾아 응시생들을 격려했다.\n"
        "다음 차관급 회의는 내년 하반기 서울에서 열릴 예정이다."
    )
    en = (
        '"Vietnam has been the most important partner over the 20 years since the EPS was '
        'introduced," Kim said. "We will work closely together to ensure fair and transparent '
        'recruitment procedures take root."\n'
        "After the meeting, Kim visited an Employment Permit System Korean language proficiency "
        "test (EPS-TOPIK) site in Bac Ninh Province near Hanoi to encourage test takers."
    )
    # the English joins the last two Korean sentences into one unit; 서울 is the dropped one's
    assert _omitted(ko, en) == ["다음 차관급 회의는 내년 하반기 서울에서 열릴 예정이다."]
    full = en + "\nThe next vice-ministerial meeting will be held in Seoul in the second half."
    assert _omitted(ko, full) == []


def _omitted(ko: str, en: str) -> list[str]:
    """The Korean of the MT105 findings shown on one whole article."""
    found = article_findings(None, ko, en)
    return [f["source"]["text"] for f in found if f["code"] == "MT105" and f["confidence"] >= 0.5]


def test_a_dropped_sentence_on_its_neighbours_subject() -> None:
    """Removing it lowers the similarity (a forum, then who attended it), but the English
    renders almost none of its words and neither of the bodies it alone names."""
    side = [
        "후렐수흐 대통령은 서울 롯데호텔에서 열린 한·몽골 비즈니스 포럼에서 교역액을 15억 달러로 "
        "늘리자고 제안했다.",
        "이 포럼에는 대한상공회의소와 몽골상공회의소 회원사 등 250여 개 기업이 참석했다.",
    ]
    en = (
        "At a Korea-Mongolia business forum at the Lotte Hotel in Seoul, President Khurelsukh "
        "proposed increasing trade to $1.5 billion."
    )
    res = Resources()
    (gain0, conf0), (gain1, conf1) = assess(res, side, en, True, lambda k: 2 * k)
    assert conf0 is None and conf1 == 0.65
    assert [c for _, c in assess(res, side, en, True)] == [None, None]


def test_two_presidents_bodies_swapped() -> None:
    ko = "하정민 인천항만공사 사장과 송재혁 인천관광공사 사장은 환영 행사를 열었다."
    en = "{} President Ha Jung-min and {} President Song Jae-hyuk held a welcoming ceremony."
    port, tourism = "Incheon Port Authority", "Incheon Tourism Organization"
    assert len(shown("MT603", ko, en.format(tourism, port))) == 2
    assert shown("MT603", ko, en.format(port, tourism)) == []


def test_a_japanese_newspaper_swapped() -> None:
    ko = '아사히신문은 "쇄신 효과는 제한적일 것"이라고 평가했다.'
    en = '{} said "its effect as a renewal will be limited."'
    assert shown("MT711", ko, en.format("The Yomiuri Shimbun")) == ["The Yomiuri Shimbun"]
    assert shown("MT711", ko, en.format("The Asahi Shimbun")) == []
