"""Misses and false flags of blind rounds 95 and on (sets qz-), in their smallest form."""

from __future__ import annotations

from typing import Any

from lexicontools import persons_titled
from mtqa.text.ko_persons import find_persons
from mtqa.text.korean import morphemes
from ruletools import article_findings, article_shown, shown

# Round 95 (sets qz, ra, rb, rc; rd and re faithful-only)


def article_findings_shown(ko: str, en: str) -> list[dict[str, Any]]:
    return [f for f in article_findings(None, ko, en) if f["confidence"] >= 0.5]


def test_minutes_written_in_hours() -> None:
    ko = "두 정상은 약 90분간 진행된 회담에서 현안을 논의했다."
    en = "During the talks, which lasted about {}, the two leaders discussed pending issues."
    assert shown("MT301", ko, en.format("an hour and a half")) == []
    assert shown("MT301", ko, en.format("1.5 hours")) == []
    assert shown("MT301", ko, en.format("two hours")) == ["two"]
    assert shown("MT301", "회담은 30분간 진행됐다.", "The talks lasted half an hour.") == []
    assert shown("MT301", "1분기 매출이 늘었다.", "First-quarter sales rose.") == []


def test_a_national_squad_before_a_title_is_no_title_of_its_own() -> None:
    ko = "시청 여자핸드볼팀 감독으로 윤태섭 전 국가대표 코치를 선임했다."
    assert persons_titled(ko) == [("윤태섭", "코치")]
    en = "The city appointed former national team coach Yoon Tae-seop as manager."
    assert shown("MT601", ko, en) == []


def test_a_japanese_name_kiwi_starts_inside_its_first_word() -> None:
    ko = "시오타 고이치 가고시마현 지사는 기자회견에서 피해 상황을 설명했다."
    assert persons_titled(ko) == [("시오타 고이치", "지사")]
    en = "Kagoshima Gov. Koichi Shiota explained the damage at a press conference."
    assert shown("MT403", ko, en) == []


def test_a_changed_day_beside_an_ordinal_of_the_same_number() -> None:
    ko = "다음 달 18일 서울에서 제8차 공식 협상을 재개하기로 했다."
    en = "They agreed to resume the eighth round of talks in Seoul on the {} of next month."
    assert shown("MT304", ko, en.format("8th")) == ["8th"]
    assert shown("MT304", ko, en.format("18th")) == []


def test_a_central_banks_assistant_governor_named_with_no_body() -> None:
    ko = "한국은행은 14일 회의를 열었다.\n회의에는 이정아 부총재보가 참석했다."
    en = "The Bank of Korea held a meeting on the 14th.\n{} Lee Jung-a attended the meeting."
    assert article_shown("MT602", ko, en.format("Vice President")) == ["Vice President"]
    assert article_shown("MT602", ko, en.format("Deputy Governor")) == []


def test_a_premier_named_again_with_the_bare_title() -> None:
    ko = (
        "더그 포드 캐나다 온타리오주 총리가 27일 투자협약을 체결했다.\n포드 총리는 협력을 강조했다."
    )
    en = (
        "Ontario Premier Doug Ford signed an investment agreement on the 27th.\n"
        "{} Ford stressed cooperation."
    )
    assert article_shown("MT602", ko, en.format("Prime Minister")) == ["Prime Minister"]
    assert article_shown("MT602", ko, en.format("Premier")) == []


def test_a_company_name_before_a_state_office_is_a_persons() -> None:
    assert persons_titled("포드 총리는 말했다.") == [("포드", "총리")]
    assert persons_titled("포드 사장은 말했다.") == []


def test_a_teams_short_name_before_a_korean_name_is_no_part_of_it() -> None:
    ko = "키움 설종현 감독은 강태윤을 응원했다."
    assert persons_titled(ko)[0] == ("설종현", "감독")
    en = "Kiwoom {} Seol Jong-hyun cheered on Kang."
    assert shown("MT602", ko, en.format("Gamdok")) == ["Gamdok"]
    assert persons_titled("버락 오바마 상원의원 캠프는 발표했다.") == [("버락 오바마", "상원의원")]
    assert persons_titled("마커스 오도널 차관은 말했다.") == [("마커스 오도널", "차관")]


