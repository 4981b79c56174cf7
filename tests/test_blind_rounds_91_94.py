"""Misses and false flags of blind rounds 91 to 94 (sets qe-), in their smallest form."""

from __future__ import annotations

from mtqa.text.ko_numbers import korean_numbers
from mtqa.text.ko_persons import find_persons
from mtqa.text.korean import morphemes
from ruletools import run_rule, shown

# Round 91 (sets qe, qf, qg, qh; qi and qj faithful-only), and what was left from round 89


def test_a_draft_pick_is_an_ordinal_and_leaves_the_cardinal_for_the_changed_count() -> None:
    ko = "전체 17순위로 입단한 그는 올 시즌 홈런 14개, 타점 71개를 기록했다."
    assert [n.kind for n in korean_numbers(ko) if n.value == 17] == ["ordinal"]
    en = "He joined as the 17th overall pick and has 14 home runs and {} RBIs this season."
    assert shown("MT301", ko, en.format(17)) == ["17"]
    assert shown("MT301", ko, en.format(71)) == []
    assert shown("MT305", ko, en.format(71)) == []


def _numbers(ko: str, en: str) -> list[str]:
    return [t for code in ("MT301", "MT302", "MT303") for t in shown(code, ko, en)]


def test_metric_measures_written_in_a_larger_or_smaller_metric_unit() -> None:
    ko = "신공항은 길이 3천500m 활주로 1본과 연면적 12만㎡ 규모의 여객터미널을 갖춘다."
    en = "The airport will have one {} runway and a terminal of {}."
    assert _numbers(ko, en.format("3.5-kilometer", "12 hectares")) == []
    assert _numbers(ko, en.format("3,500-meter", "120,000 square meters")) == []
    assert _numbers(ko, en.format("35-kilometer", "12 hectares")) == ["35"]
    assert _numbers("무게 2천500㎏의 화물", "cargo weighing 2.5 tons") == []
    assert _numbers("길이 1.2㎞ 구간", "a 1,200-meter stretch") == []


def test_a_compass_point_abbreviated_in_a_province_name_is_no_misspelling() -> None:
    ko = "경북도는 14일 산불 피해 복구 예산을 발표했다."
    en = "{} Province announced the wildfire recovery budget on the 14th."
    assert shown("MT503", ko, en.format("N. Gyeongsang")) == []
    assert shown("MT501", ko, en.format("S. Gyeongsang")) == ["S. Gyeongsang Province"]


def test_a_western_given_name_of_a_japanese_person_sounding_like_the_hangul() -> None:
    ko = "오키나와현의 다마키 데니 지사는 14일 피해 현장을 찾았다."
    assert shown("MT403", ko, "Okinawa Gov. Denny Tamaki visited the site on the 14th.") == []
    utah = "사카모토 유타 감독은 14일 피해 현장을 찾았다."
    assert shown("MT403", utah, "Coach Utah Sakamoto visited the site on the 14th.") == ["Utah"]


def test_a_foreign_first_name_rendered_as_a_word_before_the_found_surname() -> None:
    ko = "칼 헨드릭스 브라이언 카운티 위원회 의장은 인구가 18% 늘었다고 밝혔다."
    found = find_persons(ko, list(morphemes(ko)))
    assert [(p.name, p.anchor) for p in found] == [("칼 헨드릭스", "title")]
    en = "{} Hendricks, chairman of the Bryan County Commission, said the population grew 18%."
    assert shown("MT402", ko, en.format("Knife")) == ["Knife"]
    assert shown("MT402", ko, en.format("Carl")) == []
    assert shown("MT402", "칼 헨드릭스 의장은 말했다.", "Chairman Hendricks said.") == []


def test_a_listed_city_that_is_also_a_word_after_its_country_or_province() -> None:
    ko = "대만 신주와 타이중의 반도체 업체로 향하는 물량이 급증했다."
    en = "Shipments to chip companies in {} and Taichung, Taiwan, soared."
    assert shown("MT503", ko, en.format("Mr. Sinju")) == ["Sinju"]
    assert shown("MT503", ko, en.format("Hsinchu")) == []
    launch = "북한 평안북도 정주 일대에서 동해상으로 발사된 탄도미사일 3발을 포착했다."
    en2 = "The military detected three ballistic missiles launched into the East Sea {}."
    assert shown("MT502", launch, en2.format("by Jeong Ju of North Pyongan Province")) == [
        "Jeong Ju"
    ]
    assert shown("MT502", launch, en2.format("from the Jongju area of North Pyongan")) == []
    shares = "회사는 신주 500만 주를 발행한다."
    assert shown("MT501", shares, "The company will issue 5 million new shares.") == []


