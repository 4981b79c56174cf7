"""Misses and false flags of blind rounds 87 to 90 (sets pj-), in their smallest form."""

from __future__ import annotations

from mtqa.resources import Resources
from mtqa.rules.merged import assess
from mtqa.text.ko_numbers import korean_numbers
from mtqa.text.ko_persons import find_persons
from mtqa.text.korean import morphemes
from ruletools import article_shown, shown

RESOURCES = Resources()

# Round 87 (sets pj, pk, pl, pm; pn and po faithful-only)


def test_man_after_digits_may_be_the_particle_only() -> None:
    ko = "남은 4경기에서 전북이 승점 3만 추가하면 자력으로 우승을 확정한다."
    assert [n.only for n in korean_numbers(ko) if n.text == "3만"] == [True]
    en = "Jeonbuk need {} more points from their remaining four games to clinch the title."
    assert shown("MT302", ko, en.format("only three")) == []
    assert shown("MT301", ko, en.format("only three")) == []
    crowd = "관중 3만 명이 경기장을 찾았다."
    assert [n.only for n in korean_numbers(crowd)] == [False]
    assert shown("MT302", crowd, "A crowd of 3 came to the stadium.") == ["3"]


def test_a_vietnamese_given_name_ending_in_an_is_not_cut_as_a_particle() -> None:
    ko = "베트남 출신 응우옌 반 투안(42) 씨는 밤새 죽은 물고기를 건져냈다."
    names = [p.name for p in find_persons(ko, list(morphemes(ko)))]
    assert names == ["응우옌 반 투안"]
    ko2 = "공격수 팜 뚜언 하이도 골을 넣었다."
    assert [p.name for p in find_persons(ko2, list(morphemes(ko2)))] == ["팜 뚜언 하이"]


def test_a_port_or_station_named_after_its_city_written_as_a_person() -> None:
    ko = "당진항과 닝보저우산항 사이에 컨테이너 항로가 새로 개설된다."
    en = "A new container route will open between {} and Ningbo-Zhoushan Port."
    assert shown("MT502", ko, en.format("Dang Jin-hang")) == ["Dang Jin-hang"]
    assert shown("MT502", ko, en.format("Dangjin Port")) == []
    station = "울산역에서 화재가 발생했다."
    assert shown("MT502", station, "A fire broke out at Ul San-yeok.") == ["Ul San-yeok"]
    assert shown("MT502", station, "A fire broke out at Ulsan Station.") == []


def test_another_body_with_its_own_acronym_stands_in_for_a_listed_one() -> None:
    ko = "이번 협약은 대한무역투자진흥공사(KOTRA)가 주선했다."
    en = "The agreement was arranged by the {}."
    assert shown("MT712", ko, en.format("Global Trade Promotion Center (GTPC)")) == [
        "Global Trade Promotion Center (GTPC)"
    ]
    assert shown("MT712", ko, en.format("Korea International Cooperation Agency (KOICA)")) != []
    assert shown("MT712", ko, en.format("Korea Trade-Investment Promotion Agency (KOTRA)")) == []


def test_a_state_chief_ministers_surname_cut_into_syllables_keeps_the_title() -> None:
    ko = "인도 텔랑가나주의 레반트 레디 주총리가 14일 공장을 방문했다."
    found = find_persons(ko, list(morphemes(ko)))
    assert [(p.name, p.title.ko if p.title else None) for p in found] == [("레반트 레디", "주총리")]
    en = "India's Telangana {} Revanth Reddy visited the plant on the 14th."
    assert shown("MT602", ko, en.format("Prime Minister")) == ["Prime Minister"]
    assert shown("MT602", ko, en.format("Chief Minister")) == []


def test_train_operators_are_bodies_of_one_kind() -> None:
    ko = "운영은 부산교통공사(BTC)가 맡는다."
    en = "The line will be operated by {}."
    assert shown("MT712", ko, en.format("Korea Railroad Corp. (Korail)")) == [
        "Korea Railroad Corp."
    ]
    assert shown("MT712", ko, en.format("Busan Transportation Corp. (BTC)")) == []


