"""Misses and false flags of blind rounds 100 and on (sets sa-), in their smallest form."""

from __future__ import annotations

from lexicontools import persons, persons_titled
from mtqa.align.paragraphs import pair_lone_neighbours
from mtqa.lexicon.gazetteer import gazetteer
from mtqa.records import Sentence, Unit
from mtqa.resources import Resources
from mtqa.rules.merged import assess
from mtqa.rules.numbers import compare
from mtqa.text.en_numbers import english_numbers
from mtqa.text.ko_numbers import korean_numbers
from mtqa.text.korean import morphemes
from ruletools import article_shown, shown

# Round 100 (sets sa, sb, sc, sd; se and sf faithful-only)


def test_a_county_that_is_also_a_word_swapped_before_its_governors_title() -> None:
    ko = "홍대성 봉화군수도 이날 행정안전부를 찾았다."
    en = "{} County Governor Hong Dae-seong also visited the ministry on the same day."
    assert shown("MT501", ko, en.format("Uiseong")) == ["Uiseong County"]
    assert shown("MT501", ko, en.format("Bonghwa")) == []


def test_a_county_governor_read_as_a_quartermaster() -> None:
    ko = "최은숙 예천군수는 정부에 특별재난지역 선포를 건의했다."
    en = "Yecheon County {} Choi Eun-suk asked the government to declare a disaster zone."
    assert shown("MT602", ko, en.format("Quartermaster")) == ["Quartermaster"]
    assert shown("MT602", ko, en.format("Governor")) == []


def test_a_name_whose_surname_and_given_name_are_both_read_as_words() -> None:
    ko = "수원중부경찰서 서하늘 경감은 각별한 주의를 당부했다."
    en = "Inspector {} of Suwon Jungbu Police Station called for special caution."
    assert shown("MT402", ko, en.format("West Sky")) == ["West Sky"]
    assert shown("MT402", ko, en.format("Seo Ha-neul")) == []


def test_a_police_rank_is_a_title() -> None:
    ko = "서하늘 경감은 각별한 주의를 당부했다."
    assert shown("MT601", ko, "Seo Ha-neul said to be careful.") == ["Seo Ha-neul"]
    assert shown("MT601", ko, "Inspector Seo Ha-neul called for special caution.") == []
    # the homograph 경위 'circumstances' after no name stays a word
    assert shown("MT601", "사고 경위를 조사하고 있다.", "They are looking into it.") == []


def test_a_city_that_is_also_a_word_glossed_in_hanja_or_after_its_province() -> None:
    def places(ko: str) -> list[str]:
        return [p.preferred for _, _, p in gazetteer().find(ko, list(morphemes(ko)))]

    assert places("지난(濟南)에서 포럼을 열었다.") == ["Jinan"]
    assert places("산둥성 지난에서 포럼을 열었다.") == ["Shandong Province", "Jinan"]
    assert places("산둥성 지난 10년간 성장했다.") == ["Shandong Province"]
    ko = "다음 달 5일에는 지난(濟南)에서 농업 협력 포럼을 열 계획이다."
    en = "They plan to hold an agricultural forum {} on the 5th of next month."
    assert shown("MT502", ko, en.format("with Ji Nan")) == ["Ji Nan"]
    assert shown("MT502", ko, en.format("in Jinan")) == []


def test_may_heading_a_noun_is_the_month() -> None:
    def months(en: str) -> list[float]:
        return [e.value for e in english_numbers(en) if e.kind == "month"]

    assert months("May exports hit $57.2 bln, up 6.8 percent") == [5.0]
    assert months('according to the "May import and export trends" report') == [5.0]
    assert months("Prime Minister Theresa May has resigned.") == []
    assert months("May I ask a question?") == []
    ko = "5월 수출 572억 달러…반도체 호조에 8개월 연속 증가"
    assert shown("MT304", ko, "May exports hit $57.2 bln on strong chip sales") == []
    assert shown("MT304", ko, "June exports hit $57.2 bln on strong chip sales") != []


def test_a_trade_minister_and_the_us_trade_representative() -> None:
    ko = (
        "안성민 산업부 통상교섭본부장은 다음 주 워싱턴DC에서 제이미슨 그리어 미국 "
        "무역대표부(USTR) 대표와 만나 관세 문제를 협의하겠다고 밝혔다."
    )
    en = (
        "Trade Minister Ahn Sung-min said he will meet with U.S. Trade Representative (USTR) "
        "Jamieson Greer in Washington, D.C., next week to discuss tariff issues."
    )
    assert shown("MT711", ko, en) == []


def test_a_sponsors_short_name_names_its_group() -> None:
    ko = "LG는 14일 잠실구장에서 열린 2025 신한 SOL뱅크 KBO리그 홈 경기에서 KIA를 7-4로 제압했다."
    en = "LG defeated {} 7-4 in a 2025 Shinhan SOL Bank KBO League home game in Seoul on the 14th."
    assert shown("MT712", ko, en.format("Kia")) == []
    assert shown("MT712", "LG는 14일 KIA를 7-4로 제압했다.", "LG defeated Shinhan 7-4.") == [
        "Shinhan"
    ]


def test_a_scale_cut_short_with_a_point() -> None:
    assert [(e.kind, e.value) for e in english_numbers("to pour 5.9 tril. won")] == [
        ("money", 5.9e12)
    ]
    ko = "중기부, 소상공인에 5조9천억 투입"
    assert shown("MT301", ko, "SME ministry to pour 5.9 tril. won into small businesses") == []
    assert shown("MT301", ko, "SME ministry to pour 9.5 tril. won into small businesses") != []


def test_the_one_county_each_side_names_with_a_silent_letter() -> None:
    ko = "배터리는 인근 불럭 카운티에 들어선 합작 공장에서 공급받는다."
    en = "Batteries will be supplied by a joint venture plant in nearby {} County."
    assert shown("MT501", ko, en.format("Bulloch")) == []
    assert shown("MT501", ko, en.format("Chatham")) == ["Chatham County"]


# Round 101 (sets sg, sh, si, sj; sk and sl faithful-only)