def test_seong_is_no_seung() -> None:
    ko = "인도권역본부장인 오성민 전무가 동행했다."
    en = "{}, a senior vice president, accompanied the visit."
    assert shown("MT403", ko, en.format("Oh Seung-min")) == ["Oh Seung-min"]
    assert shown("MT403", ko, en.format("Oh Sung-min")) == []
    assert shown("MT403", "박석진 교수가 말했다.", "Professor Park Seug-jin said.") == []


def test_a_port_named_after_another_place() -> None:
    ko = "함정들은 제주 서귀포항 남쪽 약 120㎞ 해상에 집결한다."
    en = "The ships will gather about 120 km south of {} Port on Jeju Island."
    assert shown("MT501", ko, en.format("Seongsan")) == ["Seongsan Port"]
    assert shown("MT501", ko, en.format("Seogwipo")) == []


# Round 96 (sets rf, rg, rh, ri; rj and rk faithful-only)


def test_a_weekday_abbreviation_is_no_name_word() -> None:
    ko = "제12회 바다마라톤이 27일 이순신광장 일원에서 열렸다."
    en = "The 12th Sea Marathon was held on the {} around Yi Sun-sin Square."
    assert shown("MT304", ko, en.format("17th")) == ["17th"]
    assert shown("MT304", ko, en.format("27th")) == []


def test_a_measure_keeps_the_english_number_in_its_unit() -> None:
    ko = "대회는 풀코스와 하프, 10㎞, 5㎞ 등 4개 부문으로 진행됐다."
    en = "The event had {} categories -- full, half, 10 km and 5 km."
    assert shown("MT301", ko, en.format("five")) == ["five"]
    assert shown("MT301", ko, en.format("four")) == []


def test_a_first_phase_written_as_the_second() -> None:
    ko = "2027년 하반기 제1단계 라인 가동을 목표로 한다."
    en = "It aims to start the {}-phase line in the second half of 2027."
    assert shown("MT305", ko, en.format("second")) == ["second"]
    assert shown("MT305", ko, en.format("first")) == []


def test_a_title_romanized_with_its_prefix() -> None:
    ko = "아시아나항공 송재민 여객본부장은 수요가 늘고 있다고 말했다."
    en = "Demand is growing, said Asiana Airlines' Song Jae-min {}."
    assert shown("MT602", ko, en.format("Yeogaek-bonbujang")) == ["Yeogaek-bonbujang"]
    assert shown("MT602", ko, en.format("head of the passenger division")) == []


def test_a_double_l_in_a_name_romanized_letter_by_letter() -> None:
    ko = "카자흐스탄 대사관의 누를란 세이트칼리예프 참사관은 환영했다."
    en = "{}, a counselor at the Kazakh Embassy, welcomed the move."
    assert shown("MT403", ko, en.format("Nureullan Seiteukalliyepeu")) != []
    assert shown("MT403", ko, en.format("Nurlan Seitkaliyev")) == []


def test_a_ministry_in_lower_case_stands_in_for_another() -> None:
    ko = "산업부는 인도네시아산 비중이 늘어날 것으로 기대했다."
    en = "The {} ministry expects Indonesia's share to rise."
    assert shown("MT711", ko, en.format("foreign")) == ["foreign ministry"]
    assert shown("MT711", ko, en.format("industry")) == []


def test_a_site_named_after_a_place_made_a_person() -> None:
    ko = "HLI그린파워는 서자바주 카라왕 공장에서 배터리 셀을 생산하고 있다."
    en = "HLI Green Power produces battery cells at {} plant in West Java."
    assert shown("MT502", ko, en.format("Mr. Karawang's")) == ["Karawang"]
    assert shown("MT502", ko, en.format("its Karawang")) == []


