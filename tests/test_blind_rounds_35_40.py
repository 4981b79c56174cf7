"""Misses and false flags of blind rounds 35 to 40 (sets ij-ja), in their smallest form."""

from __future__ import annotations

import pytest

from lexicontools import SHARED
from mtqa.lexicon.chinese import misspelt_pinyin
from mtqa.lexicon.gazetteer import gazetteer
from mtqa.lexicon.subdivisions import sounded, subdivisions
from mtqa.lexicon.world_names import misspelt_name
from mtqa.rules.neighbours import figures_lost
from mtqa.text.ko_persons import find_persons
from ruletools import article_findings, run_rule, shown


@pytest.mark.parametrize(("wrong", "right"), [("658,000", "685,000"), ("658,000", "685 thousand")])
def test_a_number_with_a_written_magnitude_glued_to_latin_letters_is_checked(
    wrong: str, right: str
) -> None:
    ko = "지난해 인천항의 베트남 항로 컨테이너 물동량은 68만 5천TEU로 9.3% 증가했다."
    en = "Container volume on Incheon port's Vietnam routes reached {} TEUs, up 9.3 percent."
    assert shown("MT301", ko, en.format(wrong)) == [wrong]
    assert shown("MT301", ko, en.format(right)) == []
    # digits glued to letters still name a model or an event
    assert shown("MT301", "5G 가입자가 늘었다.", "Subscribers increased.") == []


KAZAKH = (
    "공단은 카자흐스탄 국영기업 타우켄삼룩과 함께 동카자흐스탄주 텅스텐 광산 탐사에 "
    "투자하기로 했다."
)
KAZAKH_EN = (
    "The corporation agreed to invest, with Kazakh state company Tau-Ken Samruk, in exploring "
    "a tungsten mine in {}."
)


def test_a_compass_part_of_a_country_is_a_place_swapped_for_another_part() -> None:
    assert shown("MT501", KAZAKH, KAZAKH_EN.format("West Kazakhstan Region")) == ["West Kazakhstan"]
    for right in ("East Kazakhstan Region", "the East Kazakhstan region", "eastern Kazakhstan"):
        assert shown("MT501", KAZAKH, KAZAKH_EN.format(right)) == []
    # listed ones too, and Korea's own are no compass parts
    ko = "현대차는 동칼리만탄주에 공장을 짓는다."
    assert shown("MT501", ko, "Hyundai will build a plant in eastern Kalimantan.") == []
    assert not any(p.country == "KR" for p in gazetteer().lookup("동서울"))


def test_a_company_after_a_chinese_name_is_no_part_of_it() -> None:
    ko = "계약식에는 왕샤오핑 쓰촨성 부성장, 장웨이밍 톈치리튬 회장 등이 참석했다."
    assert "장웨이밍" in [p.name for p in find_persons(ko, SHARED.korean.tokenize(ko))]
    assert misspelt_pinyin("장웨이밍", "Zhang Weimin") == "Zhang Weiming"  # its own reading kept


FIRE = (
    "권한솔 경북도지사는 도청에서 재난안전대책본부 회의를 열고 이재민에게 1인당 50만 원의 "
    "긴급생계비를 지급하겠다고 밝혔다.\n"
    "산림청과 경찰은 울진 산불이 담뱃불 등 실화로 발생했을 가능성을 두고 정확한 원인을 "
    "조사하고 있다."
)
FIRE_EN = (
    "North Gyeongsang Province Governor Kwon Han-sol held a meeting of the disaster and safety "
    "countermeasures headquarters at the provincial government office and said emergency living "
    "expenses of 500,000 won per person would be paid to displaced residents."
)


def test_a_merged_sentence_whose_places_and_bodies_the_english_lacks_is_shown_dropped() -> None:
    found = [f for f in article_findings(None, FIRE, FIRE_EN) if f["code"] == "MT105"]
    assert found and max(f["confidence"] for f in found) >= 0.5
    both = (
        FIRE_EN + " The Korea Forest Service and police are investigating whether the Uljin fire "
        "was started accidentally, for instance by a cigarette butt."
    )
    assert not [f for f in article_findings(None, FIRE, both) if f["code"] == "MT105"]


