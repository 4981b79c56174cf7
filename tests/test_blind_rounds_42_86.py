"""Misses and false flags of blind rounds 42 to 86 (sets je-pi), in their smallest form."""

from __future__ import annotations

import pytest

from lexicontools import SHARED
from mtqa.lexicon.gazetteer import gazetteer
from mtqa.lexicon.transliterate import loanword_mismatches, phonetic_score
from mtqa.lexicon.world_names import misspelt_name
from mtqa.text.ko_numbers import korean_numbers
from mtqa.text.ko_persons import find_persons
from mtqa.text.segment import split_korean
from ruletools import article_shown, run_rule, shown

# Round 42 (sets je, jf; jg faithful-only)


def test_a_capital_in_apposition_to_the_city_named_instead_stands_in_for_nothing() -> None:
    ko = "사절단은 22일 니더작센주 주도인 하노버로 이동해 경제부 장관과 면담한다."
    en = "On the 22nd, the delegation will move to {}, the capital of Lower Saxony."
    assert shown("MT501", ko, en.format("Hamburg")) == ["Hamburg"]
    assert shown("MT501", ko, en.format("Hanover")) == []


def test_a_companys_vice_president_renders_its_deputy_head() -> None:
    ko = "중국 간펑리튬의 왕샤오밍 부총재도 지난달 후후이주를 방문했다."
    en = "Wang Xiaoming, {} of China's Ganfeng Lithium, also visited Jujuy last month."
    assert shown("MT601", ko, en.format("vice president")) == []
    assert shown("MT601", ko, en.format("vice minister")) == ["Wang Xiaoming, vice minister"]


def test_a_plant_manager_is_no_foreman() -> None:
    ko = "최슬기 공장장은 생산라인 두 곳을 새로 설치한다고 밝혔다."
    en = "{} Choi Seul-gi said two new production lines would be installed."
    assert shown("MT602", ko, en.format("Factory foreman")) == ["Factory foreman"]
    assert shown("MT602", ko, en.format("Plant manager")) == []


@pytest.mark.parametrize(
    ("ko", "en", "wrong", "right"),
    [
        (
            "포스코홀딩스는 2018년 옴브레 무에르토 염호 광권을 인수했다.",
            "{} acquired mining rights to the Hombre Muerto salt lake in 2018.",
            "Hyundai Steel",
            "POSCO Holdings",
        ),
        (
            "삼성중공업은 그리스 캐피털마리타임으로부터 LNG 운반선 2척을 수주했다.",
            "Samsung Heavy Industries won an order for two LNG carriers from Greece's {}.",
            "Maran Gas Maritime",
            "Capital Maritime",
        ),
    ],
)
def test_more_companies_are_listed(ko: str, en: str, wrong: str, right: str) -> None:
    assert shown("MT711", ko, en.format(wrong)) == [wrong]
    assert shown("MT711", ko, en.format(right)) == []


# Round 43 (sets jh, ji; jj faithful-only)


def test_a_place_and_the_place_before_it_romanized_as_one_name_are_a_person() -> None:
    ko = "전남 여수에 본사를 둔 동진마린은 막탄섬에 공장을 짓기로 했다."
    en = "Dongjin Marine, {}, will build a plant on Mactan Island."
    assert shown("MT502", ko, en.format("headed by Jeon Nam-yeo-su")) == ["Jeon Nam-yeo-su"]
    right = "headquartered in Yeosu, South Jeolla Province"
    assert shown("MT502", ko, en.format(right)) == []


def test_digits_before_a_counter_of_train_cars_are_a_count() -> None:
    ko = "열차는 3량 1편성으로 운행된다."
    assert shown("MT301", ko, "Trains run as four-car sets.") == ["four"]
    assert shown("MT301", ko, "Trains run as three-car sets.") == []


def test_full_age_before_a_range_is_no_ten_thousand() -> None:
    ko = "1만2천800가구는 만 19∼39세 청년에게 우선 공급된다."
    en = "12,800 units will be allocated first to young people aged {} to 39."
    assert shown("MT301", ko, en.format("19")) == []
    assert shown("MT301", ko, en.format("18")) == ["18"]


def test_a_name_before_a_ministry_and_an_ordinal_title_is_a_name() -> None:
    ko = "개통식에는 권한결 국토교통부 제2차관 등 500여 명이 참석했다."
    en = "About 500 people attended, including {}, the second vice minister of land."
    assert shown("MT403", ko, en.format("Kwon Hang-yeol")) == ["Kwon Hang-yeol"]
    assert shown("MT403", ko, en.format("Kwon Han-gyeol")) == []


def test_a_district_every_metropolitan_city_has_is_one_place() -> None:
    ko = "이 총재는 서울 중구 한은 본관에서 열린 기자간담회에서 밝혔다."
    en = "Governor Rhee said at a press conference at the BOK headquarters in {}, Seoul."
    assert shown("MT501", ko, en.format("Jongno-gu")) == ["Jongno"]
    assert shown("MT501", ko, en.format("Jung-gu")) == []


def test_a_region_between_a_foreign_name_and_the_title_is_no_part_of_the_name() -> None:
    ko = "베르크만 시스템스의 토마스 크뤼거 아시아태평양 대표도 참석했다."
    names = [p.name for p in find_persons(ko, SHARED.korean.tokenize(ko))]
    assert "토마스 크뤼거" in names and not any("아시아태평양" in n for n in names)


# Round 44 (sets jk, jl; jm faithful-only)


def test_a_place_glued_to_a_body_before_a_title_is_that_persons() -> None:
    ko = "간담회에는 김나래 주체코 한국대사와 윤한결 한수원 체코사업단장 등이 참석했다."
    en = (
        "Attendees included Kim Na-rae, South Korea's ambassador to the Czech Republic, and "
        "Yoon Han-gyeol, head of KHNP's Czech project division."
    )
    assert shown("MT603", ko, en) == []


def test_glued_common_nouns_before_a_foreign_name_are_no_person() -> None:
    ko = "베트남 출신 결혼이주여성 응우옌 티 투이 씨는 계단으로 뛰어 내려왔다고 말했다."
    names = [p.name for p in find_persons(ko, SHARED.korean.tokenize(ko))]
    assert names == ["응우옌 티 투이"]


def test_a_day_of_a_date_is_no_word_number_while_another_day_is_left() -> None:
    ko = "대표팀은 오는 12월 4일부터 나흘간 네덜란드에서 열리는 대회에 출전한다."
    en = "The team will compete in an event held for four days from December {} in the Netherlands."
    assert shown("MT304", ko, en.format("14")) == ["14"]
    assert shown("MT304", ko, en.format("4")) == []
    assert shown("MT304", "대회는 4일간 열린다.", "The event runs for four days.") == []


def test_a_race_time_to_the_thousandth_is_compared() -> None:
    ko = "김보라는 2분21초456의 기록으로 가장 먼저 결승선을 통과했다."
    en = "Kim crossed the finish line first in {}."
    assert shown("MT301", ko, en.format("2:21.546")) == ["546"]
    assert shown("MT301", ko, en.format("2:21.456")) == []


def test_a_fire_station_chief_is_a_title() -> None:
    ko = "현장을 지휘한 윤새벽 시흥소방서장은 화재 원인을 밝혔다."
    en = "{}, chief of the Siheung Fire Station, gave the cause of the fire."
    assert shown("MT402", ko, en.format("Yoon Dawn")) == ["Dawn"]
    assert shown("MT402", ko, en.format("Yoon Sae-byeok")) == []


def test_a_malaysian_chief_minister_is_no_senior_minister() -> None:
    ko = "차우콘여우 페낭주 수석장관은 한국 기업들의 투자를 요청했다."
    en = "Penang {} Chow Kon Yeow asked Korean companies to invest."
    assert shown("MT602", ko, en.format("Senior Minister")) == ["Senior Minister"]
    assert shown("MT602", ko, en.format("Chief Minister")) == []


def test_a_city_swapped_for_another_of_its_province_is_shown() -> None:
    ko = "김보라는 캐나다 몬트리올에서 열린 대회 결승에서 우승했다."
    en = "Kim won the final of the event held in {}, Canada."
    assert shown("MT501", ko, en.format("Quebec City")) == ["Quebec City"]
    assert shown("MT501", ko, en.format("Montreal")) == []


@pytest.mark.parametrize(
    ("ko", "en", "wrong", "right"),
    [
        (
            "일행은 24일 SK실트론 구미공장을 둘러봤다.",
            "On the 24th, the delegation toured {}'s Gumi plant.",
            "SK hynix",
            "SK Siltron",
        ),
    ],
)
def test_more_companies_are_listed_too(ko: str, en: str, wrong: str, right: str) -> None:
    assert shown("MT711", ko, en.format(wrong)) == [wrong]
    assert shown("MT711", ko, en.format(right)) == []


# Round 45 (sets jn, jo; jp faithful-only)


def test_a_portfolio_glued_to_a_title_no_common_word_shares_anchors_a_name() -> None:
    ko = "휘트머 주지사는 산업통상자원부 이보람 통상차관보와도 만나 보조금 문제를 논의했다."
    en = "Gov. Whitmer also met with {}, deputy minister for trade, to discuss subsidies."
    assert shown("MT402", ko, en.format("Lee Reward")) == ["Reward"]
    assert shown("MT402", ko, en.format("Lee Bo-ram")) == []
    # a homograph title glued to a noun stays a word: the stock market
    ko = "주식시장 박스권은 이어졌다."
    assert [p.name for p in find_persons(ko, SHARED.korean.tokenize(ko))] == []


def test_a_title_with_the_honorific_nim_anchors_a_name() -> None:
    ko = '경기 후 신다솜은 "최바다 코치님과 준비한 프로그램을 보여드리고 싶었다"고 말했다.'
    en = 'After the event, Shin said, "I wanted to show the program I prepared with coach {}."'
    assert shown("MT402", ko, en.format("Choi Sea")) == ["Sea"]
    assert shown("MT402", ko, en.format("Choi Ba-da")) == []


def test_a_vietnamese_name_found_by_its_last_word_is_read_whole() -> None:
    ko = "쩐 꾸옥 바오 베트남 하이퐁시 인민위원장이 이끄는 대표단이 울산시청을 방문했다."
    en = "A delegation led by {}, chairman of the People's Committee of Hai Phong, visited Ulsan."
    assert shown("MT403", ko, en.format("Chan Kuok Bao")) == ["Chan Kuok Bao"]
    assert shown("MT403", ko, en.format("Tran Quoc Bao")) == []
    assert shown("MT403", "쩐 꾸옥 바오 위원장이 방문했다.", "Vice Chairman Bao visited.") == []


def test_a_measure_is_no_day_of_the_same_number_while_its_unit_is_left() -> None:
    ko = "18일 오전 4시 40분께 흑산도 북서쪽 약 18㎞ 해상에서 어선이 전복됐다."
    en = "A boat capsized at around 4:40 a.m. on the 18th about {} km northwest of Heuksando."
    assert shown("MT301", ko, en.format("28")) == ["28"]
    assert shown("MT301", ko, en.format("18")) == []


def test_a_japanese_family_name_alone_is_checked_for_its_spelling() -> None:
    ko = '나카무라 사장은 "한국은 핵심 파트너"라며 협력을 약속했다.'
    en = 'President {} said, "South Korea is a key partner," and pledged cooperation.'
    assert shown("MT403", ko, en.format("Nakamaru")) == ["Nakamaru"]
    assert shown("MT403", ko, en.format("Nakamura")) == []


@pytest.mark.parametrize(
    ("ko", "en", "wrong", "right"),
    [
        (
            "서울시의회는 서울시설공단에 대한 행정사무감사를 벌였다.",
            "The Seoul Metropolitan Council audited the {}.",
            "Seoul Housing and Communities Corporation",
            "Seoul Facilities Corporation",
        ),
        (
            "공장은 구자라트주 주도 간디나가르에 들어선다.",
            "The plant will be built in {}, the capital of Gujarat.",
            "Ahmedabad",
            "Gandhinagar",
        ),
    ],
)
def test_city_corporations_and_a_state_capital_are_listed(
    ko: str, en: str, wrong: str, right: str
) -> None:
    assert shown("MT711", ko, en.format(wrong)) + shown("MT501", ko, en.format(wrong)) == [wrong]
    assert shown("MT711", ko, en.format(right)) + shown("MT501", ko, en.format(right)) == []


def test_a_public_corporations_head_may_be_its_ceo() -> None:
    ko = "조성우 서울시설공단 이사장은 개선 계획을 밝혔다."
    assert shown("MT601", ko, "Seoul Facilities Corporation CEO Cho Sung-woo gave a plan.") == []


# Round 46 (sets jq, jr; js faithful-only)


def test_a_foreign_name_kiwi_cuts_inside_its_word_is_one_name() -> None:
    ko = "케냐 측에서는 제임스 키프로노 나이로비 주지사가 포럼에 참석했다."
    en = "From Kenya, {} James Kiprono attended the forum."
    assert shown("MT602", ko, en.format("Nairobi branch manager")) == ["branch manager"]
    assert shown("MT602", ko, en.format("Nairobi Governor")) == []
    ko = '잔당샤타르 총리는 "한국 기업의 참여를 지원하겠다"고 화답했다.'
    assert [p.name for p in find_persons(ko, SHARED.korean.tokenize(ko))] == ["잔당샤타르"]


def test_the_head_of_a_bodys_word_is_no_person() -> None:
    ko = "이날 경기장에는 대한탁구협회 정다온 회장이 나와 응원했다."
    assert [p.name for p in find_persons(ko, SHARED.korean.tokenize(ko))] == ["정다온"]


def test_a_chinese_name_in_korean_romanization_is_misspelt() -> None:
    ko = "회담에는 산둥성 상무청 장리핑 청장도 배석했다."
    en = "{}, director general of the Shandong Provincial Department of Commerce, attended."
    assert shown("MT403", ko, en.format("Jang Ri-ping")) == ["Jang Ri-ping"]
    assert shown("MT403", ko, en.format("Zhang Liping")) == []


def test_an_ordinal_sharing_its_number_with_a_day_is_checked() -> None:
    ko = "이비 주총리도 다음 달 3일 방한해 제3차 한·BC 경제협력위원회에 참석할 예정이다."
    en = "Premier Eby will visit on the 3rd of next month to attend the {} Korea-BC committee."
    assert shown("MT305", ko, en.format("fourth")) == ["fourth"]
    assert shown("MT305", ko, en.format("third")) == []