def test_a_north_korean_city_in_mccune_reischauer() -> None:
    ko = "북한은 이날 평안남도 순천 일대에서 탄도미사일을 쐈다."
    en = "The North fired a ballistic missile from the Sunchon area in South Pyongan Province."
    assert shown("MT503", ko, en) == []


def test_a_company_before_a_korean_name_is_no_person_and_a_place_no_name() -> None:
    assert persons_titled("에스알 이종화 영업본부장은 말했다.") == [("이종화", "본부장")]
    ko = "착공식에는 아구스 프라세티요 서자바 주지사가 참석했다."
    assert persons_titled(ko) == [("아구스 프라세티요", "주지사")]


def test_a_dropped_sentence_whose_one_figure_is_an_ordinal() -> None:
    ko = (
        "국회 과방위는 9일 오전 10시 국회 본관에서 한빛텔레콤 해킹 사태에 대한 청문회를 "
        "열었다. 이번 청문회는 올해 들어 과방위가 여는 네 번째 청문회다."
    )
    en = (
        "The National Assembly's science committee held a hearing on the Hanbit Telecom hack "
        "at the main building of the National Assembly at 10 a.m. on the 9th."
    )
    found = [f for f in article_findings_shown(ko, en) if f["code"] in ("MT101", "MT105")]
    assert [f["source"]["text"] for f in found] == [
        "이번 청문회는 올해 들어 과방위가 여는 네 번째 청문회다."
    ]


def test_a_title_glued_to_its_remit_in_one_proper_noun() -> None:
    ko = "과기정통부 배민혁 제2차관과 개인정보보호위원회 서경란 조사조정국장은 말했다."
    assert [p.title.ko if p.title else None for p in find_persons(ko, morphemes(ko))] == [
        "차관",
        "국장",
    ]
    en = "Vice Science Minister {} and {}, director general for investigation, said."
    assert shown("MT603", ko, en.format("Seo Kyung-ran", "Bae Min-hyuk")) != []
    assert shown("MT603", ko, en.format("Bae Min-hyuk", "Seo Kyung-ran")) == []


# Round 97 (sets rl, rm, rn, ro; rp and rq faithful-only)


def test_a_chair_said_by_a_verb_after_the_party() -> None:
    ko = "더불어민주당 소속 고은숙 예결위원장(제주시 노형동 갑)은 예산을 설명했다."
    en = "Ko Eun-suk of the Democratic Party (DP), who chairs the budget committee, explained it."
    assert shown("MT601", ko, en) == []


def test_a_role_said_before_the_name_stands_in_for_the_title() -> None:
    ko = "국민의힘 원내대표인 강민혁 의원은 예산안을 비판했다."
    assert shown("MT601", ko, "Kang Min-hyuk, the PPP's floor leader, criticized it.") == []
    assert shown(
        "MT601", "국민의힘 강민혁 의원은 예산안을 비판했다.", "Kang Min-hyuk criticized it."
    )


def test_north_korean_party_secretaries_are_titled() -> None:
    ko = "현지지도에는 한광혁 노동당 비서와 차명길 함경북도 당위원회 책임비서가 동행했다."
    assert persons_titled(ko) == [("한광혁", "비서"), ("차명길", "책임비서")]
    en = (
        "Kim was accompanied by Han Kwang-hyok, a secretary of the Workers' Party, and Cha "
        "Myong-gil, chief secretary of the party's North Hamgyong provincial committee."
    )
    assert shown("MT502", ko, en) == []


def test_a_prefecture_written_after_mr() -> None:
    ko = "가미카와 외무상은 시즈오카현을 지역구로 둔 7선 의원이다."
    en = "Kamikawa is a seven-term lawmaker representing a constituency of {}."
    assert shown("MT502", ko, en.format("Mr. Shizuoka")) == ["Shizuoka"]
    assert shown("MT502", ko, en.format("Shizuoka Prefecture")) == []
    assert shown("MT501", ko, en.format("Shizuoka Prefecture")) == []


