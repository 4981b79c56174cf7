"""Misses and false flags of blind rounds 117 (sets vz, wa, wb, wc; wd and we faithful-only), 118
(wf, wg, wh, wi; wj, wk) and 119 (wl, wm, wn, wo; wp, wq), and the session's mends before them,
in their smallest form."""

from __future__ import annotations

from lexicontools import persons
from mtqa.lexicon.vietnamese import vietnamese_parts
from mtqa.lexicon.world_names import is_known_name, misspelt_name
from mtqa.text.en_numbers import english_numbers
from ruletools import run_rule, shown


def test_a_korean_surname_in_its_chinese_reading() -> None:
    ko = "장형석 교수는 이날 토론회에서 발표했다."
    en = "Professor {} presented at the forum on the day."
    assert shown("MT403", ko, en.format("Jiang Hyung-seok")) == ["Jiang Hyung-seok"]
    assert shown("MT403", ko, en.format("Jang Hyung-seok")) == []
    assert shown("MT403", ko, en.format("Chang Hyung-seok")) == []


def test_a_chinese_name_in_pinyin_is_no_misreading() -> None:
    ko = "장리핑 중국 외교부 부부장은 이날 회담에 참석했다."
    en = "Chinese Vice Foreign Minister Zhang Liping attended the talks on the day."
    assert shown("MT403", ko, en) == []


def test_a_foreign_agency_after_its_country_and_its_swap() -> None:
    ko = "경찰은 미국 마약단속국(DEA)과 공조해 조직원 세 명을 검거했다."
    en = "Police arrested three members in cooperation with the U.S. {} (DEA)."
    assert shown("MT711", ko, en.format("Drug Enforcement Administration")) == []
    ko2 = "이 약은 지난달 미국 식품의약국 승인을 받았다."
    en2 = "The drug won approval from the U.S. {} last month."
    assert shown("MT711", ko2, en2.format("Food and Drug Administration")) == []
    assert shown("MT711", ko2, en2.format("Securities and Exchange Commission")) != []


def test_a_prosecutors_division_is_no_chinese_ministry() -> None:
    ko = "서울중앙지검 공안부는 이날 관련자 두 명을 기소했다."
    en = (
        "The public security division of the Seoul Central District Prosecutors' Office "
        "indicted two people involved on the day."
    )
    assert shown("MT711", ko, en) == []


def test_a_company_glued_after_a_foreign_name_is_no_part_of_it() -> None:
    ko = "윤재혁 지사는 메테 라스무센 블루웨이브윈드 최고경영자(CEO)와 협약을 체결했다."
    assert "메테 라스무센" in persons(ko)
    en = (
        "Governor Yoon signed an agreement with {}, chief executive officer (CEO) of Bluewave Wind."
    )
    assert shown("MT403", ko, en.format("Mette Rasmunsen")) == ["Rasmunsen"]
    assert shown("MT403", ko, en.format("Mette Rasmussen")) == []


def test_one_letter_the_korean_does_not_sound() -> None:
    assert misspelt_name("라스무센", "Rasmunsen", whole=False) == "rasmussen"
    assert misspelt_name("라스무센", "Rasmussen", whole=False) is None
    assert misspelt_name("한센", "Hanssen", whole=False) is None


def test_a_malay_name_no_list_of_faker_has_is_no_misspelling() -> None:
    assert is_known_name("Fadillah")
    ko = "한 장관은 파딜라 유소프 말레이시아 부총리와 회담했다."
    en = "Han held talks with Malaysian Deputy Prime Minister Fadillah Yusof."
    assert shown("MT403", ko, en) == []


def test_a_foreign_name_kiwi_ends_with_a_copula() -> None:
    ko = "NC는 앞서 재계약한 외국인 투수 카일 하트먼과 함께 선수 구성을 마쳤다."
    assert "카일 하트먼" in persons(ko)
    en = "NC completed its roster, along with foreign pitcher {}, whom it re-signed earlier."
    assert shown("MT402", ko, en.format("Kyle Heart Man")) == ["Kyle Heart Man"]
    assert shown("MT402", ko, en.format("Kyle Hartman")) == []
    ko2 = "개막식에는 다카하시 유지 일본 홋카이도 비에이초 초장이 참석했다."
    assert "다카하시 유지" in persons(ko2)


