"""Title rules: missing, homograph and misattributed titles."""

from __future__ import annotations

import pytest

from mtqa.records import Severity
from mtqa.resources import Resources
from mtqa.rules.base import Hit
from ruletools import get_rule, make_view

TEXT_ONLY = Resources(options={"name_alignment": False})


def run_rule(code: str, ko: str, en: str) -> list[Hit]:
    return list(get_rule(code).check(make_view(ko, en, TEXT_ONLY)))


WRONG = [
    (
        "MT601",
        "김동연 경기도지사는 10일 기자회견을 열었다.",
        "Kim Dong-yeon held a briefing on the 10th.",
    ),
    ("MT601", "이재명 더불어민주당 대표가 말했다.", "Lee Jae-myung said."),
    (
        "MT602",
        "오세훈 서울시장은 기자회견을 열었다.",
        "Seoul market Oh Se-hoon held a press conference.",
    ),
    (
        "MT602",
        "김동연 경기지사는 기자회견을 열었다.",
        "Gyeonggi branch Kim Dong-yeon held a press conference.",
    ),
    # The ordinary word beside the person, where the sentence renders 장관 for someone else.
    (
        "MT602",
        "유명환 외교부 장관은 라이스 국무장관과 만났다.",
        "Foreign spectacle Yu Myung-hwan met Secretary of State Rice.",
    ),
    # Foreign persons' titles are checked too (at a lower confidence).
    ("MT601", "앙겔라 메르켈 독일 총리가 말했다.", "German Angela Merkel said."),
    ("MT603", "김 지사와 이 시장이 만났다.", "Governor Lee and Mayor Kim met."),
    (
        "MT603",
        "김동연 지사와 이재명 시장이 만났다.",
        "Kim Dong-yeon, the mayor, and Lee Jae-myung met.",
    ),
    (
        "MT603",
        "김동연 지사와 이재명 시장이 만났다.",
        "Mayor Kim Dong-yeon and Governor Lee Jae-myung met.",
    ),
    # The same title with the other person's place (two mayors swapped).
    (
        "MT603",
        "오세훈 서울시장과 박형준 부산시장이 만났다.",
        "Seoul Mayor Park Heong-joon and Busan Mayor Oh Se-hoon met.",
    ),
    # A title moved to a person the Korean gives none.
    ("MT603", "김동연 지사는 최순실씨를 만났다.", "Kim Dong-yeon met Governor Choi Soon-sil."),
    # President and prime minister share 'leader' but are different titles.
    (
        "MT603",
        "에후드 올메르트 총리와 마흐무드 아바스 대통령이 만났다.",
        "Israeli President Ehud Olmert met Palestinian Prime Minister Mahmoud Abbas.",
    ),
    # A Chinese provincial governor (성장) written as the party secretary (당서기).
    (
        "MT601",
        "왕웨이중 광둥성 성장은 목표를 제시했다.",
        "Guangdong Party Secretary Wang Weizhong set a goal.",
    ),
    # Another office beside a later, surname-only mention; a homograph's other meaning.
    ("MT601", "최 판사는 판시했다.", "Prosecutor Choi ruled."),
    # A U.S. vice minister (상무부 차관) written as the secretary.
    (
        "MT601",
        "스티븐 파커 미국 상무부 차관은 만났다.",
        "U.S. Commerce Secretary Stephen Parker met.",
    ),
    ("MT602", "이현철 부여군수는 밝혔다.", "Buyeo military commander Lee Hyun-cheol said."),
    # A title inside a longer title of another office is no rendering of it.
    (
        "MT601",
        "그레그 애벗 텍사스 주지사는 성명을 냈다.",
        "Texas Governor-General Greg Abbott spoke.",
    ),
    (
        "MT603",
        "이재용 회장은 전영현 부회장 등과 만났다.",
        "Vice Chairman Lee Jae-yong met Jun Young-hyun and others.",
    ),
]

