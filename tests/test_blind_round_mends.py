"""Errors and false flags of blind rounds 11 to 16 (sets q-zh), each in its smallest form."""

from __future__ import annotations

import pytest

from lexicontools import persons
from mtqa.lexicon.vietnamese import is_vietnamese, romanized_as_korean, spelling
from mtqa.rules.numbers import compare
from mtqa.text.en_numbers import english_numbers
from ruletools import run_rule, shown

# --- persons found in the Korean ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a one-syllable given name Kiwi cuts off as a determiner (조/NNP 현/MM)
        ("조현 외교부 장관과 회담했다.", "조현", "장관"),
        # a title with its status glued after it
        ("서한결 사장직무대행은 현장을 찾았다.", "서한결", "사장"),
        # a company Kiwi reads as a verb form (세우/VV ᆫ/ETM 건설/NNG)
        ("정나래 세운건설 대표이사 사장과 만났다.", "정나래", "대표이사"),
        # the age in brackets between the name and the title
        ("김나래(57) 교수는 혐의를 받는다.", "김나래", "교수"),
        # Japan's ministers
        ("모테기 도시미쓰 일본 외무상은 말했다.", "모테기 도시미쓰", "외무상"),
        # three bodies between a name and its title
        ("응우옌 반 투언 베트남 박닌성 인민위원회 위원장이 방한했다.", "응우옌 반 투언", "위원장"),
    ],
)
def test_titled_persons_of_round_11(text: str, name: str, title: str) -> None:
    assert persons(text)[name][1:] == ("title", title)


@pytest.mark.parametrize(
    ("text", "word"),
    [("세션을 가졌던 이전 대통령과는 달리 말했다.", "이전"), ("신임 장관은 말했다.", "신임")],
)
def test_two_syllable_words_before_a_title_stay_words(text: str, word: str) -> None:
    assert word not in persons(text)


def test_an_organization_ends_a_foreign_name() -> None:
    got = persons("압둘라 알카타니 아람코 부사장이 참석했다.")
    assert "압둘라 알카타니" in got and not any("아람코" in n for n in got)


def test_a_role_before_a_foreign_name_of_two_words_anchors_it() -> None:
    assert persons("일본 출신 세터 사토 미유는 62개를 기록했다.")["사토 미유"][1] == "role"


def test_vietnamese_names_kiwi_cuts_into_words_are_one_name() -> None:
    got = persons("이날 부이 탄 선 베트남 외교장관은 말했다.")
    assert got["부이 탄 선"] == ("foreign", "title", "외교장관")
    assert persons("또 반 이상이 찬성했다.") == {}  # no Vietnam in the text: words


# --- names and titles in the English -----------------------------------------------------------


def test_vietnamese_table() -> None:
    assert is_vietnamese("응우옌 반 투언") and not is_vietnamese("김민수")
    assert spelling("반") == "Van"
    assert romanized_as_korean("반", "Ban") and not romanized_as_korean("반", "Văn")
    assert romanized_as_korean("선", "Seon") and not romanized_as_korean("선", "Son")


VIET_KO = "응우옌 반 투언 베트남 박닌성 인민위원회 위원장이 방한했다."


def test_a_vietnamese_name_spelled_by_korean_romanization_is_misspelled() -> None:
    en = "Nguyen Ban Tuan, chairman of the People's Committee of Bac Ninh, visited Korea."
    (hit,) = run_rule("MT403", VIET_KO, en)
    assert hit.suggestion == "Nguyen Van Tuan" and hit.confidence >= 0.5
    assert run_rule("MT402", VIET_KO, en) == []  # not 'ordinary words' for 'Ban'


def test_a_vietnamese_name_spelled_right_is_not_flagged() -> None:
    en = "Nguyen Van Tuan, chairman of the People's Committee of Bac Ninh, visited Korea."
    for code in ("MT401", "MT402", "MT403"):
        assert run_rule(code, VIET_KO, en) == []


def test_pronouns_in_a_name_are_a_name_rendered_as_words() -> None:
    ko = "일본 출신 세터 사토 미유는 62개를 기록했다."
    assert shown("MT402", ko, "Setter Me You Sato, from Japan, made 62 sets.") == ["Me You Sato"]
    assert shown("MT402", ko, "Setter Miyu Sato, from Japan, made 62 sets.") == []