def test_a_deputys_rank_added_to_the_persons_own_title() -> None:
    ko = "일본의 나카타니 겐 방위상은 기자들과 만났다."
    en = "Japanese {} Gen Nakatani met reporters."
    assert shown("MT601", ko, en.format("Vice Defense Minister")) == [
        "Vice Defense Minister Gen Nakatani"
    ]
    assert shown("MT601", ko, en.format("Defense Minister")) == []
    vice = "박민수 국방부 차관은 기자들과 만났다."
    assert shown("MT601", vice, "Vice Defense Minister Park Min-su met reporters.") == []


def test_a_central_banks_head_is_its_governor() -> None:
    ko = "하정민 한은 총재는 기자간담회에서 물가가 안정되고 있다고 말했다."
    en = "{} Ha Jeong-min told a press conference that prices were stabilizing."
    assert shown("MT602", ko, en.format("BOK President")) == ["President"]
    assert shown("MT602", ko, en.format("BOK Governor")) == []
    wb = "아자이 방가 세계은행 총재는 기자간담회에서 말했다."
    assert shown("MT602", wb, "World Bank President Ajay Banga told a press conference.") == []


def test_a_name_kiwi_reads_with_a_contracted_particle_or_as_a_word_and_or() -> None:
    ko = "장성훈 현대차 북미권역본부장, 오재민 LG에너지솔루션 부사장 등 300여 명이 참석했다."
    names = [p.name for p in find_persons(ko, list(morphemes(ko)))]
    assert names == ["장성훈", "오재민"]
    en = "Some 300 people attended, including {} Jang Sung-hoon and {} Oh Jae-min."
    swapped = en.format("LG Energy Solution Vice President", "Hyundai Motor North America chief")
    assert shown("MT603", ko, swapped) == ["Vice President Jang Sung-hoon"]
    right = en.format("Hyundai Motor North America chief", "LG Energy Solution Vice President")
    assert shown("MT603", ko, right) == []
    ko2 = "회담에는 김도윤 주필리핀 대사와 정유나 외교부 아세안국장이 배석했다."
    assert [p.name for p in find_persons(ko2, list(morphemes(ko2)))] == ["김도윤", "정유나"]
    en2 = "Ambassador to the Philippines {} and {}, director-general for ASEAN affairs, attended."
    assert shown("MT603", ko2, en2.format("Jung Yu-na", "Kim Do-yoon")) != []
    assert shown("MT603", ko2, en2.format("Kim Do-yoon", "Jung Yu-na")) == []
    fruit = "사과나 배 농가 대표가 참석했다."
    assert find_persons(fruit, list(morphemes(fruit))) == []


def test_an_acronym_given_fewer_times_than_the_korean_names_the_body() -> None:
    ko = (
        "행사는 대한무역투자진흥공사(KOTRA) 수라바야 무역관이 주관했으며, "
        "윤상철 KOTRA 수라바야 무역관장이 참석했다."
    )
    en = (
        "The event was organized by the {}'s Surabaya trade office and attended by Yoon "
        "Sang-cheol, head of KOTRA's Surabaya trade office."
    )
    assert shown("MT712", ko, en.format("Korea International Trade Association (KITA)")) == [
        "Korea International Trade Association"
    ]
    assert shown("MT712", ko, en.format("Korea Trade-Investment Promotion Agency (KOTRA)")) == []


# Round 92 (sets qk, ql, qm, qn; qo and qp faithful-only)


def test_oman_is_no_fifty_thousand_and_an_away_game_no_money() -> None:
    ko = "한국 축구, 오만 원정서 3-1 승리"
    assert [n.value for n in korean_numbers(ko)] == [3.0, 1.0]
    assert _numbers(ko, "S. Korea beat Oman 3-1 away") == []
    crowd = "관중 오만 명이 경기장을 찾았다."
    assert [n.value for n in korean_numbers(crowd)] == [50000.0]


def test_an_exchange_rate_to_the_hundredth_of_a_won() -> None:
    ko = "지난달 원·달러 환율은 월평균 1천397원40전을 기록했다."
    en = "The won-dollar exchange rate averaged {} won last month."
    assert _numbers(ko, en.format("1,397.40")) == []
    assert _numbers(ko, en.format("1,379.40")) == ["1,379.40 won"]


