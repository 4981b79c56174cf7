"""Misses and false flags of blind rounds 30 to 34 (sets hu-ii) and the place swaps of the
checks_places bench, in their smallest form."""

from __future__ import annotations

import pytest

from lexicontools import SHARED, persons
from mtqa.text.ko_persons import find_persons
from ruletools import article_findings, run_rule, shown

BUSAN = "이시카와 총리는 21일 부산으로 이동해 박서진 부산시장과 함께 투자 설명회에 참석한다."
BUSAN_EN = (
    "On the 21st, Prime Minister Ishikawa will travel to {} and attend an investment briefing "
    "together with Busan Mayor Park Seo-jin."
)


def test_a_place_named_twice_in_korean_once_in_english_beside_another_is_swapped() -> None:
    assert shown("MT501", BUSAN, BUSAN_EN.format("Ulsan")) == ["Ulsan"]
    assert shown("MT501", BUSAN, BUSAN_EN.format("Busan")) == []
    assert shown("MT501", BUSAN, BUSAN_EN.format("the port city")) == []


IOWA = "그는 아이오와에서 열린 유세에 참석했다."


def test_a_city_or_state_of_another_country_in_a_places_stead_is_shown() -> None:
    hits = run_rule("MT501", IOWA, "He attended a rally held in Uttarakhand.")
    assert [h.target is not None for h in hits] == [True]
    assert hits[0].confidence >= 0.5
    assert shown("MT501", IOWA, "He attended a rally held in Iowa.") == []


def test_plural_countries_do_not_stand_in_for_a_swapped_country() -> None:
    ko = "그는 스웨덴과 다른 28개국을 위해 우표 1천여 장을 만들었다."
    en = "He produced over 1,000 stamps for {} and 28 other countries."
    assert shown("MT501", ko, en.format("Latvia")) == ["Latvia"]
    assert shown("MT501", ko, en.format("Sweden")) == []


def test_an_approximate_count_is_no_day_of_the_month() -> None:
    ko = "부산항만공사는 8월 27일 선사 대표 20여 명을 초청해 설명회를 연다."
    en = "The BPA will hold a briefing on August {}, inviting some 20 heads of shipping lines."
    assert shown("MT304", ko, en.format(17)) == ["17"]
    assert shown("MT304", ko, en.format(27)) == []


def test_a_company_after_its_kind_is_no_famous_person() -> None:
    ko = "덴마크 해운사 머스크의 라르스 크리스텐센 대표가 참석했다."
    en = "Lars Christensen, head of Danish shipping company Maersk, attended."
    assert shown("MT403", ko, en) == []
    famous = {"머스크"}
    anchors = {p.name: p.anchor for p in find_persons(ko, SHARED.korean.tokenize(ko), (), famous)}
    assert anchors["머스크"] == "none"
    bare = "머스크의 발언이 화제가 됐다."
    assert [p.anchor for p in find_persons(bare, SHARED.korean.tokenize(bare), (), famous)] == [
        "famous"
    ]


def test_a_body_with_a_modifier_glued_anchors_a_name_before_its_title() -> None:
    ko = "권혁찬 중앙선관위 사무총장은 이날 투표소를 찾았다."
    assert persons(ko)["권혁찬"] == ("korean", "title", "사무총장")
    en = "{} of the National Election Commission visited a polling station that day."
    assert shown("MT602", ko, en.format("Kwon Hyuk-chan Samuchongjang")) == ["Samuchongjang"]
    assert shown("MT602", ko, en.format("Secretary General Kwon Hyuk-chan")) == []


CANDIDATES = "국민의힘 장하늘 후보와 더불어민주당 이나래 후보가 출마했다."


def test_candidates_are_titled_persons_whose_title_may_go_unsaid() -> None:
    assert persons(CANDIDATES)["장하늘"] == ("korean", "title", "후보")
    bad = "Jang Sky of the People Power Party and Lee Na-rae of the Democratic Party are running."
    assert shown("MT402", CANDIDATES, bad) == ["Sky"]
    good = bad.replace("Jang Sky", "Jang Ha-neul")
    assert shown("MT601", CANDIDATES, good) == [] and shown("MT402", CANDIDATES, good) == []