def test_a_figure_after_a_middle_dot_is_compared() -> None:
    def codes(ko: str) -> list[tuple[float, bool]]:
        return [(e.value, e.code) for e in korean_numbers(ko)]

    assert codes("코스는 파72·7천3야드로") == [(72.0, True), (7003.0, False)]
    assert codes("6·25 전쟁") == [(6.0, True), (25.0, True)]
    assert codes("2024·2025 시즌") == [(2024.0, True), (2025.0, True)]
    ko = "대회는 아시아드 컨트리클럽(파72·7천3야드)에서 열렸다."
    en = "The event was held at Asiad Country Club (par 72, {} yards)."
    assert shown("MT301", ko, en.format("7,030")) == ["7,030"]
    assert shown("MT301", ko, en.format("7,003")) == []


def test_a_title_written_inside_another_word_leaves_its_homograph_to_that_word() -> None:
    ko = "이날 대회장에는 갤러리가 찾았으며, 시상식에는 한길수 KPGA 회장이 참석했다."
    en = "Spectators visited the venue, and KPGA {} Han Gil-soo attended the awards ceremony."
    assert shown("MT601", ko, en.format("Vice President")) == ["Vice President Han Gil-soo"]
    assert shown("MT601", ko, en.format("President")) == []


def test_a_district_education_chief_romanized() -> None:
    ko = "탁상우 거제교육지원청 교육장은 한국어 특별학급을 늘려 달라고 요청했다."
    en = "Tak Sang-woo{} of the Geoje District Office of Education asked for more special classes."
    assert shown("MT602", ko, en.format(" Gyoyukjang")) == ["Gyoyukjang"]
    assert shown("MT602", ko, en.format(", head")) == []


def test_a_count_left_by_the_floor_it_is_no_rendering_of() -> None:
    ko = "불은 2층 작업장에서 시작돼 건물 3개 동을 태웠다."
    en = "The fire started at a workshop on the second floor and burned {} buildings."
    assert shown("MT301", ko, en.format("two")) == ["two"]
    assert shown("MT301", ko, en.format("three")) == []


