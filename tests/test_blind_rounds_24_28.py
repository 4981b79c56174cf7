"""Misses and false flags of blind rounds 24 to 28 (sets hd-hr) and of the real MT outputs'
names spelled by their sound ('Walrid' for Walid), in their smallest form."""

from __future__ import annotations

import pytest

from lexicontools import persons
from mtqa.lexicon.gazetteer import gazetteer
from mtqa.lexicon.world_names import is_known_name, misspelt_name
from ruletools import article_findings, run_rule, shown


@pytest.mark.parametrize(
    ("hangul", "written", "usual"),
    [
        ("가르시아", "Garsia", "garcia"),
        ("에르난데스", "Ernandes", "hernandez"),
        ("왈리드", "Walrid", "walid"),
        ("선덜랜드", "Sundalland", "sunderland"),
    ],
)
def test_a_spelling_no_list_has_beside_a_common_name_that_sounds_alike(
    hangul: str, written: str, usual: str
) -> None:
    assert misspelt_name(hangul, written) == usual
    assert misspelt_name(hangul, usual.capitalize()) is None  # the name itself is fine


@pytest.mark.parametrize(
    ("hangul", "written"),
    [
        ("세르츠", "Schertz"),  # tz for z: spellings of one name
        ("찌어 소피어", "Sophea"),  # a vowel for a vowel
        ("만다기", "Mandagi"),  # 'Manda' is two letters shorter
        ("플라스코", "Plasco"),  # 'Blasco' would be 블라스코: 플 writes p
        ("바이든", "Biden"),  # listed
    ],
)
def test_rare_real_spellings_are_no_misspellings(hangul: str, written: str) -> None:
    assert misspelt_name(hangul, written) is None


def test_the_name_lists_fold_accents_and_case() -> None:
    assert is_known_name("García") and is_known_name("NAGY")
    assert not is_known_name("Garsia")


GOVERNOR = "멕시코의 사무엘 가르시아 장관은 이날 회견을 열었다."


def test_a_misspelt_foreign_name_is_flagged_with_the_common_spelling() -> None:
    en = "Mexican Minister Samuel {} held a press conference that day."
    hits = run_rule("MT403", GOVERNOR, en.format("Garsia"))
    assert [h.suggestion for h in hits] == ["Garcia"] and hits[0].confidence >= 0.5
    assert shown("MT403", GOVERNOR, en.format("Garcia")) == []


def test_a_given_name_with_e_and_a_final_consonant_is_no_korean_name() -> None:
    # 사무엘 is no 사 + 무엘: no Sino-Korean reading has ㅔ with a final consonant
    assert persons(GOVERNOR)["사무엘 가르시아"][:2] == ("foreign", "title")
    assert persons("그는 김세은 씨와 만났다.")["김세은"][0] == "korean"


def test_a_mexican_state_before_a_title_is_the_titles_place_not_part_of_the_name() -> None:
    ko = "준공식에는 사무엘 가르시아 누에보레온 주지사 등 300여 명이 참석했다."
    assert persons(ko)["사무엘 가르시아"] == ("foreign", "title", "주지사")
    assert gazetteer().lookup("시가현") and gazetteer().lookup("파라이바주")


def test_a_company_with_its_latin_name_in_brackets_before_the_title() -> None:
    ko = (
        "회의에는 윤슬기 한국항공우주산업(KAI) 부사장과 아흐마드 리드완 핀다드(PT Pindad) "
        "사장 등 70여 명이 참석했다."
    )
    assert persons(ko)["아흐마드 리드완"] == ("foreign", "title", "사장")
    glossed = persons("사무엘 가르시아(Samuel Garcia) 주지사가 말했다.")
    assert glossed["사무엘 가르시아"][2] == "주지사"  # the name's own spelling in brackets
    en = "Korea Aerospace Industries (KAI) {} Yoon Seul-gi and PT Pindad {} Ahmad Ridwan attended."
    swapped = en.format("President", "Vice President")
    assert shown("MT603", ko, swapped) == ["President Yoon Seul-gi", "Vice President Ahmad Ridwan"]
    assert shown("MT603", ko, en.format("Vice President", "President")) == []


def test_a_japanese_full_name_stops_before_the_company_after_it() -> None:
    ko = "간담회에 참석한 다나카 유키 마르첼리 아시아태평양 총괄 사장은 말했다."
    assert persons(ko)["다나카 유키"][1] == "title"