@pytest.mark.parametrize(
    ("code", "ko", "en", "wrong", "right", "got"),
    [
        (  # 군수 is no military chief
            "MT602",
            '박한결 신안군수는 "여객선 운임 지원 예산이 12% 줄었다"며 증액을 건의했다.',
            'Sinan County {} Park Han-gyeol called for more, saying, "The ferry budget was cut."',
            "military chief",
            "Head",
            "military chief",
        ),
        (  # a Chinese province makes the context of the pinyin check
            "MT403",
            "계약식에는 왕샤오핑 쓰촨성 부성장, 장웨이밍 톈치리튬 회장 등이 참석했다.",
            "Sichuan Vice Governor Wang Xiaoping and Tianqi Lithium Chairman {} attended.",
            "Jiang Weimin",
            "Jiang Weiming",
            "Jiang Weimin",
        ),
        (  # a township with a three-syllable particle after it, written as a person
            "MT502",
            "같은 날 오후 안동시 임하면에서도 산불이 나 청송군 방향으로 번지고 있다.",
            "A wildfire broke out {} in Andong the same day and is spreading toward Cheongsong.",
            "at Mr. Im Ha-myeon's",
            "in Imha-myeon",
            "Im Ha",
        ),
        (  # film and lithium bodies are listed
            "MT711",
            "개막식은 부산 해운대구 영화의전당 야외극장에서 열렸다.",
            "The opening ceremony was held at the outdoor theater of the {} in Haeundae, Busan.",
            "Busan Film Commission",
            "Busan Cinema Center",
            "Busan Film Commission",
        ),
        (  # a body after its own country's name is the listed one (일본 방위성)
            "MT711",
            "일본 방위성도 미사일이 배타적경제수역 밖에 낙하한 것으로 보인다고 발표했다.",
            "The {} also said the missile appeared to have fallen outside its EEZ.",
            "Japan Coast Guard",
            "Japanese Defense Ministry",
            "Japan Coast Guard",
        ),
        (
            "MT711",
            "도민 관광객 유치를 위해 제주관광공사가 할인 쿠폰을 배포한다.",
            "The {} will hand out discount coupons to attract visitors.",
            "Korea Tourism Organization",
            "Jeju Tourism Organization",
            "Korea Tourism Organization",
        ),
        (
            "MT711",
            "한국무역보험공사는 수출 보험 5억 달러를 제공한다.",
            "The {} will provide $500 million in export insurance.",
            "Korea Credit Guarantee Fund",
            "Korea Trade Insurance Corporation",
            "Korea Credit Guarantee Fund",
        ),
        (
            "MT711",
            "지분은 세진에너지가 51%, 톈치리튬이 34%를 각각 보유한다.",
            "Sejin Energy will hold a 51 percent stake and {} 34 percent.",
            "Ganfeng Lithium",
            "Tianqi Lithium",
            "Ganfeng Lithium",
        ),
    ],
)
def test_a_wrong_rendering_is_shown_and_the_right_one_is_not(
    code: str, ko: str, en: str, wrong: str, right: str, got: str
) -> None:
    assert shown(code, ko, en.format(wrong)) == [got]
    assert shown(code, ko, en.format(right)) == []


def test_a_body_after_another_countrys_name_is_that_countrys_own() -> None:
    ko = "중국 상무부는 수출 통제를 발표했다."
    assert shown("MT711", ko, "China's Ministry of Commerce announced export controls.") == []
    ko = "마이클 로드리게스 미국 상무부 부장관이 참석했다."
    assert shown("MT711", ko, "U.S. Deputy Secretary of Commerce Michael Rodriguez attended.") == []


@pytest.mark.parametrize(
    ("ko", "name", "title"),
    [
        # two common nouns Kiwi does not know as one word are no foreign name
        (
            "숨진 5명 가운데에는 베트남 국적 계절근로자 응우옌 반 탄(31) 씨도 포함됐다.",
            "응우옌 반 탄",
            None,
        ),
        # a place and a noun before a title: a regional division (인도권역 of 인도권역본부장)
        ("장바다 현대차 인도권역본부장과 라자 벤카테산 장관이 서명했다.", "장바다", "본부장"),
        # a ministry no list has, its portfolio noun cut by a suffix (인/NNG 적/XSN 자원부)
        (
            "아흐마드 자이눌 아비딘 말레이시아 인적자원부 차관이 참석했다.",
            "아흐마드 자이눌 아비딘",
            "차관",
        ),
    ],
)
def test_persons_and_titles_read_past_compounds(ko: str, name: str, title: str | None) -> None:
    found = find_persons(ko, SHARED.korean.tokenize(ko))
    assert [p.name for p in found][:1] == [name]
    assert (found[0].title.ko if found[0].title else None) == title