def test_a_chinese_name_in_two_everyday_words_is_no_split_name() -> None:
    ko = "쑨양이 자유형 200m에서 우승했다."
    assert shown("MT402", ko, "Sun Yang won the 200m freestyle.") == []


def test_a_listed_city_cut_into_parts_after_mr() -> None:
    ko = "몽골 측은 울란바토르에 투자 전담 창구를 다음 달 1일 개설하기로 했다."
    en = "Mongolia decided to open an investment desk {} on the 1st of next month."
    assert shown("MT502", ko, en.format("with Mr. Ulaan Baatar")) == ["Ulaan Baatar"]
    assert shown("MT502", ko, en.format("in Ulaanbaatar")) == []


def test_an_unlisted_foreign_city_after_mr() -> None:
    ko = "평창군은 로바니에미시와 우호협력 관계를 맺었다."
    en = "Pyeongchang County established friendly ties with {}."
    assert shown("MT502", ko, en.format("Mr. Ro Bani-emi")) == ["Ro Bani-emi"]
    assert shown("MT502", ko, en.format("the city of Rovaniemi")) == []


def test_a_given_name_syllable_kept_after_the_initial_sound_law() -> None:
    ko = "정해룡 단양군수도 실종자 수색에 모든 인력을 투입하고 있다고 말했다."
    en = "Danyang County Governor {} also said all personnel were searching for the missing."
    assert shown("MT402", ko, en.format("Jeong Sea Dragon")) == ["Sea Dragon"]
    assert shown("MT402", ko, en.format("Jeong Hae-ryong")) == []


def test_a_given_name_that_is_a_word_as_a_whole() -> None:
    ko = "이 어선에는 선장 고한길(61)씨 등 8명이 타고 있었다."
    en = "The boat was carrying eight people, including captain {}, 61."
    assert shown("MT402", ko, en.format("Ko Main Road")) == ["Main Road"]
    assert shown("MT402", ko, en.format("Ko Han-gil")) == []


def test_an_ambassador_of_a_mission_in_korea_written_as_one_word() -> None:
    ko = "개막식에는 유하 사볼라이넨 주한핀란드대사가 참석했다."
    assert persons(ko)["사볼라이넨"][2] == "대사"


def test_a_regional_office_longer_than_the_lists_before_its_head() -> None:
    ko = "병원에는 정민규 제주지방해양경찰청장과 한지원 제주도 해양수산국장도 함께 방문했다."
    assert persons(ko)["정민규"][2] == "청장"
    en = "Jung Min-gyu, {}, and Han Ji-won, {}, also visited the hospital."
    coast, bureau = (
        "commissioner of the Jeju Regional Coast Guard",
        "director of Jeju's fisheries bureau",
    )
    assert shown("MT603", ko, en.format(coast, bureau)) == []
    assert shown("MT603", ko, en.format(bureau, coast)) != []


def test_a_defence_attache_and_a_company_head_swapped() -> None:
    ko = (
        "이 자리에는 이경호 현대로템 방산사업본부장과 토마시 노바크 주한 폴란드대사관 "
        "국방무관이 동행했다."
    )
    en = "They were accompanied by Lee Kyung-ho, {}, and Tomasz Nowak, {}."
    head, attache = (
        "head of Hyundai Rotem's defense business division",
        "defense attache at the Polish Embassy",
    )
    assert shown("MT603", ko, en.format(head, attache)) == []
    assert shown("MT603", ko, en.format(attache, head)) != []


def test_a_remit_of_a_title_swapped_for_another_portfolio() -> None:
    ko = "사드 셰리다 알카비 카타르 에너지담당 국무장관 겸 카타르에너지 CEO가 참석했다."
    en = (
        "Saad Sherida Al-Kaabi, Qatar's Minister of State for {} Affairs and CEO of "
        "QatarEnergy, attended."
    )
    assert shown("MT601", ko, en.format("Environment")) != []
    assert shown("MT601", ko, en.format("Energy")) == []


