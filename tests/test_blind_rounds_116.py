"""Misses and false flags of blind round 116 (sets vt, vu, vv, vw; vx and vy faithful-only), in
their smallest form."""

from __future__ import annotations

from lexicontools import persons
from ruletools import article_findings, shown


def test_a_given_name_read_syllable_by_syllable() -> None:
    ko = "이번 시험발사는 오성길 노동당 중앙위원회 비서가 참관했다."
    en = "The test-fire was observed by {}, secretary of the Central Committee of the WPK."
    assert shown("MT402", ko, en.format("O Star Road")) == ["Star Road"]
    assert shown("MT402", ko, en.format("O Song-gil")) == []


def test_a_north_korean_vice_marshal() -> None:
    ko = "강철호 인민군 차수가 현지에서 참관했다."
    assert persons(ko)["강철호"] == ("korean", "title", "차수")
    en = "{} Kang Chol-ho of the Korean People's Army observed it."
    assert shown("MT601", ko, en.format("Vice Admiral")) == ["Vice Admiral Kang Chol-ho"]
    assert shown("MT601", ko, en.format("Vice Marshal")) == []


def test_a_colonel_in_brackets_after_his_post() -> None:
    ko = '한창민 합참 공보실장(육군 대령)은 "미사일은 1천㎞를 비행했다"고 설명했다.'
    assert persons(ko)["한창민"][2] == "공보실장"
    en = '"The missile flew 1,000 km," Col. Han Chang-min, the JCS spokesperson, said.'
    assert shown("MT601", ko, en) == []


def test_two_heads_of_bodies_each_named_by_the_body() -> None:
    ko = (
        "개막식에는 김태규 대한무역투자진흥공사(KOTRA) 사장과 박현주 한국국제협력단(KOICA) "
        "이사장이 참석했다."
    )
    en = (
        "Kim Tae-gyu, president of the {} (KOTRA), and Park Hyun-joo, president of the {} "
        "(KOICA), attended."
    )
    kotra, koica = (
        "Korea Trade-Investment Promotion Agency",
        "Korea International Cooperation Agency",
    )
    assert shown("MT603", ko, en.format(kotra, koica)) == []
    assert shown("MT603", ko, en.format(koica, kotra)) != []


def test_a_chinese_name_kiwi_cuts_into_syllables() -> None:
    ko = "한승철 본부장은 베이징에서 리청강 중국 상무부 부부장과 공동위원회를 열었다."
    assert persons(ko)["리청강"] == ("foreign", "title", "부부장")
    en = "Han held the joint committee with Chinese Vice Commerce Minister {} in Beijing."
    assert shown("MT403", ko, en.format("Li Changgeng")) == ["Li Changgeng"]
    assert shown("MT403", ko, en.format("Li Chenggang")) == []


def test_a_chinese_family_name_read_as_its_meaning() -> None:
    ko = "한 본부장은 왕원타오 중국 상무부장을 예방했다."
    en = "Han paid a courtesy call on Chinese Commerce Minister {}."
    assert shown("MT402", ko, en.format("King Wentao")) == ["King Wentao"]
    assert shown("MT402", ko, en.format("Wang Wentao")) == []


def test_a_cooperatives_head_whose_name_starts_as_a_city() -> None:
    ko = "성기태 군수와 문경호 대지농협 조합장은 기자회견을 열었다."
    assert persons(ko)["문경호"] == ("korean", "title", "조합장")
    en = "County Governor Sung Ki-tae and {}, head of the Daeji Agricultural Cooperative, spoke."
    assert shown("MT402", ko, en.format("Door Kyung-ho")) == ["Door Kyung-ho"]
    assert shown("MT402", ko, en.format("Moon Kyung-ho")) == []