CORRECT = [
    ("곽동희 영동군수는 당부했다.", "Yeongdong County Mayor Kwak Dong-hee urged staff."),
    # 'Choi' starts another person's full name: no office moved to 최 회장
    (
        "최 회장과 최준석 부회장은 기소됐다.",
        "The chairman and Vice Chairman Choi Joon-seok were indicted.",
    ),
    ("중국 경제 성장은 둔화했다.", "China's economic growth slowed."),
    ("조태용 국가안보실장은 방미했다.", "National Security Adviser Cho Tae-yong visited the U.S."),
    (
        "제이크 설리번 백악관 국가안보보좌관은 방문했다.",
        "White House National Security Adviser Jake Sullivan visited.",
    ),
    ("정원오 서울 성동구청장은 밝혔다.", "Jung Won-o, head of Seoul's Seongdong District, said."),
    (
        "리처드 콜먼 미국 국무부 부장관이 참석했다.",
        "U.S. Deputy Secretary of State Richard Coleman attended.",
    ),
    ("박근혜 전 대통령이 말했다.", "Former President Park Geun-hye said."),
    (
        "오세훈 서울시장과 박형준 부산시장이 만났다.",
        "Seoul Mayor Oh Se-hoon and Busan Mayor Park Heong-joon met.",
    ),
    ("시장 상인들이 오세훈 서울시장을 만났다.", "Market merchants met Seoul Mayor Oh Se-hoon."),
    ("김동연 지사와 이재명 시장이 만났다.", "Gov. Kim Dong-yeon and Mayor Lee Jae-myung met."),
    (
        "김동연 경기지사는 삼성전자 지사를 방문했다.",
        "Kim Dong-yeon, governor of Gyeonggi, visited a Samsung branch.",
    ),
    ("최 기자가 보도했다.", "Choi reported."),
    ("김동연 경기도지사가 말했다.", "Gov. Kim Dong-yeon said."),
    ("존 매케인 상원의원이 말했다.", "Sen John McCain said."),
    ("맥신 워터스 하원의원이 말했다.", "Rep. Maxine Waters said."),
    ("테레사 메이 총리가 말했다.", "PM Theresa May said."),
    # A title beside a person the Korean gives none, while its owner keeps it: an addition.
    ("김동연 지사는 최순실씨를 만났다.", "Governor Kim Dong-yeon met Governor Choi Soon-sil."),
    (
        "에후드 올메르트 총리와 마흐무드 아바스 대통령이 만났다.",
        "Israeli Prime Minister Ehud Olmert met Palestinian President Mahmoud Abbas.",
    ),
]


def test_a_longer_title_is_another_office_not_the_own_title_moved() -> None:
    # 'Vice Governor' (부지사) renders no 지사: 김동연's title is missing, not moved to Choi
    ko, en = "김동연 지사는 최순실씨를 만났다.", "Kim Dong-yeon met Vice Governor Choi Soon-sil."
    assert not run_rule("MT603", ko, en)
    (hit,) = run_rule("MT601", ko, en)
    assert "not rendered" in hit.message


@pytest.mark.parametrize(("code", "ko", "en"), WRONG)
def test_title_errors_are_flagged(code: str, ko: str, en: str) -> None:
    hits = run_rule(code, ko, en)
    assert hits, f"{code} missed {en!r}"
    assert hits[0].source is not None or hits[0].target is not None


@pytest.mark.parametrize(("ko", "en"), CORRECT)
def test_correct_titles_are_not_flagged(ko: str, en: str) -> None:
    for code in ("MT601", "MT602", "MT603"):
        assert not run_rule(code, ko, en), (code, en)


def test_title_missing_confidence_is_honest() -> None:
    """A Korean official's first mention is shown (>= 0.5); a foreign person's bare name is not."""
    korean = run_rule("MT601", "김동연 경기도지사가 말했다.", "Kim Dong-yeon said.")
    foreign = run_rule("MT601", "앙겔라 메르켈 독일 총리가 말했다.", "Angela Merkel said.")
    assert korean and korean[0].confidence >= 0.5
    assert foreign and foreign[0].confidence < 0.5


HEADLESS = [
    ("앙겔라 메르켈 독일 총리가 말했다.", "German Angela Merkel said."),
    ("맥신 워터스 미국 하원의원이 말했다.", "U.S. Maxine Waters said."),
    ("김대중 전 대통령의 측근들이 말했다.", "Aides of former Kim Dae-jung said."),
]


@pytest.mark.parametrize(("ko", "en"), HEADLESS)
def test_title_modifier_left_without_the_title_is_shown(ko: str, en: str) -> None:
    """The title's place or 'former' left before the name: the title was dropped."""
    hits = run_rule("MT601", ko, en)
    assert len(hits) == 1 and hits[0].confidence >= 0.5


def test_bare_foreign_first_mention_stays_below_shown() -> None:
    """'Merkel said': English news names known persons bare; too often right to show."""
    hits = run_rule("MT601", "앙겔라 메르켈 독일 총리가 말했다.", "Angela Merkel said.")
    assert len(hits) == 1 and hits[0].confidence < 0.5
    # A possessive country is correct English style, not a headless modifier.
    hits = run_rule(
        "MT601", "로버트 무가베 짐바브웨 대통령이 말했다.", "Zimbabwe's Robert Mugabe said."
    )
    assert len(hits) == 1 and hits[0].confidence < 0.5