def test_a_listed_meaning_beats_a_role_word_before_the_name() -> None:
    ko = "브로커 배슬기(61)씨는 1억2천만원을 챙겼다."
    assert shown("MT402", ko, "Broker Bae Wisdom, 61, pocketed 120 million won.") == ["Wisdom"]


def test_japanese_ministers_are_ministers() -> None:
    ko = "모테기 도시미쓰 일본 외무상은 이날 조현 외교부 장관과 회담했다."
    right = "Japanese Foreign Minister Toshimitsu Motegi met Foreign Minister Cho Hyun."
    for code in ("MT601", "MT602", "MT603"):
        assert shown(code, ko, right) == []
    ko2 = "모리시타 다카히로 일본 외무상과 이시카와 겐이치 방위상이 회의에 참석했다."
    swapped = "Defense Minister Takahiro Morishita and Foreign Minister Kenichi Ishikawa attended."
    assert "Defense Minister Takahiro Morishita" in shown("MT603", ko2, swapped)


def test_another_office_for_a_professor_is_flagged_but_a_dropped_one_is_not() -> None:
    ko = "김나래(57) 교수는 혐의를 받는다."
    assert shown("MT601", ko, "President Kim Na-rae, 57, is suspected.")
    assert shown("MT601", ko, "Kim Na-rae, 57, is suspected.") == []
    # 'director' beside the name, 'professor' later in the sentence: the title is there
    ko2 = "섀튼 교수는 성명에서 말했다."
    en2 = "Schatten, director of the center and a medical school professor, said in a statement."
    assert shown("MT601", ko2, en2) == []


@pytest.mark.parametrize(
    ("en", "flagged"),
    [
        ("Song Ga-ram, representative of Hanul Energy, said so.", True),
        ("Song Ga-ram, CEO of Hanul Energy, said so.", False),
    ],
)
def test_a_company_head_is_no_representative(en: str, flagged: bool) -> None:
    ko = "송가람 한울에너지 대표는 말했다."
    assert bool(shown("MT602", ko, en)) == flagged
    # a union's or a delegation's 대표 is a representative
    union = "Union representative Park Jun-hyuk said."
    assert shown("MT602", "박준혁 노조 대표는 말했다.", union) == []


def test_county_executive_renders_gunsu() -> None:
    ko = "김성태 고흥군수는 말했다."
    assert shown("MT601", ko, "Goheung County Executive Kim Sung Tae said.") == []


# --- places and numbers ------------------------------------------------------------------------


def test_a_listed_industrial_city_rendered_as_a_person() -> None:
    ko = "사우디 동부주 주베일 산업단지에 시설을 짓는다."
    en = "It will build a facility at Mr. Jubail's industrial complex in Saudi Arabia."
    assert shown("MT502", ko, en) == ["Jubail"]
    assert shown("MT502", ko, "It will build a facility at the Jubail industrial complex.") == []


def test_an_ordinal_read_as_the_2_of_2_plus_2() -> None:
    ko = "제3차 한일 외교·국방장관(2+2) 회의에 참석했다."
    issues = compare(ko, "They attended the second Korea-Japan ministers' (2+2) meeting.")
    assert [(i.code, i.target.text if i.target else None) for i in issues] == [("MT305", "second")]
    assert compare(ko, "They attended the third Korea-Japan ministers' (2+2) meeting.") == []


@pytest.mark.parametrize(
    ("en", "months"),
    [
        ("orders from January to May this year", ["January", "May"]),
        ("in April and May", ["April", "May"]),
        ("Theresa May said", []),
        ("It may rain this year", []),
    ],
)
def test_may_is_a_month_after_to_and_before_this_year(en: str, months: list[str]) -> None:
    assert [n.text for n in english_numbers(en) if n.kind == "month"] == months


# --- round 12 ----------------------------------------------------------------------------------


def test_a_two_syllable_surname_alone_is_a_surname() -> None:
    assert persons("남궁 장관은 설명했다.")["남궁"] == ("korean", "title", "장관")
    assert shown("MT403", "남궁 장관은 설명했다.", "Minister Namgoong explained.") == []