def test_an_unlisted_province_named_as_a_listed_city_of_its_country() -> None:
    ko = "현재 튀르키예 남부 메르신주 아쿠유에서는 원전 4기를 건설하고 있다."
    en = "Four reactors are being built in Akkuyu in Turkiye's southern {} Province."
    assert shown("MT501", ko, en.format("Antalya")) == ["Antalya"]
    assert shown("MT501", ko, en.format("Mersin")) == []


def test_an_unlisted_county_written_as_a_name() -> None:
    ko = "첫해 목표가 경성군에서 훌륭한 결실을 맺었다고 말했다."
    en = "He said the first-year goal has borne fruit {}."
    assert shown("MT502", ko, en.format("under Kyong Song-gun")) == ["Kyong Song-gun"]
    assert shown("MT502", ko, en.format("in Kyongsong County")) == []


def test_a_whole_name_read_as_words_beside_its_title() -> None:
    ko = "나은별 산업부 투자정책관은 규모가 약 4조8천억 원에 이른다고 설명했다."
    en = '"It is about 4.8 trillion won," said {}, director general for investment policy.'
    assert shown("MT402", ko, en.format("Better Star")) == ["Better Star"]
    assert shown("MT402", ko, en.format("Na Eun-byeol")) == []
    assert shown("MT402", ko, en.format("Actor Park")) == []
    then = "윤석열 대통령은 이날 주례회동을 가졌다."
    assert shown("MT402", then, "Meanwhile, the president held a weekly meeting.") == []


def test_japanese_ministers_titles_swapped() -> None:
    ko = "스즈키 슌이치 재무상과 고노 다로 디지털상 등 핵심 각료 6명은 자리를 지켰다."
    en = "Six ministers, including {} Minister Shunichi Suzuki and {} Minister Taro Kono, stayed."
    assert shown("MT603", ko, en.format("Digital", "Finance")) != []
    assert shown("MT603", ko, en.format("Finance", "Digital")) == []


# Round 98 (sets rr, rs, rt, ru; rv and rw faithful-only)


def test_a_rank_after_the_name_and_an_office_before_it() -> None:
    ko = "우리 측 훈련은 해군 제3함대사령관 강태윤 소장과 해병대 제1사단장 오정민 소장이 지휘한다."
    en = (
        "The South Korean side will be led by Rear Adm. Kang Tae-yun, commander of the Navy's "
        "3rd Fleet, and Maj. Gen. Oh Jeong-min, commander of the Marine Corps' 1st Division."
    )
    assert shown("MT601", ko, en) == []


def test_a_lieutenant_governor_abbreviated() -> None:
    ko = "박동근 지사가 이끄는 사절단이 버트 존스 조지아주 부지사를 만났다."
    en = "A delegation led by Gov. Park Dong-geun met Georgia Lt. Gov. Burt Jones."
    assert shown("MT601", ko, en) == []
    assert shown("MT603", ko, en) == []


def test_pro_basketball_is_no_percentage() -> None:
    ko = "DB는 2025-2026 프로농구 정규리그 경기에서 LG를 86-79로 물리쳤다."
    en = "DB beat LG 86-79 in a 2025-2026 Korean Basketball League regular season game."
    assert shown("MT301", ko, en) == []
    assert shown("MT306", "금리를 3프로로 올렸다.", "It raised the rate to 3 percentage points.")


def test_a_union_branch_chief_named_with_a_name_ending_in_gil() -> None:
    ko = "한성중공업지회 최동길 지회장이 부당해고 구제 소송을 냈다."
    assert persons_titled(ko) == [("최동길", "지회장")]
    en = "Choi Dong-gil, head of the Hansung Heavy Industries branch, filed the suit."
    assert shown("MT502", ko, en) == []


def test_islands_before_a_governor_are_no_person() -> None:
    assert persons_titled("인도네시아 리아우제도 주지사, 울산 조선소 방문") == []


def test_a_title_romanized_with_its_remit_glued() -> None:
    ko = "엄태식 화성서부경찰서 수사과장은 말했다."
    en = "Hwaseong Seobu Police Station's Eom Tae-sik {} said."
    assert shown("MT602", ko, en.format("Susagwajang")) == ["Susagwajang"]