def test_words_that_fit_any_head_are_no_misattributed_title() -> None:
    """'leader' renders 대통령 too, but it is no title of Reagan's beside Gorbachev."""
    ko = "로날드 레이건 전 미국 대통령이 당시 소련의 미하일 고르바쵸프 서기장에게 제안했다."
    en = "Former U.S. President Ronald Reagan made remarks to Soviet leader Mikhail Gorbachev."
    assert not run_rule("MT603", ko, en)
    assert run_rule(
        "MT603", ko, en.replace("Soviet leader", "President").replace("U.S. Pre", "Pre")
    )


def test_misattributed_title_points_at_the_title_and_the_name() -> None:
    """The span covers the wrong title with the name; a titled person is surer than one the
    Korean gives no title."""
    en = "Kim Dong-yeon met Governor Choi Soon-sil."
    untitled = run_rule("MT603", "김동연 지사는 최순실씨를 만났다.", en)
    assert len(untitled) == 1 and untitled[0].target is not None
    s, e = untitled[0].target
    assert en[s:e] == "Governor Choi Soon-sil"
    swapped = run_rule("MT603", "김 지사와 이 시장이 만났다.", "Governor Lee and Mayor Kim met.")
    assert swapped and all(h.confidence > untitled[0].confidence for h in swapped)
    assert swapped[0].suggestion == "governor"  # Kim, the first in the Korean, is the governor


def test_missing_title_names_another_title_beside_the_person() -> None:
    # a title of another office, which shares no rendering with the person's own: shown
    hits = run_rule(
        "MT601",
        "블라디미르 푸틴 러시아 대통령은 말했다.",
        "Russian Prime Minister Vladimir Putin said.",
    )
    assert len(hits) == 1 and "'Prime Minister', the title of another office" in hits[0].message
    assert hits[0].confidence >= 0.5
    plain = run_rule("MT601", "블라디미르 푸틴 러시아 대통령은 말했다.", "Vladimir Putin said.")
    assert len(plain) == 1 and "another office" not in plain[0].message
    assert plain[0].confidence < hits[0].confidence
    (mayor,) = run_rule(
        "MT601", "김동연 경기도지사는 말했다.", "Gyeonggi Mayor Kim Dong-yeon said."
    )
    assert "'Mayor'" in mayor.message and mayor.confidence >= 0.5
    # a title whose renderings overlap the own one ('president' is also 의장's): named, not shown
    (chair,) = run_rule("MT601", "이와타 사토루 사장은 말했다.", "Chairman Satoru Iwata said.")
    assert "'Chairman' stands beside" in chair.message and chair.confidence < 0.5
    # a cabinet office for another ('Secretary of Commerce' is 상무장관, never 국무장관)
    blinken = "토니 블링컨 미국 국무장관과 통화했다."
    (state,) = run_rule("MT601", blinken, "He called U.S. Secretary of Commerce Tony Blinken.")
    assert "another office (상무장관)" in state.message and state.confidence >= 0.5
    # 'Secretary' alone is a short form of the person's own title, no one else's (MT603)
    short = ("박진 장관은 토니 블링컨 국무장관과 통화했다.", "Park called Secretary Tony Blinken.")
    assert run_rule("MT603", *short) == []
    assert all(h.confidence < 0.5 for h in run_rule("MT601", *short))
    # a Japanese name given-name first in English is matched whole (Fumio Kishida)
    ko, en = "기시다 후미오 일본 총리는 방한했다.", "Japanese President Fumio Kishida visited."
    (kishida,) = run_rule("MT601", ko, en)
    # (the finding covers the other office's title beside the name too)
    assert kishida.target is not None and en[slice(*kishida.target)] == "President Fumio Kishida"
    # 'President' is also 총장's (which shares 'chancellor' with 총리), but first of all 대통령's
    assert "another office (대통령)" in kishida.message and kishida.confidence >= 0.5
    # 'Vice Foreign Minister' renders 차관 (vice minister); 'loan' is its homograph
    kim = "김영호 외교부 차관은 말했다."
    assert run_rule("MT601", kim, "Vice Foreign Minister Kim Young-ho said.") == []
    assert run_rule("MT602", kim, "Foreign Ministry loan Kim Young-ho said.")
    # a chain of titles (the chancellor's spokesman): whose title is whose is unclear
    steg = ("토마스 스테그 메르켈 총리 대변인은 말했다.", "Merkel spokesman Thomas Steg said.")
    assert all(h.confidence < 0.5 for h in run_rule("MT601", *steg))
    merkel = ("앙겔라 메르켈 독일 총리는 말했다.", "Chancellor Angela Merkel said.")
    assert run_rule("MT601", *merkel) == []