def test_a_banks_head_may_be_its_chairman() -> None:
    ko = "이날 서명식에는 최한결 수출입은행장이 참석했다."
    en = "The signing ceremony was attended by Korea Eximbank {} Choi Han-gyeol."
    assert shown("MT601", ko, en.format("Chairman")) == []
    assert shown("MT602", ko, en.format("Chairman")) == []


@pytest.mark.parametrize(
    ("ko", "wrong", "right"),
    [
        (
            "SK온은 태국 중부 사라부리주 산업단지에서 배터리 공장 기공식을 열었다.",
            "SK On broke ground at an industrial estate in {} province, central Thailand.",
            ("Lop Buri", "Saraburi"),
        ),
        (
            '에스토니아 국방장관은 "동부 나르바 지역의 포병 전력이 강화될 것"이라고 말했다.',
            'The Estonian defense minister said, "Artillery in the eastern {} region will grow."',
            ("Parnu", "Narva"),
        ),
        (
            '스페인 투자청장은 "안달루시아와 카탈루냐 지역에 투자를 유치하겠다"고 밝혔다.',
            "The head of Spain's investment agency said, \"We will draw investment to {} and "
            'Catalonia."',
            ("Valencia", "Andalusia"),
        ),
    ],
)
def test_an_unlisted_subdivision_swapped_for_another_of_its_country_is_shown(
    ko: str, wrong: str, right: tuple[str, str]
) -> None:
    assert shown("MT501", ko, wrong.format(right[0])) == [right[0]]
    assert shown("MT501", ko, wrong.format(right[1])) == []


def test_a_listed_countrys_subdivisions_are_matched_by_their_korean_forms_only() -> None:
    assert subdivisions("JP") == ()  # every prefecture is in the gazetteer
    assert sounded("사라부리", "TH") == ("Saraburi",)
    assert gazetteer().lookup("촌부리")[0].preferred == "Chonburi"  # listed: matched there
    ko = "일본 기상청은 태풍이 시마네현 마쓰에 북쪽 해상에서 약해질 것으로 예보했다."
    en = "The Japan Meteorological Agency said the typhoon would weaken north of Matsue, Shimane."
    assert shown("MT501", ko, en) == []


@pytest.mark.parametrize(
    ("code", "ko", "en", "got"),
    [
        (
            "MT602",
            "회의에는 미무라 아쓰시 일본 재무성 재무관이 배석했다.",
            "Atsushi Mimura, Japan's finance officer, attended the meeting.",
            "finance officer",
        ),
        (
            "MT402",
            "회의에는 기재부 정다솜 국제경제관리관이 배석했다.",
            "Jeong Love, deputy minister for international economic affairs, attended.",
            "Love",
        ),
    ],
)
def test_senior_ministry_ranks_are_titles(code: str, ko: str, en: str, got: str) -> None:
    assert shown(code, ko, en) == [got]


def test_head_of_an_office_renders_its_chief() -> None:
    ko = "한편 국토교통부 오세진 항공정책실장은 이날 인천공항 화물터미널을 찾았다."
    en = (
        "Meanwhile, Oh Se-jin, head of the Office of Aviation Policy at the Ministry of Land, "
        "Infrastructure and Transport, visited the cargo terminal."
    )
    assert run_rule("MT601", ko, en) == []


def test_f_and_p_written_alike_in_korean_make_a_misspelt_name_but_b_and_v_do_not() -> None:
    assert misspelt_name("파버", "Paber", whole=False) == "faber"
    assert misspelt_name("비어만", "Veerman", whole=False) is None  # a real Dutch name


def test_shi_for_a_word_initial_si_is_an_accepted_korean_place_spelling() -> None:
    ko = "전라남도는 신안군 임자도 일원에서 해상풍력 단지 착공식을 열었다."
    for en in (
        "South Jeolla held a groundbreaking for a wind farm around Imja Island in Shinan County.",
        "South Jeolla held a groundbreaking for a wind farm around Imja Island in Sinan County.",
    ):
        assert shown("MT502", ko, en) == []
        assert shown("MT503", ko, en) == []
    # an unlisted island written as a person's name
    en = "South Jeolla held a groundbreaking for a wind farm with Im Ja-do in Sinan County."
    assert shown("MT502", ko, en) == ["Im Ja-do"]
    assert shown("MT502", "김철수도 참석했다.", "Kim Cheol-su also attended.") == []