def test_a_candidate_is_no_other_office() -> None:
    ko = "버락 오바마 상원의원은 월요일 이라크에 도착했다."
    en = "Democratic presidential candidate Barack Obama arrived in Iraq on Monday."
    assert shown("MT601", ko, en) == []


def test_a_company_ending_in_materials_is_no_part_of_a_name() -> None:
    ko = "왕웨이 화신신소재 대표도 참석했다."
    assert persons(ko)["왕웨이"][2] == "대표"


@pytest.mark.parametrize(
    ("ko", "en", "got"),
    [
        (
            "팜 티 란 베트남 산업무역부 차관도 참석했다.",
            "Pham Thi Lan, Vietnam's deputy minister of planning and investment, attended.",
            "planning and investment",
        ),
        (
            "일본 경제산업성은 발표했다.",
            "Japan's Ministry of Foreign Affairs announced.",
            "Ministry of Foreign Affairs",  # both listed since round 105: the whole name
        ),
    ],
)
def test_a_foreign_ministry_named_by_another_portfolio_is_swapped(
    ko: str, en: str, got: str
) -> None:
    assert shown("MT711", ko, en) == [got]


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        (
            "팜 티 란 베트남 산업무역부 차관도 참석했다.",
            "Pham Thi Lan, Vietnam's deputy minister of industry and trade, attended.",
        ),
        ("중국 상무부는 성명을 냈다.", "China's Ministry of Commerce issued a statement."),
        (
            "일본 후생노동성은 발표했다.",
            "Japan's Ministry of Health, Labour and Welfare announced.",
        ),
        ("미국 국토안보부는 발표했다.", "The Department of Homeland Security said."),
        ("베트남 산업무역부는 발표했다.", "The ministry said."),
        (
            "이 제품의 안전성은 확인됐다.",
            "The product's security was confirmed by the ministry of health.",
        ),
    ],
)
def test_a_ministry_by_its_own_portfolio_or_a_generic_word_is_fine(ko: str, en: str) -> None:
    assert shown("MT711", ko, en) == []


@pytest.mark.parametrize(
    ("ko", "en", "wrong", "right"),
    [
        (
            "켐프 주지사는 김태흠 충남지사와 면담했다.",
            "Gov. Kemp met with South Chungcheong {} Kim Tae-heum.",
            "Branch Manager",
            "Governor",
        ),
        (
            "박한결 경제부지사가 이끄는 투자단이 광저우를 찾았다.",
            "An investment team led by {} Park Han-gyeol visited Guangzhou.",
            "Deputy Branch Manager",
            "Vice Governor",
        ),
    ],
)
def test_a_branch_manager_for_a_governor_is_a_wrong_title(
    ko: str, en: str, wrong: str, right: str
) -> None:
    assert shown("MT602", ko, en.format(wrong)) == [wrong]
    assert shown("MT602", ko, en.format(right)) == []


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        (
            "이창용 한은 총재를 비롯한 금통위원 7명 전원이 참석했다.",
            "All seven board members, including BOK Gov. Rhee Chang-yong, attended.",
        ),
        (
            "대표단에는 팻 윌슨 조지아주 경제개발부 장관이 포함됐다.",
            "The delegation included Georgia Economic Development Commissioner Pat Wilson.",
        ),
        ("회담에는 장하이보 산둥성 부성장이 배석했다.", "Shandong Vice Gov. Zhang Haibo sat in."),
        (
            "류진쑹 외교부 아주사 사장도 참석했다.",
            "Liu Jinsong, director-general of the Foreign Ministry's Department of Asian "
            "Affairs, attended.",
        ),
    ],
)
def test_accepted_short_state_and_chinese_titles_are_no_other_office(ko: str, en: str) -> None:
    assert shown("MT601", ko, en) == []