def test_an_unknown_body_between_a_korean_name_and_its_title() -> None:
    got = persons("유제인 음제협 법률담당팀장은 말했다.")
    assert got == {"유제인": ("korean", "title", "팀장")}
    assert "부시" not in [n for n, p in persons("부시는 후쿠다 총리에게 말했다.").items() if p[2]]


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("주주롱 산시성 산림청 부청장은 말했다.", "Deputy Director Zhu Julong said."),
        ("이나래 사무국장은 지적했다.", "Lee Na-rae, secretary-general of the group, said."),
        ("류젠화 중국 외교부 부부장은 말했다.", "Chinese Vice Foreign Minister Liu Jianhua said."),
    ],
)
def test_deputy_and_secretariat_titles_are_their_own(ko: str, en: str) -> None:
    assert shown("MT601", ko, en) == []


def test_a_delegation_head_is_no_team_captain() -> None:
    ko = "김철수 선수단장은 말했다."
    assert shown("MT602", ko, "Team captain Kim Chul-soo said.") == ["Team captain"]
    assert shown("MT602", ko, "Chef de mission Kim Chul-soo said.") == []


def test_a_place_that_is_also_words_is_swapped_where_kiwi_reads_it_as_a_name() -> None:
    ko = "대회 폐막식은 10월 4일 나고야에서 열린다."
    got = [h for h in run_rule("MT501", ko, "The closing ceremony will be held in Osaka.")]
    assert [(h.confidence, h.target) for h in got] == [(0.7, (37, 42))]


def test_a_compass_swap_of_a_province() -> None:
    ko = "인도네시아는 서칼리만탄주에 원전을 건설한다."
    en = "Indonesia will build a nuclear plant in East Kalimantan Province."
    assert shown("MT501", ko, en) == ["East Kalimantan Province"]
    assert shown("MT501", ko, en.replace("East", "West")) == []


def test_anniversaries_are_ordinals() -> None:
    ko = "자매결연 10주년을 맞아 대표단 6명을 초청한다."
    assert compare(ko, "To mark the 10th anniversary, it invites a six-member delegation.") == []
    issues = compare(ko, "To mark the 10th anniversary, it invites an eight-member delegation.")
    assert [i.target.text for i in issues if i.target] == ["eight"]


def test_a_vice_minister_s_rank_changed() -> None:
    ko = "조민석 산업부 제2차관과 회담했다."
    issues = compare(ko, "They met Cho Min-seok, first vice minister of trade.")
    assert [i.code for i in issues] == ["MT305"]
    assert [i.code for i in compare(ko, "They met Second Vice Trade Minister Cho Min-seok.")] == []


def test_a_swapped_foundation() -> None:
    ko = "피해자 7명은 남북하나재단에서 받은 정착지원금을 잃었다."
    en = "Seven victims lost the subsidies they had received from the Korean Red Cross."
    assert shown("MT711", ko, en) == ["Korean Red Cross"]


def test_an_unspaced_vietnamese_name_is_found_in_full_or_by_its_given_name() -> None:
    ko = "팜민찐 베트남 총리가 한국을 방문했다."
    for en in ("Vietnamese Prime Minister Phạm Minh Chính visited.", "Premier Chinh visited."):
        assert run_rule("MT401", ko, en) == []


def test_a_person_s_name_is_no_place_rendered_as_a_person() -> None:
    ko = '정욱 대표는 "중국 시장 공략도 본격화하겠다"고 밝혔다.'
    en = '"We will push into the Chinese market," CEO Jung Wook said.'
    assert run_rule("MT502", ko, en) == []


def test_an_unlisted_neighbourhood_rendered_as_a_person() -> None:
    ko = "구는 성수동 일대 공영주차장 3곳 신설에 210억 원을 배정했다."
    en = "The district allocated 21 billion won to build parking lots for Seong Su-dong."
    assert shown("MT502", ko, en) == ["Seong Su-dong"]
    assert shown("MT502", ko, en.replace("Seong Su-dong", "Seongsu-dong")) == []


# --- round 13 ----------------------------------------------------------------------------------


def test_a_station_rendered_as_a_person_but_not_a_foreign_name_ending_in_ri() -> None:
    ko = "2003년 중앙로역 방화 참사 이후 22년 만이다."
    assert shown("MT502", ko, "It is the first since the 2003 arson attack by Jung Ang-no.")
    ko2 = "하산 알마리 이사는 서울을 방문한다."
    assert shown("MT502", ko2, "Hassan Al Marri, a board director, will visit Seoul.") == []