# Round 47 (sets jt, ju; jv faithful-only)


def test_a_japanese_minister_is_no_merchant() -> None:
    ko = '오카다 유키오 일본 방위상은 기자회견에서 "명백한 도발"이라고 비판했다.'
    en = 'Japanese {} Yukio Okada called it "a clear provocation" at a press conference.'
    assert shown("MT602", ko, en.format("Defense Merchant")) == ["Merchant"]
    assert shown("MT602", ko, en.format("Defense Minister")) == []


def test_a_vietnamese_name_after_its_first_words_is_checked_word_by_word() -> None:
    ko = '베트남 출신으로 해남에 사는 응우옌 티 투 하 씨는 "정착에 큰 도움이 될 것"이라고 말했다.'
    en = '{}, who lives in Haenam, said, "It will be a great help in settling down."'
    assert shown("MT403", ko, en.format("Nguyen Thi Tho Ha")) == ["Nguyen Thi Tho Ha"]
    assert shown("MT403", ko, en.format("Nguyen Thi Thu Ha")) == []


# Round 48 (sets jw, jx; jy faithful-only)


def test_a_number_before_another_counters_noun_renders_no_number_of_this_one() -> None:
    ko = "열차는 3량 1편성으로 운행되며, 출퇴근 시간대에는 4분 간격으로 다닌다."
    en = "Trains run as {}-car sets, at four-minute intervals during rush hours."
    assert shown("MT301", ko, en.format("four")) == ["four"]
    assert shown("MT301", ko, en.format("three")) == []


def test_a_province_named_more_often_in_english_than_in_korean_stands_in() -> None:
    ko = "최저기온은 충북 제천 영하 19.8도, 충남 천안 영하 15.2도를 기록했다."
    en = "Lows were minus 19.8 C in Jecheon, North Chungcheong, and minus 15.2 C in Cheonan, {}."
    assert shown("MT501", ko, en.format("North Chungcheong")) == ["North Chungcheong"]
    assert shown("MT501", ko, en.format("South Chungcheong")) == []


def test_business_groups_are_listed() -> None:
    ko = "한화그룹은 지난해 12월 필리조선소를 인수했다."
    en = "{} acquired Philly Shipyard last December."
    assert shown("MT711", ko, en.format("HD Hyundai")) == ["HD Hyundai"]
    assert shown("MT711", ko, en.format("Hanwha Group")) == []


# Round 49 (sets jz, ka; kb faithful-only)


def test_an_ordinal_matched_only_by_a_spelled_out_cardinal_is_checked() -> None:
    ko = "양 시는 이날 제2차 실무협의회를 내년 4월 기타큐슈에서 열기로 합의했다."
    en = "The two cities agreed to hold the {} working-level council in Kitakyushu next April."
    assert shown("MT305", ko, en.format("third")) == ["third"]
    assert shown("MT305", ko, en.format("second")) == []


def test_a_count_of_people_is_no_count_of_months() -> None:
    ko = "금통위원 3명은 향후 3개월 안에 금리를 인하할 가능성을 열어둬야 한다는 입장을 보였다."
    en = "{} board members said a rate cut within the next three months should be left open."
    assert shown("MT301", ko, en.format("Four")) == ["Four"]
    assert shown("MT301", ko, en.format("Three")) == []


def test_a_world_region_before_a_homograph_title_is_a_market() -> None:
    ko = '최 지사는 "이번 협약은 경북이 중앙아시아 시장으로 진출하는 첫 관문"이라고 강조했다.'
    en = 'Gov. Choi stressed, "This agreement is the first gateway into the Central Asian market."'
    assert shown("MT602", ko, en) == []


def test_a_governor_is_no_branch_head_and_a_region_no_part_of_a_name() -> None:
    ko = "협약식에는 최한결 경북도지사와 샤브카트 누리디노프 페르가나주 하킴 등이 참석했다."
    en = "Attendees included North Gyeongsang {} Choi Han-gyeol and Shavkat Nuriddinov."
    assert shown("MT602", ko, en.format("branch head")) == ["branch head"]
    assert shown("MT602", ko, en.format("Governor")) == []
    names = [p.name for p in find_persons(ko, SHARED.korean.tokenize(ko))]
    assert "샤브카트 누리디노프" in names and not any("페르가나주" in n for n in names)


def test_customs_offices_are_listed() -> None:
    ko = '최다솜 경남경찰청장은 "부산본부세관 등과 협력해 단속을 이어가겠다"고 밝혔다.'
    en = 'Choi said, "We will continue the crackdown in cooperation with the {}."'
    assert shown("MT711", ko, en.format("Busan Coast Guard")) == ["Busan Coast Guard"]
    assert shown("MT711", ko, en.format("Busan Main Customs")) == []


def test_a_misspelt_world_region_is_no_implicit_one() -> None:
    ko = "유럽에서 판매가 늘었다."
    assert [h.confidence for h in run_rule("MT501", ko, "Sales rose in Eurpoe.")] == [0.7]
    assert [h.confidence for h in run_rule("MT501", ko, "Sales rose overseas.")] == [0.4]
    assert [h.confidence for h in run_rule("MT501", ko, "Sales rose in Asia.")] == [0.7]


# Round 50 (sets kc, kd; ke faithful-only)


def test_a_japanese_family_name_before_a_given_name_that_splits_like_a_korean_one() -> None:
    ko = "협약을 맺은 하야시 유키코 니시닛폰여행 대표는 상품을 소개했다."
    names = [p.name for p in find_persons(ko, SHARED.korean.tokenize(ko))]
    assert names == ["하야시 유키코"]
    en = "Yukiko Hayashi, president of Nishi-Nippon Travel, who signed the agreement, said so."
    assert shown("MT401", ko, en) == []


def test_a_listed_japanese_family_name_for_another_is_misspelt() -> None:
    ko = "사토 유키 규슈관광기구 국장도 참석했다."
    assert shown("MT403", ko, "Yuki Saito of Kyushu Tourism also attended.") == ["Saito"]
    assert shown("MT403", ko, "Yuki Sato of Kyushu Tourism also attended.") == []


def test_a_chief_officer_of_another_portfolio_is_another_office() -> None:
    ko = "박다솜 LG에너지솔루션 최고전략책임자는 말했다."
    en = "Park Da-som, {} of LG Energy Solution, said."
    assert shown("MT601", ko, en.format("chief security officer")) != []
    assert shown("MT601", ko, en.format("chief strategy officer")) == []


# Round 51 (sets kf, kg; kh faithful-only)


def test_a_title_written_before_the_name_is_rendered_by_its_english() -> None:
    ko = "특위는 위원장 이보람 의원과 부위원장 김슬기 의원 등 위원 9명으로 구성됐다."
    en = "The committee has nine members, including chair Lee Bo-ram and vice chair Kim Seul-gi."
    assert shown("MT601", ko, en) == []


def test_presidential_renders_the_presidential_office_of_a_title() -> None:
    ko = "이관섭 대통령실 정책실장이 브리핑했다."
    en = "Lee Kwan-sup, the presidential chief of staff for policy, gave a briefing."
    assert shown("MT601", ko, en) == []
    en = "President Lee Kwan-sup gave a briefing."
    assert shown("MT601", "이관섭 국무총리는 브리핑했다.", en) != []


def test_the_first_three_quarters_render_a_range_of_quarters() -> None:
    ko = "반면 1~3분기 누적 순이익은 지난해보다 2.4% 증가했다."
    en = "Cumulative net profit for the first {} rose 2.4 percent."
    assert shown("MT301", ko, en.format("three quarters")) == []
    assert shown("MT301", ko, en.format("nine months")) == []


def test_children_are_counted_by_native_numbers() -> None:
    ko = '두 아이를 키우는 응우옌 티 흐엉 씨는 "다행"이라고 말했다.'
    en = 'Nguyen Thi Huong, who is raising {} children, said, "It is a relief."'
    assert shown("MT301", ko, en.format("three")) == ["three"]
    assert shown("MT301", ko, en.format("two")) == []
    ko = "당국은 그의 8세 딸을 수색하고 있다."
    assert shown("MT301", ko, "They search for his 8-year-old daughter.") == []


def test_a_division_head_of_a_bank_is_titled() -> None:
    ko = '정한빛 신한은행 글로벌사업그룹장은 "해외 비중을 늘리겠다"고 말했다.'
    en = "{}, head of Shinhan Bank's Global Business Group, said it would grow overseas."
    assert shown("MT402", ko, en.format("Jung Great Light")) == ["Great Light"]
    assert shown("MT402", ko, en.format("Jung Han-bit")) == []


# Round 52 (set ki)


def test_a_family_name_kiwi_reads_as_words_is_the_known_persons() -> None:
    text = "투가이 시장은 말했다."
    found = find_persons(text, SHARED.korean.tokenize(text), known={"제밀 투가이", "투가이"})
    assert [(p.name, p.title.ko if p.title else None) for p in found] == [("투가이", "시장")]
    # not a family name that also starts another known name (제밀 투가이, 투가이 하산)
    known = {"제밀 투가이", "투가이", "투가이 하산", "하산"}
    text = "투가이 시장은 말했다."
    assert find_persons(text, SHARED.korean.tokenize(text), known=known) == []


def test_a_scale_hyphenated_into_a_compound_adjective_is_read() -> None:
    ko = '그는 "전용 산업단지 부지 150만㎡를 제공할 수 있다"고 제안했다.'
    en = 'He proposed, "We can provide a {}-million-square-meter site."'
    assert shown("MT301", ko, en.format("1.5")) == []
    assert shown("MT301", ko, en.format("2.5")) == ["2.5-million"]


# Round 53 (sets kj, kk; kl faithful-only)


def test_a_korean_given_name_cut_short_is_misspelt() -> None:
    ko = '정현우 울산시장도 "피해가 우려된다"며 파업 자제를 호소했다.'
    en = 'Ulsan Mayor {} also appealed for restraint, saying, "We are concerned."'
    assert shown("MT403", ko, en.format("Jung Hyun")) == ["Jung Hyun"]
    assert shown("MT403", ko, en.format("Jung Hyun-woo")) == []


def test_a_title_after_a_bracketed_constituency_is_the_persons() -> None:
    ko = "부의장에는 국민의힘 정우진(강남4) 의원과 더불어민주당 한다솜(마포2) 의원이 선출됐다."
    found = find_persons(ko, SHARED.korean.tokenize(ko))
    assert [(p.name, p.title.ko if p.title else None) for p in found] == [
        ("정우진", "의원"),
        ("한다솜", "의원"),
    ]
    en = "Jeong Woo-jin (People Power Party, Gangnam 4) and {} (Democratic Party, Mapo 2) won."
    assert shown("MT403", ko, en.format("Han Dam-so")) == ["Han Dam-so"]
    # the bracket says what the title would: its absence is no shown flag
    assert shown("MT601", ko, en.format("Han Da-som")) == []
    # a number spaced from its noun in brackets is no constituency (전북 현대(승점 74))
    text = "전북 현대(승점 74)를 1점 차로 제쳤다."
    assert all(p.anchor == "none" for p in find_persons(text, SHARED.korean.tokenize(text)))


def test_the_second_half_of_the_year_numbers_no_other_value() -> None:
    ko = "도는 하반기에 제2차 아세안 경제사절단을 꾸려 태국에 파견할 계획이다."
    en = "The province plans to send a {} ASEAN trade delegation in the second half of the year."
    assert shown("MT305", ko, en.format("third")) == ["third"]
    assert shown("MT305", ko, en.format("second")) == []


def test_took_office_renders_no_title() -> None:
    ko = "핫토리 세이타로 후쿠오카현 지사가 부산을 찾은 것은 2021년 취임 이후 처음이다."
    en = "It is the first time since he took office in 2021 that Seitaro Hattori has visited Busan."
    assert shown("MT602", ko, en) == []
    en = "Fukuoka Office Seitaro Hattori visited Busan for the first time since taking office."
    assert shown("MT602", ko, en) == ["Office"]


def test_a_leagues_head_may_be_its_commissioner() -> None:
    ko = "한국배구연맹(KOVO) 조현석 총재는 선수들에게 트로피를 수여했다."
    en = "Korea Volleyball Federation (KOVO) {} Cho Hyun-seok presented the trophy."
    assert shown("MT601", ko, en.format("Commissioner")) == []
    assert shown("MT601", ko, en.format("Minister")) != []


def test_an_unspaced_vietnamese_name_after_a_role_is_a_person() -> None:
    ko = "아시아쿼터 선수 응우옌티프엉(베트남)도 14점으로 힘을 보탰다."
    found = find_persons(ko, SHARED.korean.tokenize(ko))
    assert [(p.name, p.anchor) for p in found] == [("응우옌티프엉", "role")]


def test_a_position_before_a_name_moved_to_another_person() -> None:
    ko = "미국 출신 메건 홀리데이가 26점, 일본 출신 세터 나카무라 미사키가 48세트를 기록했다."
    en = "American {}Megan Holliday scored 26 points and Japanese {}Misaki Nakamura had 48 sets."
    assert shown("MT603", ko, en.format("setter ", "")) == ["setter Megan Holliday"]
    assert shown("MT603", ko, en.format("", "setter ")) == []


def test_a_position_rendered_as_another_office() -> None:
    ko = "흥국생명 세터 이슬기는 이날 세트 성공 52개를 기록했다."
    en = "Heungkuk Life {} Lee Seul-gi recorded 52 successful sets."
    assert shown("MT601", ko, en.format("head coach")) == ["head coach Lee Seul-gi"]
    assert shown("MT601", ko, en.format("setter")) == []
    assert shown("MT601", ko, en.format("player")) == []  # any position's


def test_an_origin_before_a_foreign_name_anchors_it_but_not_a_words_head() -> None:
    text = "미국 출신 메건 홀리데이가 26점을 올렸다."
    found = find_persons(text, SHARED.korean.tokenize(text))
    assert [(p.name, p.anchor) for p in found] == [("메건 홀리데이", "role")]
    text = "그는 베트남 출신 스파링 파트너와 훈련했다."
    assert all(p.anchor != "role" for p in find_persons(text, SHARED.korean.tokenize(text)))