def test_a_central_banks_deputy_head_is_a_deputy_governor() -> None:
    ko = "응우옌 반 흥 베트남 중앙은행 부총재 등 50여 명이 참석할 예정이다."
    en = "About 50 people, including Nguyen Van Hung, {} of the State Bank of Vietnam, will attend."
    assert shown("MT602", ko, en.format("vice chairman")) == ["vice chairman"]
    assert shown("MT602", ko, en.format("deputy governor")) == []


def test_a_committees_senior_member_before_the_lawmakers_name() -> None:
    ko = "정태민 법제사법위원장과 국민의힘 간사 오승훈 의원 간 이견이 있었다."
    en = (
        "There were disagreements between Legislation and Judiciary Committee Chairman Chung "
        "Tae-min and the PPP's senior committee member Oh Seung-hoon."
    )
    assert shown("MT601", ko, en) == []


def test_the_us_air_base_spelling_of_a_korean_city() -> None:
    ko = "군산 공군기지에서 연합 공중훈련이 열렸다."
    assert shown("MT502", ko, "The joint air drill was held at Kunsan Air Base.") == []
    assert shown("MT503", ko, "The joint air drill was held at Kunsan Air Base.") == []


def test_two_persons_bodies_swapped_where_their_titles_render_alike() -> None:
    ko = "서명식에서는 최병규 한수원 사장과 파벨 노보트니 EDUⅡ 대표이사가 서명했다."
    en = "At the ceremony, {} CEO Choi Byung-kyu and {} President Pavel Novotny signed."
    assert shown("MT603", ko, en.format("EDU II", "KHNP")) != []
    assert shown("MT603", ko, en.format("KHNP", "EDU II")) == []


def test_a_chinese_name_in_a_korean_romanization_of_either_style() -> None:
    ko = "궈자쿤 중국 외교부 대변인은 9일 정례 브리핑에서 말했다."
    en = "Chinese Foreign Ministry spokesperson {} said at a regular briefing on the 9th."
    assert shown("MT403", ko, en.format("Kwo Ja-kun")) == ["Kwo Ja-kun"]
    assert shown("MT403", ko, en.format("Guo Jiakun")) == []


def test_an_unlisted_county_named_as_another_county() -> None:
    ko = "현대차그룹은 조지아주 브라이언 카운티 엘러벨에서 배터리 공장 준공식을 열었다."
    en = "Hyundai held a completion ceremony for the battery plant in Ellabell, {}, Georgia."
    assert shown("MT501", ko, en.format("Bartow County")) == ["Bartow County"]
    assert shown("MT501", ko, en.format("Bryan County")) == []


def test_a_romanian_port_swapped_for_another() -> None:
    ko = "첫 인도 물량 18문은 2026년 상반기 콘스탄차항을 통해 들어갈 예정이다."
    en = "The first 18 howitzers will arrive through the port of {} in the first half of 2026."
    assert shown("MT501", ko, en.format("Galati")) == ["Galati"]
    assert shown("MT501", ko, en.format("Constanta")) == []


def test_bodies_named_alike_are_no_swap() -> None:
    ko = "크리스토프 푸케 ASML 최고경영자와 김보람 ASML코리아 대표가 참석했다."
    en = "ASML CEO Christophe Fouquet and ASML Korea President Kim Bo-ram attended."
    assert shown("MT603", ko, en) == []
    fss = "서보람 금융감독원장과 변가람 금감원 수석부원장이 참석했다."
    en2 = "FSS Governor Seo Bo-ram and FSS Senior Deputy Governor Byun Ga-ram attended."
    assert shown("MT603", fss, en2) == []


# Round 93 (sets qq, qr, qs, qt; qu and qv faithful-only)


def test_a_count_of_times_is_no_two_of_the_two_sides() -> None:
    ko = "양측은 실무협의체를 연 2차례 가동하기로 합의했다."
    en = "The two sides agreed to operate the working-level body {} a year."
    assert _numbers(ko, en.format("three times")) == ["three"]
    assert _numbers(ko, en.format("twice")) == []
    ko2 = "착공이 세 차례 미뤄졌고 사업비는 1조2천억 원 늘었다."
    en2 = "Construction has been postponed {} times and the cost rose by 1.2 trillion won."
    assert shown("MT301", ko2, en2.format("four")) == ["four"]
    assert shown("MT301", ko2, en2.format("three")) == []