def test_runner_up_and_strokes() -> None:
    ko = "송하람은 2위 다카하시 하루나를 3타 차로 따돌렸다."
    assert compare(ko, "Song beat runner-up Haruna Takahashi by three strokes.") == []
    assert [i.code for i in compare(ko, "Song beat runner-up Takahashi by four strokes.")] == [
        "MT301"
    ]


def test_an_organization_swapped_where_most_words_of_its_name_appear() -> None:
    ko = "말레이시아 투자통상산업부 장관이 방한한다고 산업통상자원부가 밝혔다."
    en = (
        "Malaysia's Minister of Investment, Trade and Industry will visit Korea, "
        "the Ministry of Foreign Affairs said."
    )
    assert shown("MT711", ko, en) == ["Ministry of Foreign Affairs"]


def test_a_day_is_compared_with_the_ordinal_that_is_a_day() -> None:
    ko = "양국은 다음 달 3일 베를린에서 제4차 위원회를 열기로 했다."
    en = "They will hold the fifth committee meeting in Berlin on the 13th of next month."
    got = {(i.code, i.target.text if i.target else None) for i in compare(ko, en)}
    assert got == {("MT304", "13th"), ("MT305", "fifth")}


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a bureau's name before a homograph title
        ("최한결 개인정보위 조사조정국장은 설명했다.", "최한결", "국장"),
        # what the office covers, between the company and the title
        ("김다솜 SK텔레콤 정보보호담당 부사장은 말했다.", "김다솜", "부사장"),
    ],
)
def test_titles_after_a_bureau_or_a_remit(text: str, name: str, title: str) -> None:
    assert persons(text)[name][1:] == ("title", title)


def test_quarters_as_months_and_a_third_quarter() -> None:
    ko = "1~3분기 누적 순이익은 2조6천591억원이다."
    assert compare(ko, "Net profit for the January-September period was 2.6591 trillion won.") == []
    assert compare(ko, "Net profit for the first nine months was 2.6591 trillion won.") == []
    ko2 = "우리은행의 3분기 순이익은 7천822억원으로 집계됐다."
    assert compare(ko2, "Woori Bank posted a third-quarter net profit of 782.2 billion won.") == []


def test_a_liquid_after_ng_may_be_dropped_in_a_given_name() -> None:
    ko = "임종룡 우리금융 회장은 말했다."
    assert run_rule("MT403", ko, "Woori Financial Chairman Yim Jong-yong said.") == []


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("천샤오린 쓰촨성 부성장은 말했다.", "Sichuan Vice Governor Chen Xiaolin said."),
        ("김여정 노동당 부부장은 담화를 냈다.", "Kim Yo-jong, vice department director, said."),
    ],
)
def test_vice_governors_and_vice_department_directors(ko: str, en: str) -> None:
    assert shown("MT601", ko, en) == []


def test_one_hyphenated_word_is_no_person() -> None:
    ko = "하라파와 모헨조다로의 도시에는 수세식 화장실이 있었다."
    en = "The cities of Harappa and Mohenjo-daro had flush toilets."
    assert run_rule("MT502", ko, en) == []


@pytest.mark.parametrize(
    ("en", "flagged"),
    [
        ("Song beat runner-up Haruna Takahishi of Japan by three strokes.", "Takahishi"),
        ("Song beat runner-up Haruna Takahashi of Japan by three strokes.", None),
        ("Song beat runner-up Haruna Takahashi (Takahashi Haruna) by three strokes.", None),
    ],
)
def test_a_japanese_family_name_misspelled(en: str, flagged: str | None) -> None:
    ko = "송하람은 2위 다카하시 하루나(일본)를 3타 차로 따돌렸다."
    got = [en[slice(*h.target)] for h in run_rule("MT403", ko, en) if h.target]
    assert got == ([flagged] if flagged else [])


def test_long_vowels_written_out_are_the_same_japanese_name() -> None:
    from mtqa.lexicon.japanese import misspelled_surname

    assert misspelled_surname("사토", "Satoh") is None
    assert misspelled_surname("고노", "Kohno") is None
    assert misspelled_surname("스즈키", "Suzuky") == "Suzuki"


# --- round 14 ----------------------------------------------------------------------------------


def test_group_ranks_are_no_trillions() -> None:
    ko = "이로써 한국은 조 2위 요르단과의 격차를 승점 5로 벌렸다."
    en = "South Korea widened its lead over second-placed Jordan to five points."
    assert compare(ko, en) == []
    assert compare("B조 1위로 올라섰다.", "It rose to the top of Group B.") == []