def test_a_merged_sentence_whose_figures_are_all_gone_is_dropped() -> None:
    first = "사업비는 국비 60%, 시비 40%로 분담하며, 시는 올해 본예산에 설계비 85억 원을 반영했다."
    second = (
        "앞서 이 사업은 지난해 12월 기획재정부 예비타당성 조사를 통과했으며, 비용 대비 "
        "편익(B/C)은 1.08로 나왔다."
    )
    en = (
        "The project cost will be split 60 percent by the central government and 40 percent "
        "by the city, and the city has earmarked 8.5 billion won for design costs in this "
        "year's main budget."
    )
    (_, kept), (_, dropped) = assess(RESOURCES, [first, second], en, source=True)
    assert kept is None
    assert dropped is not None and dropped >= 0.5
    both = (
        en + " The project passed the Ministry of Economy and Finance's preliminary "
        "feasibility study in December last year, with a benefit-cost (B/C) ratio of 1.08."
    )
    assert [c for _, c in assess(RESOURCES, [first, second], both, source=True)] == [None, None]


def test_a_groups_short_name_inside_another_affiliates_name_is_a_swap() -> None:
    ko = "이 자리에는 한화에어로스페이스 관계자들도 참석했다."
    en = "Officials from {} also attended the meeting."
    assert shown("MT711", ko, en.format("Hanwha Ocean")) == ["Hanwha Ocean"]
    assert shown("MT711", ko, en.format("Hanwha Aerospace")) == []
    assert shown("MT711", ko, en.format("Hanwha")) == []


def test_titles_swapped_around_an_acronym_in_brackets() -> None:
    ko = (
        "김도훈 BNK금융 최고재무책임자(CFO)와 한지원 부산은행 리스크관리본부장은 이날 "
        "콘퍼런스콜에서 이같이 밝혔다."
    )
    en = "{} Kim Do-hoon and {} Han Ji-won said so during a conference call."
    cfo = "BNK Financial Chief Financial Officer (CFO)"
    risk = "Busan Bank risk management head"
    assert shown("MT603", ko, en.format(risk, cfo)) != []
    assert shown("MT603", ko, en.format(cfo, risk)) == []


def test_titles_swapped_in_appositions_after_the_age() -> None:
    ko = (
        "재판부는 대흥건설 대표 정태규(58)씨에게 집행유예 3년을, 서경민(55) 전 창원시의회 "
        "사무국장에게 징역 2년을 각각 선고했다."
    )
    en = (
        "The court sentenced Jung Tae-gyu, 58, {}, to a suspended term and Seo Kyung-min, 55, "
        "{}, to two years in prison."
    )
    clerk = "a former secretary-general of the Changwon City Council"
    ceo = "CEO of Daeheung Construction"
    assert shown("MT603", ko, en.format(clerk, ceo)) != []
    assert shown("MT603", ko, en.format(ceo, clerk)) == []


def test_a_foreign_countrys_regions_are_swappable() -> None:
    ko = "컨소시엄이 스페인 안달루시아 지방의 고속철 차량 교체 사업에 관심을 갖고 있다."
    en = "A consortium wants to replace high-speed trains in Spain's {} region."
    assert shown("MT501", ko, en.format("Catalonia")) == ["Catalonia"]
    assert shown("MT501", ko, en.format("Andalusia")) == []


def test_a_region_may_be_named_without_its_unit_word() -> None:
    ko = "우즈베키스탄 안디잔주 대표단이 방문했다."
    for name in ("Andijan", "Andijan Province", "the Andijan region", "Andijan Region"):
        en = f"A delegation from Uzbekistan's {name} visited."
        assert shown("MT501", ko, en) + shown("MT503", ko, en) == []
    assert shown("MT501", ko, "A delegation from Uzbekistan's Samarkand Region visited.") == [
        "Samarkand Region"
    ]


def test_european_cities_and_skating_venues_are_listed() -> None:
    ko = "대표팀은 네덜란드 틸뷔르흐에서 열린 월드컵 5차 대회에서 금메달을 땄다."
    en = "The team won gold at the fifth World Cup event in {}, the Netherlands."
    assert shown("MT501", ko, en.format("Heerenveen")) == ["Heerenveen"]
    assert shown("MT501", ko, en.format("Tilburg")) == []


# Round 88 (sets pp, pq, pr, ps; pt and pu faithful-only)