@pytest.mark.parametrize(
    ("ko", "name", "title"),
    [
        ("서진우 강서구청장과 류나래 노원구청장이 참석했다.", "서진우", "구청장"),
        ("김태흠 충청남도지사가 참석했다.", "김태흠", "지사"),
        ("코시니아크-카미시 부총리는 회담을 가졌다.", "코시니아크-카미시", "부총리"),
        ("정바다 주멕시코 한국대사관 상무관이 참석했다.", "정바다", "상무관"),
        ("협의회장인 한가람 마포구청장은 반발했다.", "한가람", "구청장"),
        (
            "마리셀 델로스산토스 세부 주지사와 만나 협약을 체결했다.",
            "마리셀 델로스산토스",
            "주지사",
        ),
        ("압둘라 알카타니 알파이살캐피털 부사장 등이 참석했다.", "압둘라 알카타니", "부사장"),
    ],
)
def test_names_and_titles_read_right(ko: str, name: str, title: str) -> None:
    found = {p.name: p for p in find_persons(ko, SHARED.korean.tokenize(ko))}
    assert name in found
    assert found[name].title is not None and found[name].title.ko == title


def test_a_nation_ranked_is_no_person() -> None:
    ko = "필리핀은 한때 세계 4위 조선국에 오르기도 했다."
    anchors = {p.name: p.anchor for p in find_persons(ko, SHARED.korean.tokenize(ko))}
    assert anchors.get("조선국", "none") == "none"
    ko = "세계랭킹 5위 김수현이 우승했다."
    assert {p.name: p.anchor for p in find_persons(ko, SHARED.korean.tokenize(ko))} == {
        "김수현": "role"
    }


@pytest.mark.parametrize(
    ("ko", "en", "got"),
    [
        (
            '협의회장인 한가람 마포구청장은 "교부금이 깎이면 복지를 줄여야 한다"고 주장했다.',
            '"Welfare will be cut," claimed Mapo District Mayor Han River.',
            "River",
        ),
        (
            "정바다 주멕시코 한국대사관 상무관도 참석했다.",
            "Jung Sea, commercial attache at the Korean Embassy in Mexico, also attended.",
            "Sea",
        ),
    ],
)
def test_word_given_names_before_titles_are_checked(ko: str, en: str, got: str) -> None:
    assert shown("MT402", ko, en) == [got]


def test_a_decimal_glued_to_a_unit_is_a_figure() -> None:
    ko = "이는 한국 기록을 0.39초 앞당긴 기록이다."
    assert shown("MT301", ko, "The time was 0.93 seconds faster than the Korean record.") == [
        "0.93"
    ]
    assert shown("MT301", ko, "The time was 0.39 seconds faster than the Korean record.") == []


def test_a_swimming_federation_is_listed() -> None:
    ko = '윤세훈 대한수영연맹 회장은 "새 역사를 썼다"고 축하했다.'
    en = 'Korean Sport & Olympic Committee President Yoon Se-hoon said, "He made history."'
    assert shown("MT711", ko, en) == ["Korean Sport & Olympic Committee"]
    assert (
        shown("MT711", ko, en.replace("Korean Sport & Olympic Committee", "Korea Aquatics")) == []
    )


def test_a_lone_sentence_keeps_its_omission_where_the_neighbour_lacks_its_figures() -> None:
    ko = "발전 단지가 완공되면 연간 약 330만 가구가 쓸 수 있는 전력을 생산하게 된다."
    assert figures_lost(ko, "The wind farm will cost 48 trillion won to build.")
    assert not figures_lost(ko, "It will power about 3.3 million households a year.")
    assert not figures_lost(
        "14분 그랜트 앤더슨의 트라이로 앞섰다.", "Anderson's try gave the lead."
    )


def test_two_countries_joined_by_a_hyphen_are_no_double_barrelled_name() -> None:
    for ko in ("한-독 정상회담이 열렸다.", "한-인도 협력이 확대됐다."):
        assert find_persons(ko, SHARED.korean.tokenize(ko)) == []