def test_chief_officers_are_titles() -> None:
    ko = "함부르크항만공사의 클라우스 베르너 최고운영책임자(COO)도 부산을 찾는다."
    assert persons(ko)["클라우스 베르너"] == ("foreign", "title", "최고운영책임자")


BYLINE = "(서울=연합뉴스) 이바다 기자 = 패션 브랜드 마르첼리가 매장을 연다."


def test_a_reporter_the_english_writes_is_checked_one_it_drops_is_not() -> None:
    en = "(Seoul=Yonhap) By {} -- Fashion brand Marcelli will open a store."
    assert shown("MT402", BYLINE, en.format("Lee Sea")) == ["Sea"]
    assert shown("MT401", BYLINE, "Fashion brand Marcelli will open a store.") == []
    assert shown("MT402", BYLINE, en.format("Lee Ba-da")) == []


def test_an_unlisted_town_or_branch_after_mr() -> None:
    ko = "불은 단촌면의 한 야산에서 시작됐다."
    assert shown("MT502", ko, "The fire started on a hill owned by Mr. Danchon.") == ["Danchon"]
    assert shown("MT502", ko, "The fire started on a hill in Danchon-myeon.") == []
    store = "이 매장은 도쿄 긴자점보다 40% 넓다."
    assert shown("MT502", store, "It is 40 percent larger than Mr. Ginza's store.") == ["Ginza"]


def test_a_city_before_an_unlisted_neighbourhood_is_no_surname() -> None:
    ko = "패션 브랜드가 서울 성수동에 매장을 연다"
    assert shown("MT502", ko, "Fashion brand to open store in Seoul's Seongsu-dong") == []
    assert shown("MT502", ko, "Fashion brand to open store in Seoul Seong Su-dong") == [
        "Seong Su-dong"
    ]


def test_a_headline_may_leave_a_small_ordinal_to_the_body() -> None:
    ko = "제10호 태풍 '산산' 제주 강타\n제10호 태풍 '산산'이 제주를 강타했다."
    en = (
        "Typhoon Shanshan slams Jeju\nTyphoon Shanshan, the year's 10th typhoon, slammed into Jeju."
    )
    found = article_findings(None, ko, en)
    assert not [f for f in found if f["code"] == "MT301" and f["confidence"] >= 0.5]
    body_lacks = en.replace("the year's 10th typhoon", "a strong typhoon")
    found = article_findings(None, ko, body_lacks)
    assert [f for f in found if f["code"] == "MT301" and f["confidence"] >= 0.5]


def test_a_determiner_surname_is_the_person_titled_so_in_the_article() -> None:
    ko = "한바다 충청남도지사는 기자회견을 열었다.\n한 지사는 일자리를 만들겠다고 말했다."
    en = (
        "South Chungcheong Governor Han Ba-da held a press conference.\n"
        "{} Han said he would create jobs."
    )
    wrong = [
        f["target"]["text"]
        for f in article_findings(None, ko, en.format("Branch Manager"))
        if f["code"] == "MT602" and f["confidence"] >= 0.5
    ]
    assert wrong == ["Branch Manager"]
    assert not [f for f in article_findings(None, ko, en.format("Gov.")) if f["code"] == "MT602"]
    # 한 'one' before a title of nobody so named stays a word
    assert "한" not in persons("한 지사 관계자는 말했다.")


def test_a_title_with_the_place_of_a_person_in_the_next_sentence() -> None:
    ko = (
        "김바다 의성군수는 주민들에게 귀가를 자제해 달라고 당부했다.\n"
        "권다솜 안동시장은 이날 긴급 대책회의를 열었다."
    )
    en = (
        "{} Kim Ba-da urged residents not to return home.\n"
        "Andong Mayor Kwon Da-som held an emergency meeting that day."
    )
    moved = [
        f for f in article_findings(None, ko, en.format("Andong Mayor")) if f["code"] == "MT603"
    ]
    assert [f["target"]["text"] for f in moved] == ["Andong Mayor Kim Ba-da"]
    right = article_findings(None, ko, en.format("Uiseong County Chief"))
    assert not [f for f in right if f["code"] == "MT603"]


def test_an_office_with_no_person_rendered_with_of_and_its_place() -> None:
    ko = "무소속 김다솜(54) 후보가 2일 치러진 경북 성주군수 보궐선거에서 당선됐다."
    en = "Independent candidate Kim Da-som, 54, won the by-election for {} of Seongju County."
    assert shown("MT602", ko, en.format("military commander")) == ["military commander"]
    assert shown("MT602", ko, en.format("head")) == []