def test_title_given_elsewhere_in_the_translation_stays_low() -> None:
    """'Kim Jong-un' bare in one sentence, 'Chairman Kim' in the next: the reader has the
    title, as English news writes it; without the later title the first mention is shown."""
    from mtqa.pairview import lines_doc
    from mtqa.rules.engine import run_rules
    from ruletools import _RESOURCES

    ko = ["김정은 위원장이 회담에 관심을 보였다.", "김 위원장은 만족했다."]
    rule = get_rule("MT601")
    later = ["Kim Jong-un showed interest in the talks.", "Chairman Kim was pleased."]
    (low,) = run_rules(lines_doc(ko, later, _RESOURCES), [rule])
    assert low.confidence <= 0.3 and "gives it elsewhere" in low.message
    bare = ["Kim Jong-un showed interest in the talks.", "Kim was pleased."]
    (shown,) = run_rules(lines_doc(ko, bare, _RESOURCES), [rule])
    assert shown.confidence >= 0.5


def test_one_foreign_word_before_a_homograph_title_is_a_person_the_english_names() -> None:
    """클린스만 감독: one foreign word and 감독 make no person in the Korean alone, but the
    English writes 'Klinsmann' as a name, so the title is checked; 시장 and 지사 are left out
    (비잔틴 시장 is the Byzantine market)."""
    ko = "클린스만 감독은 대표팀 명단을 발표했다."
    (hit,) = run_rule("MT602", ko, "Klinsmann's supervision announced the national team roster.")
    assert hit.confidence >= 0.5
    assert run_rule("MT602", ko, "Coach Klinsmann announced the national team roster.") == []
    ko = "비잔틴 시장의 위상이 떨어졌다."
    assert run_rule("MT602", ko, "The status of Byzantine markets declined.") == []
    # 장관 'a spectacle' after a lake's name (FLORES, OPUS-MT): no minister
    ko = "물이 가득한 칼데라호가 장관을 이루는 자연항을 제공해 줍니다."
    en = "The water-filled Caldera Lake provides a spectacular natural harbour."
    assert run_rule("MT602", ko, en) == []


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("김홍균 외교부 1차관은 회담했다.", "Foreign Minister Kim Hong-kyun held talks."),
        ("김홍균 외교부 제1차관은 회담했다.", "Foreign Minister Kim Hong-kyun held talks."),
        ("최상목 경제부총리는 발표했다.", "Prime Minister Choi Sang-mok announced it."),
    ],
)
def test_a_rank_lost_from_an_ordinal_or_field_title_is_another_office(ko: str, en: str) -> None:
    (hit,) = run_rule("MT601", ko, en)
    assert hit.confidence >= 0.5 and "another office" in hit.message


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        (
            "김홍균 외교부 1차관은 회담했다.",
            "First Vice Foreign Minister Kim Hong-kyun held talks.",
        ),
        ("최상목 경제부총리는 발표했다.", "Deputy Prime Minister Choi Sang-mok announced it."),
        ("최상목 경제부총리는 발표했다.", "Finance Minister Choi Sang-mok announced it."),
    ],
)
def test_ordinal_and_field_titles_rendered_in_full(ko: str, en: str) -> None:
    assert run_rule("MT601", ko, en) == []


def test_another_office_beside_the_person_when_the_own_title_is_someone_elses() -> None:
    # The own rendering ('deputy secretary') comes after the name and belongs to another person.
    ko = "김홍균 외교부 1차관은 미국 국무부 부장관과 회담했다."
    en = "Foreign Minister Kim Hong-kyun held talks with the U.S. deputy secretary of state."
    (hit,) = run_rule("MT601", ko, en)
    assert "another office" in hit.message and hit.confidence >= 0.5
    assert hit.severity == Severity.MAJOR  # a wrong office, not a missing title
    # Both offices before the name are both the person's ('Foreign Minister and chairman').
    ko = "아세안 지역안보포럼 의장을 맡은 하미드 알바르 말레이시아 외무장관은 말했다."
    en = "Malaysian Foreign Minister and ARF chairman Hamid Albar said."
    assert run_rule("MT601", ko, en) == []