@pytest.mark.parametrize(
    ("ko", "en", "got"),
    [
        (
            "(하노이=연합뉴스) 박슬기 특파원 = 컨소시엄이 발전소 건설에 들어갔다.",
            "(Hanoi=Yonhap) Correspondent Park Wisdom = A consortium began building a plant.",
            "Wisdom",
        ),
        (
            "이날 회의에서는 7명의 금통위원 가운데 신보람 위원이 인하 소수의견을 냈다.",
            "Of the seven board members, member Shin Reward dissented in favor of a cut.",
            "Reward",
        ),
    ],
)
def test_a_correspondent_and_a_board_member_are_titled(ko: str, en: str, got: str) -> None:
    assert shown("MT402", ko, en) == [got]


def test_a_board_members_title_may_go_unsaid() -> None:
    ko = "이날 회의에서는 7명의 금통위원 가운데 신보람 위원이 인하 소수의견을 냈다."
    en = "Of the seven board members, Shin Bo-ram dissented in favor of a cut."
    assert [h.message for h in run_rule("MT601", ko, en) if h.confidence >= 0.5] == []


# Round 40 (sets iy, iz; ja faithful-only)


def test_a_word_before_a_bare_homograph_title_is_no_name() -> None:
    ko = '최다솜 대표는 "북미 양극재 시장 점유율을 15%로 끌어올리겠다"고 밝혔다.'
    assert [p.name for p in find_persons(ko, SHARED.korean.tokenize(ko))] == ["최다솜"]
    ko = "양승민 시장이 말했다."  # 양/MM 승/NNG 민/NNG: still a name before 시장
    assert [p.name for p in find_persons(ko, SHARED.korean.tokenize(ko))] == ["양승민"]


def test_a_portfolio_of_common_nouns_after_a_body_heads_a_title() -> None:
    ko = "이날 회담에는 김바다 부산시 국제관계대사와 다나카 유이 후쿠오카현 국제국장이 배석했다."
    en = (
        "Kim {}, Busan's ambassador for international relations, and Yui Tanaka, Fukuoka "
        "Prefecture's director general of international affairs, attended the talks."
    )
    assert shown("MT402", ko, en.format("Sea")) == ["Sea"]
    assert shown("MT402", ko, en.format("Ba-da")) == []


def test_a_newspaper_may_write_sao_paulo_short() -> None:
    ko = "브라질 일간지 폴랴 지 상파울루는 이번 공연을 호평했다."
    assert shown("MT501", ko, "Brazilian daily Folha de S.Paulo praised the concerts.") == []


@pytest.mark.parametrize(
    ("ko", "en", "wrong", "right"),
    [
        (
            "한국바이오의약품협회는 성명을 냈다.",
            "The {} issued a statement.",
            "Korea Pharmaceutical and Bio-Pharma Manufacturers Association",
            "Korea Biomedicine Industry Association",
        ),
        (
            "한국조선해양플랜트협회는 수주 실적을 발표했다.",
            "The {} announced the orders.",
            "Korea International Trade Association",
            "Korea Offshore and Shipbuilding Association",
        ),
    ],
)
def test_industry_associations_are_listed(ko: str, en: str, wrong: str, right: str) -> None:
    assert shown("MT711", ko, en.format(wrong)) == [wrong]
    assert shown("MT711", ko, en.format(right)) == []


def test_a_listed_city_swapped_for_a_region_of_its_country_is_shown() -> None:
    ko = "루미너스는 칠레 산티아고에서 공연했다."
    assert shown("MT501", ko, "LUMINOUS performed in Valparaiso, Chile.") == ["Valparaiso"]
    assert shown("MT501", ko, "LUMINOUS performed in Santiago, Chile.") == []


# Round 41 (sets jb, jc; jd faithful-only)


def test_a_word_glued_to_a_homograph_title_is_no_name() -> None:
    ko = "스웨덴 사브·핀란드 파트리아 '맞손'…유럽 방산시장 공략 가속"
    assert shown("MT602", ko, "Saab and Patria join hands to target Europe's defense market") == []
    ko = "오시장은 기자회견을 열었다."  # a surname glued to the title, as headlines write it
    assert [p.title.ko for p in find_persons(ko, SHARED.korean.tokenize(ko)) if p.title] == ["시장"]


def test_a_communist_party_general_secretary_may_be_its_chief() -> None:
    ko = "또 럼 베트남 공산당 서기장이 국빈 방한했다."
    en = "Vietnamese Communist Party {} To Lam arrived for a state visit."
    assert shown("MT601", ko, en.format("chief")) == []
    assert shown("MT601", ko, en.format("General Secretary")) == []
