"""Misses and false flags of blind round 115 (sets vn, vo, vp, vq; vr and vs faithful-only),
and the titles in apposition session 28 left open, in their smallest form."""

from __future__ import annotations

from lexicontools import persons, persons_titled
from mtqa.lexicon.gazetteer import gazetteer
from mtqa.lexicon.vietnamese import is_vietnamese
from mtqa.resources import Resources
from mtqa.rules.numbers import compare
from mtqa.text.en_numbers import english_numbers
from ruletools import article_findings, shown

SHARED = Resources()


def _places(text: str) -> list[str]:
    tokens = SHARED.korean.tokenize(text)
    return [text[a:b] for a, b, _ in gazetteer().find(text, tokens)]


def test_a_foreign_name_kiwi_reads_as_a_copula_before_a_region_and_a_title() -> None:
    ko = "찬드라바부 나이두 인도 안드라프라데시주 총리가 2일 화성 공장을 방문했다."
    assert persons(ko)["찬드라바부 나이두"] == ("foreign", "title", "주총리")
    en = "{}, visited the Hwaseong plant on the 2nd."
    bad = en.format("Chandrababu Naidu, chief justice of the Indian state of Andhra Pradesh")
    good = en.format("Chandrababu Naidu, chief minister of the Indian state of Andhra Pradesh")
    assert shown("MT601", ko, bad) == ["Chandrababu Naidu, chief justice"]
    assert shown("MT601", ko, good) == []


def test_a_vietnamese_deputy_minister_as_deputy_prime_minister() -> None:
    assert is_vietnamese("응우옌 바 호안")
    ko = "김도윤 차관은 응우옌 바 호안 베트남 노동보훈사회부(MOLISA) 차관과 회의를 열었다."
    en = (
        "Vice Minister Kim Do-yoon held a meeting with Nguyen Ba Hoan, {} of Vietnam's "
        "Ministry of Labour, Invalids and Social Affairs (MOLISA)."
    )
    assert shown("MT601", ko, en.format("deputy prime minister")) == [
        "Nguyen Ba Hoan, deputy prime minister"
    ]
    assert shown("MT601", ko, en.format("vice minister")) == []


def test_vice_president_for_a_deputy_prime_minister_who_is_also_defence_minister() -> None:
    ko = "윤태식 국방부 장관은 리처드 말스 호주 부총리 겸 국방부 장관과 회담을 열었다."
    en = (
        "Defense Minister Yoon Tae-sik held talks with Australian {} and Defence Minister "
        "Richard Marles."
    )
    found = shown("MT601", ko, en.format("Vice President"))
    assert found == ["Australian Vice President and Defence Minister Richard Marles"]
    assert shown("MT601", ko, en.format("Deputy Prime Minister")) == []


def test_a_vice_mayor_called_vice_chairman_beside_another_vice_mayor() -> None:
    ko = "협약식에는 김한결 부산시 행정부시장과 다카하시 겐지 일본 후쿠오카시 부시장이 참석했다."
    en = (
        "The ceremony was attended by Kim Han-gyeol, Busan's vice mayor for administrative "
        "affairs, and Kenji Takahashi, {} of Fukuoka, Japan."
    )
    assert shown("MT601", ko, en.format("vice chairman")) == ["Kenji Takahashi, vice chairman"]
    assert shown("MT601", ko, en.format("deputy mayor")) == []


def test_the_province_written_alone_before_a_title() -> None:
    ko = "이날 면담에는 권태식 도 경제부지사와 기재부 관계자 등 8명이 참석했다."
    assert persons(ko)["권태식"] == ("korean", "title", "경제부지사")
    assert persons("김민수 시 대변인이 말했다.")["김민수"][2] == "대변인"
    en = "Eight people, including Kwon Tae-sik, the province's {} for economic affairs, attended."
    assert shown("MT601", ko, en.format("vice chairman")) == [
        "Kwon Tae-sik, the province's vice chairman"
    ]
    assert shown("MT601", ko, en.format("vice governor")) == []