# Round 54 (sets km, kn; ko faithful-only)


def test_a_percentage_matched_only_by_a_rounded_number_of_another_kind() -> None:
    ko = "사망자의 64.5%는 65세 이상 고령자였다."
    en = "Of those who died, {} percent were aged 65 or older."
    assert shown("MT306", ko, en.format("46.5")) == ["46.5 percent"]
    assert shown("MT306", ko, en.format("64.5")) == []


def test_minister_is_another_office_for_a_company_president() -> None:
    ko = '강 사장은 "기술력을 다시 한번 인정받았다"고 강조했다.'
    en = '{} Kang stressed, "Our technology has been recognized once again."'
    assert shown("MT601", ko, en.format("Minister")) == ["Minister Kang"]
    assert shown("MT601", ko, en.format("President")) == []
    # a word of the person's own title stays a short form of it
    assert shown("MT601", "블링컨 국무장관은 말했다.", "Secretary Blinken said.") == []


def test_a_japanese_ministers_office_with_no_name_is_no_trader() -> None:
    ko = "신임 외무상에는 하야시 미키 전 문부과학상이 기용됐다."
    en = "Former Education Minister Miki Hayashi was named the new foreign {}."
    assert shown("MT602", ko, en.format("trader")) == ["trader"]
    assert shown("MT602", ko, en.format("minister")) == []


def test_a_provincial_education_office_is_no_ministry() -> None:
    ko = "오한결 전남교육감은 도교육청 브리핑룸에서 기자회견을 열었다."
    en = "Superintendent Oh Han-gyeol held a press conference in the {} briefing room."
    assert shown("MT711", ko, en.format("Ministry of Education's")) == ["Ministry of Education"]
    assert shown("MT711", ko, en.format("provincial education office's")) == []


def test_minister_of_state_and_a_us_state_agencys_secretary_are_their_titles() -> None:
    ko = "사드 셰리다 알카비 카타르 에너지담당 국무장관이 서명했다."
    en = "Saad Sherida al-Kaabi, Qatar's minister of state for energy affairs, signed it."
    assert shown("MT601", ko, en) == []
    ko = "사절단에는 제니퍼 알바레스 켄터키주 경제개발청장이 포함됐다."
    en = "The delegation includes Jennifer Alvarez, secretary of the Kentucky Cabinet."
    assert shown("MT601", ko, en) == []


def test_a_direction_shared_with_another_place_makes_no_name_translated() -> None:
    ko = "충남·전북·전남교육청은 126곳에 휴업을 지시했다."
    en = "The South Chungcheong, North Jeolla and South Jeolla education offices closed 126."
    assert shown("MT711", ko, en) == []


# Round 55 (sets kp, kq; kr faithful-only)


def test_a_position_kiwi_cuts_or_a_quote_opens_still_anchors_the_name() -> None:
    ko = "라이트백 김나래도 6골을 넣으며 승리에 힘을 보탰다."
    en = "Right back {} also contributed to the win with six goals."
    assert shown("MT402", ko, en.format("Kim Wings")) == ["Wings"]
    assert shown("MT402", ko, en.format("Kim Na-rae")) == []
    ko = '김한별은 경기 후 "포수 박가람 선배의 리드를 믿고 던졌다"며 말했다.'
    en = 'After the game, Kim said, "I trusted the game-calling of {} Park Ga-ram, my senior."'
    assert shown("MT601", ko, en.format("manager")) == ["manager Park Ga-ram"]
    assert shown("MT601", ko, en.format("catcher")) == []


def test_a_word_inside_another_listed_name_names_no_organization() -> None:
    ko = "특사단은 27일 국방부를 찾아 강태윤 국방부 장관과 미사일 도입 문제를 논의한다."
    en = "On the 27th, the delegation visits the {} to discuss missiles with Defense Minister Kang."
    wrong = "Defense Acquisition Program Administration"
    assert shown("MT711", ko, en.format(wrong)) == [wrong]
    assert shown("MT711", ko, en.format("Defense Ministry")) == []


@pytest.mark.parametrize(
    ("ko", "en", "wrong", "right"),
    [
        (
            "미국 상원 군사위원회 소속 의원 4명이 거제를 찾았다.",
            "Four members of the U.S. {} visited Geoje.",
            "Senate Foreign Relations Committee",
            "Senate Armed Services Committee",
        ),
        (
            "한국교통안전공단 자동차안전연구원은 조사를 벌여 결함을 확인했다.",
            "The Korea Automobile Testing & Research Institute under the {} found defects.",
            "Korea Consumer Agency",
            "Korea Transportation Safety Authority",
        ),
        (
            "일본 다이요생명의 다나카 히로시 사장이 서울을 방문한다.",
            "Hiroshi Tanaka, president of Japan's {}, will visit Seoul.",
            "Nippon Life Insurance",
            "Taiyo Life Insurance",
        ),
    ],
)
def test_more_bodies_and_companies_are_listed(ko: str, en: str, wrong: str, right: str) -> None:
    assert shown("MT711", ko, en.format(wrong)) == [wrong]
    assert shown("MT711", ko, en.format(right)) == []


# Round 56 (sets ks, kt; ku faithful-only)


def test_a_place_heading_a_longer_word_the_english_writes_whole_is_no_mention() -> None:
    ko = '홍성진 강릉시장은 "대중교통을 이용해 달라"고 당부했다.'
    en = 'Gangneung Mayor Hong Seong-jin urged residents to "use public transportation."'
    assert shown("MT503", ko, en) == []
    # a place with a particle is still the place ('Kim Hae' for 김해에서)
    ko = "김해에서 태어난 그는 부산에서 자랐다."
    assert shown("MT502", ko, "Born to Kim Hae, he grew up in Busan.") == ["Kim Hae"]


def test_donghae_renders_the_city_and_the_sea() -> None:
    ko = "강릉과 동해를 잇는 동해고속도로에서 차량 300여 대가 고립됐다."
    en = "Some 300 vehicles were stranded on the Donghae Expressway linking Gangneung and Donghae."
    assert shown("MT501", ko, en) == []


def test_commerce_ministries_of_other_countries_are_the_listed_name() -> None:
    ko = "아누차 끄라이삭 태국 부총리 겸 상무부 장관이 정부서울청사를 찾았다."
    en = "Thai Deputy Prime Minister and Commerce Minister Anucha Kraisak visited Seoul."
    assert shown("MT711", ko, en) == []


def test_a_count_sharing_its_number_with_a_rank_while_a_count_is_left() -> None:
    ko = "대표팀은 금메달 2개, 은메달 1개, 동메달 3개를 따내며 종합 3위에 올랐다."
    en = "The team won two gold medals, one silver and {} bronze, finishing third overall."
    assert shown("MT301", ko, en.format("four")) == ["four"]
    assert shown("MT301", ko, en.format("three")) == []
    # a count rendered as an ordinal with no other claimant stays matched (17선거구 '17th')
    ko = "펜실베이니아 17선거구에 돈이 몰리는 것은 현역 의원 2명이 맞붙기 때문이다."
    en = "Money floods Pennsylvania's 17th because two incumbents are in a race."
    assert shown("MT301", ko, en) == []


def test_days_counted_by_native_words() -> None:
    ko = "김보람은 대회 나흘째인 23일 결승에서 정상에 올랐다."
    en = "Kim won the final on the 23rd, the {} day of the competition."
    assert shown("MT305", ko, en.format("fifth")) == ["fifth"]
    assert shown("MT305", ko, en.format("fourth")) == []
    ko = "선장에 대한 수색은 27일 이틀째 이어지고 있다."
    en = "The search for the captain continued for a second day on the {}."
    assert shown("MT304", ko, en.format("28th")) == ["28th"]
    assert shown("MT304", ko, en.format("27th")) == []


def test_districts_of_large_cities_are_places() -> None:
    ko = "대표단은 청주시 흥덕구의 한 스마트팜 단지를 둘러봤다."
    en = "The delegation toured a smart farm complex in {} District, Cheongju."
    assert shown("MT501", ko, en.format("Sangdang")) == ["Sangdang District"]
    assert shown("MT501", ko, en.format("Heungdeok")) == []


# Round 57 (sets kv, kw; kx faithful-only)


def test_a_compound_title_has_the_traps_of_the_title_it_ends_with() -> None:
    ko = "행사에는 윤보람 울산시 경제부시장이 참석했다."
    en = "The event was attended by Yoon Bo-ram, Ulsan's {} for economic affairs."
    assert shown("MT602", ko, en.format("vice market")) == ["market"]
    assert shown("MT602", ko, en.format("vice mayor")) == []


def test_a_place_a_facility_is_named_after_written_as_a_person() -> None:
    ko = "그는 29일 오전 9시 김해공항을 통해 출국할 예정이다."
    en = "He will leave the country {} at 9 a.m. on the 29th."
    assert shown("MT502", ko, en.format("with Mr. Gimhae at the airport")) == ["Gimhae"]
    assert shown("MT502", ko, en.format("through Gimhae Airport")) == []
    ko = "인천 남동체육관에서 열린 경기에서 이겼다."
    assert shown("MT502", ko, "They won at Nam Dong's gymnasium in Incheon.") == ["Nam Dong's"]
    assert shown("MT502", ko, "They won at Namdong Gymnasium in Incheon.") == []


def test_a_portfolio_with_commas_between_a_title_and_the_name() -> None:
    ko = "오후에는 정보람 산업통상자원부 제1차관과 만나 협력 방안을 논의한다."
    en = "In the afternoon, she meets {} of Trade, Industry and Energy Jeong Bo-ram."
    wrong = "First Vice Chairman"
    assert shown("MT601", ko, en.format(wrong)) == [wrong + en.split("{}")[1][:-1]]
    assert shown("MT601", ko, en.format("First Vice Minister")) == []
    # a list after a comma is no portfolio ('..., president of the Busan Tourism
    # Organization, and Yukiko Tanaka')
    ko = "협약식에는 오슬기 부산관광공사 사장과 다나카 유키코 후쿠오카현 관광연맹 회장이 참석했다."
    en = (
        "Attending were Oh Seul-gi, president of the Busan Tourism Organization, and Yukiko "
        "Tanaka, chair of the Fukuoka Prefecture Tourism Association."
    )
    assert shown("MT603", ko, en) == []


def test_another_office_beside_a_later_mention_is_flagged_after_the_title_was_given() -> None:
    ko = '웡 장관은 조현 외교부 장관과 회담했다.\n조 장관은 "협력이 필수적"이라고 말했다.'
    en = 'Wong held talks with Foreign Minister Cho Hyun.\n{} Cho said, "Cooperation is key."'

    assert article_shown("MT601", ko, en.format("Vice Minister")) == ["Vice Minister Cho"]
    assert article_shown("MT601", ko, en.format("Minister")) == []


def test_labour_commissions_are_listed() -> None:
    ko = "중앙노동위원회는 같은 달 28일 조정 중지 결정을 내렸다."
    en = "The {} decided on the 28th of the same month to end mediation."
    wrong = "Economic, Social and Labor Council"
    assert shown("MT711", ko, en.format(wrong)) == [wrong]
    assert shown("MT711", ko, en.format("National Labor Relations Commission")) == []


def test_a_spaced_vietnamese_name_of_three_words_with_a_particle() -> None:
    ko = "미드필더 응우옌 꽝하이, 공격수 팜 뚜언 하이도 이름을 올렸다."
    en = "Midfielder Nguyen Quang Hai and forward {} also made the list."
    assert shown("MT403", ko, en.format("Farm Tuan High")) == ["Farm Tuan High"]
    assert shown("MT403", ko, en.format("Pham Tuan Hai")) == []


def test_a_hong_kong_bureau_head_is_its_secretary() -> None:
    ko = "로슉푸이 홍콩 문화체육관광국장은 부산을 방문했다."
    en = "Hong Kong Secretary for Culture, Sports and Tourism Rosanna Law Shuk-pui visited Busan."
    assert shown("MT601", ko, en) == []


# Round 58 (sets ky, kz; la faithful-only)


def test_a_tournament_round_and_a_number_only_another_kind_claims() -> None:
    ko = "백다솜은 단식 2회전에서 다카하시 미유를 2-1(4-6 6-3 7-5)로 꺾었다."
    en = "Baek beat Miyu Takahashi 2-1 (4-6 6-3 7-5) in the {} round of singles."
    assert shown("MT305", ko, en.format("third")) == ["third"]
    assert shown("MT305", ko, en.format("second")) == []
    # a jump's rotations are no round
    assert shown("MT301", "그는 4회전 점프를 뛰었다.", "He landed a quad jump.") == []


def test_a_vietnamese_name_the_korean_writes_unmarked_rivals_a_place() -> None:
    ko = (
        "복식에서는 이란의 파리사 모하마디와 베트남의 응우옌 티 란이 짝을 이룬 조가 4강에 진출했다."
    )
    en = (
        "In doubles, the pair of Iran's Parisa Mohammadi and Vietnam's Nguyen Thi Lan reached "
        "the semifinals."
    )
    assert shown("MT502", ko, en) == []


def test_japanese_convenience_stores_are_listed() -> None:
    ko = '야마모토 법인장은 "로손 입점 이후 고객이 세 배로 늘었다"고 전했다.'
    en = 'Yamamoto said, "Since we entered {}, customers have tripled."'
    assert shown("MT711", ko, en.format("FamilyMart")) == ["FamilyMart"]
    assert shown("MT711", ko, en.format("Lawson")) == []


# Round 59 (sets lb, lc; ld faithful-only)


def test_a_deputy_county_magistrate_is_the_deputy_county_head() -> None:
    ko = "최한솔 곡성군수는 박다솜 부군수를 현장 책임자로 지정했다고 설명했다."
    en = (
        "Gokseong County Magistrate Choi Han-sol said he had appointed Deputy County "
        "Magistrate Park Da-som to head on-site operations."
    )
    assert shown("MT601", ko, en) == []
    assert shown("MT603", ko, en) == []


def test_a_place_kiwi_does_not_know_is_read_though_it_guesses_a_noun() -> None:
    ko = '아킴은 "창원의 기계 산업 기술과 카라간디의 풍부한 광물 자원이 결합한다"고 말했다.'
    en = "The akim said, \"Changwon's technology will combine with {}'s mineral resources.\""
    assert shown("MT502", ko, en.format("Mr. Karaganda")) == ["Karaganda"]
    assert shown("MT502", ko, en.format("Karaganda")) == []