@pytest.mark.parametrize(
    ("ko", "en", "word"),
    [
        ("오민석 제주지사는 현장을 둘러봤다.", "Jeju Jisa Oh Min-seok toured the sites.", "Jisa"),
        (
            "윤재형 국토교통위원장은 말했다.",
            "Wiwonjang Yoon Jae-hyeong of the committee said.",
            "Wiwonjang",
        ),
        ("권영민 칠곡군수도 참석했다.", "Chilgok military supplies Kwon Young-min attended.",
         "military supplies"),
    ],
)  # fmt: skip
def test_a_title_romanized_or_read_as_a_word_is_mistranslated(ko: str, en: str, word: str) -> None:
    hits = run_rule("MT602", ko, en)
    assert [en[h.target[0] : h.target[1]] for h in hits if h.target] == [word]


def test_a_rendered_title_is_not_romanized() -> None:
    assert not run_rule("MT602", "오민석 제주지사는 말했다.", "Jeju Governor Oh Min-seok said.")


@pytest.mark.parametrize(
    ("ko", "en", "found"),
    [
        ("정 구청장은 서울시장 면담을 요청하겠다고 밝혔다.",
         "Mayor Jeong will request a meeting with the Seoul market.", True),
        ("정 구청장은 서울시장 면담을 요청하겠다고 밝혔다.",
         "Mayor Jeong will request a meeting with the Seoul mayor.", False),
        ("상인들은 동대문시장에서 시위를 벌였다.", "Merchants protested at Dongdaemun Market.",
         False),
    ],
)  # fmt: skip
def test_an_unnamed_office_read_as_a_word(ko: str, en: str, found: bool) -> None:
    assert bool(run_rule("MT602", ko, en)) is found


def test_council_members_and_presiding_judges_are_titles() -> None:
    ko = "인천지법 형사13부(김도윤 부장판사)는 징역 12년을 선고했다."
    en = "The 13th Criminal Division (Presiding Judge Kim Do-yoon) sentenced him to 12 years."
    assert not run_rule("MT601", ko, en)
    ko = "이슬기 시의원(국민의힘·성동2)은 반박했다."
    assert not run_rule(
        "MT601", ko, "City councilor Lee Seul-gi of the People Power Party objected."
    )
    assert run_rule("MT601", ko, "Lee Seul-gi of the People Power Party objected.")


def test_a_title_romanized_after_the_surname_is_mistranslated() -> None:
    # 외교장관 later in the sentence is no ordinary sense of 장관 that would excuse it
    ko = "윤 장관은 16일 베를린으로 이동해 베버 장관과 한-독 외교장관 회담을 갖는다."
    en = "Yoon Jang-gwan will travel to Berlin on the 16th to hold talks with Minister Weber."
    hits = run_rule("MT602", ko, en)
    assert [en[h.target[0] : h.target[1]] for h in hits if h.target] == ["Jang-gwan"]


def test_a_provincial_governor_read_as_a_branch() -> None:
    ko = "한명수 경기도지사는 지정 여부를 검토하겠다고 밝혔다."
    hits = run_rule("MT602", ko, "Gyeonggi Province Branch Han Myung-soo said it would review it.")
    assert [h.confidence for h in hits] == [0.75]
    assert not run_rule("MT602", ko, "Gyeonggi Province Governor Han Myung-soo said so.")


def test_a_union_leader_s_title_moved_to_the_ceo() -> None:
    ko = "양측은 김성준 사장과 박준혁 노조 위원장이 참석한 본교섭에서도 합의하지 못했다."
    en = "The two sides, with union leader Kim Sung-joon and CEO Park Jun-hyuk, did not agree."
    assert run_rule("MT603", ko, en)
    right = "The two sides, with CEO Kim Sung-joon and union leader Park Jun-hyuk, did not agree."
    assert not run_rule("MT603", ko, right)


def test_a_union_vice_president_renders_its_vice_chair() -> None:
    ko = "24년 동안 근무한 피터 소발리스 노조 부의장은 걱정이 많다고 말했다."
    en = "Peter Sovalis, vice president of the union, who worked there for 24 years, is worried."
    assert not run_rule("MT601", ko, en)


def test_a_skipper_is_a_manager() -> None:
    ko = '반면 김경문 한화 감독은 "실책이 아쉬웠다"고 밝혔다.'
    assert not run_rule("MT601", ko, 'Hanwha skipper Kim Kyung-moon said, "The errors hurt."')


def test_a_concurrent_title_after_gyeom_is_the_person_s_own() -> None:
    ko = "위성락 국가안보실장은 마코 루비오 국무장관 겸 국가안보보좌관과 만났다."
    en = (
        "National Security Adviser Wi Sung-lac met Secretary of State and National Security "
        "Advisor Marco Rubio."
    )
    assert not run_rule("MT603", ko, en)