def test_the_own_place_at_the_very_start_of_the_sentence_is_the_own() -> None:
    # the place before the title starts the English: found at offset 0, which is no miss
    ko = "배나래 대구시장과 권태양 대구교통공사 사장이 만났다."
    en = "Daegu Mayor Bae Na-rae and Daegu Metro President Kwon Tae-yang met."
    assert shown("MT603", ko, en) == []
    swapped = "Busan Mayor Bae Na-rae and Daegu Metro President Kwon Tae-yang met."
    places_swapped = "배나래 대구시장과 권태양 부산교통공사 사장이 만났다."
    assert shown("MT603", places_swapped, swapped) == [
        "Busan Mayor Bae Na-rae",
        "Daegu Metro President Kwon Tae-yang",
    ]


@pytest.mark.parametrize(
    ("hangul", "written", "spelled"),
    [
        ("유타", "Yuta", True),
        ("유타", "Utah", False),
        ("다쓰야", "Tatsuya", True),
        ("다쓰야", "Tatsuo", False),
        ("겐타로", "Kentaro", True),
        ("슌이치", "Shunichi", True),
        ("고이치", "Kouichi", True),  # a long vowel written out
        ("핫토리", "Hattori", True),  # ㅅ doubles the next consonant
        ("쇼헤이", "Shohei", True),
    ],
)
def test_hepburn_readings_of_japanese_given_names(hangul: str, written: str, spelled: bool) -> None:
    from mtqa.lexicon.japanese import given_spelled

    assert given_spelled(hangul, written) is spelled


def test_a_japanese_given_name_written_as_no_reading_of_its_hangul() -> None:
    ko = "하야시 겐타로 가고시마현 지사는 말했다."
    en = "Kagoshima Governor {} Hayashi said."
    assert shown("MT403", ko, en.format("Kenta")) == ["Kenta"]
    assert shown("MT403", ko, en.format("Kentaro")) == []
    coach = "일본의 사카모토 유타 감독은 말했다."  # 유타 is also Utah
    assert shown("MT403", coach, "Japan's coach Utah Sakamoto said.") == ["Utah"]
    assert shown("MT403", coach, "Japan's coach Yuta Sakamoto said.") == []
    # a reading longer than the Korean is the Korean cut short, not the English wrong
    assert (
        shown("MT403", "나카무라 타이치 사장은 말했다.", "President Taichiro Nakamura said.") == []
    )


def test_a_word_of_a_foreign_name_romanized_letter_by_letter() -> None:
    ko = "케냐의 존 음보야 장관은 말했다."
    assert shown("MT403", ko, "Kenya's Minister John Eumboya said.") == ["Eumboya"]
    assert shown("MT403", ko, "Kenya's Minister John Mboya said.") == []
    chinese = "중국의 쑨위천 선수는 말했다."
    assert shown("MT403", chinese, "China's Sun Wicheon said.") == ["Wicheon"]
    assert shown("MT403", chinese, "China's Sun Yuchen said.") == []


def test_yang_glued_to_a_name_is_its_last_syllable_not_miss() -> None:
    ko = "배하람은 이한솔, 문다온, 정태양과 함께 출전할 예정이다."
    assert "정태" not in {n for n, v in persons(ko).items() if v[1] == "honorific"}
    assert persons("정태 양은 말했다.")["정태"][1] == "honorific"
    en = "Bae will compete along with Lee Han-sol, Moon Da-on and Jung Tae-yang."
    assert shown("MT403", ko, en) == []


def test_a_deputy_county_head_acting_as_head() -> None:
    ko = "문 군수가 구속되면서 청양군은 이승재 부군수가 군수 권한대행을 맡고 있다."
    en = (
        "With Moon under arrest, Deputy Governor Lee Seung-jae is serving as acting governor "
        "of Cheongyang County."
    )
    for code in ("MT601", "MT602", "MT603"):
        assert shown(code, ko, en) == []
    assert persons(ko)["이승재"][2] == "부군수"