def test_a_numbered_deputy_title_is_the_persons() -> None:
    ko = "대표단은 경기도청을 찾아 김보람 경기도 행정1부지사와 면담한다."
    en = "The delegation will meet {}, Gyeonggi Province's first vice governor, at the office."
    assert shown("MT402", ko, en.format("Kim Reward")) == ["Reward"]
    assert shown("MT402", ko, en.format("Kim Bo-ram")) == []


def test_a_site_manager_with_no_name_is_no_major_general() -> None:
    ko = "경찰은 현장소장 A(52)씨 등 3명을 업무상 과실치사 혐의로 입건했다."
    en = "Police booked three people, including the site {}, identified only as A, 52."
    assert shown("MT602", ko, en.format("major general")) == ["major general"]
    assert shown("MT602", ko, en.format("manager")) == []
    # an army officer named in the Korean makes the rank its own
    ko = "육군 소장 출신인 현장소장 A(52)씨가 입건됐다."
    assert (
        shown("MT602", ko, "The site major general, a former army major general, was booked.") == []
    )


# Round 60 (set le; lf faithful-only)


def test_a_chinese_name_in_its_pinyin_is_no_misspelt_korean_name() -> None:
    ko = "세계랭킹 1위 왕추친(중국)이 코리아오픈 남자 단식 정상에 올랐다."
    en = "World No. 1 {} of China won the men's singles title at the Korea Open."
    assert shown("MT403", ko, en.format("Wang Chuqin")) == []
    assert shown("MT403", ko, en.format("Wang Chuqing")) == ["Wang Chuqing"]


def test_a_day_matched_only_by_a_word_ordinal_while_a_day_is_left() -> None:
    ko = "이번 통화는 오쓰카 외무상이 지난 1일 취임한 이후 처음이다."
    en = "It was their first phone call since Otsuka took office on the {}."
    assert shown("MT304", ko, en.format("5th")) == ["5th"]
    assert shown("MT304", ko, en.format("1st")) == []


# Round 61 (sets lg, lh)


def test_an_ordinal_before_a_title_in_apposition() -> None:
    ko = "유수포바 차관은 박슬기 산업통상자원부 제2차관과 회의를 열었다."
    en = "Deputy Minister Yusupova met Park Seul-gi, Second {} of Trade, Industry and Energy."
    assert shown("MT602", ko, en.format("Loan Officer")) == ["Loan"]
    assert shown("MT602", ko, en.format("Vice Minister")) == []


def test_a_presiding_judge_is_no_department_head() -> None:
    ko = "재판부(재판장 이슬기 부장판사)는 징역 5년을 선고했다."
    en = "The court, led by {} Lee Seul-gi, sentenced him to five years in prison."
    assert shown("MT602", ko, en.format("head of department")) == ["head of department"]
    assert shown("MT602", ko, en.format("presiding judge")) == []


def test_a_run_with_a_foreign_unit_word_is_a_place() -> None:
    text = "카트린 르블랑 프랑스 프로방스알프코트다쥐르 레지옹 의회 의장이 부산을 방문한다."
    names = [p.name for p in find_persons(text, SHARED.korean.tokenize(text))]
    assert not any("레지옹" in n for n in names)


def test_ba_is_a_vietnamese_middle_name() -> None:
    from mtqa.lexicon.vietnamese import vietnamese_parts

    assert vietnamese_parts("쩐바즈엉") == ["쩐", "바", "즈엉"]  # Tran Ba Duong


# Round 62 (sets li, lj; lk faithful-only), and two older misses it led to


def test_a_bank_head_kiwi_misreads_carries_the_title() -> None:
    ko = "이날 행사에는 이서준 한마음은행장과 정바다 준법감시인이 참석했다."
    en = "The event was attended by {}."
    swapped = "CEO Jung Ba-da and Chief Compliance Officer Lee Seo-jun"
    assert sorted(shown("MT603", ko, en.format(swapped))) == [
        "CEO Jung Ba-da",
        "Chief Compliance Officer Lee Seo-jun",
    ]
    right = "CEO Lee Seo-jun and Chief Compliance Officer Jung Ba-da"
    assert shown("MT603", ko, en.format(right)) == []


def test_a_title_before_a_name_with_an_age_is_the_persons() -> None:
    ko = "비서실장 오나래(45)씨와 선거사무소 회계책임자 진다온(39)씨가 기소됐다."
    en = "{} were indicted."
    swapped = "Election office accountant Oh Na-rae, 45, and chief of staff Jin Da-on, 39,"
    assert len(shown("MT603", ko, en.format(swapped))) == 2
    right = "Chief of staff Oh Na-rae, 45, and election office accountant Jin Da-on, 39,"
    assert shown("MT603", ko, en.format(right)) == []


def test_a_chief_coach_is_another_office_than_the_head_coach() -> None:
    ko = '문석진 감독은 "페헤이라는 정통 스트라이커"라고 말했다.'
    en = '{} Moon Seok-jin said, "Ferreira is a classic striker."'
    assert shown("MT601", ko, en.format("Chief coach")) == ["Chief coach Moon Seok-jin"]
    assert shown("MT601", ko, en.format("Head coach")) == []


def test_a_second_title_in_brackets_may_be_the_one_rendered() -> None:
    ko = "회사는 이사회를 열어 최지혜 글로벌사업본부장(부사장)을 신임 대표이사로 내정했다."
    en = "The board tapped Choi Ji-hye, a {} who heads its global business division, as CEO."
    assert shown("MT601", ko, en.format("vice president")) == []
    assert shown("MT601", ko, en.format("vice minister")) != []


def test_a_position_kiwi_reads_as_a_proper_noun_is_no_part_of_the_name() -> None:
    text = "신인선수상은 GS칼텍스의 미들블로커 정바다(19)에게 돌아갔다."
    names = [p.name for p in find_persons(text, SHARED.korean.tokenize(text))]
    assert names == ["정바다"]
    ko = "챔피언결정전 MVP는 한국도로공사의 리베로 문한별이 받았다."
    en = "The Championship MVP award went to Korea Expressway Corp. {} Moon Han-byeol."
    assert shown("MT601", ko, en.format("head coach")) == ["head coach Moon Han-byeol"]
    assert shown("MT601", ko, en.format("libero")) == []


def test_a_number_one_korean_value_renders_twice_is_free_for_another() -> None:
    # the '15' of '15-member' beside 'the 15th' for 15일; 'the 2nd' beside 'the second
    # basement level' for 지하 2층
    ko = "가나자와시 대표단 18명이 14일부터 전주에 머문다고 15일 밝혔다."
    en = "The city said on the 15th that a {}-member Kanazawa delegation is staying from the 14th."
    assert shown("MT301", ko, en.format(15)) == ["15"]
    assert shown("MT301", ko, en.format(18)) == []
    ko = "사고는 3일 오후 2시 40분께 지하 2층 주차장에서 발생했다."
    en = "The accident occurred at around 2:40 p.m. on the {} in the second basement-level lot."
    assert shown("MT304", ko, en.format("2nd")) == ["2nd"]
    assert shown("MT304", ko, en.format("3rd")) == []


# Round 63 (sets ll, lm; ln faithful-only)


def test_korean_in_brackets_where_the_korean_has_it_in_brackets_is_untranslated() -> None:
    ko = "남자부에서는 정누리(고양시청)가 1,000m 결승에서 2위에 올랐다."
    en = "In the men's competition, Jeong Nu-ri ({}) finished second in the 1,000m final."
    assert shown("MT201", ko, en.format("고양시청")) == ["고양시청"]
    assert shown("MT201", ko, en.format("Goyang City Hall")) == []
    assert shown("MT201", "한복을 입었다.", "She wore a hanbok (한복).") == []  # a gloss


def test_the_first_leg_of_a_series_is_an_ordinal() -> None:
    ko = "이나래가 국제빙상경기연맹(ISU) 월드컵 2차 대회에서 금메달 2개를 목에 걸었다."
    en = "Lee Na-rae won two gold medals at the {} leg of the ISU World Cup."
    assert shown("MT305", ko, en.format("first")) == ["first"]
    assert shown("MT305", ko, en.format("second")) == []


def test_a_chinese_family_name_alone_before_a_title() -> None:
    ko = "중국 산둥성의 왕수핑 부성장이 기조연설을 했다.\n왕 부성장은 교역 확대를 강조했다."
    en = "Wang Shuping, vice governor of Shandong, gave a keynote.\nIn the speech, {}."

    assert article_shown("MT602", ko, en.format("Wang Buseongjang stressed more trade")) == [
        "Buseongjang"
    ]
    assert article_shown("MT602", ko, en.format("Vice Governor Wang stressed more trade")) == []


# Rounds 64 and 65 (sets lo, lp, lr, ls; lq and lt faithful-only)


def test_a_name_in_a_foreign_run_is_no_one_syllable_title() -> None:
    text = "아구스 구미왕 카르타사스미타 인도네시아 산업부 장관 등 150여명이 참석했다."
    found = find_persons(text, SHARED.korean.tokenize(text))
    assert [(p.name, p.title.ko if p.title else None) for p in found] == [
        ("아구스 구미왕 카르타사스미타", "장관")
    ]


def test_fm_renders_the_foreign_minister() -> None:
    ko = "조태열 외교장관, 日 이와야 외무상과 서울서 회담"
    assert shown("MT601", ko, "FM Cho Tae-yul holds talks with Japan's Iwaya in Seoul") == []
    ko = "조태열 외교부 장관은 말했다."
    assert shown("MT601", ko, "FM Cho Tae-yul said.") == []
    ko = "조태열 국방부 장관은 말했다."
    assert shown("MT601", ko, "FM Cho Tae-yul said.") == ["FM Cho Tae-yul"]


def test_the_first_three_quarters_are_no_fraction() -> None:
    ko = "3분기까지 누적 순이익은 3조1천560억 원으로 작년 같은 기간보다 9.3% 늘었다."
    en = "Cumulative net profit for the first three quarters came to 3.156 trillion won, up 9.3%."
    assert shown("MT301", ko, en) == []


def test_a_range_glued_to_a_counter_keeps_its_second_half() -> None:
    ko = "원전 1~2기를 짓는 것으로, 총사업비는 최대 110억 달러로 추산된다."
    en = "It calls for building one or two reactors, at a cost of up to {} billion dollars."
    assert shown("MT301", ko, en.format(11)) == []
    assert shown("MT302", ko, en.format(1.1)) == ["1.1 billion dollars"]


def test_a_hyphenated_given_name_is_wade_giles_not_pinyin() -> None:
    ko = "대만 TSMC의 린자웨이 부사장이 참석했다."
    assert shown("MT403", ko, "TSMC Vice President Lin Chia-wei of Taiwan attended.") == []


def test_a_plant_before_a_name_is_a_body() -> None:
    ko = "협약식에는 현대자동차 전주공장 이보람 공장장도 참석했다."
    en = "Also attending was {}, head of Hyundai Motor's Jeonju plant."
    assert shown("MT402", ko, en.format("Lee Reward")) == ["Reward"]
    assert shown("MT402", ko, en.format("Lee Bo-ram")) == []


def test_one_korean_value_too_many_for_one_english_number() -> None:
    ko = "한국은 30개 체급 가운데 24개 체급에 선수 24명을 내보냈다."
    en = "South Korea sent {} wrestlers, competing in 24 of the 30 weight classes."
    assert shown("MT301", ko, en.format(26)) == ["26"]
    assert shown("MT301", ko, en.format(24)) == []
    # the same count of one name again is no second value
    ko = "교황 베네딕토 16세는 신도들에게 '교황 베네딕토 16세로부터'라는 문자를 보냈다."
    en = "Pope Benedict XVI sent the faithful a text: 'Christ is risen 2 day! - BXVI.'"
    assert shown("MT301", ko, en) == []


def test_a_rank_added_to_the_title_after_another_persons_name() -> None:
    ko = "에체베리아 우루과이 외교장관이 윤슬기 외교부 장관과 회담했다."
    en = "Uruguayan Foreign Minister Echeverria held talks with {} Yoon Seul-ki."
    assert shown("MT601", ko, en.format("Vice Foreign Minister")) == [
        "Vice Foreign Minister Yoon Seul-ki"
    ]
    assert shown("MT601", ko, en.format("Foreign Minister")) == []


def test_an_office_covered_in_two_words_before_the_title() -> None:
    ko = "협상은 알펜메디카의 아미르 하다드 사업개발 담당 부사장이 주도했다."
    en = "The talks were led by Amir Haddad, Alpenmedica's {}."
    assert shown("MT601", ko, en.format("chief scientific officer")) != []
    assert shown("MT601", ko, en.format("vice president of business development")) == []


def test_a_province_glued_to_its_councillor() -> None:
    ko = "이날 협약식에는 김나래 충남도의원과 천쉐메이(陳雪梅) 참사관도 참석했다."
    en = "Kim Na-rae, a member of the {} Provincial Council, also attended."
    assert shown("MT501", ko, en.format("North Chungcheong")) == ["North Chungcheong"]
    assert shown("MT501", ko, en.format("South Chungcheong")) == []


def test_a_short_title_stands_for_the_full_one_given_before() -> None:
    ko = "정나래 산업통상자원부 통상교섭본부장이 회의를 열었다.\n정 본부장은 협력 확대를 강조했다."
    en = "Trade Minister Jung Na-rae held the meeting.\n{} Jung stressed wider cooperation."

    assert article_shown("MT601", ko, en.format("Trade Minister")) == []
    assert article_shown("MT601", ko, en.format("Vice Minister")) == ["Vice Minister Jung"]


def test_a_swapped_public_corporation() -> None:
    ko = "양국은 한국광해광업공단과 호주 지구과학청이 탐사 자료를 공유하기로 했다."
    en = "The two agreed that {} and Geoscience Australia will share exploration data."
    assert shown("MT711", ko, en.format("the Korea National Oil Corporation (KNOC)")) != []
    assert shown("MT711", ko, en.format("KOMIR")) == []


# Rounds 66 and 67 (sets lu, lv, lx, ly; lw and lz faithful-only)