def test_a_changed_time_beside_a_changed_count() -> None:
    ko = "15일 오전 4시 20분께 토사가 주택 2채를 덮쳐 70대 부부가 숨졌다."
    en = "A couple in their 70s were killed when earth buried {} houses at around {} on the 15th."
    assert _numbers(ko, en.format("three", "4:20 a.m.")) == ["three"]
    assert _numbers(ko, en.format("two", "4:20 p.m.")) == ["4:20 p.m."]
    assert _numbers(ko, en.format("two", "4:20 a.m.")) == []


def _numbers(ko: str, en: str) -> list[str]:
    return [t for code in ("MT301", "MT302", "MT303", "MT304") for t in shown(code, ko, en)]


def test_a_vietnamese_family_name_alone_after_the_full_name() -> None:
    ko = (
        "접견에는 팜 민 뚜언 껀터시 인민위원회 부위원장이 함께했다.\n"
        "팜 부위원장은 유통망 확대에 관심을 보였다."
    )
    en = (
        "Pham Minh Tuan, vice chairman of the Can Tho People's Committee, attended.\n"
        "{} Pham expressed interest in expanding distribution networks."
    )
    assert article_shown("MT601", ko, en.format("Vice Premier")) == ["Vice Premier Pham"]
    assert article_shown("MT601", ko, en.format("Vice Chairman")) == []


def test_a_province_after_a_plural_possessive() -> None:
    ko = "9일에는 필리핀 삼발레스주 해안에서 연합 상륙훈련이 진행된다."
    en = "A landing exercise will take place on the coast of the Philippines' {} on the 9th."
    assert shown("MT501", ko, en.format("Bataan Province")) == ["Bataan Province"]
    assert shown("MT501", ko, en.format("Zambales Province")) == []


def test_a_city_swapped_for_another_of_uzbekistan() -> None:
    ko = "하나은행은 사마르칸트와 페르가나 지역에 출장소를 여는 방안을 검토하고 있다."
    en = "Hana Bank is considering opening offices in the {} and Fergana regions."
    assert shown("MT501", ko, en.format("Bukhara")) == ["Bukhara"]
    assert shown("MT501", ko, en.format("Samarkand")) == []


def test_a_two_syllable_town_after_mr() -> None:
    ko = "그는 지난해 송도에 유치한 외국인 직접투자가 23억6천만 달러라고 말했다."
    en = '"{} attracted $2.36 billion in foreign direct investment last year," he said.'
    assert shown("MT502", ko, en.format("Mr. Song Do")) == ["Song Do"]
    assert shown("MT502", ko, en.format("Songdo")) == []


# Round 99 (sets rx, ry; rz faithful-only)


def test_a_former_modifier_glued_inside_a_company_name_is_none() -> None:
    ko = "오토비전 윤하늘 대표, CES서 엔비디아·보쉬와 협력 발표"
    titled = [(n, t) for n, t in persons_titled(ko) if t is not None]
    assert titled == [("윤하늘", "대표")]  # no 오토비 titled 대표 through the 전 of 오토비전
    assert persons_titled("김철수 전 장관은 말했다.") == [("김철수", "장관")]
    # but a prefecture's unit read as 현/MM ('current') is still passed over
    ko = "무라오카 쓰구마사 일본 야마구치현 지사가 부산을 찾았다."
    assert persons_titled(ko) == [("무라오카 쓰구마사", "지사")]


def test_a_japanese_name_before_its_prefecture_and_a_changed_family_name() -> None:
    ko = "사토 기요타카 오이타현 지사는 주불을 잡겠다고 말했다."
    assert persons_titled(ko) == [("사토 기요타카", "지사")]
    en = "Oita Gov. Kiyotaka {} said the main fire would be brought under control."
    assert shown("MT403", ko, en.format("Saito")) == ["Saito"]
    assert shown("MT403", ko, en.format("Sato")) == []