def test_north_and_central_america_is_no_china() -> None:
    ko = "2026 국제축구연맹(FIFA) 북중미 월드컵 아시아 3차 예선에서 이겼다."
    en = "It won in the third round of Asian qualifying for the 2026 FIFA World Cup."
    assert shown("MT501", ko, en) == []


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a company's tail Kiwi cuts off (포스코/인터내셔널) is no name
        ("포스코인터내셔널 신다솜 부사장과 서명했다.", "신다솜", "부사장"),
        # a surname Kiwi reads as a particle after a company, a remit glued to the title
        ("현대로템 이바다 방산사업본부장은 말했다.", "이바다", "본부장"),
    ],
)
def test_names_after_companies_of_round_14(text: str, name: str, title: str) -> None:
    assert persons(text)[name][1:] == ("title", title)
    assert not any(p[1] == "title" for n, p in persons(text).items() if n != name)


def test_a_two_word_meaning_of_a_given_name() -> None:
    ko = "백한별 공정거래위원장은 말했다."
    assert shown("MT402", ko, "FTC Chairman Baek Big Star said.") == ["Big Star"]
    assert shown("MT402", ko, "FTC Chairman Baek Han-byeol said.") == []


def test_a_company_head_before_whose_name_the_company_stands() -> None:
    ko = "한화에어로스페이스 윤다솜 대표는 제안했다."
    assert shown("MT602", ko, "Hanwha Aerospace representative Yoon Da-som proposed.")
    assert shown("MT602", ko, "Hanwha Aerospace CEO Yoon Da-som proposed.") == []


def test_another_office_beside_the_name_is_in_the_finding_s_span() -> None:
    ko = "포스코인터내셔널 신다솜 부사장과 계약에 서명했다."
    en = "It signed a contract with Shin Da-som, vice chairman of POSCO International."
    (hit,) = [h for h in run_rule("MT601", ko, en) if h.confidence >= 0.5]
    assert hit.target is not None and en[slice(*hit.target)] == "Shin Da-som, vice chairman"


def test_was_the_mayor_is_a_former_mayor() -> None:
    ko = "윤 전 시장은 제37대 부산시장으로, 실형이 확정된 것은 두 번째다."
    assert run_rule("MT604", ko, "Yoon was the 37th mayor of Busan.") == []


def test_a_vietnamese_word_spelled_unlike_its_hangul() -> None:
    ko = "응우옌 반 흥 베트남 공장장은 말했다."
    got = run_rule("MT403", ko, "Vietnamese plant manager Nguyen Van Hong said.")
    assert [(h.suggestion, h.confidence) for h in got] == [("Nguyen Van Hung", 0.5)]
    assert run_rule("MT403", ko, "Vietnamese plant manager Nguyen Van Hung said.") == []


def test_mongolian_provinces_swapped() -> None:
    ko = "몽골 남고비주의 오유톨고이 광산에서 구리를 생산한다."
    en = "Copper is produced at the Oyu Tolgoi mine in Mongolia's East Gobi Province."
    assert shown("MT501", ko, en) == ["East Gobi Province"]


# --- round 15 ----------------------------------------------------------------------------------


def test_race_times_with_minutes() -> None:
    ko = "동메달은 1분44초57을 기록한 중국의 천쯔하오에게 돌아갔다."
    assert compare(ko, "The bronze went to China's Chen Zihao in 1:44.57.") == []
    assert compare(ko, "The bronze went to China's Chen Zihao in 1 minute, 44.57 seconds.") == []
    assert [i.code for i in compare(ko, "The bronze went to Chen Zihao in 1:45.57.")] == ["MT301"]


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("소독시설 5곳을 24시간 운영하고 있다.", "Five disinfection sites run around the clock."),
        ("남자 계영 800m 동메달을 땄다.", "He won bronze in the men's 4x200m freestyle relay."),
    ],
)
def test_numbers_english_writes_another_way(ko: str, en: str) -> None:
    assert compare(ko, en) == []


def test_a_title_the_person_is_elected_to_stands_in_for_the_old_one() -> None:
    ko = "시의회는 국민의힘 강나래 의원을 제12대 전반기 의장으로 선출했다."
    en = "The council elected Kang Na-rae as speaker for the first half of the 12th council."
    assert shown("MT601", ko, en) == []