def test_a_surname_alone_garbled_after_its_title() -> None:
    ko = "권 청장은 말했다."
    assert shown("MT403", ko, "Commissioner Park said.") == ["Park"]
    assert shown("MT403", ko, "Commissioner Kwon said.") == []
    # a spelling no list has may be the person's own; a Chinese surname read in pinyin is right
    assert shown("MT403", ko, "Commissioner Kwang said.") == []
    assert shown("MT403", "황 부장은 말했다.", "Director Whang said.") == []
    assert shown("MT403", "장 부장은 말했다.", "Director Zhang said.") == []


def test_a_customs_head_is_no_museum_director() -> None:
    ko = "권태수 부산경찰청장과 하명숙 부산본부세관장은 브리핑을 열었다."
    assert persons(ko)["하명숙"][2] == "세관장"


def test_a_kazakh_name_kiwi_reads_as_a_verb() -> None:
    ko = (
        "최상윤 부총리는 세릭 주망가린 카자흐스탄 부총리 겸 국가경제부 장관과 경제협력위원회를 "
        "열었다."
    )
    assert persons(ko)["세릭 주망가린"] == ("foreign", "title", "부총리")
    assert "오바마 만난" not in persons("오바마 만난 일본 총리는 말했다.")
    en = (
        "Deputy Prime Minister Choi Sang-yoon held the committee meeting with Kazakh {} and "
        "Minister of National Economy Serik Zhumangarin."
    )
    assert shown("MT601", ko, en.format("Vice President")) != []
    assert shown("MT601", ko, en.format("Deputy Prime Minister")) == []


def test_a_hospital_president_as_head_nurse() -> None:
    ko = '배 원장은 "환자의 27.4%를 다른 병원으로 돌려보내야 했다"고 토로했다.'
    en = '"We had to turn away 27.4 percent of the patients," {} Bae lamented.'
    assert shown("MT601", ko, en.format("Head Nurse")) == ["Head Nurse Bae"]
    assert shown("MT601", ko, en.format("President")) == []


def test_a_record_label_swapped() -> None:
    ko = "유니버설뮤직그룹 산하 레이블 인터스코프 레코드의 수석부사장도 참석했다."
    en = "A senior vice president of {}, a Universal Music Group label, also attended."
    assert shown("MT711", ko, en.format("Atlantic Records")) == ["Atlantic Records"]
    assert shown("MT711", ko, en.format("Interscope Records")) == []


def test_a_programs_name_is_no_literal_ministry() -> None:
    ko = '고용부 관계자는 "제3차 한-필리핀 고용허가제 협의회를 11월에 열 것"이라고 말했다.'
    en = (
        '"We will hold the third Korea-Philippines Employment Permit System consultative '
        'meeting in November," a ministry official said.'
    )
    assert shown("MT711", ko, en) == []
    assert shown("MT711", "국민의힘은 반대했다.", "People's Strength opposed it.") != []


def test_the_korean_medical_association() -> None:
    ko = "대한응급의학회는 성명을 냈다."
    found = article_findings(None, ko, "The Korean Medical Association issued a statement.")
    assert [f["code"] for f in found if f["confidence"] >= 0.5] == ["MT711"]


def test_a_swapped_body_beside_another_the_english_names() -> None:
    ko = "이날 간담회에는 국립중앙의료원(NMC) 센터장과 대한응급의학회 관계자 등이 참석했다."
    en = (
        "Attending were the head of a center at the National Medical Center (NMC) and "
        "officials from the {}."
    )
    assert shown("MT711", ko, en.format("Korean Medical Association")) == [
        "Korean Medical Association"
    ]
    assert shown("MT711", ko, en.format("Korean Society of Emergency Medicine")) == []


def test_a_rank_before_a_name_is_no_other_post() -> None:
    ko = (
        "입항 환영행사에는 호르헤 알바라도 중장이 참석했다.\n"
        "류 전단장은 알바라도 사령관을 예방했다."
    )
    en = (
        "Vice Adm. Jorge Alvarado attended the welcoming ceremony.\n"
        "Ryu, the flotilla commander, paid a courtesy call on Vice Adm. Alvarado."
    )
    found = article_findings(None, ko, en)
    assert [f["code"] for f in found if f["confidence"] >= 0.5] == []