def test_a_district_prosecutors_office_swapped_for_the_court() -> None:
    ko = "대전지검 공주지청 형사1부는 문 군수를 구속기소했다고 17일 밝혔다."
    en = (
        "The first criminal division of the Gongju branch of the Daejeon District {} said on "
        "the 17th it had indicted Moon."
    )
    assert shown("MT711", ko, en.format("Court")) == ["Daejeon District Court"]
    assert shown("MT711", ko, en.format("Prosecutors' Office")) == []


def test_a_court_division_number_changed_or_left_out() -> None:
    ko = "앞서 1심인 대구지법 형사11부는 지난 3월 14일 같은 형을 선고했다."
    en = "Earlier, the {} of the Daegu District Court handed down the same sentence on March 14."
    assert shown("MT301", ko, en.format("12th Criminal Division")) == ["12th"]
    assert shown("MT301", ko, en.format("11th Criminal Division")) == []
    left_out = "Earlier, the Daegu District Court handed down the same sentence on March 14."
    assert shown("MT301", ko, left_out) == []  # shown low: English may leave it out
    assert [h.confidence for h in run_rule("MT301", ko, left_out)] == [0.4]


def test_a_title_romanized_by_the_title_it_starts_with() -> None:
    ko = "그는 울산 LS MnM 제련소에서 조보람 대표이사로부터 설명을 들었다."
    en = "At the LS MnM smelter in Ulsan, he was briefed by Cho Bo-ram {}."
    assert shown("MT602", ko, en.format("Daepyo")) == ["Daepyo"]
    assert shown("MT602", ko, en.format(", the CEO")) == []


def test_a_company_in_latin_letters_replaced_by_a_listed_one() -> None:
    ko = "LS MnM은 이날 페루 광산에서 구리 정광을 들여오는 장기 계약을 맺었다고 밝혔다."
    en = "{} said it signed a long-term contract to import copper concentrate from a Peruvian mine."
    assert shown("MT712", ko, en.format("Korea Zinc")) == ["Korea Zinc"]
    assert shown("MT712", ko, en.format("LS MnM")) == []
    assert shown("MT712", ko, en.format("The company")) == []  # nobody in its stead


def test_job_titles_in_gwan_anchor_a_name_rendered_as_words() -> None:
    ko = "방위사업청 박슬기 국제협력관은 협력을 확대하겠다고 말했다."
    assert persons(ko)["박슬기"][1:] == ("title", "국제협력관")
    en = "DAPA {} said it would expand cooperation."
    assert shown("MT402", ko, en.format("International Cooperation Director Park Wisdom")) == [
        "Wisdom"
    ]
    assert shown("MT402", ko, en.format("International Cooperation Director Park Seul-gi")) == []
    teacher = "정한빛 교수를 사사한 김다솜은 독일에서 공부하고 있다."
    assert shown(
        "MT402",
        teacher,
        "Kim Da-som, who studied under Professor Jeong Great Light, is studying in Germany.",
    ) == ["Great Light"]


def test_homograph_titles_abbot_and_captain() -> None:
    assert shown(
        "MT602", "호세 가르시아 바탄 주지사는 말했다.", "Bataan Abbot Jose Garcia said."
    ) == ["Abbot"]
    assert gazetteer().lookup("바탄주") and gazetteer().lookup("브라쇼브")
    manager = "흥국생명 김보람 단장은 이적료 없이 보내주기로 했다고 말했다."
    assert shown("MT602", manager, "Heungkuk Life captain Kim Bo-ram said so.") == ["captain"]
    assert shown("MT602", manager, "Heungkuk Life general manager Kim Bo-ram said so.") == []


def test_mr_with_a_town_in_two_words() -> None:
    ko = "산사태는 봉화군 춘양면의 한 마을을 덮쳤다."
    assert shown("MT502", ko, "The landslide hit a village owned by Mr. Chun Yang.") == [
        "Chun Yang"
    ]
    assert shown("MT502", ko, "The landslide hit a village in Chunyang-myeon.") == []


def test_a_close_romanization_of_another_name_of_the_sentence_is_that_person() -> None:
    ko = "임시현은 전날 전훈영, 남수현과 함께 나선 단체전에서도 정상에 올랐다."
    en = "She also won the team event with Jeon Hun-young and Nam Su-hyeon the previous day."
    assert shown("MT403", ko, en) == []