def test_a_construction_company_is_no_person() -> None:
    ko = "검찰은 한결토건 대표이사 명재석(62) 씨를 구속기소했다."
    assert "한결토건" not in persons(ko)


def test_districts_named_by_a_direction() -> None:
    ko = "2단계 구간은 광산구 수완지구에서 북구 광주역을 거쳐 동구 조선대까지 이어진다."
    assert _places(ko) == ["광산구", "북구", "광주", "동구"]
    assert "서구" in _places("부산 서구 주민들이 모였다.")
    # the West, the Nordic countries: no district
    assert _places("서구 국가들은 제재를 강화했다.") == []
    assert _places("북구 3개국 정상이 만났다.") == []
    assert _places("부산을 찾은 서구 관광객들이 늘었다.") == ["부산"]
    en = (
        "The section runs from the Suwan district in Gwangsan-gu through Gwangju Station in "
        "{} to Chosun University in Dong-gu."
    )
    assert shown("MT501", ko, en.format("Seo-gu")) == ["Seo-gu"]
    assert shown("MT501", ko, en.format("Buk-gu")) == []


def test_a_japanese_full_name_whose_family_name_is_a_prefecture() -> None:
    ko = "협약식에는 이시카와 다카시 주한 일본대사관 공사 등 60여 명이 참석했다."
    assert persons(ko)["이시카와 다카시"] == ("foreign", "title", "공사")
    en = (
        "Some 60 people, including Takashi Ishikawa, minister at the Japanese Embassy in "
        "Seoul, attended the ceremony."
    )
    assert shown("MT501", ko, en) == []  # 다카시 is no Dhaka


def test_a_markets_merchants_head() -> None:
    ko = '윤바다 신원시장 상인회장은 "모두 잿더미가 됐다"며 안타까워했다.'
    assert persons(ko)["윤바다"][2] == "회장"
    assert persons("김민수 공사 현장소장은 말했다.")["김민수"][2] == "현장소장"
    # 공사 is an embassy's minister only after the mission; else the works
    tunnel = "이들은 국도 38호선 봉양터널 공사 현장에서 안전 점검을 소홀히 했다."
    assert all(title is None for _, _, title in persons(tunnel).values())
    # a rank word before a title makes one title with it (수석 코치, 'head coach')
    assert persons("로드 리드 수석 코치는 말했다.")["로드 리드"][2] == "수석"
    # the chief of staff after the president's title is another person; an acting head holds
    # the title itself
    assert persons("문재인 대통령 비서실장 임종석은 말했다.")["문재인"][2] == "대통령"
    assert persons("김민수 사장 직무대행은 말했다.")["김민수"][2] == "사장"
    en = (
        '"It has all turned to ashes," lamented Yoon Ba-da, head of the Sinwon Market '
        "merchants' association."
    )
    assert shown("MT602", ko, en) == []


def test_a_north_korean_city_as_a_person() -> None:
    ko = "탈북민 이하나(34) 씨가 함경북도 회령의 교화소에서 겪은 일을 증언했다."
    en = "Defector Lee Ha-na, 34, testified about what she went through at a camp in {}."
    assert shown("MT502", ko, en.format("Mr. Hoe Ryong's")) == ["Hoe Ryong's"]
    assert shown("MT502", ko, en.format("Hoeryong, North Hamgyong Province")) == []
    assert _places("계획이 무산됐다.") == []  # 무산 'fall through', no Musan


def test_an_electrical_safety_body_swapped_for_the_power_utility() -> None:
    ko = "경찰은 국립과학수사연구원(국과수), 한국전기안전공사와 함께 합동 감식을 벌인다."
    en = "The police will inspect the site with the National Forensic Service (NFS) and {}."
    assert shown("MT711", ko, en.format("the Korea Electric Power Corporation")) == [
        "Korea Electric Power Corporation"
    ]
    assert shown("MT711", ko, en.format("the Korea Electrical Safety Corporation")) == []