def test_a_place_at_the_head_of_its_airport_is_swapped_with_another() -> None:
    ko = "무안국제공항과 푸껫국제공항을 잇는 전세기를 운항한다."
    en = "Charter flights will link {} International Airport and Phuket International Airport."
    assert shown("MT501", ko, en.format("Gimhae")) == ["Gimhae"]
    assert shown("MT501", ko, en.format("Muan")) == []


def test_a_listed_brokerage_or_agency_swapped_for_another_is_shown() -> None:
    ko = "한국부동산원에 따르면 서울 아파트값은 0.20% 올랐다."
    en = "According to {}, Seoul apartment prices rose 0.20 percent."
    assert shown("MT711", ko, en.format("KB Kookmin Bank")) == ["KB Kookmin Bank"]
    assert shown("MT711", ko, en.format("the Korea Real Estate Board")) == []


def test_a_company_ending_in_precision_does_not_swallow_the_name_after_it() -> None:
    ko = "대성정밀 최슬기 대표는 계획을 밝혔다."
    assert persons(ko)["최슬기"] == ("korean", "title", "대표")
    assert shown("MT402", ko, "Choi Wisdom, CEO of Daesung Precision, outlined the plan.") == [
        "Wisdom"
    ]


def test_strokes_under_par_are_a_number_of_their_own() -> None:
    ko = "그는 버디 7개와 보기 1개를 묶어 6언더파 66타를 쳤다."
    en = "He shot a 6-under-par 66 with {} birdies and one bogey."
    assert shown("MT301", ko, en.format("eight")) == ["eight"]
    assert shown("MT301", ko, en.format("seven")) == []


RATES = (
    "서울 아파트값도 금리 결정의 주요 변수로 꼽혔는데, 한국부동산원에 따르면 11월 셋째 주 서울 "
    "아파트 매매가격은 전주 대비 0.20% 올라 42주 연속 상승세를 이어갔다.\n"
    "미국 연방준비제도(Fed·연준)와의 금리 차는 상단 기준 1.50%포인트로 유지됐다."
)
RATES_EN = (
    "Seoul apartment prices were also cited as a key variable in the rate decision; according "
    "to the Korea Real Estate Board, Seoul apartment sale prices rose 0.20 percent in the third "
    "week of November from the previous week, extending their rise to 42 consecutive weeks."
)


def test_a_merged_sentence_whose_one_percentage_the_english_lacks_is_shown_dropped() -> None:
    found = [
        f["confidence"] for f in article_findings(None, RATES, RATES_EN) if f["code"] == "MT105"
    ]
    assert found and max(found) >= 0.5
    both = (
        RATES_EN + " The rate gap with the U.S. Federal Reserve stayed at 1.50 percentage points."
    )
    assert not [f for f in article_findings(None, RATES, both) if f["code"] == "MT105"]


@pytest.mark.parametrize(
    ("ko", "en", "got"),
    [
        (
            "송재원 해양수산부 장관은 긴급 영상회의를 열었다.",
            "Vice Minister of Oceans and Fisheries Song Jae-won held an emergency video meeting.",
            "Vice Minister of Oceans and Fisheries Song Jae-won",
        ),
        (
            "동행한 응우옌홍지엔 베트남 산업무역부 장관은 교역액을 소개했다.",
            "Nguyen Hong Dien, Vietnam's Deputy Minister of Industry and Trade, cited trade.",
            "Nguyen Hong Dien, Vietnam's Deputy Minister",
        ),
    ],
)
def test_a_lower_office_before_a_portfolio_is_another_office(ko: str, en: str, got: str) -> None:
    hits = [h for h in run_rule("MT601", ko, en) if h.confidence >= 0.5]
    assert hits and "another office" in hits[0].message
    assert en[hits[0].target[0] : hits[0].target[1]] == got  # type: ignore[index]
    fixed = en.replace("Vice Minister", "Minister").replace("Deputy Minister", "Minister")
    assert shown("MT601", ko, fixed) == []