def test_the_match_for_third_place_rendered_as_the_bronze_medal_match() -> None:
    ko = "이우석은 3위 결정전에서 인도 선수를 6-4로 꺾고 동메달을 획득했다."
    en = "Lee Woo-seok defeated an Indian archer 6-4 in the {} to claim bronze."
    assert shown("MT301", ko, en.format("bronze medal match")) == []
    assert shown("MT301", ko, en.format("final")) == [""]  # 3위 has no counterpart


def test_a_listed_bank_in_the_stead_of_the_one_with_its_acronym() -> None:
    ko = "이번 사업은 아시아개발은행(ADB) 차관 등으로 재원이 조달된다."
    en = "The project will be financed with loans from the {}, among other sources."
    swapped = shown("MT712", ko, en.format("Asian Infrastructure Investment Bank (AIIB)"))
    assert swapped == ["Asian Infrastructure Investment Bank"]
    assert shown("MT712", ko, en.format("Asian Development Bank (ADB)")) == []


def test_a_japanese_family_name_alone_is_no_korean_two_syllable_name() -> None:
    ko = (
        "사토 기이치로 일본 오이타현 지사가 이끄는 대표단이 제주를 방문했다.\n"
        "사토 지사는 5일 오전 제주국제공항을 통해 출국한다."
    )
    en = (
        "A delegation led by Gov. Kiichiro Sato of Japan's Oita Prefecture visited Jeju.\n"
        "The governor will depart the country via Jeju International Airport on the morning of "
        "the 5th."
    )
    assert persons("사토 지사는 출국한다.")["사토"][0] == "foreign"
    found = article_findings(None, ko, en)
    assert not [f for f in found if f["code"] == "MT402"]


def test_a_gym_head_and_a_governor_after_a_region_written_apart() -> None:
    gym = "이바다를 지도하는 박슬기 관장은 말했다."
    assert persons(gym)["박슬기"][1:] == ("title", "관장")
    ko = "하산 나수티온 중부 술라웨시 주지사는 일자리가 생길 것이라고 기대했다."
    assert persons(ko)["하산 나수티온"][1:] == ("title", "주지사")
    en = "Central Sulawesi {} Hasan Nasution said he expects jobs to be created."
    assert shown("MT602", ko, en.format("branch chief")) == ["branch chief"]
    assert shown("MT602", ko, en.format("Governor")) == []
    assert shown("MT501", ko, "South Sulawesi Governor Hasan Nasution said so.") == [
        "South Sulawesi"
    ]


def test_the_bronze_medal_contest() -> None:
    ko = "안바울은 3위 결정전에서 다나카 료마를 누르고 동메달을 차지했다."
    en = "An Ba-ul beat Ryoma Tanaka in the bronze medal contest to take bronze."
    assert shown("MT301", ko, en) == []


def test_round_29_false_flags_a_percent_with_its_unit_starts_no_range() -> None:
    from mtqa.text.en_numbers import english_numbers

    en = "Its total sales fell 1.3 percent to 2.086 million units over the same period."
    found = [(round(n.value, 1), n.kind) for n in english_numbers(en)]
    assert found == [(1.3, "percent"), (2086000.0, "cardinal")]
    assert [n.kind for n in english_numbers("It rose 10-20% last year.")] == ["percent"] * 2
    ko = "전체 판매량은 208만6천대로 1.3% 줄었다."
    assert shown("MT306", ko, en) == []


def test_round_29_false_flags_seconds_thousandths_vice_chairman_final_round() -> None:
    ko = "정하늘은 결승에서 2분 28초 417의 기록으로 결승선을 통과했다."
    en = "Jeong crossed the finish line in 2 minutes 28.417 seconds in the final."
    assert shown("MT301", ko, en) == []
    assert persons("사절단은 천샤오밍 광시좡족자치구 부주석이 이끌었다.")["천샤오밍"][2] == "부주석"
    golf = "김시우는 최종 4라운드에서 5언더파 65타를 쳤다."
    assert shown("MT301", golf, "Kim carded a 5-under-par 65 in the final round.") == []
    assert shown("MT305", golf, "Kim carded a 5-under-par 65 in the third round.") == ["third"]


def test_round_29_a_university_swapped_for_another() -> None:
    ko = "남자부에서는 박한솔(한국체대)이 500m 결승에서 은메달을 땄다."
    en = "In the men's events, Park Han-sol ({}) took silver in the 500m final."
    assert shown("MT711", ko, en.format("Korea National University of Education")) == [
        "Korea National University of Education"
    ]
    assert shown("MT711", ko, en.format("Korea National Sport University")) == []