def test_a_wire_end_mark_is_boilerplate() -> None:
    ko = "이번 협정은 김해시가 해외 도시와 맺은 11번째 자매·우호 협력 관계다."
    en = "The agreement marks Gimhae's 11th sister or friendship relationship abroad. (END)"
    assert shown("MT104", ko, en) == ["(END)"]
    assert shown("MT104", ko + " (끝)", en) == []
    assert shown("MT104", ko, "The agreement marks the end of a long negotiation.") == []


def test_a_heads_title_said_with_a_verb_is_rendered() -> None:
    ko = "박은정 시의회 산불피해대책특별위원장은 추가 대책을 요구했다."
    chairs = "Park Eun-jeong, who chairs the council's special committee, called for more measures."
    assert shown("MT601", ko, chairs) == []
    spoke = "Park Eun-jeong, who spoke at the council, called for more measures."
    assert shown("MT601", ko, spoke) == ["Park Eun-jeong"]


def test_a_given_name_kiwi_reads_as_a_noun_after_the_surname() -> None:
    ko = "김보배도 3점슛 4개로 16점을 올렸다."
    assert shown("MT402", ko, "Kim Treasure also scored 16 points on four 3-pointers.") == [
        "Treasure"
    ]
    assert shown("MT402", ko, "Kim Bo-bae also scored 16 points on four 3-pointers.") == []


def test_a_companys_head_named_by_surname_is_no_representative() -> None:
    ko = (
        "계약식에는 구태훈 LIG넥스원 대표이사가 참석했다.\n\n"
        '구 대표는 "중동 시장 점유율을 더 높이겠다"고 말했다.'
    )
    en = (
        "LIG Nex1 CEO Koo Tae-hoon attended the signing ceremony.\n\n"
        '{} Koo said, "We will further raise our share of the Middle East market."'
    )
    assert article_shown("MT602", ko, en.format("Representative")) == ["Representative"]
    assert article_shown("MT602", ko, en.format("CEO")) == []


def test_an_unlisted_port_written_as_a_persons_port() -> None:
    ko = "올해 제주항과 강정항에 기항한 크루즈선은 모두 287척이다."
    en = "A total of 287 cruise ships called at Jeju Port and {} this year."
    assert shown("MT502", ko, en.format("Kang Jeong's port")) == ["Kang Jeong's"]
    assert shown("MT502", ko, en.format("Gangjeong Port")) == []


def test_korean_sports_bodies_are_listed() -> None:
    ko = "한국야구위원회는 올스타전 일정을 발표했다."
    en = "The {} announced the All-Star Game schedule."
    assert shown("MT711", ko, en.format("Korean Basketball League")) == ["Korean Basketball League"]
    assert shown("MT711", ko, en.format("Korea Baseball Organization")) == []


def test_a_county_governor_may_go_by_gov() -> None:
    ko = "최병윤 평창군수는 관광객 유치에 힘쓰겠다고 밝혔다."
    assert (
        shown("MT601", ko, "Pyeongchang County Gov. Choi Byung-yoon said he would work hard.") == []
    )


def test_a_lower_case_word_that_sounds_like_a_korean_name_is_no_rendering() -> None:
    ko = "이로써 채우진은 시즌 탈삼진을 228개로 늘렸다."
    en = "That raised his season strikeout total to 228."
    assert shown("MT402", ko, en) == []


def test_a_foreign_ports_two_word_name_is_no_persons() -> None:
    ko = "인도네시아 탄중페락항에서 출항했다."
    assert shown("MT502", ko, "It sailed from Indonesia's Tanjung Perak Port.") == []


# Round 89 (sets pv, pw, px, py; pz and qa faithful-only)


def test_round_numbers_listed_with_their_scores_and_a_whole_share() -> None:
    ko = "1라운드 68타, 2라운드 65타로 선두권에 올랐던 안재성은 순위를 6계단 끌어올렸다."
    en = "After rounds of 68 and 65, Ahn moved up {} places."
    assert shown("MT301", ko, en.format("six")) == []
    assert shown("MT301", ko, en.format("five")) == ["five"]
    tax = "지방세를 5년간 100% 감면하기로 했다."
    assert shown("MT301", tax, "It will exempt them from local taxes in full for five years.") == []
    assert shown("MT301", tax, "It will halve their local taxes for five years.") != []