def test_a_title_of_the_person_before_in_apposition_is_not_the_next_ones() -> None:
    ko = "대표단에는 왕샤오링 광둥성 상무청장과 천웨이둥 광저우시 부시장이 포함됐다."
    en = (
        "The delegation included Wang Xiaoling, director of the Guangdong Provincial "
        "Department of Commerce, Chen Weidong, vice mayor of Guangzhou."
    )
    assert shown("MT601", ko, en) == []


@pytest.mark.parametrize(
    ("ko", "name", "title"),
    [
        ("대신증권 정하늘 연구원은 분석했다.", "정하늘", "연구원"),
        ("김철수 산업연구원 연구위원은 말했다.", "김철수", "연구위원"),
        ("이민수 한국개발연구원 선임연구원은 말했다.", "이민수", "선임연구원"),
        ("김나래 대한상공회의소 상근부회장은 전했다.", "김나래", "상근부회장"),
        ("응우옌홍지엔 베트남 산업무역부 장관은 말했다.", "응우옌홍지엔", "장관"),
    ],
)
def test_analysts_researchers_and_unspaced_vietnamese_names_are_titled(
    ko: str, name: str, title: str
) -> None:
    assert persons(ko)[name][1:] == ("title", title)


def test_a_researchers_title_may_go_unsaid_but_a_given_name_as_a_word_is_flagged() -> None:
    ko = "대신증권 정하늘 연구원은 분석했다."
    assert shown("MT402", ko, "Jung Sky of Daishin Securities said.") == ["Sky"]
    assert shown("MT601", ko, "Jung Ha-neul of Daishin Securities said.") == []


def test_a_company_kiwi_reads_with_its_particle_is_found() -> None:
    ko = "영국계 투자은행 바클레이스의 올리버 하트웰 전략가는 목표치를 낮췄다."
    en = "Oliver Hartwell, a strategist at British investment bank {}, lowered his target."
    assert shown("MT711", ko, en.format("HSBC")) == ["HSBC"]
    assert shown("MT711", ko, en.format("Barclays")) == []


def test_a_given_name_that_renders_the_person_is_no_place_as_a_person() -> None:
    ko = '中 산둥성 대표단 인천 방문…유정복 시장 "물류 협력 강화"'
    en = "Shandong delegation visits Incheon; Mayor Yoo Jeong-bok calls for logistics cooperation"
    assert shown("MT502", ko, en) == []


def test_a_chinese_given_name_with_no_sino_korean_syllable_is_foreign() -> None:
    assert persons("왕촨푸 BYD 회장은 말했다.")["왕촨푸"][:2] == ("foreign", "title")
    ko = "준공식에는 왕촨푸 BYD 회장이 참석했다."
    assert shown("MT403", ko, "BYD Chairman Wang Chuanfu attended the ceremony.") == []


@pytest.mark.parametrize(
    ("ko", "en", "right"),
    [
        ("그는 3시즌 동안 41경기에 등판했다.", "He pitched in 41 games over {} seasons.", "three"),
        ("그는 18홀 동안 버디를 잡지 못했다.", "He made no birdie over {} holes.", "18"),
    ],
)
def test_seasons_and_holes_are_counts(ko: str, en: str, right: str) -> None:
    assert shown("MT301", ko, en.format("five")) == ["five"]
    assert shown("MT301", ko, en.format(right)) == []


def test_a_place_read_with_its_particle_starts_no_name() -> None:
    found = persons("의장국인 일본의 모테기 외무상은 모두발언에서 말했다.")
    assert "일본의 모테기" not in found
    assert found["모테기"][:2] == ("foreign", "title")


def test_a_title_before_another_persons_name_stays_theirs() -> None:
    ko = (
        "일본 측에서 후나코시 다케히로 외무성 사무차관과 가나이 마사아키 국장이, 중국 측에서 "
        "쑨웨이둥 외교부 부부장이 배석했다."
    )
    en = (
        "Attending were Vice Minister for Foreign Affairs Takehiro Funakoshi and Masaaki Kanai, "
        "director-general, from Japan, and Vice Foreign Minister Sun Weidong from China."
    )
    assert persons(ko)["후나코시 다케히로"][1:] == ("title", "사무차관")
    assert shown("MT603", ko, en) == []