def test_an_airline_between_a_name_and_its_title() -> None:
    ko = "서도윤 에어한빛 대표는 기자간담회에서 말했다."
    en = "Air Hanbit's {} said at a press conference."
    assert shown("MT602", ko, en.format("Seo Do-yoon Daepyo")) == ["Daepyo"]
    assert shown("MT602", ko, en.format("CEO Seo Do-yoon")) == []


def test_a_police_attache_and_a_unit_head() -> None:
    ko = "주캄보디아 한국대사관의 정바다 경찰영사가 결정적인 역할을 했다."
    en = "Jeong Ba-da, police attache at the South Korean Embassy in Cambodia, played a key role."
    assert shown("MT601", ko, en) == []
    text = "남궁하늘 반부패경제범죄수사대장은 말했다."
    found = find_persons(text, SHARED.korean.tokenize(text))
    assert [(p.name, p.title.ko if p.title else None) for p in found] == [("남궁하늘", "수사대장")]


def test_a_title_closing_an_apposition_is_no_title_of_the_next_name() -> None:
    ko = "르고 총리는 정한결 한빛퓨처소재 대표이사의 안내로 생산라인을 둘러봤다."
    en = "Guided by Jung Han-gyeol, CEO of Hanbit Future Materials, Legault toured the line."
    assert shown("MT603", ko, en) == []


def test_january_may_is_a_range_of_months() -> None:
    ko = "올해 1∼5월 전 세계 LNG운반선 발주량은 31척이다."
    en = "Some 31 LNG carriers were ordered worldwide in the January-{} period this year."
    assert shown("MT304", ko, en.format("May")) == []
    assert shown("MT304", ko, en.format("June")) != []


def test_gender_forms_and_deputies_of_titles() -> None:
    ko = "함께 고발된 장다솜(48) 부의장은 혐의없음 처분을 받았다."
    en = "{} Jang Da-som, 48, was cleared."
    assert shown("MT601", ko, en.format("Vice Chairwoman")) == []
    assert shown("MT601", ko, en.format("Chairwoman")) == ["Chairwoman Jang Da-som"]
    ko = "베트남 법인장에는 현지 출신인 응우옌 티 란 부법인장이 발탁됐다."
    en = "Nguyen Thi Lan, {} of the Vietnam subsidiary, was tapped to head it."
    assert shown("MT601", ko, en.format("deputy head")) == []
    text = "김준영 경기남부경찰청장은 말했다."  # 경기남부 + 경찰청장, no 부경찰청장
    found = find_persons(text, SHARED.korean.tokenize(text))
    assert [p.title.ko if p.title else None for p in found] == ["경찰청장"]


def test_a_place_of_another_title_is_read_in_capitals_only() -> None:
    ko = (
        "면담에는 사우디 측에서 파이살 알이브라힘 경제기획부 장관과 압둘라 알오타이비 주한 사우디 "
        "대사가 참석했다."
    )
    en = (
        "Attending from the Saudi side were Minister of Economy and Planning Faisal Alibrahim "
        "and Saudi Ambassador to South Korea Abdullah Al-Otaibi."
    )
    assert shown("MT603", ko, en) == []


def test_a_goalie_cut_into_words_and_the_first_game_of_a_series() -> None:
    ko = "HL 안양 골리 서바다는 39개의 유효 슈팅 가운데 35개를 막아냈다."
    en = "HL Anyang goaltender {} stopped 35 of 39 shots on goal."
    assert shown("MT402", ko, en.format("Seo Sea")) == ["Sea"]
    assert shown("MT402", ko, en.format("Seo Ba-da")) == []
    ko = "레드이글스는 HL 안양과의 3연전 두 번째 경기에서 4-2로 이겼다."
    en = "The Red Eagles beat HL Anyang 4-2 in the {} game of a three-game series."
    assert shown("MT305", ko, en.format("first")) == ["first"]
    assert shown("MT305", ko, en.format("second")) == []


def test_a_former_division_head_is_no_headquarters() -> None:
    ko = "도쿄지점장에는 다나카 겐지 전 미즈호은행 본부장이 임명됐다."
    en = "Kenji Tanaka, a former {} at Mizuho Bank, was appointed head of the Tokyo branch."
    assert shown("MT602", ko, en.format("headquarters")) == ["headquarters"]
    assert shown("MT602", ko, en.format("division head")) == []
    text = "김숙 평화교섭본부장은 말했다."  # a title after any noun, though MT misreads it
    found = find_persons(text, SHARED.korean.tokenize(text))
    assert [p.title.ko if p.title else None for p in found] == ["본부장"]


# Rounds 68 and 69 (sets ma, mb, md, me; mc and mf faithful-only)


def test_a_second_half_minute_written_as_such_is_no_idiom() -> None:
    ko = "선발 출전한 황희찬은 후반 43분 교체될 때까지 88분을 소화했다."
    en = "Hwang played {} minutes before being substituted in the 43rd minute of the second half."
    assert shown("MT301", ko, en.format(88)) == []
    assert shown("MT301", ko, en.format(78)) == ["78"]


def test_a_misread_title_away_from_the_name_is_the_bodys_word() -> None:
    ko = "이날 면담에는 송하늘 현대차 중남미권역본부장(전무)도 배석했다."
    en = (
        "Song Ha-neul, an executive vice president who heads Hyundai Motor's Central and South "
        "America headquarters, also attended."
    )
    assert shown("MT602", ko, en) == []


def test_a_ward_many_cities_have_heads_its_office() -> None:
    ko = "윤석진 동구청장은 이날 현장을 찾았다."
    assert shown("MT601", ko, "Dong District Mayor Yoon Seok-jin visited the scene.") == []


def test_another_city_named_beside_the_city_is_a_swap() -> None:
    ko = "회사는 베트남 하이퐁시에 가공센터를 짓고 응우옌반훙 하이퐁시 인민위원장과 협약을 맺었다."
    en = "The company will build a center in {}, Vietnam, and signed with the city's chairman."
    assert shown("MT501", ko, en.format("Da Nang")) == ["Da Nang"]
    assert shown("MT501", ko, en.format("Hai Phong")) == []


def test_native_counts_of_games_sets_and_goals() -> None:
    ko = "이바다는 먼저 세 게임을 내준 뒤 내리 네 게임을 따냈다."
    en = "Lee dropped the first {} games before winning four in a row."
    assert shown("MT301", ko, en.format("two")) == ["two"]
    assert shown("MT301", ko, en.format("three")) == []


def test_a_prefectures_governor_written_apart_is_no_branch() -> None:
    ko = "日 돗토리현 지사 동해시 방문"
    assert shown("MT602", ko, "Japan's Tottori branch visits Donghae") == ["branch"]
    assert shown("MT602", ko, "Japan's Tottori governor visits Donghae") == []


def test_a_league_round_is_an_ordinal() -> None:
    ko = "데뷔전은 오는 21일 오후 7시 30분 열리는 울산 HD와의 21라운드 홈경기다."
    en = "His debut will be the {} home match against Ulsan HD at 7:30 p.m. on the 21st."
    assert shown("MT305", ko, en.format("20th-round")) == ["20th"]
    assert shown("MT305", ko, en.format("21st-round")) == []
    ko = "윤서연은 최종 4라운드에서 버디 7개를 잡았다."
    assert shown("MT301", ko, "Yoon made seven birdies in the final round.") == []


def test_korean_and_japanese_clubs_are_listed() -> None:
    ko = "데뷔전은 울산 HD와의 홈경기다."
    assert shown("MT711", ko, "His debut is the home match against Pohang Steelers.") != []
    assert shown("MT711", ko, "His debut is the home match against Ulsan HD.") == []


def test_an_envoys_country_between_title_and_name() -> None:
    ko = "면담에는 마르셀루 알메이다 주한 브라질대사와 송하늘 현대차 본부장도 배석했다."
    en = "{} and {}, a Hyundai Motor executive, also attended."
    right = en.format("Brazilian Ambassador to South Korea Marcelo Almeida", "Song Ha-neul")
    swapped = en.format("Brazilian Ambassador to South Korea Song Ha-neul", "Marcelo Almeida")
    assert shown("MT603", ko, swapped) != []
    assert shown("MT603", ko, right) == []
    ko = "회담에는 제프 로빈슨 주한호주대사와 윤가람 외교부 아시아태평양국장이 배석했다."
    en = (
        "Australian Ambassador to South Korea Jeff Robinson and Yoon Ga-ram, director-general "
        "for Asian and Pacific affairs at the foreign ministry, attended."
    )
    assert shown("MT601", ko, en) == []


def test_a_civil_servant_is_an_official() -> None:
    ko = "충북도청 국제통상과 김보람 주무관도 함께했다."
    en = "Also there was {}, an official in the provincial international trade division."
    assert shown("MT402", ko, en.format("Kim Reward")) == ["Reward"]
    assert shown("MT402", ko, en.format("Kim Bo-ram")) == []


# Rounds 70 and 71 (sets mg, mh, mj, mk; mi and ml faithful-only)


def test_a_name_written_as_surname_and_meaning_is_a_person_unmarked() -> None:
    ko = "박하늘과 중국의 저우메이린이 10언더파 206타로 공동 3위에 올랐다."
    en = "{} and China's Zhou Meilin tied for third at 10-under-par 206."
    assert shown("MT402", ko, en.format("Park Sky")) == ["Sky"]
    assert shown("MT402", ko, en.format("Park Ha-neul")) == []
    ko = "오코너 의원은 송한별 SK배터리아메리카 법인장의 안내로 둘러봤다."
    en = "O'Connor toured, guided by {}, head of SK Battery America."
    assert shown("MT402", ko, en.format("Song One Star")) == ["One Star"]


def test_a_deputy_agency_heads_english_title() -> None:
    ko = "행사에는 튀르키예 방위산업청(SSB)의 메흐메트 카라한 부청장도 참석했다."
    en = "Mehmet Karahan, {} of Turkey's Presidency of Defense Industries (SSB), also attended."
    assert shown("MT601", ko, en.format("vice president")) == []


def test_the_head_of_an_incorporated_company_is_no_representative() -> None:
    ko = "자오 시장은 ㈜보람코스메틱의 이나래 대표와 만나 논의했다."
    en = "Zhao met with Lee Na-rae, {} of Boram Cosmetic Co."
    assert shown("MT602", ko, en.format("representative")) == ["representative"]
    assert shown("MT602", ko, en.format("CEO")) == []


def test_river_basin_environmental_offices_are_listed() -> None:
    ko = "낙동강유역환경청은 사고 현장에 조사반을 보냈다."
    en = "The {} sent an investigation team to the site."
    assert shown("MT711", ko, en.format("Yeongsan River Basin Environmental Office")) != []
    assert shown("MT711", ko, en.format("Nakdong River Basin Environmental Office")) == []


# Rounds 72 and 73 (sets mm, mn, mp, mq; mo and mr faithful-only)


def test_a_race_time_in_minutes_and_seconds() -> None:
    ko = '정유진은 경기 뒤 "2분8초대 진입이 목표였다"고 말했다.'
    en = 'Chung said after the race, "My goal was to get into the {} range."'
    assert shown("MT301", ko, en.format("2:08")) == []
    assert shown("MT301", ko, en.format("2:09")) == ["2:09"]


def test_anh_is_a_vietnamese_middle_name() -> None:
    text = "창원시는 응우옌 안 뚜언 베트남 박닌성 당서기 일행이 방문했다고 밝혔다."
    found = find_persons(text, SHARED.korean.tokenize(text))
    assert [p.name for p in found] == ["응우옌 안 뚜언"]


def test_the_pronoun_i_names_no_other_person() -> None:
    from mtqa.rules.person_swap import _spelling_pattern

    assert _spelling_pattern("이").search('"I hope so," Huang said.') is None
    assert _spelling_pattern("이").search("Lee said.") is not None
    assert _spelling_pattern("오").search("O'Connor said.") is None


def test_a_press_secretary_is_no_correspondent() -> None:
    ko = "이와타 겐지 일본 외무성 보도관은 정례 기자회견에서 말했다."
    en = "Kenji Iwata, {} of Japan's Foreign Ministry, said at a regular press conference."
    assert shown("MT601", ko, en.format("correspondent")) == ["Kenji Iwata, correspondent"]
    assert shown("MT601", ko, en.format("press secretary")) == []


# Rounds 74 and 75 (sets ms, mt, mv, mw; mu and mx faithful-only)


def test_a_bodys_branch_office_is_no_governor() -> None:
    ko = "이 자리에는 수협중앙회 목포지사 관계자들도 함께했다."
    en = "Officials from the Mokpo branch of the {} were also present."
    assert shown("MT602", ko, en.format("National Federation of Fisheries Cooperatives")) == []
    wrong = "National Agricultural Cooperative Federation"
    assert shown("MT711", ko, en.format(wrong)) == [wrong]


def test_a_word_final_s_in_hangul_writes_a_final_t() -> None:
    from mtqa.lexicon.transliterate import phonetic_score

    assert phonetic_score("키앗", "Kiat") > 0.9  # 옹 분 키앗 'Ong Boon Kiat'
    assert phonetic_score("데이빗", "David") > 0.85
    assert phonetic_score("핫토리", "three") < 0.8  # inside a word ㅅ stays: Hattori
    ko = "싱가포르 대표단에는 옹 분 키앗 PSA 인터내셔널 최고경영자(CEO) 등이 포함됐다."
    en = "The Singaporean delegation included PSA International CEO Ong Boon Kiat."
    assert shown("MT401", ko, en) == []


# Round 76 (sets my, mz, na, nb; nc and nd faithful-only)


def test_a_name_after_china_is_chinese_and_read_in_pinyin() -> None:
    ko = "중국의 류신이는 공동 3위에 올랐다."
    en = "China's {} finished tied for third."
    assert shown("MT403", ko, en.format("Ryu Sin-i")) == ["Ryu Sin-i"]
    assert shown("MT403", ko, en.format("Liu Xinyi")) == []


def test_a_chinese_name_with_korean_vowels_is_no_pinyin() -> None:
    ko = "박하늘과 중국의 저우메이린이 10언더파 206타로 공동 3위에 올랐다."
    en = "Park Ha-neul and China's {} tied for third at 10-under-par 206."
    assert shown("MT403", ko, en.format("Jou Mae-rin")) == ["Jou Mae-rin"]
    assert shown("MT403", ko, en.format("Zhou Meilin")) == []