def test_a_clock_time_with_seconds() -> None:
    found = [(e.text, e.kind) for e in english_numbers("at 7:54:49 a.m. on the 25th")]
    assert found[:2] == [("7:54:49 a.m.", "time"), ("49", "cardinal")]
    ko = "25일 오전 7시 54분 49초 경북 경주시 남남서쪽 9㎞ 지역에서 지진이 발생했다."
    en = "An earthquake struck 9 km south-southwest of Gyeongju at {} on the 25th."
    assert shown("MT301", ko, en.format("7:54:49 a.m.")) == []
    assert shown("MT301", ko, en.format("8:54:49 a.m.")) != []


def test_two_position_words_before_a_foreign_name() -> None:
    ko = "세르비아 출신 아포짓 스파이커 밀리차 요바노비치는 31점을 올렸다."
    assert "밀리차 요바노비치" in persons(ko)
    en = "Serbian opposite hitter Milica Jovanovic scored 31 points."
    assert shown("MT401", ko, en) == []


def test_the_head_of_a_group() -> None:
    ko = "이 단체의 박영철 대표는 이날 행사에서 증언했다."
    en = "Park Young-chul, head of the group, testified at the event on the day."
    assert shown("MT601", ko, en) == []


def test_a_chinese_name_korean_writes_like_a_korean_one() -> None:
    ko = "차이나 데일리는 주주롱 산시성 산림청 부청장의 말을 인용했다."
    en = "China Daily quoted Zhu Julong, deputy director of the Shaanxi Forestry Bureau."
    assert shown("MT403", ko, en) == []


def test_spellings_of_one_name_are_no_slip() -> None:
    assert misspelt_name("세르츠", "Schertz", whole=False) is None


def test_an_island_swapped_for_another() -> None:
    ko = "서귀포시 마라도 남서쪽 약 74㎞ 해상에서 어선이 침수 중이라는 신고가 접수됐다."
    en = "A report came in that a fishing boat was taking on water about 74 km southwest of {}."
    assert shown("MT501", ko, en.format("Udo Island")) == ["Udo Island"]
    assert shown("MT501", ko, en.format("Marado Island")) == []


def test_a_vietnamese_name_written_unspaced_with_its_last_syllable() -> None:
    assert vietnamese_parts("응우옌반터") == ["응우옌", "반", "터"]


def test_an_issue_number_is_no_day_of_the_month() -> None:
    ko = "제12호 태풍 '고니' 모레 새벽 경남 남해안 상륙"
    en = "Typhoon Goni to make landfall on South Gyeongsang coast early on {}"
    assert run_rule("MT305", ko, en.format("24th")) == []
    assert (
        shown("MT305", "제12호 태풍 고니가 북상했다.", "The 13th typhoon, Goni, moved north.") != []
    )


def test_a_tie_at_nil() -> None:
    ko = "마르티네스가 0-0으로 맞선 4회초 1사 1, 2루에서 2타점 2루타를 터뜨렸다."
    en = "Martinez broke a {} tie with a two-run double with one out in the top of the fourth."
    assert shown("MT301", ko, en.format("scoreless")) == []
    assert shown("MT301", ko, en.format("1-1")) != []


def test_an_organization_named_twice_in_one_sentence_counts_once_for_the_length() -> None:
    ko = "경찰은 C씨에 대해 국제형사경찰기구(인터폴)를 통해 적색수배를 요청했다."
    en = (
        "Police have requested a red notice for C through the International Criminal Police "
        "Organization (Interpol)."
    )
    assert shown("MT103", ko, en) == []


def test_a_copyright_notice_in_brackets_at_the_end() -> None:
    ko = "한편 정 장관은 29일 제다로 이동해 기업 간담회를 갖는다."
    en = "Meanwhile, Jung will travel to Jeddah on the 29th to meet companies.{}"
    assert shown("MT104", ko, en.format(" (Yonhap News Agency, all rights reserved)")) != []
    assert shown("MT104", ko, en.format("")) == []


def test_a_second_title_after_gyeom_as_another_office() -> None:
    ko = "정 장관은 포럼에 앞서 무함마드 빈 살만 왕세자 겸 총리를 예방했다."
    en = "Ahead of the forum, Jung paid a courtesy call on Crown Prince and {} Mohammed bin Salman."
    assert shown("MT601", ko, en.format("President")) == ["President"]
    assert shown("MT601", ko, en.format("Prime Minister")) == []