def test_a_post_abroad_keeps_its_city_beside_the_country() -> None:
    ko = "포럼에는 오노 히로시 주부산 일본총영사와 정다솜 부산상공회의소 부회장이 참석했다."
    assert persons(ko)["정다솜"][1:] == ("title", "부회장")
    good = (
        "Attending were Hiroshi Ono, Japan's consul general in Busan, and Jung Da-som, vice "
        "chairman of the Busan Chamber of Commerce and Industry."
    )
    assert shown("MT603", ko, good) == []
    bad = (
        "Attending were Jung Da-som, Japan's consul general in Busan, and Hiroshi Ono, vice "
        "chairman of the Busan Chamber of Commerce and Industry."
    )
    assert shown("MT603", ko, bad)


def test_a_race_named_by_another_city_is_a_swap() -> None:
    ko = "아야나는 지난해 네덜란드 암스테르담마라톤에서 우승했다."
    en = "Ayana won the {} Marathon in the Netherlands last year."
    assert shown("MT501", ko, en.format("Rotterdam")) == ["Rotterdam"]
    assert shown("MT501", ko, en.format("Amsterdam")) == []


def test_sports_federations_are_listed_organizations() -> None:
    ko = "세계육상연맹은 기록을 공인했다."
    assert shown("MT711", ko, "The International Olympic Committee ratified the record.") == [
        "International Olympic Committee"
    ]
    assert shown("MT711", ko, "World Athletics ratified the record.") == []


def test_a_ministry_of_mines_named_as_finance_is_swapped() -> None:
    ko = "캐나다 온타리오주 광산부 장관이 참석했다."
    assert shown("MT711", ko, "Ontario's Minister of Finance attended.") == ["Finance"]
    assert shown("MT711", ko, "Ontario's Minister of Mines attended.") == []


def test_a_chinese_name_after_a_role_word_is_a_person() -> None:
    ko = "중국 출신 아시아쿼터 선수 왕위팅도 14점을 보탰다."
    assert persons(ko)["왕위팅"][1] == "role"
    en = "{}, an Asian quota player from China, added 14 points."
    assert shown("MT403", ko, en.format("Wang Yudeng")) == ["Wang Yudeng"]
    assert shown("MT403", ko, en.format("Wang Yuting")) == []


def test_a_family_name_written_first_is_the_person_named_in_full_before() -> None:
    ko = "준공식에는 토트 가보르 헝가리 국가경제부 장관이 참석했다.\n토트 장관은 축사를 했다."
    en = "Hungarian Minister Gabor Toth attended the ceremony.\n{} gave a speech."
    wrong = [
        f["target"]["text"]
        for f in article_findings(None, ko, en.format("Toth Janggwan"))
        if f["code"] == "MT602" and f["confidence"] >= 0.5
    ]
    assert wrong == ["Janggwan"]
    right = article_findings(None, ko, en.format("Minister Toth"))
    assert not [f for f in right if f["code"] == "MT602"]


def test_a_whole_name_keeps_its_run_from_a_name_that_sounds_like_a_word_of_it() -> None:
    ko = (
        "흥국생명이 세르비아 출신 외국인 선수 밀라 요바노비치의 활약을 앞세워 이겼다.\n"
        "경기 후 흥국생명 마르코 비앙키 감독은 "
        '"요바노비치가 오늘 결정적인 순간마다 해결사 역할을 해줬다"고 말했다.'
    )
    en = (
        "Heungkuk Life won behind Serbian import Mila Jovanovic.\nAfter the game, Heungkuk Life "
        'head coach Marco Bianchi said, "Jovanovic played the role of closer at every decisive '
        'moment today."'
    )
    assert not [
        f for f in article_findings(None, ko, en) if f["code"] == "MT401" and f["confidence"] >= 0.5
    ]