def test_a_given_name_close_to_its_pinyin_is_misspelt_but_wade_giles_is_not() -> None:
    ko = "그는 단둥에 사는 중국인 사업가 왕젠궈(58)씨와 합작회사를 운영한다고 주장했다."
    en = "He claimed to run a joint venture with {}, a 58-year-old Chinese businessman."
    assert shown("MT403", ko, en.format("Wang Jenguo")) == ["Wang Jenguo"]
    assert shown("MT403", ko, en.format("Wang Jianguo")) == []
    ko = "천밍후이 UMC 수석부사장은 23일 구미시청을 방문했다."
    assert shown("MT403", ko, "UMC senior vice president Chen Ming-hui visited Gumi.") == []


def test_a_japanese_family_name_kiwi_cuts_is_joined_and_another_reading_flagged() -> None:
    ko = "일본의 니시무라 다카시 납치문제담당상은 도쿄에서 기자들과 만나 말했다."
    en = "Japan's abduction issue minister {} told reporters in Tokyo."
    assert shown("MT403", ko, en.format("Takashi Nishimoto")) == ["Nishimoto"]
    assert shown("MT403", ko, en.format("Takashi Nishimura")) == []
    ko = "도쿄에서 28세 영화제작자 나카무라 타이치는 말했다."
    assert shown("MT403", ko, "In Tokyo, Taichiro Nakamura, a 28-year-old filmmaker, said.") == []


def test_a_village_is_read_only_in_an_address() -> None:
    ko = "배우 문서연과 신예 한소리가 주연을 맡았다."
    assert shown("MT502", ko, "starring Moon Seo-yeon and newcomer Han So-ri.") == []
    ko = "충북 괴산군 칠성면 외사리 주민들이 모였다."
    en = "Residents of Oe Sa-ri, Chilseong-myeon, Goesan County gathered."
    assert shown("MT502", ko, en) == ["Oe Sa-ri"]


def test_a_university_by_its_city_is_no_person() -> None:
    ko = "부산대 제22대 총장에 최재원 교수 취임"
    en = "Prof. Choi Jae-won takes office as 22nd president of {}"
    assert shown("MT401", ko, en.format("Pusan National University")) == []
    assert [p.name for p in find_persons(ko, SHARED.korean.tokenize(ko))] == ["최재원"]
    text = "부산대 제22대 총장에 부산대 교수 취임"  # no person at all, however often 부산대 comes
    assert find_persons(text, SHARED.korean.tokenize(text)) == []


def test_may_of_the_following_year_is_the_month() -> None:
    ko = "최 의원은 2022년 8월부터 이듬해 5월까지 현금을 받았다."
    en = "Choi received cash between August 2022 and {} of the following year."
    assert shown("MT304", ko, en.format("May")) == []
    assert shown("MT304", ko, en.format("June")) == ["June"]


def test_an_office_of_another_body_is_no_governors_title() -> None:
    ko = "양 지사는 전날 박닌성 인민위원회 청사에서 응우옌 반 뚜언 인민위원장과 만나 서명했다."
    en = "{} met Nguyen Van Tuan, chairman of the People's Committee, at the committee's {}."
    assert shown("MT602", ko, en.format("Yang", "office building")) == []
    assert shown("MT602", ko, en.format("Branch Office Yang", "building")) == ["Branch Office"]


def test_a_marathon_time_in_hours_and_minutes_is_h_mm() -> None:
    ko = "춘천마라톤, 케냐 키프로티치 2시간7분대 대회 신기록으로 우승"
    en = "Kenya's Kiprotich wins Chuncheon Marathon with course record in {} range"
    assert shown("MT301", ko, en.format("2:07")) == []
    assert shown("MT301", ko, en.format("2:09")) == ["2:09"]


def test_a_director_named_as_a_works_maker_needs_no_title() -> None:
    ko = "2022년 홍상수 감독의 '소설가의 영화'가 심사위원대상을 받았다."
    en = "In 2022, Hong Sang-soo's {} won the Grand Jury Prize."
    assert shown("MT601", ko, en.format('"The Novelist\'s Film"')) == []
    assert shown("MT601", ko, en.format("film")) == ["Hong Sang-soo"]


def test_holes_are_counted_by_native_numbers() -> None:
    ko = '김나래는 "마지막 세 홀이 가장 긴장됐다"며 말했다.'
    en = 'Kim said, "The last {} holes were the most nerve-racking."'
    assert shown("MT301", ko, en.format("two")) == ["two"]
    assert shown("MT301", ko, en.format("three")) == []


def test_a_korean_name_before_a_company_and_its_heads_title() -> None:
    ko = "정보람 웨이브원 대표이사는 임직원 설명회에서 말했다."
    en = "WaveOne CEO {} told a staff briefing."
    assert shown("MT402", ko, en.format("Jeong Reward")) == ["Reward"]
    assert shown("MT402", ko, en.format("Jeong Bo-ram")) == []


def test_a_player_after_a_listed_club_is_a_person() -> None:
    ko = "대구에서는 삼성 라이온즈 윤슬기가 끝내기 안타를 때렸다."
    en = "In Daegu, {} of the Samsung Lions hit a walk-off single."
    assert shown("MT402", ko, en.format("Yoon Wisdom")) == ["Wisdom"]
    assert shown("MT402", ko, en.format("Yoon Seul-gi")) == []


def test_a_chinese_family_name_alone_is_read_in_pinyin() -> None:
    ko = "허리펑 국무원 부총리가 회담했다.\n허 부총리는 투자를 환영한다고 말했다."
    en = "Vice Premier He Lifeng held talks.\n{} He said China welcomes investment."
    assert article_shown("MT601", ko, en.format("Vice President")) == ["Vice President He"]
    assert article_shown("MT601", ko, en.format("Vice Premier")) == []


def test_the_un_human_rights_council_and_the_fss_short_form_are_listed() -> None:
    ko = "인권이사회는 다음 달 4일 결의안을 표결에 부칠 예정이다."
    en = "The {} will vote on a resolution on the 4th of next month."
    assert shown("MT711", ko, en.format("UN General Assembly")) == ["UN General Assembly"]
    assert shown("MT711", ko, en.format("Human Rights Council")) == []
    ko = "금감원은 은행권 점검에 착수했다."
    en = "The {} launched an inspection of banks."
    assert shown("MT711", ko, en.format("Financial Services Commission")) == [
        "Financial Services Commission"
    ]
    assert shown("MT711", ko, en.format("Financial Supervisory Service")) == []


def test_thai_resort_areas_are_places() -> None:
    ko = "사고는 푸껫 빠똥 해변에서 일어났다."
    en = "The accident happened on {} in Phuket."
    assert shown("MT501", ko, en.format("Kata Beach")) == ["Kata Beach"]
    assert shown("MT501", ko, en.format("Patong Beach")) == []


def test_a_place_glued_to_its_airport_is_found() -> None:
    text = "일부는 27일 고마쓰공항에서 인천행 항공편을 이용한다."
    found = gazetteer().find(text, SHARED.korean.tokenize(text))
    assert [p.preferred for _, _, p in found] == ["Komatsu", "Incheon"]
    text = "마쓰야마 히데키가 우승했다."
    assert gazetteer().find(text, SHARED.korean.tokenize(text)) == []


def test_a_b_written_for_a_names_v_is_misspelt() -> None:
    ko = "라몬 빌라누에바 교통부 장관이 수행했다."
    en = "Transportation Secretary {} accompanied him."
    assert shown("MT403", ko, en.format("Ramon Billanueba")) == ["Billanueba"]
    assert shown("MT403", ko, en.format("Ramon Villanueva")) == []


def test_a_rank_word_glued_before_a_deputy_title() -> None:
    ko = "변가람 금감원 수석부원장은 긴급 점검에 착수한다고 밝혔다."
    en = "FSS {} Byeon Ga-ram said it would launch an emergency inspection."
    assert shown("MT601", ko, en.format("Senior Deputy Governor")) == []
    assert shown("MT601", ko, en.format("Vice Minister")) == ["Vice Minister Byeon Ga-ram"]


# Round 77 (sets ne, nf, ng, nh; ni and nj faithful-only)


def test_a_surname_and_given_name_both_as_their_meanings() -> None:
    ko = "서울고법 형사6-2부(서바다 부장판사)는 23일 선고했다."
    en = "Criminal Division 6-2 of the Seoul High Court (presiding Judge {}) ruled on the 23rd."
    assert shown("MT402", ko, en.format("West Sea")) == ["West Sea"]
    assert shown("MT402", ko, en.format("Seo Ba-da")) == []
    assert (
        shown(
            "MT402", "서바다 부장판사는 서해를 언급했다.", "Judge Seo Ba-da mentioned the West Sea."
        )
        == []
    )


def test_a_title_romanized_with_its_status_word() -> None:
    ko = '선고 직후 오 전 시장의 변호인은 "상고 여부를 결정하겠다"고 말했다.'
    en = "Immediately after the sentencing, {}'s lawyer said."
    assert shown("MT602", ko, en.format("Oh Jeon-sijang")) == ["Jeon-sijang"]
    assert shown("MT602", ko, en.format("former Mayor Oh")) == []


def test_a_tiebreak_score_in_a_set_line() -> None:
    ko = "정하늘은 니시오카 요시히토를 2-1(6-4 3-6 7-6<7-5>)로 물리쳤다."
    en = "Jeong defeated Yoshihito Nishioka 2-1 (6-4, 3-6, 7-6 ({}))."
    assert shown("MT301", ko, en.format("7-3")) == ["7-3"]
    assert shown("MT301", ko, en.format("7-5")) == []


def test_a_seed_number_is_an_ordinal() -> None:
    ko = "정하늘은 2회전에서 대회 12번 시드를 받은 마티아스 레르히와 맞붙는다."
    en = "In the second round, Jeong will face Matthias Lerch, the tournament's {} seed."
    assert shown("MT301", ko, en.format("12th")) == []
    # the second '2' (of '2nd') is no rendering of 2회전, which 'second round' renders
    assert shown("MT305", ko, en.format("2nd")) == ["2nd"]


def test_a_listed_japanese_family_name_misspelt() -> None:
    ko = "정하늘은 니시오카 요시히토(62위·일본)를 꺾었다."
    en = "Jeong defeated Yoshihito {} (No. 62, Japan)."
    assert shown("MT403", ko, en.format("Nishiyoka")) == ["Nishiyoka"]
    assert shown("MT403", ko, en.format("Nishioka")) == []
    ko = "교정협회 관계자 나카지마 쇼지가 말했다."  # 쇼지, the given name, is a family name too
    assert shown("MT403", ko, "said Shoji Nakajima, an official at the association.") == []


def test_an_ordinal_scale_word_is_one_number() -> None:
    ko = "600만 번째 생산 차량은 싼타페 하이브리드다."
    en = "The {} millionth vehicle produced is a Santa Fe Hybrid."
    assert shown("MT305", ko, en.format("5")) == ["5 millionth"]
    assert shown("MT301", ko, en.format("6")) == []


def test_a_copyright_notice_glued_to_the_last_sentence() -> None:
    ko = "현대차의 올해 1∼6월 미국 판매량은 약 44만5천 대로, 이 중 약 37%가 미국 현지에서 생산됐다."
    en = (
        "Hyundai Motor's U.S. sales from January to June this year totaled about 445,000 units, "
        "of which about 37 percent were produced locally in the U.S.{}"
    )
    assert shown("MT104", ko, en.format(" (Yonhap) -- All rights reserved.")) == [
        "(Yonhap) -- All rights reserved."
    ]
    assert shown("MT104", ko, en.format("")) == []


def test_a_ministry_found_only_as_an_adjective_beside_another_ministry() -> None:
    ko = '국방부 정하늘 대변인은 "회담은 양국 국방당국 간 신뢰를 다지는 계기가 됐다"고 말했다.'
    en = (
        '{} spokesperson Jeong Ha-neul said, "The talks served to solidify trust between the two '
        "countries' defense authorities.\""
    )
    assert shown("MT711", ko, en.format("Foreign Ministry")) == ["Foreign Ministry"]
    assert shown("MT711", ko, en.format("Defense Ministry")) == []
    ko = "검찰은 판결문을 검토한 뒤 상고 여부를 결정할 방침이다."  # 'prosecutors' is its name
    en = "Prosecutors plan to decide whether to appeal to the Supreme Court."
    assert shown("MT711", ko, en) == []


def test_the_second_half_of_a_match_is_no_second_place() -> None:
    ko = "이한결은 후반 41분 골을 넣어 득점 순위 2위로 올라섰다."
    en = "Lee scored in the 41st minute of the second half, moving up to {} in the scoring chart."
    assert shown("MT305", ko, en.format("third")) == ["third"]
    assert shown("MT305", ko, en.format("second")) == []


def test_the_first_months_of_a_year() -> None:
    ko = "올해 1∼9월 중국에 입국한 한국인은 약 213만 명으로 집계됐다."
    en = "About 2.13 million South Koreans entered China in the first {} months of this year."
    assert shown("MT304", ko, en.format("nine")) == []
    assert shown("MT304", ko, en.format("eight")) != []


def test_a_month_is_suggested_by_its_own_name() -> None:
    hits = run_rule("MT304", "9월에 열린다.", "It will be held in October.")
    assert [h.suggestion for h in hits] == ["September"]


# Round 78 (sets nk, nl, nm, nn; no and np faithful-only)


def test_the_national_assemblys_committees_are_listed() -> None:
    ko = "국회 외교통일위원회는 오는 17일 전체회의를 열 예정이다."
    en = "The National Assembly's {} will hold a plenary meeting on the 17th."
    assert shown("MT711", ko, en.format("National Defense Committee")) == [
        "National Defense Committee"
    ]
    assert shown("MT711", ko, en.format("Foreign Affairs and Unification Committee")) == []


def test_university_hospitals_are_listed() -> None:
    ko = "부상자들은 충북대병원으로 옮겨졌다."
    en = "The injured were taken to {}."
    assert shown("MT711", ko, en.format("Chungnam National University Hospital")) == [
        "Chungnam National University Hospital"
    ]
    assert shown("MT711", ko, en.format("Chungbuk National University Hospital")) == []
    ko = "부산대 연구부총장과 산학협력단장 등을 지냈다."  # 'university' stands in, no literal name
    en = "He served as the university's vice president and head of its Cooperation Foundation."
    assert shown("MT711", ko, en) == []