def test_a_name_that_is_a_word_whole() -> None:
    ko = "이슬비 경기도 투자진흥과장은 투자가 18.5% 늘었다고 밝혔다."
    assert persons(ko)["이슬비"] == ("korean", "title", "과장")
    en = "{}, director of Gyeonggi Province's investment promotion division, said it rose 18.5%."
    assert shown("MT402", ko, en.format("Lee Drizzle")) == ["Drizzle"]
    assert shown("MT402", ko, en.format("Lee Seul-bi")) == []
    assert "이사회" not in persons("이사회 의장은 이날 사퇴했다.")


def test_a_deputy_prime_minister_who_is_also_finance_minister() -> None:
    ko = "구윤철 부총리 겸 기획재정부 장관은 22일 재무장관회의를 열었다."
    en = "Deputy Prime Minister and Finance Minister Koo Yun-cheol held the meeting on the 22nd."
    assert shown("MT601", ko, en) == []


def test_a_kazakh_name_kiwi_reads_with_a_particle_inside() -> None:
    ko = "세릭 주만가린 카자흐스탄 부총리 겸 국가경제부 장관이 14일 방한했다."
    assert persons(ko)["세릭 주만가린"] == ("foreign", "title", "부총리")
    en = "Kazakhstan's {} and Minister of National Economy Serik Zhumangarin visited on the 14th."
    assert shown("MT601", ko, en.format("Vice President")) != []
    assert shown("MT601", ko, en.format("Deputy Prime Minister")) == []


def test_a_travel_agency_head_as_representative() -> None:
    ko = "춘추국제여행사의 저우리핑 대표는 우려를 나타냈다."
    en = "Zhou Liping, {} of Spring International Travel Service, expressed concern."
    assert shown("MT602", ko, en.format("representative")) == ["representative"]
    assert shown("MT602", ko, en.format("CEO")) == []


def test_a_trade_minister_as_a_union_leader() -> None:
    ko = "정다운 산업통상자원부 통상교섭본부장은 교역 목표를 밝혔다."
    en = "Jung Da-un, {} at the Ministry of Trade, Industry and Energy, gave the trade target."
    assert shown("MT601", ko, en.format("trade union leader")) != []
    assert shown("MT601", ko, en.format("trade minister")) == []


def test_a_day_written_relative_to_another() -> None:
    ko = "세진에너지는 18일(현지시간) 데브레첸에서 준공식을 열었다고 19일 밝혔다."
    en = "Sejin Energy said on the 19th it held a completion ceremony {} in Debrecen."
    assert shown("MT304", ko, en.format("the previous day (local time)")) == []
    assert shown("MT304", ko, en.format("on the 17th (local time)")) != []


def test_a_judge_in_brackets_after_the_bench() -> None:
    ko = "대구지법 포항지원 제1민사부(정인수 부장판사)는 20일 원고 일부 승소 판결했다."
    en = "The Pohang branch of the Daegu District Court ruled partially in favor of the plaintiffs."
    assert shown("MT401", ko, en) == []
    assert run_rule("MT401", ko, en) != []


def test_a_name_before_a_body_kiwi_cuts_into_a_noun_and_a_modifier() -> None:
    ko = "컨소시엄을 이끄는 유태원 한전 사장은 협상을 이어가겠다고 말했다."
    assert persons(ko)["유태원"] == ("korean", "title", "사장")
    en = "{}, CEO of KEPCO, which leads the consortium, said talks would continue."
    assert shown("MT403", ko, en.format("Yoo Dae-wan")) == ["Yoo Dae-wan"]
    assert shown("MT403", ko, en.format("Yoo Tae-won")) == []


def test_the_head_of_a_police_station_named_in_full() -> None:
    ko = "정석훈 천안동남경찰서장은 현장 브리핑에서 사고 경위를 조사하고 있다고 말했다."
    assert persons(ko)["정석훈"] == ("korean", "title", "서장")


def test_a_union_branch_head_and_a_union_chief() -> None:
    ko = "박성민 보건의료노조 지부장은 환자 안전을 강조했다."
    en = "Park Seong-min, {}, stressed patient safety."
    assert shown("MT601", ko, en.format("head of the union")) == []
    ko2 = "오승훈 노조 위원장은 파업을 예고했다."
    assert shown("MT601", ko2, "Union chief Oh Seung-hoon warned of a strike.") == []