def test_a_quotation_split_off_its_sentence_is_joined_to_its_unit() -> None:
    def units(ko: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
        source = [Sentence(0, 0, len(ko), ko, 0), Sentence(1, 0, 9, "변호인은 부인했다.", 1)]
        en = [
            '"This is structural corruption," Chief Prosecutor Yoon said.',
            '"We will focus on recovering the criminal proceeds."',
            "The lawyer denied it.",
        ]
        target = [
            Sentence(i, 0, len(t), t, paragraph)
            for i, (t, paragraph) in enumerate(zip(en, (0, 0, 1), strict=True))
        ]
        aligned = [Unit(0, (0,), (0,)), Unit(1, (), (1,)), Unit(2, (1,), (2,))]
        return [(u.source, u.target) for u in pair_lone_neighbours(aligned, source, target)]

    assert units('윤 부장검사는 "구조적 비리"라며 "범죄수익 환수에 주력하겠다"고 말했다.') == [
        ((0,), (0, 1)),
        ((1,), (2,)),
    ]
    # one quotation in the Korean, one in its English: the lone quotation stays alone
    assert units('윤 부장검사는 "구조적 비리"라고 말했다.') == [
        ((0,), (0,)),
        ((), (1,)),
        ((1,), (2,)),
    ]


def test_an_abbreviated_title_word() -> None:
    ko = "유상민 부총재보는 올해 경상수지 흑자가 800억 달러에 이를 것으로 예상했다."
    en = "{} Yoo Sang-min said the current account surplus would reach $80 billion this year."
    assert shown("MT601", ko, en.format("Assistant Gov.")) == []
    assert shown("MT601", ko, en.format("Gov.")) != []


def test_a_word_before_a_comma_is_no_given_name() -> None:
    ko = "탁구 편예린 우승\n앞서 편예린은 준결승에서 천위퉁을 4-1로 제압했다."
    en = "Pyeon Ye-rin wins\nEarlier, Pyeon beat Chen Yutong 4-1 in the semifinals."
    assert article_shown("MT403", ko, en) == []


# Round 102 (sets sm, sn, so, sp; sq and sr faithful-only)


def test_a_club_before_a_titled_korean_name_is_no_part_of_it() -> None:
    assert persons_titled("이랜드 도정훈 감독은 말했다.") == [("도정훈", "감독")]
    assert persons_titled("다카이치 사나에 총리는 말했다.") == [("다카이치 사나에", "총리")]
    ko = '이랜드 도정훈 감독은 "홈에서 패해 아쉽다"고 말했다.'
    en = "Seoul E-Land's Do Jung-hoon{} said, \"It's disappointing to lose at home.\""
    assert shown("MT602", ko, en.format(" Gamdok")) == ["Gamdok"]
    assert shown("MT602", ko, en.format(", the head coach,")) == []


def test_a_rank_changed_beside_an_ordinal_of_a_count() -> None:
    ko = "삼성생명은 3연패에 빠지며 8승 9패로 4위에 머물렀다."
    en = "Samsung Life, which suffered its third straight loss, stayed in {} place at 8-9."
    found = [i for i in compare(ko, en.format("third")) if i.code == "MT305"]
    assert [(i.target.text, i.target.start) for i in found if i.target] == [("third", 64)]
    assert [i for i in compare(ko, en.format("fourth")) if i.code == "MT305"] == []


def test_first_of_a_first_day_is_no_rendering_of_a_top_rank() -> None:
    ko = "출시 첫날 동시 접속자 41만2천 명을 기록하며 판매 순위 1위에 올랐다."
    en = "It recorded 412,000 concurrent users on its first day and ranked No. {} on the chart."
    assert shown("MT305", ko, en.format("2")) == ["No. 2"]
    assert shown("MT305", ko, en.format("1")) == []


def test_a_heats_number_before_a_rank_is_no_trillion() -> None:
    values = [(e.text, e.value) for e in korean_numbers("준결승 1조 3위, 전체 4위를 차지했다.")]
    assert values == [("3위", 3.0), ("4위", 4.0)]
    assert [e.value for e in korean_numbers("매출 1조 3천억 원")] == [1.3e12]
    ko = "준결승 1조 3위, 전체 16명 가운데 4위를 차지한 한도윤은 결승에 올랐다."
    en = "Han finished third in the first semifinal heat and fourth overall among 16 swimmers."
    assert shown("MT305", ko, en) == []


def test_a_head_said_by_a_verb_after_an_appositive() -> None:
    ko = '고속도로순찰대 제4지구대 이준혁 대장(경감)은 "조사하고 있다"고 말했다.'
    en = '"We are investigating," said Lee Jun-hyuk, a police inspector who {} the 4th unit.'
    assert shown("MT601", ko, en.format("heads")) == []
    assert shown("MT601", ko, en.format("visited")) == ["Lee Jun-hyuk"]


def test_the_constitutional_courts_chief_justice() -> None:
    ko = "오진석 헌법재판소장과 이수정 재판관 등 재판관 6명은 위헌이라고 판단했다."
    en = "Six justices, including {} Oh Jin-seok and Justice Lee Su-jeong, ruled against it."
    assert shown("MT601", ko, en.format("Chief Justice")) == []
    assert shown("MT601", ko, en.format("Prime Minister")) != []


# Round 103 (sets st, su, sv, sw; sx and sy faithful-only)


def test_a_hitters_name_is_a_persons() -> None:
    ko = "아웃사이드 히터 문태호도 서브 에이스 4개를 포함해 18점으로 힘을 보탰다."
    en = "Outside hitter {} added 18 points, including four service aces."
    assert shown("MT403", ko, en.format("Moon Dae-ho")) == ["Moon Dae-ho"]
    assert shown("MT403", ko, en.format("Moon Tae-ho")) == []


def test_a_count_is_no_number_of_a_score_the_korean_also_gives() -> None:
    ko = "블로킹 득점에서 14-8로 앞섰고, 범실은 19개로 대한항공(27개)보다 8개 적었다."
    en = (
        "It outscored Korean Air 14-8 in blocking points and committed 19 errors, {} fewer than 27."
    )
    assert shown("MT301", ko, en.format("six")) == ["six"]
    assert shown("MT301", ko, en.format("eight")) == []


def test_a_japanese_name_found_the_other_way_round_beside_ordinary_words() -> None:
    ko = "야마구치 요시노리 사가현 지사와 사카이 히데타카 사가시장이 14일 청주시를 방문했다."
    en = "Saga Gov. Yoshinori Yamaguchi and Saga Mayor {} visited Cheongju on the 14th."
    assert shown("MT402", ko, en.format("Hidetaka Sakai")) == []
    assert shown("MT403", ko, en.format("Hidetaka Sakai")) == []


def test_a_foreign_name_kiwi_cut_inside_its_last_word() -> None:
    assert persons_titled("3위는 케냐의 조슈아 벨레트(2시간6분40초)가 차지했다.") == [
        ("조슈아 벨레트", None)
    ]
    assert persons_titled("다카하시 유이치 지사는 말했다.") == [("다카하시 유이치", "지사")]


def test_a_count_before_an_ordinal_compound_is_no_duration() -> None:
    ko = "2학년 학생 84명과 교사 6명이 포함돼 있었다."
    en = "Among them were {} second-year students and six teachers."
    assert shown("MT301", ko, en.format("84")) == []
    assert shown("MT301", ko, en.format("48")) == ["48"]


def test_a_provincial_police_chief_named_as_its_head() -> None:
    ko = "한상철 전남경찰청장(치안감)은 이날 기자회견을 열었다."
    en = "Han Sang-cheol, {} of the Jeonnam Provincial Police Agency, held a press conference."
    assert shown("MT601", ko, en.format("head")) == []


# Round 104 (sets sz, ta, tb, tc; td and te faithful-only)


def test_an_approximate_percentage_is_kept_as_written() -> None:
    ko = "시안 공장은 낸드 생산량의 약 40%를, 우시 공장은 D램 생산량의 약 35%를 차지한다."
    en = "The Xi'an plant accounts for about {} percent of NAND output, and Wuxi about 35 percent."
    assert shown("MT306", ko, en.format("45")) == ["45 percent"]
    assert shown("MT306", ko, en.format("40")) == []


def test_a_bracketed_rank_romanized_after_the_name() -> None:
    ko = '이번 수사를 지휘한 박태윤 사이버수사대장(경정)은 "확인했다"고 말했다.'
    en = '"We found it," said Park Tae-yoon{}, head of the cyber investigation unit.'
    assert shown("MT602", ko, en.format(" Gyeongjeong")) == ["Gyeongjeong"]
    assert shown("MT602", ko, en.format("")) == []


def test_an_inning_is_no_rendering_of_a_batting_order() -> None:
    ko = "한화는 0-1로 뒤진 3회말 4번 타자 강태민의 역전 2점 홈런으로 분위기를 뒤집었다."
    en = "Trailing 1-0 in the bottom of the {} inning, Hanwha went ahead on a two-run homer."
    assert shown("MT301", ko, en.format("fourth")) == ["fourth"]
    assert shown("MT301", ko, en.format("third")) == []
    # a spaced counter is the count's own: 1만2천 명 is '12,000 members'
    ko = "회원은 1만2천 명이 넘는 것으로 조사됐다."
    assert shown("MT301", ko, "The sites had more than 12,000 members.") == []


def test_a_state_fund_and_an_intelligence_agency_swapped() -> None:
    ko = "정부는 국민연금공단과의 외환스와프 한도를 650억 달러로 늘린다."
    en = "The government will raise its currency swap with the {} to $65 billion."
    assert shown("MT711", ko, en.format("Korea Investment Corporation")) == [
        "Korea Investment Corporation"
    ]
    assert shown("MT711", ko, en.format("National Pension Service")) == []
    ko = "국가정보원(국정원) 발표 이후 외교부가 대사를 초치했다."
    en = "The ministry summoned the ambassador after an announcement by the {}."
    assert shown("MT711", ko, en.format("Defense Intelligence Agency (DIA)")) == [
        "Defense Intelligence Agency"
    ]
    assert shown("MT711", ko, en.format("National Intelligence Service (NIS)")) == []


def test_a_partys_chief_policymaker() -> None:
    ko = "이날 면담에는 민주당 문혜린 정책위의장과 천성민 수석대변인이 배석했다."
    en = "The meeting was attended by DP {} Moon Hye-rin and chief spokesperson Cheon Sung-min."
    assert shown("MT601", ko, en.format("chief policymaker")) == []
    assert shown("MT601", ko, en.format("spokesperson")) != []


def test_a_match_of_a_group_is_no_trillion() -> None:
    ko = "대표팀은 본선 리그 2조 3차전에서 바레인을 29-27로 꺾었다."
    assert [e.text for e in korean_numbers(ko)] == ["3차", "29", "27"]
    en = "The team beat Bahrain 29-27 in its {} Group 2 match of the main round."
    assert shown("MT305", ko, en.format("third")) == []
    assert shown("MT305", ko, en.format("fourth")) == ["fourth"]


# Round 105 (sets tf, tg, th, ti; tj and tk faithful-only)


def test_a_count_with_a_counter_is_no_day() -> None:
    ko = "장민혁은 7일 최종 4라운드에서 버디 7개와 보기 1개를 묶어 6언더파 65타를 쳤다."
    en = "Jang shot a six-under 65 with {} birdies and one bogey in the final round on the 7th."
    assert shown("MT301", ko, en.format("six")) == ["six"]
    assert shown("MT301", ko, en.format("seven")) == []


def test_a_surname_alone_read_as_its_meaning_at_the_start() -> None:
    assert shown("MT402", "배씨는 혐의를 받는다.", "Pear is accused.") == ["Pear"]
    assert shown("MT402", "배씨는 혐의를 받는다.", "Bae is accused.") == []


def test_a_former_office_the_korean_names_is_no_other_office() -> None:
    ko = "북마케도니아 국방장관 출신인 셰케린스카 사무차장은 전날 한국을 찾았다."
    en = "Shekerinska, a former defense minister of North Macedonia, arrived the previous day."
    assert shown("MT601", ko, en) == []
    ko = "셰케린스카 사무차장은 18일 오후 출국한다."
    en = "{} Shekerinska will leave the country on the afternoon of the 18th."
    assert shown("MT601", ko, en.format("Secretary General")) == ["Secretary General Shekerinska"]
    assert shown("MT601", ko, en.format("Deputy Secretary General")) == []


def test_one_english_name_renders_one_of_two_organizations() -> None:
    ko = "김도현 외교부 경제외교조정관과 나카무라 겐이치 일본 외무성 경제국장이 참석한다."
    en = (
        "Kim Do-hyeon, deputy minister for economic affairs at the foreign ministry, and Kenichi "
        "Nakamura, director-general at Japan's {}, will attend."
    )
    assert shown("MT711", ko, en.format("Ministry of Economy, Trade and Industry")) == [
        "Ministry of Economy, Trade and Industry"
    ]
    assert shown("MT711", ko, en.format("Foreign Ministry")) == []


def test_lone_headlines_are_paired_when_a_paragraph_was_dropped() -> None:
    src = [Sentence(0, 0, 10, "가" * 10, 0), Sentence(1, 0, 10, "나" * 10, 1)]
    src.append(Sentence(2, 0, 10, "다" * 10, 2))
    tgt = [Sentence(0, 0, 25, "a" * 25, 0), Sentence(1, 0, 25, "b" * 25, 1)]
    units = [Unit(0, (), (0,)), Unit(1, (0,), ()), Unit(2, (1,), (1,)), Unit(3, (2,), ())]
    paired = [(u.source, u.target) for u in pair_lone_neighbours(units, src, tgt)]
    assert paired == [((0,), (0,)), ((1,), (1,)), ((2,), ())]


# Round 106 (sets tl, tm, tn, to; tp and tq faithful-only)


def test_a_city_is_not_rendered_by_the_start_of_its_provinces_name() -> None:
    ko = "대구시는 경북 구미와 경산 지역 공공의료기관에 협조를 요청했다."
    en = "Daegu asked public medical institutions in Gumi and {} in North Gyeongsang for help."
    assert shown("MT501", ko, en.format("Gyeongju")) == ["Gyeongju"]
    assert shown("MT501", ko, en.format("Gyeongsan")) == []


def test_a_japanese_city_swapped_for_a_prefecture_of_the_same_name() -> None:
    ko = "부산시와 야마구치현은 내년 3월 시모노세키에서 제5차 실무협의회를 열기로 했다."
    en = "Busan and Yamaguchi Prefecture agreed to hold their fifth meeting in {} next March."
    assert shown("MT501", ko, en.format("Fukuoka")) == ["Fukuoka"]
    assert shown("MT501", ko, en.format("Shimonoseki")) == []


def test_a_japanese_given_name_checked_beside_an_unlisted_family_name() -> None:
    ko = "무라오카 쓰구마사 일본 야마구치현 지사가 11일 부산시청을 방문했다."
    en = (
        "{} Muraoka, governor of Japan's Yamaguchi Prefecture, visited Busan City Hall on the 11th."
    )
    assert shown("MT403", ko, en.format("Sugumasa")) == ["Sugumasa"]
    assert shown("MT403", ko, en.format("Tsugumasa")) == []
    # only where the Korean names Japan or a place there: Tajani is no Japanese given name
    ko = "안토니오 타야니 이탈리아 외교장관은 11일 서울을 방문했다."
    en = "Italian Foreign Minister Antonio Tajani visited Seoul on the 11th."
    assert shown("MT403", ko, en) == []


def test_a_name_after_latin_letters_and_a_hyphen_is_a_model_not_a_person() -> None:
    names = [name for name, _ in persons_titled("고속열차 KTX-이음이 정차하는 역이 문을 열었다.")]
    assert names == []
    assert [name for name, _ in persons_titled("사회자 이음이 무대에 올랐다.")] == ["이음"]


# Round 107 (sets tr, ts, tt, tu; tv and tw faithful-only)


def test_a_quarter_named_before_may_be_the_quarter() -> None:
    ko = "한울리테일은 3분기 중 경기 화성시와 충남 천안시에 할인점 2곳을 새로 열었다."
    en = "Hanul Retail opened two new stores during {} in Hwaseong and Cheonan."
    assert shown("MT301", ko, en.format("the quarter")) == []
    assert shown("MT305", ko, en.format("the fourth quarter")) == ["fourth"]


def test_an_arabic_name_with_bin_is_one_person() -> None:
    ko = (
        "서정훈 외교부 장관은 21일 오후 2시 서울 종로구 외교부 청사에서 파이살 빈 파르한 "
        "알사우드 사우디아라비아 외교장관과 회담하고 협력 방안을 논의했다."
    )
    assert ("파이살 빈 파르한 알사우드", "외교장관") in persons_titled(ko)
    en = (
        "Foreign Minister Seo Jung-hoon held talks with Saudi Arabian Foreign Minister Faisal "
        "bin Farhan Al Saud at the foreign ministry building in Seoul at 2 p.m. on the 21st."
    )
    assert shown("MT603", ko, en) == []


def test_a_native_word_given_name_read_as_its_meaning() -> None:
    ko = "여자 1,000m에서는 김나은(강원도청)이 6번째로 결승선을 통과했다."
    en = "In the women's 1,000m, {} of Gangwon Provincial Government finished sixth."
    assert shown("MT402", ko, en.format("Kim Better")) == ["Better"]
    assert shown("MT402", ko, en.format("Kim Na-eun")) == []


def test_a_place_heading_a_bodys_name_swapped() -> None:
    # round 114 listed the port authorities: MT711 reports the other one (before, MT501 'Busan')
    ko = "한바다 인천항만공사(IPA) 사장은 통관 시간을 줄일 수 있다고 설명했다."
    en = "{}, president of the {} (IPA), said customs clearance time could be cut."
    busan = en.format("Han Ba-da", "Busan Port Authority")
    assert shown("MT501", ko, busan) + shown("MT711", ko, busan) == ["Busan Port Authority"]
    for right in (
        en.format("Han Ba-da", "Incheon Port Authority"),
        "Han Ba-da, president of the IPA, said time could be cut.",
    ):
        assert shown("MT501", ko, right) + shown("MT711", ko, right) == []


def test_two_ministers_portfolios_swapped_before_the_same_title() -> None:
    ko = "서명식에는 오승민 산업통상자원부 장관과 김도윤 국토교통부 장관이 참석했다."
    en = "The ceremony was attended by {} Minister Oh Seung-min and {} Minister Kim Do-yoon."
    land, trade = "Land, Infrastructure and Transport", "Trade, Industry and Energy"
    assert len(shown("MT603", ko, en.format(land, trade))) == 2
    assert shown("MT603", ko, en.format(trade, land)) == []


# Round 108 (sets tx, ty, tz, ua; ub and uc faithful-only)


def test_former_before_a_title_written_before_the_name_is_no_surname() -> None:
    ko = "함께 기소된 전 하동군 기획감사실장 서민규(59)씨에게는 징역 10개월이 선고됐다."
    assert [name for name, _ in persons_titled(ko)] == ["서민규"]


def test_a_title_after_an_age_and_district_in_brackets() -> None:
    ko = "개표 결과 남궁 의원은 91표를 얻어 국민의힘 편성규(57·용인7) 의원을 따돌렸다."
    assert ("편성규", "의원") in persons_titled(ko)
    en = "Namgung received 91 votes, beating Rep. Pyeon Seong-gyu (57, Yongin 7th district)."
    assert shown("MT603", ko, en) == []


def test_a_body_named_after_its_place_before_the_title_is_the_persons_own() -> None:
    ko = "류성호 해양경찰청장은 대응 2단계를 발령했고, 엄기철 목포해양경찰서장이 구조를 지휘했다."
    en = (
        "Korea Coast Guard Commissioner Ryu Seong-ho issued a level-2 response, and Mokpo Coast "
        "Guard Station chief Eom Ki-cheol directed the rescue."
    )
    assert shown("MT603", ko, en) == []


def test_a_native_ordinal_word_is_a_number() -> None:
    ko = "'별빛 정거장'은 다섯 주 연속 10위권에 들었고, 지난달 셋째 주에는 7위에 올랐다."
    en = "It made the top 10 for five weeks, and in the {} week of last month it ranked seventh."
    assert shown("MT305", ko, en.format("third")) == []
    assert "second" in shown("MT305", ko, en.format("second"))


def test_a_town_after_its_city_written_with_mr() -> None:
    ko = "볼라트 장관은 17일 충북 청주시 오송의 철도종합시험선을 방문한다."
    en = "Bolat will visit {} railway test line in Cheongju, North Chungcheong, on the 17th."
    assert shown("MT502", ko, en.format("Mr. Oh Song's")) == ["Oh Song's"]
    assert shown("MT502", ko, en.format("the Osong")) == []


def test_an_officials_name_kiwi_reads_as_a_noun_and_a_syllable() -> None:
    ko = "개원식에는 오세림 보건복지부 제2차관, 송기범 진천군수, 도의원 등 200여 명이 참석했다."
    assert ("송기범", "군수") in persons_titled(ko)
    en = "Some 200 attended, including Vice Minister Oh Se-rim and Jincheon County Magistrate {}."
    assert shown("MT403", ko, en.format("Sung Ki-bum")) == ["Sung Ki-bum"]
    assert shown("MT403", ko, en.format("Song Ki-beom")) == []


# Round 109 (sets ud, ue, uf, ug; uh and ui faithful-only)


def test_titles_with_their_portfolio_or_body_inside_are_the_persons_own() -> None:
    ko = "협약식에는 옥승민 대통령실 정책실장, 안나 코발스카 폴란드 기후환경부 차관이 참석했다."
    en = (
        "Presidential policy chief Ok Seung-min and Polish {} Anna Kowalska attended the "
        "signing ceremony."
    )
    assert shown("MT601", ko, en.format("Deputy Climate and Environment Minister")) == []
    assert shown("MT601", ko, en.format("Climate and Environment Minister")) == [
        "Environment Minister Anna Kowalska"
    ]
    ko = "이날 간담회에는 인공지능산업융합사업단 배수경 단장이 참석했다."
    en = "Artificial Intelligence Industry Convergence Business Group head Bae Su-kyung attended."
    assert shown("MT601", ko, en) == []


def test_indonesia_abbreviated_is_a_country_not_a_person() -> None:
    ko = "인니 동칼리만탄 주지사 방한…동림건설과 신수도 인프라 협력 논의"
    assert "인니" not in [name for name, _ in persons_titled(ko)]
    assert gazetteer().lookup("인니")[0].en[0] == "Indonesia"


def test_a_given_name_read_syllable_by_syllable_as_hanja_meanings() -> None:
    ko = "윤서하 라온코스메틱 대표이사는 현지 반응이 좋다고 말했다."
    en = "The local response is good, said {}, CEO of Raon Cosmetics."
    assert shown("MT402", ko, en.format("Yoon West Summer")) == ["West Summer"]
    assert shown("MT402", ko, en.format("Yoon Seo-ha")) == []


def test_a_state_whose_name_ends_in_a_country_named_too_is_a_swap() -> None:
    ko = (
        "호주는 최대 리튬 생산국이다.\n정부는 서호주주 필바라 지역의 리튬 사업에 국내 기업이 "
        "참여하도록 지원한다."
    )
    en = (
        "Australia is the largest lithium producer.\nThe government will help Korean firms "
        "join a lithium project in the Pilbara region of {}."
    )
    assert article_shown("MT501", ko, en.format("South Australia")) == ["South Australia"]
    assert article_shown("MT501", ko, en.format("Western Australia")) == []


def test_an_envoys_post_given_as_another_country() -> None:
    ko = "다이빙 주한 중국대사와 윤지석 주중 한국대사도 이날 회담에 배석했다."
    en = (
        "Chinese Ambassador to South Korea Dai Bing and South Korean Ambassador to {} Yoon Ji-seok."
    )
    assert shown("MT603", ko, en.format("South Korea")) == [
        "Ambassador to South Korea Yoon Ji-seok"
    ]
    assert shown("MT603", ko, en.format("China")) == []


def test_per_second_is_no_ordinal() -> None:
    numbers = english_numbers("The wind blew at 43.7 meters per second, the second-strongest.")
    assert [(n.text, n.kind) for n in numbers] == [("43.7", "cardinal"), ("second", "ordinal")]
    assert numbers[1].start > 40


def test_a_native_ordinal_day_is_the_third_day_not_the_third_place() -> None:
    ko = "송바다가 혼다 타일랜드 셋째 날 공동 2위로 올라섰다."
    en = "Song Ba-da moved into a tie for {} place on the third day of the Honda LPGA Thailand."
    assert shown("MT305", ko, en.format("third")) == ["third"]
    assert shown("MT305", ko, en.format("second")) == []


def test_a_policy_office_keeps_the_renderings_of_its_head() -> None:
    ko = "오나래 국토교통부 정책실장은 브리핑에서 이같이 말했다."
    for en in (
        "Oh Na-rae, director of the land ministry's policy office, said at a briefing.",
        "Deputy Minister for Policy Oh Na-rae said at a briefing.",
    ):
        assert shown("MT601", ko, en) == []


# Round 110 (sets uj, uk, ul, um; un and uo faithful-only)


def test_a_committee_named_by_its_chairs_title_is_named() -> None:
    ko = "앞서 그는 이날 오전 국회를 찾아 김태형 국회 외교통일위원장과 면담했다."
    en = (
        "Earlier that morning, he visited the National Assembly and met with Kim Tae-hyung, "
        "chairman of the parliamentary Foreign Affairs and Unification Committee."
    )
    assert shown("MT711", ko, en) == []


def test_a_share_in_brackets_is_no_age() -> None:
    ko = "선종별로는 LNG 운반선이 61%를 차지했으며, 이어 컨테이너선(18%), 해양플랜트(14%) 순이었다."
    assert persons(ko)["컨테이너선"][1] == "none"
    assert persons("김철수(57)씨는 말했다.")["김철수"][1] in ("age", "honorific")


def test_a_clock_time_is_no_digit_of_a_score_where_another_time_is_left() -> None:
    ko = "부천은 1일 오후 2시 수원월드컵경기장에서 열린 K리그2 PO에서 수원을 2-1로 이겼다."
    en = "Bucheon beat Suwon 2-1 in the K League 2 play-off held at {} on the 1st in Suwon."
    assert shown("MT301", ko, en.format("4 p.m.")) == ["4 p.m."]
    assert shown("MT301", ko, en.format("2 p.m.")) == []


def test_places_written_as_persons_names() -> None:
    ko = "승강 PO 1차전은 오는 4일 부천종합운동장에서 열린다."
    en = "The first leg will be held on the 4th at {}."
    assert shown("MT502", ko, en.format("Bu Cheon-jong's sports ground")) == ["Bu Cheon-jong's"]
    assert shown("MT502", ko, en.format("Bucheon Sports Complex")) == []
    ko = "반면 노원구(-0.21%)와 도봉구(-0.47%)는 하락했다."
    en = "Prices fell in {} (down 0.21 percent) and Dobong District (down 0.47 percent)."
    assert shown("MT502", ko, en.format("Roh Won-gu")) == ["Roh Won-gu"]
    assert shown("MT502", ko, en.format("Nowon District")) == []


def test_a_place_spelled_with_and_without_its_unit_is_one_spelling() -> None:
    ko = "봉화군 춘양면에서 산사태가 났다.\n춘양면 주민 87명이 대피했다."
    en = "A landslide hit Chunyang-myeon in Bonghwa.\n87 residents of Chunyang were evacuated."
    assert article_shown("MT405", ko, en) == []


def test_titles_after_a_sport_and_team_a_second_title_and_a_prefixed_title() -> None:
    ko = "김도균 역도 대표팀 감독은 가능성을 확인했다고 말했다."
    assert shown("MT602", ko, "National team Kim Do-gyun Gamdok said so.") == ["Gamdok"]
    ko = "장인수 삼성중공업 대표이사 사장은 선별 수주 기조를 유지하겠다고 말했다."
    en = "Samsung Heavy Industries CEO Jang In-soo{} said it would stay selective."
    assert shown("MT602", ko, en.format(" Sajang")) == ["Sajang"]
    assert shown("MT602", ko, en.format("")) == []
    ko = "대법원 3부(주심 엄태석 대법관)는 원심을 확정했다."
    en = "The Supreme Court's third division, with {} Eom Tae-seok presiding, upheld the ruling."
    assert shown("MT601", ko, en.format("Chief Justice")) == ["Chief Justice Eom Tae-seok"]
    assert shown("MT601", ko, en.format("Justice")) == []


def test_a_rank_left_while_another_ordinal_claims_two_english_ones() -> None:
    ko = "안 부시장은 산둥성이 교역 상대 지역 가운데 2위라며 제3차 포럼을 열겠다고 밝혔다."
    en = "Ahn said Shandong was Daegu's {}-largest partner and the third forum would be held."
    assert shown("MT305", ko, en.format("third")) == ["third"]
    assert shown("MT305", ko, en.format("second")) == []


def test_a_country_in_brackets_makes_a_foreign_name_a_person() -> None:
    ko = "배수린은 준결승에서 홈 코트의 미아 블리크펠트(덴마크)를 2-0으로 눌렀다."
    assert persons(ko)["블리크펠트"][1] == "affiliation"


def test_a_countrys_possessive_before_anothers_title_in_apposition() -> None:
    ko = "산업통상자원부 여한솔 장관과 응우옌홍디엔 베트남 산업무역부 장관은 회담을 열었다."
    en = (
        "Yeo Han-sol, {}'s minister of industry, and Nguyen Hong Dien, {}'s minister of "
        "industry and trade, held separate talks."
    )
    assert shown("MT603", ko, en.format("Vietnam", "South Korea")) == [
        "Yeo Han-sol, Vietnam's minister"
    ]
    assert shown("MT603", ko, en.format("South Korea", "Vietnam")) == []


# Round 111 (sets up, uq, ur, us; ut and uu faithful-only)


def test_a_title_romanized_after_a_body_whose_last_syllable_it_shares() -> None:
    ko = "강민철 수협중앙회장은 환영 입장을 밝혔다."
    en = "Kang Min-chul{} of Suhyup welcomed the agreement."
    assert shown("MT602", ko, en.format(" Hoejang")) == ["Hoejang"]
    assert shown("MT602", ko, en.format(", chairman")) == []


def test_a_given_name_that_is_a_word_read_syllable_by_syllable() -> None:
    # 선미 is a word ('stern'); 전남/NNP 도/JX: the province's 도 read as 'also'
    ko = "김선미 전남도 국제협력관은 말했다."
    en = "{}, director of international cooperation at the South Jeolla government, said so."
    assert shown("MT402", ko, en.format("Kim Good Beauty")) == ["Good Beauty"]
    assert shown("MT402", ko, en.format("Kim Seon-mi")) == []
    ko = "이에 조은비 창원시장은 적극 돕겠다고 화답했다."
    assert shown("MT402", ko, "Changwon Mayor Cho Silver Rain said so.") == ["Silver Rain"]


def test_a_name_kiwi_reads_as_a_noun_and_a_determiner_before_a_companys_title() -> None:
    ko = "한문석 코레일 사장은 긴급 브리핑을 열었다."  # 한문/NNG 석/MM
    assert persons(ko)["한문석"][1] == "title"
    en = "Korail President {} held an emergency briefing."
    assert shown("MT403", ko, en.format("Han Mun-sik")) == ["Han Mun-sik"]
    assert shown("MT403", ko, en.format("Han Mun-seok")) == []


def test_another_offices_title_after_a_portfolio_in_apposition() -> None:
    ko = "박은하 국토교통부 철도안전정책관은 특별 점검을 지시했다."
    en = "Park Eun-ha, railway safety {} at the transport ministry, ordered special inspections."
    assert shown("MT601", ko, en.format("police chief")) == [
        "Park Eun-ha, railway safety police chief"
    ]
    assert shown("MT601", ko, en.format("policy director")) == []
    ko = "윤석곤 경남도 경제부지사는 환영 만찬에서 말했다."
    en = "At a welcome dinner, Yoon Seok-gon, Economic {} of South Gyeongsang Province, said so."
    assert shown("MT601", ko, en.format("Vice Minister")) == [
        "Yoon Seok-gon, Economic Vice Minister"
    ]
    assert shown("MT601", ko, en.format("Vice Governor")) == []


def test_titles_before_names_with_ages_in_brackets_swapped() -> None:
    ko = "검찰은 건설업체 대표 최정민(61)씨와 이 회사 전무 한동균(55)씨를 기소했다."
    assert persons(ko)["최정민"][1] == "age"
    en = (
        "Prosecutors indicted construction company {} Choi Jeong-min, 61, and its {} Han Dong-gyun."
    )
    swapped = shown("MT603", ko, en.format("executive director", "CEO"))
    assert swapped == ["executive director Choi Jeong-min", "CEO Han Dong-gyun"]
    assert shown("MT603", ko, en.format("CEO", "executive director")) == []


def test_a_market_rendered_as_a_mayor() -> None:
    ko = "박성진 한은 시장총괄팀장은 대출 금리가 오른 영향이라고 말했다."
    en = "It reflects rising lending rates, said Park Sung-jin, head of the BOK's {} team."
    assert shown("MT602", ko, en.format("mayor coordination")) == ["mayor"]
    assert shown("MT602", ko, en.format("market coordination")) == []
    # a mayor the Korean names: no market
    ko = "주식시장이 크게 올랐다고 김 시장이 말했다."
    assert shown("MT602", ko, "The stock market rose sharply, Mayor Kim said.") == []


def test_a_title_both_persons_share_in_english_is_no_swap() -> None:
    ko = (
        "이번 회의에는 한지성 해수부 국제원양정책관이, 일본 측에서 다카하시 요시히로 수산청 "
        "자원관리부장이 각각 수석대표로 참석했다."
    )
    en = (
        "Han Ji-sung, director-general for distant-water fisheries policy at the oceans "
        "ministry, and Takahashi Yoshihiro, director-general of the Resources Management "
        "Department at Japan's Fisheries Agency, attended as chief delegates."
    )
    assert shown("MT603", ko, en) == []


def test_more_than_a_figure_cut_short_not_rounded() -> None:
    ko = "지난해 목포항을 이용한 여객선 승객은 모두 142만6천여 명이었다."
    en = "More than {} million ferry passengers used Mokpo Port last year."
    assert shown("MT301", ko, en.format("1.42")) == []
    assert shown("MT301", ko, en.format("1.43")) == []
    assert shown("MT301", ko, en.format("1.41")) == ["1.41 million"]


def test_a_japanese_family_name_before_a_word_no_kana_writes_is_a_place() -> None:
    ko = "배서연은 센다이시의 이즈미 파크 골프클럽에서 열린 대회에서 67타를 쳤다."
    assert persons(ko)["이즈미 파크"][1] == "none"  # unanchored: not checked as a name
    en = "Bae shot a 67 at Izumi Park Golf Club in Sendai."
    assert shown("MT402", ko, en) == []
    assert persons("후루카와 미사키가 2위에 올랐다.")["후루카와 미사키"][1] == "family-name"


def test_a_quotation_the_korean_has_split_off_its_sentence_is_no_addition() -> None:
    ko = (
        '정현숙 교원인사과장은 "정원 감축으로 불가피하게 선발 인원을 줄였다"며 "교육부와 추가 '
        '정원 확보를 협의하겠다"고 말했다.'
    )
    first = (
        '"We had no choice but to reduce hiring because teaching posts are being cut," said '
        "Chung Hyun-sook, head of the teacher personnel division."
    )
    second = '"We will consult with the education ministry on securing additional posts."'
    assert [c for _, c in assess(Resources(), [first, second], ko, source=False)] == [None, None]


# Round 112 (sets uv, uw, ux, uy; uz and va faithful-only)


def test_office_renderings_a_desk_uses() -> None:
    ko = "이재훈 한국도로공사 천안지사장은 전 차로 통행을 재개했다고 말했다."
    en = "Traffic resumed on all lanes, said Lee Jae-hoon, Cheonan {} of the Korea Expressway Corp."
    assert shown("MT601", ko, en.format("branch manager")) == []
    ko = "디트마어 보이트케 독일 브란덴부르크주 총리가 13일 공장을 찾았다."
    en = "Dietmar Woidke, {} of the German state of Brandenburg, visited the plant on the 13th."
    assert shown("MT601", ko, en.format("Minister-President")) == []
    assert shown("MT601", ko, en.format("President")) == ["Dietmar Woidke, President"]
    ko = "안지훈 재무본부장(CFO)은 설비 투자를 줄이겠다고 말했다."
    en = "{} Ahn Ji-hoon said the company would cut facility investment."
    assert shown("MT601", ko, en.format("Chief Financial Officer")) == []


def test_names_kiwi_cuts_into_a_particle_or_before_a_committees_short_name() -> None:
    ko = "백은하 새만금개발청장은 입주 기업에 혜택을 준다고 말했다."  # 백/NNG 은/JX 하/VV
    en = "Companies get benefits, SDIA Commissioner {} said."
    assert shown("MT402", ko, en.format("Baek Galaxy")) == ["Galaxy"]
    assert shown("MT402", ko, en.format("Baek Eun-ha")) == []
    ko = "다만 정다은 예결특위 위원장은 세수 결손을 지적했다."
    assert persons(ko)["정다은"][1] == "title"
    en = "However, {}, chair of the budget committee, pointed to a revenue shortfall."
    assert shown("MT403", ko, en.format("Jung Dae-un")) == ["Jung Dae-un"]
    assert shown("MT403", ko, en.format("Jung Da-eun")) == []


def test_a_surname_written_with_another_final_sound_is_no_own_spelling() -> None:
    ko = "민경태 주베트남 한국대사는 지원을 아끼지 않겠다고 말했다."
    en = "{}, South Korea's ambassador to Vietnam, said so."
    assert shown("MT403", ko, en.format("Mim Kyung-tae")) == ["Mim Kyung-tae"]
    assert shown("MT403", ko, en.format("Min Kyung-tae")) == []
    assert shown("MT403", "황주호 한수원 사장은 말했다.", "KHNP President Whang Joo-ho said.") == []


# Round 113 (sets vb, vc, vd, ve; vf and vg faithful-only)


def test_a_citys_branch_is_no_governor() -> None:
    ko = "해양환경공단 부산지사는 수거 장비를 지원했다."
    en = "The Busan {} of the Korea Marine Environment Management Corp. provided equipment."
    assert shown("MT602", ko, en.format("branch")) == []
    ko = "경북지사 선거가 열렸다."
    assert shown("MT602", ko, "The election for North Gyeongsang branch was held.") == ["branch"]


def test_a_taiwanese_city_and_its_county() -> None:
    ko = "자이시는 대만 남부 자이현 한가운데 위치한 도시다."
    en = "Chiayi is a city in the middle of Chiayi County in southern Taiwan."
    assert shown("MT501", ko, en) == []
    assert shown("MT501", ko, en.replace("Chiayi County", "Changhua County")) != []


def test_offices_a_desk_renders_by_their_english_names() -> None:
    ko = "링지 중국 상무부 부부장은 한동석 산업통상자원부 통상교섭실장과 회의를 열었다."
    en = (
        "Chinese Vice Minister of Commerce Ling Ji held talks with Han Dong-seok, head of the "
        "Office of Trade Negotiations at the Ministry of Trade, Industry and Energy."
    )
    assert shown("MT601", ko, en) == []
    ko = "서누리 기금운용본부장은 장기 목표수익률을 높여야 한다고 말했다."
    assert shown("MT601", ko, "Chief investment officer Seo Nu-ri said so.") == []


def test_the_surname_lee_read_as_this() -> None:
    ko = '이 부시장은 "연간 15만 명 이상이 새 항로를 이용할 것"이라고 말했다.'
    en = '"We expect more than 150,000 tourists a year to use the new route," said {}.'
    assert shown("MT402", ko, en.format("this vice mayor")) == ["this"]
    assert shown("MT402", ko, en.format("Vice Mayor Lee")) == []


def test_a_korean_name_kiwi_spaces_in_its_form() -> None:
    ko = "강미숙 한국무역협회 부회장은 교역이 두 배로 늘었다고 말했다."  # 강 미숙/NNP
    assert persons(ko)["강미숙"][:2] == ("korean", "title")
    en = "{}, vice chairwoman of KITA, said trade had doubled."
    assert shown("MT402", ko, en.format("River Mi-sook")) == ["River Mi-sook"]
    assert shown("MT402", ko, en.format("Kang Mi-sook")) == []