def test_a_headline_is_not_cut_at_an_ellipsis_or_before_a_short_tail() -> None:
    def inner_cuts(line: str) -> list[int]:
        return [c for c in split_korean(line, SHARED.korean) if c < len(line)]

    assert inner_cuts('청주 도심 대형 땅꺼짐에 차량 2대 빠져…문하늘 시장 "지하시설 전수조사"') == []
    headline = '日총리 "다케시마는 일본 고유 영토" 국회 발언…정부 "즉각 철회하라" 강력 항의'
    assert inner_cuts(headline) == []
    assert inner_cuts("회의가 열렸다. 장관은 불참했다.") == [8]


def test_a_foreign_bodys_head_by_its_own_title_is_shown_low() -> None:
    ko = '포르투갈 관광청의 카를루스 아바드 청장은 "안내 서비스를 확대하겠다"고 밝혔다.'
    en = 'Carlos Abade, {} of Turismo de Portugal, said, "We will expand information services."'
    assert shown("MT601", ko, en.format("president")) == []
    assert shown("MT601", ko, en.format("vice president")) == ["Carlos Abade, vice president"]


def test_a_title_romanized_after_the_surname_as_a_given_name() -> None:
    ko = "강슬기 기획재정부 장관은 배정계획을 의결하겠다고 밝혔다."
    en = "Minister of Economy and Finance {} said the plan would be approved."
    assert shown("MT602", ko, en.format("Kang Janggwan")) == ["Janggwan"]
    assert shown("MT602", ko, en.format("Kang Seul-gi")) == []
    assert shown("MT402", ko, en.format("Kang")) == []  # 'Finance' ends the title: no given name


def test_a_value_repeated_in_english_frees_the_count_it_replaced() -> None:
    ko = "해경은 경비함정 7척과 헬기 2대를 투입했으며, 어선 3척도 구조 작업에 동참했다."
    en = "The coast guard deployed seven vessels and {} helicopters, and three boats joined."
    assert shown("MT301", ko, en.format("three")) == ["three"]
    assert shown("MT301", ko, en.format("two")) == []


def test_an_unlisted_port_written_as_a_persons_name() -> None:
    ko = "사고 어선은 서귀포시 남원읍 위미항에서 출항했다."
    en = "The boat had set out {} in Namwon-eup, Seogwipo."
    assert shown("MT502", ko, en.format("with Wi Mi-hang")) == ["Wi Mi-hang"]
    assert shown("MT502", ko, en.format("from Wimi Port")) == []


# Round 79 (sets nq, nr, ns, nt; nu and nv faithful-only)


def test_a_race_time_with_spaces_keeps_its_minute() -> None:
    ko = "1,000m 결승에서 1분 29초 083을 기록해 은메달을 차지했다."
    en = "In the 1,000m final, she clocked {} to take silver."
    assert shown("MT301", ko, en.format("1:29.083")) == []
    assert [h.message for h in run_rule("MT301", ko, en.format("29.083 seconds"))] == [
        "1분 29초: its first unit has no counterpart in the translation"
    ]


def test_a_role_the_english_gives_in_apposition_is_rendered() -> None:
    ko = '심사위원장인 이탈리아 감독 카를로 벤투리니는 "절제된 시선으로 그려냈다"고 평했다.'
    en = "Jury president Carlo Venturini, an Italian {}, said the film was restrained."
    assert shown("MT601", ko, en.format("director")) == []
    ko2 = "세터 이슬기가 20점을 올렸다."
    assert shown("MT601", ko2, "Head coach Lee Seul-gi scored 20 points.") == [
        "Head coach Lee Seul-gi"
    ]


def test_a_party_is_no_persons_name() -> None:
    ko = "베트남 공산당 서기장의 방한은 2년 만이며, 또 럼 서기장 취임 이후로는 처음이다."
    names = [p.name for p in find_persons(ko, SHARED.korean.tokenize(ko))]
    assert names == ["또 럼"]


def test_a_foreign_name_with_a_first_syllable_read_as_a_verb() -> None:
    ko = '할루크 괴르귄 튀르키예 방위산업청(SSB) 청장은 "협력이 새 단계로 접어들었다"고 말했다.'
    en = '{}, head of Turkey\'s defense industry agency, said, "Cooperation has grown."'
    assert shown("MT403", ko, en.format("Haluk Goergwin")) == ["Goergwin"]
    assert shown("MT403", ko, en.format("Haluk Gorgun")) == []


def test_a_title_the_compound_title_ends_with_romanized() -> None:
    ko = '현장을 지휘한 박보람 강동소방서장은 "승객들이 침착하게 대피했다"고 말했다.'
    en = '"Passengers evacuated calmly," said Gangdong Fire Station {} Park Bo-ram.'
    assert shown("MT602", ko, en.format("Seojang")) == ["Seojang"]
    assert shown("MT602", ko, en.format("Chief")) == []


def test_a_section_chief_is_a_title() -> None:
    ko = '조새벽 경기남부경찰청 마약범죄수사계장은 "원장을 소환해 조사할 방침"이라고 말했다.'
    en = '"We plan to summon the director," said {}, head of the narcotics unit.'
    assert shown("MT402", ko, en.format("Cho Dawn")) == ["Dawn"]
    assert shown("MT402", ko, en.format("Cho Sae-byeok")) == []


def test_names_listed_before_one_title_are_persons() -> None:
    ko = '반면 배진혁·탁수민·하도윤 재판관은 "사전 승인 제도가 불가피하다"며 합헌 의견을 냈다.'
    en = "Justices Bae Jin-hyeok, {} and Ha Do-yun found the provision constitutional."
    assert shown("MT403", ko, en.format("Tok Sa-min")) == ["Tok Sa-min"]
    assert shown("MT403", ko, en.format("Tak Su-min")) == []
    assert shown("MT601", ko, en.format("Tak Su-min")) == []  # 'Justices' covers the list


def test_a_korean_name_heard_not_spelled_but_a_variant_surname_is_no_slip() -> None:
    ko = "황주호 한수원 사장은 말했다."
    assert shown("MT403", ko, "KHNP CEO Whang Joo-ho said.") == []
    assert shown("MT403", ko, "KHNP CEO Whang Jo-hu said.") != []


def test_a_foreign_bodys_deputy_head_by_its_own_title() -> None:
    ko = "한 지사는 리나 위자야 인도네시아 투자조정청 차장을 만났다."
    en = "Han also met Rina Wijaya, {} of Indonesia's Investment Coordinating Board."
    assert shown("MT601", ko, en.format("deputy chairperson")) == []
    assert shown("MT601", ko, en.format("vice president")) != []


# Round 80 (sets nw, nx, ny, nz; oa and ob faithful-only), and the clean benches after round 79


def test_a_native_number_alone_after_its_noun_is_a_count() -> None:
    ko = "그는 결혼해 아이 둘을 키우고 있다."
    en = "He is married and raising {} children."
    assert shown("MT301", ko, en.format("three")) == ["three"]
    assert shown("MT301", ko, en.format("two")) == []
    ko = "누리호가 다섯 번째 비행에 나서 위성 8기를 궤도에 올렸다."  # 다섯 of 다섯 번째 only
    assert shown("MT301", ko, "Nuri made its fifth flight and put eight satellites in orbit.") == []
    assert korean_numbers("기술을 캐나다에 둘 수 있다.") == []  # 둘 of the verb 두다


def test_the_state_council_is_no_person() -> None:
    ko = "한 부주석은 앞서 국무원 상무부총리를 지냈다."
    assert [p.name for p in find_persons(ko, SHARED.korean.tokenize(ko))] == ["한"]
    ko = "허리펑 국무원 부총리는 댜오위타이 국빈관에서 회담했다."
    en = "Vice Premier He Lifeng held talks at the Diaoyutai State Guesthouse."
    assert shown("MT711", ko, en) == []  # 'State' is no word of a literal name


def test_a_countrys_foreign_minister_is_no_others_thing() -> None:
    ko = "태국 법원의 판결은 노파돈 파티마 외무장관의 사임을 촉발했다."
    en = "The ruling prompted the resignation of Thailand's {}, Noppadon Pattama."
    assert shown("MT602", ko, en.format("spectacle")) == ["spectacle"]
    assert shown("MT602", ko, en.format("foreign minister")) == []


def test_a_hyphenated_word_is_no_korean_name_heard() -> None:
    ko = "카이스트 이효철 교수 연구팀은 초고속 X선 회절로 분자 구조 변화를 관찰했다."
    en = "Professor Hyotcherl Ihee's team at KAIST observed it by ultrafast X-ray diffraction."
    assert shown("MT403", ko, en) == []


def test_a_short_b_name_is_no_misspelt_v_name() -> None:
    assert misspelt_name("알바르", "Albar") is None
    assert misspelt_name("빌라누에바", "Billanueba") == "villanueva"


# Round 81 (sets oc, od, oe, of; og and oh faithful-only)


def test_a_company_with_latin_capitals_glued_on_sits_between_name_and_title() -> None:
    ko = "한기범 삼성SDI 대표이사 사장이 참석했다."
    (m,) = find_persons(ko, SHARED.korean.tokenize(ko))
    assert (m.name, m.anchor, m.title_prefix) == ("한기범", "title", "삼성SDI")
    en = "{}, president and CEO of Samsung SDI, attended."
    assert shown("MT403", ko, en.format("Han Ki-beon")) == ["Han Ki-beon"]
    assert shown("MT403", ko, en.format("Han Ki-beom")) == []


def test_a_title_in_latin_capitals_is_a_title() -> None:
    ko = "슈미트 CEO는 협력이 이어질 것이라고 말했다."
    (m,) = find_persons(ko, SHARED.korean.tokenize(ko))
    assert m.title is not None and m.title.ko == "최고경영자"
    en = "{} Schmidt said the cooperation would continue."
    assert shown("MT601", ko, en.format("Mayor")) == ["Mayor Schmidt"]
    assert shown("MT601", ko, en.format("CEO")) == []


def test_a_chinese_name_is_checked_where_only_the_article_names_china() -> None:
    ko = "중국 크루즈선 두 척이 인천항에 들어왔다.\n톈진해운의 왕리밍 회장은 만족했다."
    en = "Two Chinese cruise ships came to Incheon.\n{}, head of Tianjin Shipping, was satisfied."
    assert article_shown("MT403", ko, en.format("Wang Ri-ming")) == ["Wang Ri-ming"]
    assert article_shown("MT403", ko, en.format("Wang Liming")) == []
    # only another name's pinyin counts there: 'Wijaya' is no Korean romanization of 위자야
    ko = "중국 업체도 참여했다.\n리나 위자야 인도네시아 투자부 차관이 참석했다."
    en = "A Chinese firm took part.\nIndonesian Deputy Investment Minister Lina Wijaya attended."
    assert article_shown("MT403", ko, en) == []


def test_an_ordinary_word_ending_in_another_vowel_is_no_transcribed_name() -> None:
    assert loanword_mismatches("음왕기", "Mango") == ("final",)
    assert loanword_mismatches("음왕기", "Mwangi") == ()
    ko = "3위는 케냐의 피터 음왕기(2시간9분3초)가 차지했다."
    en = "Kenya's {} came in third in 2:09:03."
    assert shown("MT402", ko, en.format("Peter Mango")) == ["Peter Mango"]
    assert shown("MT402", ko, en.format("Peter Mwangi")) == []


def test_a_spelling_read_not_heard_is_no_misspelt_name() -> None:
    assert misspelt_name("낫타차", "nattacha") is None  # ch is no sh of Natasha
    assert misspelt_name("산드라", "xandra") is None  # an x is read, not heard
    assert misspelt_name("가르시아", "garsia") == "garcia"  # the soft c heard as s


def test_another_offices_title_with_a_word_inside_is_no_rendering() -> None:
    ko = "이한결 교육부 차관은 시험장을 찾았다."
    en = "{} Lee Han-gyeol visited the test site."
    wrong = "Deputy Prime Minister for Education"
    assert shown("MT601", ko, en.format(wrong)) == [f"{wrong} Lee Han-gyeol"]
    assert shown("MT601", ko, en.format("Vice Education Minister")) == []


def test_a_senior_vice_president_is_a_vice_president_unless_another_holds_that_title() -> None:
    ko = "카타르항공의 칼리드 알하마디 아시아태평양 총괄 부사장은 제주를 방문했다."
    en = "Khalid Al-Hamadi, senior vice president for Asia-Pacific at Qatar Airways, visited Jeju."
    assert shown("MT601", ko, en) == []
    ko = "최슬기 부사장과 윤바다 전무가 참석했다.\n최슬기 부사장은 답했다."
    en = "Vice President Choi Seul-gi and Senior Vice President Yoon Ba-da came.\n{} Choi replied."
    assert article_shown("MT601", ko, en.format("Senior Vice President")) != []
    assert article_shown("MT601", ko, en.format("Vice President")) == []


def test_a_win_counted_with_jjae_is_an_ordinal() -> None:
    ko = "김나래는 요시다를 2타 차로 따돌리고 시즌 2승째를 거뒀다."
    en = "Kim beat Yoshida by two strokes to claim her {} win of the season."
    assert shown("MT305", ko, en.format("third")) == ["third"]
    assert shown("MT305", ko, en.format("second")) == []


def test_a_count_matching_only_a_days_ordinal_is_unmatched() -> None:
    ko = "서 차관은 29일 기업인 30여 명과 간담회를 한 뒤 30일 귀국한다."
    en = "Seo will meet some {} business people on the 29th before returning on the 30th."
    assert shown("MT301", ko, en.format("50")) == ["50"]
    assert shown("MT301", ko, en.format("30")) == []


def test_an_unlisted_body_of_the_same_kind_in_a_listed_ones_place() -> None:
    ko = "예산결산특별위원회는 사흘간 심사를 진행했다."
    en = "The {} held its review over three days."
    wrong = "Administration and Autonomy Committee"
    assert shown("MT711", ko, en.format(wrong)) == [wrong]
    assert shown("MT711", ko, en.format("Special Committee on Budget and Accounts")) == []
    ko = "녹색당이 공약을 내걸면서 노동당이 먼저 지지할 수는 없을 것이다."
    en = "The Green Party is not going to be the first to support this proposal."
    assert shown("MT711", ko, en) == []  # the Korean names the Green Party too