def test_a_japanese_name_ending_as_a_company_does_before_a_prefectures_governor() -> None:
    ko = "무라오카 쓰구마사 일본 야마구치현 지사가 부산을 찾았다."
    assert [p.anchor for p in find_persons(ko, list(morphemes(ko)))] == ["title"]
    en = "Tsugumasa Muraoka, {} of Japan's Yamaguchi Prefecture, has visited Busan."
    assert shown("MT602", ko, en.format("branch manager")) == ["branch"]
    assert shown("MT602", ko, en.format("governor")) == []


def test_a_countrys_possessive_is_no_word_of_the_name() -> None:
    ko = "일본의 지바 모네가 210.47점으로 2위에 올랐다."
    en = "Japan's Mone {} took second place with 210.47 points."
    assert shown("MT402", ko, en.format("Chiba")) == []
    assert shown("MT403", ko, en.format("Chiba")) == []
    assert shown("MT403", ko, en.format("Jiba")) == ["Jiba"]


def test_a_name_with_the_particle_do_is_no_island() -> None:
    ko = "토종 주포 서재윤도 서브 에이스 3개를 포함해 17점을 보탰다."
    en = "Homegrown ace Seo Jae-yoon added 17 points, including three service aces."
    assert shown("MT502", ko, en) == []


def test_public_office_away_from_a_former_governor_is_no_title() -> None:
    ko = "이 형이 확정되면 하 전 지사는 5년간 피선거권이 제한된다."
    en = "If the sentence is finalized, Ha will be barred from running for public office."
    assert shown("MT602", ko, en) == []


def test_a_river_swapped_for_another() -> None:
    ko = "현대제철은 인근 미시시피강을 활용한 물류 이점을 꼽았다."
    en = "Hyundai Steel cited logistical advantages from the nearby {}."
    assert shown("MT501", ko, en.format("Missouri River")) == ["Missouri River"]
    assert shown("MT501", ko, en.format("Mississippi River")) == []
    assert shown("MT501", ko, en.format("Mississippi")) == []


def test_a_countrys_office_standing_in_for_the_name_is_shown_low() -> None:
    ko = "그러나 바샤르 아사드 시리아 대통령은 과제가 남아있다고 전했다."
    assert shown("MT401", ko, "But Syria's leader cautioned there was still work to do.") == []
    assert run_rule("MT401", ko, "But the leader cautioned there was still work to do.") != []


def test_a_ministry_named_before_the_name_is_the_persons_own() -> None:
    ko = "국방부 정하늘 대변인과 팜 반 뚜언 베트남 국방차관이 회견했다."
    en = (
        "Defense Ministry spokesperson Jeong Ha-neul and Vietnamese Deputy Defense Minister "
        "Pham Van Tuan spoke."
    )
    assert shown("MT603", ko, en) == []


def test_a_body_named_after_its_place_ends_no_foreign_name() -> None:
    ko = "박 시장은 케니 웡 홍콩관광청 한국지사장을 만나 공동 마케팅 방안을 논의했다."
    en = "Mayor Park met Kenny Wong, head of the Hong Kong Tourism Board's Korea office."
    assert shown("MT401", ko, en) == []


def test_the_ministry_by_its_head_noun_beside_an_office_it_runs() -> None:
    ko = "서명식에는 산업부 조현석 에너지정책실장이 참석했다."
    en = "The ceremony was attended by Cho Hyun-seok, head of the ministry's Energy Policy Office."
    assert shown("MT711", ko, en) == []
    party = "국민의힘은 성명을 냈다."
    assert shown("MT711", party, "People's Strength issued a statement.") == ["People's Strength"]


# Round 94 (sets qw, qx; qy faithful-only; a short round)


def test_cover_is_no_over_and_a_percentage_is_not_rounded_to_another() -> None:
    ko = "사업비는 해양수산부가 40%, 인천시가 35%, 인천항만공사가 나머지 25%를 분담한다."
    en = (
        "The ministry will cover 40 percent of the cost, the city {} percent and the port "
        "authority the remaining 25 percent."
    )
    assert shown("MT306", ko, en.format(45)) == ["45 percent"]
    assert shown("MT306", ko, en.format(35)) == []


def test_a_compound_title_kiwi_reads_as_a_proper_noun_is_no_part_of_the_name() -> None:
    ko = "재판부는 수석부지부장 한경수(48)씨와 사무국장 민지훈(45)씨에게 벌금을 선고했다."
    names = [p.name for p in find_persons(ko, list(morphemes(ko)))]
    assert names == ["한경수", "민지훈"]