def test_a_sound_alike_inside_a_compound_is_no_generic_stand_in() -> None:
    ko = "서울시와 자매결연을 맺은 베트남 하노이시 인민위원회 부위원장 일행이 방문했다."
    en = "A delegation of the People's Committee of Ho Chi Minh City, a sister-city of Seoul, came."
    got = [h for h in run_rule("MT501", ko, en) if h.target]
    assert [(en[slice(*h.target)], h.confidence) for h in got] == [("Ho Chi Minh City", 0.7)]


def test_vice_mayor_as_vice_market_and_executives_as_titles() -> None:
    assert shown("MT602", "김철수 부시장은 말했다.", "Vice Market Kim Chul-soo said.")
    assert persons("안보람 한국반도체산업협회 상무는 말했다.")["안보람"][1:] == ("title", "상무")


def test_initials_make_a_full_name_and_a_title_before_another_name_is_no_apposition() -> None:
    ko = "입단식에는 해리스 사장과 A.J. 힌치 감독이 참석했다."
    good = "Attending were Harris, manager A.J. Hinch and others."
    assert shown("MT603", ko, good) == [] and shown("MT401", ko, good) == []
    assert persons(ko)["힌치"][1] == "title"


def test_back_is_a_spelling_of_baek_in_a_given_name() -> None:
    ko = "안규백 국방부 장관은 말했다."
    assert run_rule("MT403", ko, "Defense Minister Ahn Gyu-back said.") == []


def test_a_party_department_head_is_a_person_not_a_road() -> None:
    ko = "이날 시험발사에는 오영길 당 군수공업부장이 동행했다."
    assert persons(ko)["오영길"][1:] == ("title", "부장")
    en = "O Yong-gil, director of the party's Munitions Industry Department, attended."
    assert run_rule("MT502", ko, en) == []


def test_a_korean_region_repeated_is_no_person_spelled_letter_by_letter() -> None:
    ko = "충청과 호남에 폭우가 쏟아졌다. 기상청은 충청에 비가 더 내린다고 밝혔다."
    en = "Heavy rain hit Chungcheong and Honam. More rain will fall in Chungcheong, it said."
    assert run_rule("MT403", ko, en) == []


def test_the_trade_minister_title() -> None:
    ko = "정인교 산업부 통상교섭본부장은 말했다."
    assert shown("MT601", ko, "Trade Minister Cheong In-kyo said.") == []
    ko2 = "유명환 외교통상부 장관은 말했다."
    assert shown("MT601", ko2, "Foreign Affairs-Trade Minister Yu Myung-hwan said.") == []


def test_the_capital_area_of_another_country() -> None:
    ko = "특히 수도권의 부유한 지역은 유령 도시가 됐다."
    en = "Wealthy areas, particularly in the capital, became ghost towns."
    assert shown("MT501", ko, en) == []


# --- round 16 ----------------------------------------------------------------------------------


def test_chinese_and_taiwanese_ministers() -> None:
    assert persons("왕이 중국 외교부장은 말했다.")["왕이"][2] == "외교부장"
    ko = "린자룽 대만 외교부장과 조태열 외교부 장관은 통화했다."
    en = "Taiwanese Foreign Minister Lin Chia-lung and Foreign Minister Cho Tae-yul spoke."
    for code in ("MT601", "MT603"):
        assert shown(code, ko, en) == []


def test_a_changed_figure_is_set_against_the_figure_of_its_size() -> None:
    ko = "스무 살 공격수 강바다가 결승골을 터뜨려 2만8천412명의 홈 관중을 열광시켰다."
    en = "Kang Ba-da, a 20-year-old striker, scored the winner before a home crowd of 28,142."
    got = [(i.code, i.target.text if i.target else None) for i in compare(ko, en)]
    assert ("MT301", "28,142") in got


def test_a_title_given_only_to_the_counterpart_is_missing_but_shown_low() -> None:
    ko = "왕이 중국 외교부장은 세르게이 라브로프 러시아 외무장관과 회담했다."
    en = "Chinese Foreign Minister Wang Yi held talks with Russia's Sergei Lavrov."
    (hit,) = run_rule("MT601", ko, en)
    assert "라브로프" in hit.message and hit.confidence < 0.5
    both = "Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Lavrov."
    assert run_rule("MT601", ko, both) == []