def test_the_first_words_of_a_companys_name_render_it() -> None:
    ko = "HD한국조선해양 김성준 사장은 선별 수주를 이어가겠다고 말했다."
    en = "HD Korea Shipbuilding President Kim Seong-jun said it would keep taking orders."
    assert shown("MT711", ko, en) == []


def test_a_neighbourhood_after_its_district_written_as_a_person() -> None:
    ko = "특히 성산구 완암동에 들어서는 충전소는 11월 준공한다."
    en = "In particular, the station being built {} of Seongsan District will open in November."
    assert shown("MT502", ko, en.format("by Mr. Wan Am-dong")) != []
    assert shown("MT502", ko, en.format("in Wanam-dong")) == []


# Round 82 (sets oi, oj, ok, ol; om and on faithful-only)


def test_a_ratio_the_english_scales_is_the_same_ratio() -> None:
    ko = "도와 22개 시군이 6대 4 비율로 분담하기로 했다."
    en = "The province and its 22 cities and counties will share the cost at a ratio of {}."
    assert shown("MT302", ko, en.format("60 to 40")) == []
    assert shown("MT301", ko, en.format("60 to 40")) == []
    assert shown("MT301", ko, en.format("70 to 30")) != []


def test_a_word_of_the_name_the_article_writes_elsewhere_is_the_name() -> None:
    ko = "압델 파타 엘시시 이집트 대통령이 방한했다.\n엘시시 대통령은 투자 확대를 요청했다."
    en = "Egyptian President Abdel Fattah el-Sisi visited Korea.\n{} asked for more investment."
    assert article_shown("MT402", ko, en.format("Sisi")) == []
    ko = "문재인 대통령이 방미했다.\n문 대통령은 투자 확대를 요청했다."
    en = "President Moon Jae-in visited the U.S.\n{} asked for more investment."
    assert article_shown("MT402", ko, en.format("The moon")) != []  # not as written


def test_the_first_of_two_titles_joined_by_and_is_checked_too() -> None:
    ko = "무함마드 빈 살만 사우디아라비아 왕세자 겸 총리가 참석했다."
    en = "The forum was attended by Saudi Arabian {} and Prime Minister Mohammed bin Salman."
    assert shown("MT601", ko, en.format("King")) != []
    assert shown("MT601", ko, en.format("Crown Prince")) == []


def test_a_deputys_rank_before_a_portfolio_makes_another_office() -> None:
    ko = "예르잔 사파로프 카자흐스탄 에너지부 장관도 참석했다."
    en = "Kazakh {} Yerzhan Safarov also attended."
    assert shown("MT601", ko, en.format("Deputy Energy Minister")) != []
    assert shown("MT601", ko, en.format("Energy Minister")) == []


def test_a_states_or_provinces_premier_is_no_prime_minister() -> None:
    ko = '온타리오주 총리 방한…"배터리 광물 협력 확대"'
    en = 'Ontario {} visits Korea… "Expanding battery mineral cooperation"'
    assert shown("MT602", ko, en.format("prime minister")) == ["prime minister"]
    assert shown("MT602", ko, en.format("premier")) == []
    ko = "더그 포드 온타리오주 총리가 방한했다."
    (m, *_) = find_persons(ko, SHARED.korean.tokenize(ko))
    assert m.title is not None and m.title.ko == "주총리"


def test_a_ministry_of_portfolios_joined_by_dots_sits_between_name_and_title() -> None:
    ko = "외교부 박하늘 제1차관은 라니아 알마샤트 이집트 기획·경제개발·국제협력부 장관과 만났다."
    persons = find_persons(ko, SHARED.korean.tokenize(ko))
    assert [(p.name, p.anchor) for p in persons][-1] == ("라니아 알마샤트", "title")
    en = "Park Ha-neul met with {}Rania Al-Mashat, Egypt's minister of planning."
    assert shown("MT603", ko, en.format("First Vice Foreign Minister ")) != []
    assert shown("MT603", ko, en.format("")) == []


def test_a_title_a_comma_parts_from_the_name_is_the_previous_persons() -> None:
    ko = "이반 리바스 누에보레온주 경제부 장관과 정바다 주멕시코 한국대사관 상무관이 참석했다."
    en = "Ivan Rivas, Nuevo Leon's economy secretary, Jung Ba-da, commercial attache, attended."
    assert shown("MT603", ko, en) == []


def test_a_vietnamese_name_after_vietnam_is_a_person() -> None:
    ko = "김새봄이 베트남의 쩐 꾸옥 후이에게 1대 2로 져 은메달에 머물렀다."
    en = "Kim Sae-bom lost 1-2 to Vietnam's {} and settled for silver."
    assert shown("MT403", ko, en.format("Tran Kuok Hui")) == ["Tran Kuok Hui"]
    assert shown("MT403", ko, en.format("Tran Quoc Huy")) == []


def test_dg_and_dj_sound_as_j() -> None:
    assert phonetic_score("호지슨", "Hodgson") >= 0.68 > phonetic_score("호지슨", "Hudson")
    assert phonetic_score("조코비치", "Djokovic") >= 0.68


def test_a_place_where_something_happens_is_no_agent() -> None:
    ko = "중국 칭다오에서 온 남성이 체포됐다."
    en = "A Chinese man {} was arrested."
    assert shown("MT502", ko, en.format("named Qingdao")) == ["Qingdao"]
    assert shown("MT502", ko, en.format("from Qingdao")) == []
    ko = "도쿄에서 열리는 정상회의"
    assert shown("MT502", ko, "the summit being hosted by Japan") == []  # a country hosts


# Round 83 (sets oo, op, oq, or; os and ot faithful-only)


def test_power_in_a_larger_unit_is_converted() -> None:
    ko = "설비용량 65만㎾급인 고리2호기는 연간 약 50억㎾h의 전력을 생산한다."
    en = "Kori No. 2, a {}-megawatt-class reactor, produces about 5 billion kilowatt-hours a year."
    assert shown("MT302", ko, en.format("650")) == []
    assert shown("MT301", ko, en.format("650")) == []
    assert shown("MT301", ko, en.format("560")) != []


def test_a_senior_presidential_secretary_is_a_senior_secretarys_title() -> None:
    ko = "김하늘 대통령실 경제수석비서관은 브리핑에서 밝혔다."
    (m,) = find_persons(ko, SHARED.korean.tokenize(ko))
    assert m.title is not None and m.title.ko == "수석비서관"
    en = "Kim Ha-neul, senior presidential secretary for economic affairs, said at a briefing."
    assert shown("MT601", ko, en) == []


def test_a_japanese_family_name_that_is_also_a_place_before_a_given_name() -> None:
    ko = "일본 출신 미야자키 사오리도 14점 9리바운드로 힘을 보탰다."
    assert [p.name for p in find_persons(ko, SHARED.korean.tokenize(ko))] == ["미야자키 사오리"]
    en = "Saori {} of Japan added 14 points and nine rebounds."
    assert shown("MT403", ko, en.format("Miyakazi")) == ["Miyakazi"]
    assert shown("MT403", ko, en.format("Miyazaki")) == []
    ko = "오사카 난바의 한 호텔에서 설명회가 열렸다."  # a place in a city
    assert all(p.name != "오사카 난바" for p in find_persons(ko, SHARED.korean.tokenize(ko)))


def test_a_full_foreign_name_after_a_countrys_is_a_person() -> None:
    ko = "우승은 오스트리아의 루카스 빈터호퍼가 차지했다."
    (m,) = find_persons(ko, SHARED.korean.tokenize(ko))
    assert (m.name, m.anchor) == ("루카스 빈터호퍼", "role")
    ko = "경찰은 베트남 국적의 응우옌 반 꾸옥 등 3명을 추적하고 있다."
    en = "Police are tracking three people, including Vietnamese national {}."
    assert shown("MT403", ko, en.format("Nguyen Ban Kuok")) == ["Nguyen Ban Kuok"]
    assert shown("MT403", ko, en.format("Nguyen Van Quoc")) == []
    ko = "한국의 대튀르키예 방산 수출액은 4억3천만달러였다."  # a phrase, no name
    assert all(p.anchor == "none" for p in find_persons(ko, SHARED.korean.tokenize(ko)))


def test_an_unlisted_peak_written_as_a_person() -> None:
    ko = "적설량은 고성 향로봉 63.5㎝, 속초 설악동 41.2㎝ 등이다."
    en = "Snowfall reached 63.5 cm at {} in Goseong and 41.2 cm in Seorak-dong, Sokcho."
    assert shown("MT502", ko, en.format("Hyang No-bong")) != []
    assert shown("MT502", ko, en.format("Hyangnobong Peak")) == []


def test_a_listed_body_in_the_stead_of_one_given_by_acronym() -> None:
    ko = "특히 카타르투자청(QIA)은 국내 첨단산업 분야에 20억 달러를 투자하기로 했다."
    en = "In particular, {} agreed to invest US$2 billion in high-tech industries."
    assert shown("MT712", ko, en.format("QatarEnergy")) == ["QatarEnergy"]
    assert shown("MT712", ko, en.format("the Qatar Investment Authority (QIA)")) == []
    ko = "얀 겔판드 인도네시아 국제적십자사(IRC) 대표는 말했다."
    en = "Jan Gelfand, head of the International Red Cross in Indonesia, said."
    assert shown("MT712", ko, en) == []  # 'Red Cross' inside another name


@pytest.mark.parametrize(
    ("ko", "en", "wrong", "right"),
    [
        (
            "서울지방국세청 조사4국은 본사에 조사관 40여 명을 보냈다.",
            "The {}'s fourth investigation bureau sent some 40 investigators.",
            "Central Regional Tax Office",
            "Seoul Regional Tax Office",
        ),
        (
            "남자 89㎏급에서는 김우람(27·국군체육부대)이 우승했다.",
            "In the men's 89 kg category, Kim Woo-ram (27, {}) won.",
            "Korea National Sport University",
            "Armed Forces Athletic Corps",
        ),
    ],
)
def test_regional_tax_offices_and_the_armed_forces_athletes_are_listed(
    ko: str, en: str, wrong: str, right: str
) -> None:
    assert shown("MT711", ko, en.format(wrong)) == [wrong]
    assert shown("MT711", ko, en.format(right)) == []


# Round 84 (sets ou, ov, ow, ox; oy and oz faithful-only)


def test_a_measure_kept_in_a_unit_it_converts_to_is_not_converted() -> None:
    ko = "저장탱크 배관이 파손돼 염산 약 1.2t이 누출됐다."
    en = "A pipe broke, leaking about {} of hydrochloric acid."
    assert shown("MT301", ko, en.format("1.2 kilograms")) != []
    assert shown("MT301", ko, en.format("1.2 tons")) == []
    assert shown("MT301", ko, en.format("1,200 kilograms")) == []


def test_the_first_of_two_titles_before_a_concurrent_one_with_its_body() -> None:
    ko = "탄분킷 싱가포르 부총리 겸 무역산업부 장관이 대화에 참석했다."
    en = "Singaporean {} and Minister for Trade and Industry Tan Boon Keat attended the dialogue."
    assert shown("MT601", ko, en.format("Vice President")) != []
    assert shown("MT601", ko, en.format("Deputy Prime Minister")) == []


def test_a_village_before_what_lies_there_written_as_a_person() -> None:
    ko = "1974년 마차리 탄광 갱도 붕괴 사고로 부친을 잃었다."
    en = "His father was killed in a 1974 tunnel collapse at {} coal mine."
    assert shown("MT502", ko, en.format("Macha Lee's")) != []
    assert shown("MT502", ko, en.format("the Macha-ri")) == []


def test_a_coach_before_a_name_makes_it_a_person() -> None:
    ko = "연맹은 네덜란드 출신 체력 코치 얀 더브라윈을 새로 영입했다."
    en = "The federation newly recruited Dutch fitness coach {}."
    assert shown("MT403", ko, en.format("Jan Deobeurawin")) == ["Deobeurawin"]
    assert shown("MT403", ko, en.format("Jan de Bruijn")) == []


def test_a_brand_with_a_hyphened_capital_is_a_listed_company() -> None:
    ko = "알무타이리 장관은 11일 SK에너지 울산CLX를 방문한다."
    en = "Minister Al-Mutairi will visit {}'s Ulsan Complex on the 11th."
    assert shown("MT711", ko, en.format("S-Oil")) == ["S-Oil"]
    assert shown("MT711", ko, en.format("SK Energy")) == []


# Round 85 (sets pa, pb, pc, pd; pe and pf faithful-only)


def test_a_part_before_a_preposition_is_a_fraction() -> None:
    ko = "북미 수출 물량도 1년 전보다 약 3분의 1 줄었다."
    en = "Export volume to North America also dropped by about {} from a year earlier."
    assert shown("MT301", ko, en.format("a third")) == []
    assert shown("MT301", ko, en.format("a quarter")) == ["a quarter"]


def test_a_minister_with_no_name_is_no_spectacle() -> None:
    ko = '사우디 관광장관 "2030년까지 한국인 관광객 연 30만 명 유치"'
    en = 'Saudi tourism {}: "Aim to attract 300,000 Korean tourists a year by 2030"'
    assert shown("MT602", ko, en.format("spectacle")) == ["spectacle"]
    assert shown("MT602", ko, en.format("minister")) == []
    assert shown("MT602", "단풍이 장관을 이루고 있다.", "The autumn leaves make a spectacle.") == []


def test_the_gas_safety_corporation_is_listed() -> None:
    ko = "충전기는 지난달 한국가스안전공사 정기 검사에서 '적합' 판정을 받았다."
    en = "The charger passed a regular inspection by {} last month."
    assert shown("MT711", ko, en.format("Korea Gas Corp.")) == ["Korea Gas Corp."]
    assert shown("MT711", ko, en.format("the Korea Gas Safety Corporation")) == []


# Round 86 (sets pg, ph; pi faithful-only)


def test_a_vietnamese_provinces_vice_chairman_renders_its_vice_governor() -> None:
    ko = "중부 닥락성의 응우옌 반 탄 부성장은 강릉을 '한국 커피 문화의 수도'라고 불렀다."
    en = "Nguyen Van Thanh, {} of Dak Lak Province, called Gangneung the capital of coffee."
    assert shown("MT601", ko, en.format("vice chairman")) == []
    assert shown("MT601", ko, en.format("prosecutor")) != []