def test_senior_before_a_vice_presidents_title_is_seniority() -> None:
    ko = "이승훈 우리금융 재무담당 부사장(CFO)은 콘퍼런스콜에서 이같이 말했다."
    en = "Rhee Seung-hoon, senior vice president and CFO of Woori Financial, said so."
    assert shown("MT601", ko, en) == []


def test_a_surname_and_a_word_like_given_name_before_an_age() -> None:
    ko = '한화오션 협력업체 대표 김하늘(41) 씨는 "외국인 없이는 어렵다"고 말했다.'
    en = '"It is hard without foreigners," said {}, 41, who heads a subcontractor.'
    assert shown("MT402", ko, en.format("Kim Sky")) == ["Sky"]
    assert shown("MT402", ko, en.format("Kim Ha-neul")) == []


def test_a_bodys_korean_short_name_in_brackets_before_the_title() -> None:
    ko = "장관은 서정훈 한국수력원자력(한수원) 사장과 만났다."
    en = "The minister met with Seo Jeong-hoon, {} of Korea Hydro & Nuclear Power Co. (KHNP)."
    assert shown("MT601", ko, en.format("chairman")) != []
    assert shown("MT601", ko, en.format("president")) == []


def test_a_fortress_named_after_its_city_written_as_a_person() -> None:
    ko = "방문단은 진주시 진주성과 국립진주박물관을 둘러본다."
    en = "The delegation will tour {} and the Jinju National Museum in Jinju."
    assert shown("MT502", ko, en.format("Jin Ju-seong")) == ["Jin Ju-seong"]
    assert shown("MT502", ko, en.format("Jinju Fortress")) == []


def test_australian_cities_in_the_news_are_listed() -> None:
    ko = "올해 호주 브리즈번 전지훈련에서 체력을 끌어올렸다."
    en = "We built up stamina at our training camp in {}, Australia, this year."
    assert shown("MT501", ko, en.format("Gold Coast")) == ["Gold Coast"]
    assert shown("MT501", ko, en.format("Brisbane")) == []


def test_a_province_in_a_province_level_citys_place_is_a_swap() -> None:
    ko = "하노이와 박닌성, 하이퐁시를 잇는 송전망 확충 사업을 서두르겠다고 밝혔다."
    en = "He said he would speed up the grid linking Hanoi, Bac Ninh Province and {}."
    assert shown("MT501", ko, en.format("Hai Duong")) == ["Hai Duong"]
    assert shown("MT501", ko, en.format("Hai Phong")) == []


# Round 90 (sets qb, qc; qd faithful-only; a short round)


def test_a_county_heads_place_is_his_own_and_the_councils() -> None:
    ko = "정민호 남해군수와 하성철 남해군의회 의장은 이날 저녁 환영 만찬을 열었다."
    en = "{} County Governor Jung Min-ho and Namhae County Council Chairman Ha Sung-chul met."
    assert shown("MT603", ko, en.format("Namhae")) == []
    assert (
        shown(
            "MT603",
            "정민호 남해군수와 하성철 하동군의회 의장은 만찬을 열었다.",
            en.format("Hadong"),
        )
        != []
    )


def test_may_capitalized_inside_a_sentence_is_the_month() -> None:
    ko = "두 도시는 내년부터 매년 5월 요트 친선 대회를 번갈아 개최한다."
    en = "The two cities will take turns hosting a friendly yacht race every {} starting next year."
    assert shown("MT304", ko, en.format("May")) == []
    assert shown("MT304", ko, en.format("June")) != []


def test_an_office_the_korean_names_is_no_governors_title() -> None:
    ko = "최 지사는 올해 안에 창춘에 강원도 통상사무소를 개설하겠다고 말했다."
    assert shown("MT602", ko, "Choi said Gangwon would open a trade office in Changchun.") == []
    assert shown("MT602", "최 지사는 협력을 약속했다.", "Branch Choi promised cooperation.") == [
        "Branch"
    ]


def test_an_innings_number_glued_to_top_or_bottom() -> None:
    ko = "카브레라는 3-3으로 맞선 6회말 2점 홈런을 터뜨렸다."
    en = "Cabrera belted a two-run homer in the bottom of the {} inning with the score tied at 3-3."
    assert shown("MT301", ko, en.format("sixth")) == []
    assert shown("MT301", ko, en.format("seventh")) == ["seventh"]