def test_a_given_name_read_as_a_word_after_a_surname_cut_off() -> None:
    ko = "서명식에는 이나라 산업통상자원부 제2차관이 참석했다."
    assert persons(ko)["이나라"] == ("korean", "title", "차관")
    en = "The ceremony was attended by {}, Second Vice Minister of Trade, Industry and Energy."
    assert shown("MT402", ko, en.format("Lee Country")) == ["Country"]
    assert shown("MT402", ko, en.format("Lee Na-ra")) == []


def test_a_given_name_after_another_surnames_spelling() -> None:
    ko = "신경아 광주시의회 의장은 비판했다."
    en = "Gwangju Metropolitan Council Speaker {} criticized the city."
    assert shown("MT403", ko, en.format("Shim Kyung-ah")) == ["Shim Kyung-ah"]
    assert shown("MT403", ko, en.format("Shin Kyung-ah")) == []


def test_a_language_is_no_person() -> None:
    ko = '장관은 "인도네시아에서 한국어를 배우려는 청년이 늘고 있다"고 말했다.'
    assert "한국어" not in persons(ko)


def test_a_relay_by_its_legs() -> None:
    ko = "남은 자유형 200ｍ와 계영 800ｍ에서도 메달에 도전하겠다."
    en = "I'll go for medals in the remaining 200m freestyle and the {} freestyle relay."
    assert compare(ko, en.format("4x200m")) == []
    assert [i.code for i in compare(ko, en.format("4x100m"))] != []
    assert [e.value for e in english_numbers("the 4 x 100-meter relay")] == [4, 400, 100]


def test_rarer_surnames_are_korean() -> None:
    assert persons("사공민수 부장은 기자회견을 열었다.")["사공민수"][0] == "korean"
    assert persons("태영호 의원이 참석했다.")["태영호"][0] == "korean"
    assert persons_titled("피우진 처장이 말했다.") == [("피우진", "처장")]


def test_a_foreign_companys_ceo_as_representative() -> None:
    ko = (
        "독일 국적의 율리안 베커 메르세데스-벤츠 코리아 대표이사는 기자회견을 열었다.\n"
        '베커 대표는 "부품을 무상으로 교체하겠다"고 설명했다.'
    )
    en = (
        "Julian Becker, CEO of Mercedes-Benz Korea and a German national, held a press "
        'conference.\n"We will replace the parts free of charge," {} Becker explained.'
    )

    def shown_602(english: str) -> list[str]:
        found = article_findings(None, ko, english)
        return [f["target"]["text"] for f in found if f["code"] == "MT602"]

    assert shown_602(en.format("Representative")) == ["Representative"]
    assert shown_602(en.format("CEO")) == []


def test_neighbourhoods_and_islands_and_a_count_of_homes() -> None:
    assert _places("송도국제도시의 수소 발전소") == ["송도국제도시"]
    assert _places("잠실 롯데호텔에서 열렸다") == ["잠실"]
    assert _places("일산화탄소 중독 사고가 났다") == []
    # 19만8천호: 198,000 homes, no Cheonho after the figure
    assert _places("약 19만8천호는 13개 자치구에 집중된다.") == []


def test_a_fire_station_named_by_its_district() -> None:
    ko = "광주 북부소방서에 따르면 광주 북구 운암동의 아파트에서 불이 났다."
    en = (
        "According to the Gwangju Bukbu Fire Station, the fire started in an apartment in "
        "Unam-dong, Buk District, Gwangju."
    )
    assert shown("MT502", ko, en) == []


def test_a_bodys_short_name_the_english_writes_by_its_acronym() -> None:
    ko = "중기부는 다음 달부터 소진공 누리집에서 신청을 받을 예정이다."
    en = "The ministry will take applications next month through SEMAS's website."
    assert shown("MT711", ko, en) == []
