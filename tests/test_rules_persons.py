"""Person-name rules: correct renderings stay quiet, wrong ones are flagged."""

from __future__ import annotations

import pytest

from mtqa.records import Severity
from mtqa.resources import Resources
from mtqa.rules.base import Hit, UnitView
from ruletools import get_rule
from ruletools import make_view as _make_view

# Text evidence only: the aligned path is tested in test_name_alignment.py (needs the model).
TEXT_ONLY = Resources(options={"name_alignment": False})


def make_view(ko: str, en: str) -> UnitView:
    return _make_view(ko, en, TEXT_ONLY)


def run_rule(code: str, ko: str, en: str) -> list[Hit]:
    return list(get_rule(code).check(make_view(ko, en)))


CODES = ("MT401", "MT402", "MT403", "MT601", "MT602", "MT603")

CORRECT = [
    (
        "김동연 경기도지사는 10일 기자회견을 열었다.",
        "Gyeonggi Governor Kim Dong-yeon held a briefing on the 10th.",
    ),
    (
        "김동연 경기도지사는 10일 기자회견을 열었다.",
        "Gov. Kim Dong-yeon of Gyeonggi held a briefing on the 10th.",
    ),
    (
        "김동연 경기도지사는 10일 기자회견을 열었다.",
        "Kim Dong Yeon, governor of Gyeonggi Province, spoke on the 10th.",
    ),
    ("오세훈 서울시장이 말했다.", "Seoul Mayor Oh Se-hoon said."),
    ("오세훈 서울시장이 말했다.", "Mayor Oh Se-hoon of Seoul said."),
    ("오세훈 서울시장이 말했다.", "Seoul Mayor O Sehun said."),
    ("문재인 대통령이 말했다.", "President Moon Jae-in said."),
    ("문재인 대통령이 말했다.", "President Moon Jaein said."),
    ("문재인 대통령이 말했다.", "President Mun Jae In said."),
    ("박근혜 전 대통령이 말했다.", "Former President Park Geun-hye said."),
    ("박근혜 전 대통령이 말했다.", "Former President Pak Kun-hye said."),
    ("윤석열 대통령이 말했다.", "President Yoon Suk Yeol said."),
    ("윤석열 대통령이 말했다.", "President Yoon Suk-yeol said."),
    ("이재명 더불어민주당 대표가 말했다.", "Democratic Party leader Lee Jae-myung said."),
    ("이재명 더불어민주당 대표가 말했다.", "Lee Jae-myung, head of the Democratic Party, said."),
    (
        "김정은 국무위원장이 말했다.",
        "North Korean leader Kim Jong Un, chairman of the commission, said.",
    ),
    (
        "반기문 유엔 사무총장은 서울에서 강연했다.",
        "U.N. Secretary-General Ban Ki-moon spoke in Seoul.",
    ),
    ("노무현 전 대통령이 말했다.", "Former President Roh Moo-hyun said."),
    ("정주영 현대그룹 회장이 말했다.", "Hyundai Group Chairman Chung Ju-yung said."),
    ("이명박 대통령의 제안은 거부됐다.", "President Lee Myung-bak's proposal was rejected."),
    ("황우석 교수가 말했다.", "Professor Hwang Woo-suk said."),
    ("김 지사는 이날 현장을 찾았다.", "Kim visited the site on the day."),
    ("김 지사는 이날 현장을 찾았다.", "The governor visited the site on the day."),
    ("도널드 트럼프 미국 대통령이 말했다.", "U.S. President Donald Trump said."),
    ("트럼프 대통령이 말했다.", "President Trump said."),
    ("시진핑 국가주석이 말했다.", "Chinese President Xi Jinping said."),
    ("캐리 람 홍콩 행정장관이 사퇴했다.", "Hong Kong Chief Executive Carrie Lam resigned."),
    ("블라디미르 푸틴 러시아 대통령이 말했다.", "Russian President Vladimir Putin said."),
    ("테리사 메이 영국 총리가 말했다.", "British Prime Minister Theresa May said."),
    ("에마뉘엘 마크롱 프랑스 대통령이 말했다.", "French President Emmanuel Macron said."),
    ("최순실씨가 체포됐다.", "Choi Soon-sil was arrested."),
    ("김 지사와 이 시장이 만났다.", "Governor Kim and Mayor Lee met."),
    ("서울 남대문시장에서 불이 났다.", "A fire broke out at Namdaemun Market in Seoul."),
    # Famous names are frequent words in news but no dictionary words.
    ("버락 오바마 상원의원이 말했다.", "Sen. Barack Obama said."),
    # Name particles and names glued to a lower-case particle.
    ("누리 알 말리키 이라크 총리가 말했다.", "Iraqi Prime Minister Nuri al-Maliki said."),
    # Function words that happen to sound like the name are no rendering of it.
    ("섀튼 교수는 기자회견에서 말했다.", "Professor Schatten said in a statement."),
    # Organizations are no persons (노동당 looks like a Korean name: 노 + 동당).
    ("노동당 의원들이 반대했다.", "Labour MPs opposed it."),
    # A country abbreviation after the name is not part of it.
    ("조지 부시 미 대통령이 말했다.", "U.S. President George Bush said."),
    # A spelling the phonetic key places a little lower (0.7-0.8) still counts.
    ("에르도안 대통령이 독일을 방문했다.", "President Erdogan visited Germany."),
    # Titles abbreviated or rendered as 'leader'.
    ("김동연 경기도지사가 말했다.", "Gov Kim Dong-yeon of Gyeonggi said."),
    ("문재인 대통령이 말했다.", "South Korean leader Moon Jae-in said."),
]

# Real spelling variants of Korean names, syllable by syllable (ㅓ eo/u/o, ㅕ yeo/yu/yo/you,
# ㅜ u/oo, ㅢ ui/ee, initial ㅈ j/ch, ㄱ g/k): none is flagged.
VARIANTS = [
    ("최상목 씨가 말했다.", "Choi Sang-mok said."),
    ("최상목 씨가 말했다.", "Choe Sang-mok said."),
    ("최상목 장관이 말했다.", "Minister Choi Sang-mok said."),
    ("박정희 씨가 말했다.", "Park Chung-hee said."),
    ("박정희 씨가 말했다.", "Park Jeong-hui said."),
    ("박정희 씨가 말했다.", "Pak Jung-hee said."),
    ("정은경 씨가 말했다.", "Jeong Eun-kyeong said."),
    ("정은경 씨가 말했다.", "Jung Eun-kyung said."),
    ("정은경 씨가 말했다.", "Chung Eun-kyung said."),
    ("노무현 씨가 말했다.", "Noh Mu-hyeon said."),
    ("이명박 씨가 말했다.", "Yi Myeong-bak said."),
    ("이명박 씨가 말했다.", "Rhee Myung-bak said."),
    ("우원식 씨가 말했다.", "Woo Won-shik said."),
    ("김현종 씨가 말했다.", "Kim Hyun-chong said."),
    ("김현종 씨가 말했다.", "Kim Hyeon-jong said."),
    ("권성동 씨가 말했다.", "Kwon Seong-dong said."),
    ("김동연 씨가 말했다.", "Kim Dong-yun said."),  # 연 is often yun, yon, youn
    ("오세훈 씨가 말했다.", "Oh Se-hun said."),
    ("윤석열 씨가 말했다.", "Yoon Seok-yeol said."),
    ("윤석열 씨가 말했다.", "Yun Suk-yeol said."),
    ("이석현 씨가 말했다.", "Lee Suk-hyun said."),
    ("문석균 씨가 말했다.", "Moon Suk-kyun said."),
]

WRONG = [
    (
        "MT401",
        "김동연 경기도지사는 10일 기자회견을 열었다.",
        "The governor of Gyeonggi held a briefing on the 10th.",
    ),
    ("MT401", "오세훈 서울시장이 말했다.", "The Seoul mayor said."),
    ("MT401", "도널드 트럼프 미국 대통령이 말했다.", "The U.S. president said."),
    (
        "MT401",
        "반기문 유엔 사무총장은 서울에서 강연했다.",
        "The U.N. secretary-general spoke in Seoul.",
    ),
    (
        "MT402",
        "캐리 람 홍콩 행정장관이 사퇴했다.",
        "Hong Kong Chief Executive Carry Lamb resigned.",
    ),
    ("MT402", "문재인 대통령이 말했다.", "The moon president said."),
    ("MT402", "박근혜 전 대통령이 말했다.", "The former president of the park said."),
    ("MT402", "테리사 메이 영국 총리가 말했다.", "British Prime Minister teresa may said."),
    # Capitalized ordinary words: dictionary words that are no names.
    ("MT402", "트럼프 대통령이 말했다.", "President Triumph said."),
    ("MT402", "도널드 트럼프 대통령이 말했다.", "President Donate Triumph said."),
    # A foreign name anchored by 씨 (not only by a title) that is missing.
    (
        "MT401",
        "해밀턴 씨는 병원이 환자를 입원시켰다고 확인했다.",
        "The hospital admitted the patient.",
    ),
    # A Korean-looking name romanized nowhere and garbled into words.
    ("MT402", "김대중 전 대통령이 말했다.", "Former President Chem Tear Join said."),
    # A surname-only mention whose surname became a capitalized ordinary word.
    ("MT402", "김 위원장과 트럼프 대통령이 만났다.", "Trump met Game in Singapore."),
    # A later mention with neither surname nor title left.
    ("MT401", "김 위원장과 트럼프 대통령이 만났다.", "Trump met in Singapore."),
    ("MT403", "문재인 대통령이 말했다.", "President Moon Jea-in said."),
    # A hyphenated given name after the surname, however far from the romanization.
    ("MT403", "문재인 대통령이 말했다.", "President Moon Jad-it said."),
    ("MT403", "박근혜 전 대통령이 말했다.", "Former President Park Geun-hee said."),
    ("MT403", "오세훈 서울시장이 말했다.", "Seoul Mayor Oh Se-hyun said."),
    ("MT403", "윤석열 대통령이 말했다.", "President Yoon Suk-yoel said."),
    (
        "MT403",
        "김동연 경기도지사는 10일 기자회견을 열었다.",
        "Gyeonggi Governor Kim Dong-yoen spoke.",
    ),
    # Another syllable's spelling that the loose key takes for this one (o ~ u): 상묵, 뭉구, 후.
    ("MT403", "최상목 장관이 말했다.", "Minister Choi Sang-muk said."),
    ("MT403", "정몽구 회장이 말했다.", "Chairman Chung Mung-koo said."),
    ("MT403", "추경호 씨가 말했다.", "Choo Kyung-hu said."),
    ("MT403", "김동연 씨가 말했다.", "Kim Dong-yeong said."),  # 동영
    ("MT403", "오세훈 씨가 말했다.", "Oh Sae-hoon said."),  # 새훈
]


@pytest.mark.parametrize(("ko", "en"), CORRECT)
def test_correct_renderings_are_not_flagged(ko: str, en: str) -> None:
    hits = {code: run_rule(code, ko, en) for code in CODES}
    assert not any(hits.values()), hits


@pytest.mark.parametrize(("ko", "en"), VARIANTS)
def test_spelling_variants_are_not_flagged(ko: str, en: str) -> None:
    hits = {code: run_rule(code, ko, en) for code in CODES}
    assert not any(hits.values()), hits


def test_another_syllable_is_flagged_at_the_close_confidence() -> None:
    """Sang-muk for 상목: one letter from Sang-mok, 0.3 + 0.4 * (1 - 1/7)."""
    hits = run_rule("MT403", "최상목 장관이 말했다.", "Minister Choi Sang-muk said.")
    assert [(h.confidence, h.suggestion) for h in hits] == [(0.64, "Choi Sang-mok")]


@pytest.mark.parametrize(
    ("ko", "en", "suggestion"),
    [
        ("서하늘 의원이 말했다.", "Lawmaker Seo Han-eul said.", "Seo Ha-neul"),
        ("최나래 의원이 말했다.", "Lawmaker Choi Nar Ae said.", "Choi Na-rae"),
    ],
)
def test_a_hyphen_inside_a_syllable_is_a_misspelling(ko: str, en: str, suggestion: str) -> None:
    """The letters spell 하늘 but the hyphen cuts 늘: shown (0.3 + 0.4 * 0.8), not a homophone."""
    (hit,) = run_rule("MT403", ko, en)
    assert (hit.confidence, hit.suggestion) == (0.62, suggestion)
    assert "inside a syllable" in hit.message


@pytest.mark.parametrize(
    "en", ["Lawmaker Seo Ha-neul said.", "Lawmaker Seo Haneul said.", "Lawmaker Seo Ha Neul said."]
)
def test_a_hyphen_between_syllables_is_no_misspelling(en: str) -> None:
    assert run_rule("MT403", "서하늘 의원이 말했다.", en) == []


def test_a_vowel_korean_pronounces_alike_is_shown_low() -> None:
    """Jo Hee-de for 조희대 (his own spelling; ㅐ and ㅔ sound alike): minor, below the gate."""
    (hit,) = run_rule("MT403", "조희대 대법원장이 말했다.", "Chief Justice Jo Hee-de said.")
    assert hit.confidence < 0.5 and hit.severity == Severity.MINOR
    assert "pronounces alike" in hit.message and (hit.suggestion or "").endswith("Hui-dae")


@pytest.mark.parametrize(("code", "ko", "en"), WRONG)
def test_wrong_renderings_are_flagged(code: str, ko: str, en: str) -> None:
    hits = run_rule(code, ko, en)
    assert hits, f"{code} missed {en!r}"
    assert all(0 < h.confidence <= 1 for h in hits)
    assert hits[0].source is not None


@pytest.mark.parametrize(
    ("ko", "en", "word"),
    [
        ("조하늘(34) 씨는 혐의를 받고 있다.", "Sky Cho, 34, is accused.", "Sky"),
        (
            "아들 김우주(27) 씨를 체포했다.",
            "Police arrested his son, Kim Universe, 27.",
            "Universe",
        ),
    ],
)
def test_a_given_name_rendered_by_its_meaning(ko: str, en: str, word: str) -> None:
    (hit,) = run_rule("MT402", ko, en)
    assert hit.confidence >= 0.7 and hit.target is not None and en[slice(*hit.target)] == word


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        # a title, a role or an honorific beside the surname; a given name that is no word
        ("조하늘(34) 씨는 혐의를 받고 있다.", "Mr. Cho, 34, is accused."),
        ("배우 김우주(27) 씨가 말했다.", "Actor Kim, 27, said."),
        ("김민준(27) 씨를 체포했다.", "Police arrested Kim Wonder, 27."),
    ],
)
def test_no_meaning_without_a_word_name_or_beside_a_role(ko: str, en: str) -> None:
    assert run_rule("MT402", ko, en) == []


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        # a listed Korean's own spelling, and romanizations Korean names take though unlisted
        ("이승만 전 대통령이 말했다.", "Former President Syngman Rhee said."),
        ("윤석열 대통령은 말했다.", "President Yun Suk-yeol said."),
        ("남궁현 장관은 말했다.", "Minister Namgoong Hyun said."),
        ("이재용 회장은 말했다.", "Chairman Jay Y. Lee said."),
    ],
)
def test_listed_koreans_in_their_own_or_usual_spellings(ko: str, en: str) -> None:
    assert all(not run_rule(c, ko, en) for c in ("MT401", "MT402", "MT403"))


def test_another_surname_s_spelling_is_a_misspelling() -> None:
    ko, en = (
        "한명수 국방부 장관은 회의를 열었다.",
        "Defense Minister Kang Myung-soo held a meeting.",
    )
    (hit,) = run_rule("MT403", ko, en)
    assert hit.confidence >= 0.5 and "Kang Myung-soo" in hit.message


def test_a_listed_korean_misspelled_beside_a_team_name() -> None:
    ko, en = "토트넘 손흥민은 골을 넣었다.", "Tottenham's Son Heung-man scored."
    (hit,) = run_rule("MT403", ko, en)
    assert hit.suggestion == "Son Heung-min"


def test_later_full_mention_is_less_confident() -> None:
    from mtqa.rules.base import UnitView
    from mtqa.rules.persons import name_missing, unit_persons

    first = make_view("오세훈 서울시장이 말했다.", "Seoul Mayor Oh Se-hoon said.")
    assert unit_persons(first)[0].first
    later = UnitView(first.doc, first.unit)
    for key in (f"persons:{first.unit.index}", f"persons.raw:{first.unit.index}", "persons.doc"):
        first.doc.cache.pop(key)
    first.doc.cache["persons.seen"].add("오세훈")
    assert not unit_persons(later)[0].first
    assert not list(name_missing(later))


def test_one_word_foreign_names_as_words_are_low_confidence() -> None:
    """애플 대변인 may be a company's spokesman: 'Apple' is then right, so below 0.5 (unless the
    English puts the word right after the title: test_name_consistency)."""
    hits = run_rule("MT402", "트럼블 대변인이 말했다.", "Trouble said.")
    assert hits and all(h.confidence < 0.5 for h in hits)
    # a person Korean news names often is a person for sure (known_persons.tsv)
    famous = run_rule("MT402", "트럼프 대통령이 말했다.", "Triumph said.")
    assert famous and all(h.confidence >= 0.5 for h in famous)
    spaced = run_rule(
        "MT402", "캐리 람 홍콩 행정장관이 사퇴했다.", "Chief Executive Carry Lamb quit."
    )
    assert spaced and all(h.confidence >= 0.5 for h in spaced)


# --- wire bylines ------------------------------------------------------------------------------

BYLINES = [
    (
        "(서울=연합뉴스) 박지훈 기자 = 문재인 대통령이 10일 말했다.",
        "SEOUL, Nov. 10 (Yonhap) -- President Moon Jae-in said on the 10th.",
    ),
    (
        "(워싱턴=연합뉴스) 김동현 특파원 = 트럼프 대통령이 말했다.",
        "WASHINGTON, Nov. 10 (Yonhap) -- President Trump said.",
    ),
    (
        "(세종=연합뉴스) 김민수·이영희 기자 = 홍남기 부총리가 말했다.",
        "SEJONG, Nov. 10 (Yonhap) -- Finance Minister Hong Nam-ki said.",
    ),
]


@pytest.mark.parametrize(("ko", "en"), BYLINES)
def test_reporters_in_a_byline_are_not_checked(ko: str, en: str) -> None:
    hits = {code: run_rule(code, ko, en) for code in CODES}
    assert not any(hits.values()), hits


def test_a_reporter_named_in_the_body_is_still_checked() -> None:
    from mtqa.rules.persons import unit_persons

    byline = make_view("(서울=연합뉴스) 박지훈 기자 = 정부가 발표했다.", "The government said.")
    assert not unit_persons(byline)
    body = make_view("정부는 박지훈 기자에게 자료를 보냈다.", "The government sent the data.")
    assert [p.mention.name for p in unit_persons(body)] == ["박지훈"]
    assert run_rule("MT401", "정부는 박지훈 기자에게 자료를 보냈다.", "The government replied.")


def test_byline_in_a_document_is_not_flagged() -> None:
    """A Yonhap article checked as a document: the byline's reporter is nowhere flagged."""
    from mtqa.rules.base import select_rules
    from mtqa.rules.engine import run_rules
    from test_name_consistency import make_doc

    kos = [
        "(서울=연합뉴스) 박지훈 기자 = 오세훈 서울시장은 29일 기자회견을 열었다.",
        "오 시장은 대중교통 요금을 동결하겠다고 말했다.",
    ]
    ens = [
        "SEOUL, Nov. 29 (Yonhap) -- Seoul Mayor Oh Se-hoon held a press conference on Friday.",
        "Oh said he would freeze public transport fares.",
    ]
    doc = make_doc(kos, ens)
    findings = run_rules(doc, select_rules(["MT4", "MT6"]))
    assert not findings, [f.message for f in findings]
    # The same article with the mayor's name dropped is still flagged.
    ens[0] = ens[0].replace("Seoul Mayor Oh Se-hoon", "The Seoul mayor")
    findings = run_rules(make_doc(kos, ens), select_rules(["MT4", "MT6"]))
    assert [f.code for f in findings if "오세훈" in f.message] == ["MT401"]
    assert not [f for f in findings if "박지훈" in f.message]


# --- surnames translated by their meaning (오 시장 -> Mayor Five) --------------------------------

MEANING_WRONG = [
    ("오 시장이 말했다.", "Mayor Five said.", "Five", "Oh"),
    ("문 대통령이 말했다.", "President Door said.", "Door", "Moon"),
    ("김 위원장이 말했다.", "Chairman Gold said.", "Gold", "Kim"),
    ("강 장관이 말했다.", "Minister River said.", "River", "Kang"),
    ("한 총리가 말했다.", "Prime Minister One said.", "One", "Han"),
    ("오 씨는 말했다.", "Mr. Five said.", "Five", "Oh"),
    ("문재인 대통령이 말했다.", "Door Jae-in, the president, said.", "Door Jae-in", "Moon Jae-in"),
    # Beside the given name, whatever other persons' romanized surnames stand nearby.
    (
        "이해찬 국무총리와 이명박 서울시장이 참석했다.",
        "Prime Minister Two Hae-chan and Seoul Mayor Lee Myung-bak attended.",
        "Two Hae-chan",
        "Lee Hae-chan",
    ),
    # A surname alone followed by a romanized given name.
    ("박 대표가 피습됐다.", "Party leader Gourd Geun-hye was attacked.", "Gourd Geun-hye", "Park"),
]


@pytest.mark.parametrize(("ko", "en", "word", "suggestion"), MEANING_WRONG)
def test_surname_translated_by_meaning(ko: str, en: str, word: str, suggestion: str) -> None:
    hits = run_rule("MT402", ko, en)
    assert len(hits) == 1, hits
    h = hits[0]
    assert h.target is not None and en[h.target[0] : h.target[1]] == word
    assert h.suggestion == suggestion
    assert h.confidence >= 0.5
    assert not run_rule("MT401", ko, en)


MEANING_CORRECT = [
    ("오 시장이 다섯 명의 의원을 만났다.", "The mayor met the five members."),
    ("남 장관은 도시 남쪽을 방문했다.", "The minister visited the south of the city."),
    ("남 장관은 한국을 대표한다.", "The minister represents South Korea."),
    ("강 장관은 한강을 찾았다.", "The minister visited the Han River."),
    ("오 시장이 말했다.", "Mayor Oh said."),
    ("문 대통령이 말했다.", "President Moon said."),
    ("김 위원장은 금메달을 축하했다.", "Kim congratulated the Gold Medal winners."),
]


@pytest.mark.parametrize(("ko", "en"), MEANING_CORRECT)
def test_meaning_words_that_are_english_are_not_flagged(ko: str, en: str) -> None:
    hits = {code: run_rule(code, ko, en) for code in CODES}
    assert not any(hits.values()), hits


def test_meaning_word_alone_is_below_shown() -> None:
    """'met Gold in Singapore': a capitalized meaning word alone is less sure than 'Mayor Five'."""
    hits = run_rule("MT402", "김 위원장과 트럼프 대통령이 만났다.", "Trump met Gold in Singapore.")
    assert len(hits) == 1 and hits[0].confidence < 0.5
    assert hits[0].suggestion == "Kim"


def test_meaning_word_alone_is_surer_where_the_article_romanizes_the_surname() -> None:
    from test_name_consistency import make_doc

    kos = ["김정은 국무위원장이 말했다.", "김 위원장과 트럼프 대통령이 만났다."]
    ens = ["Chairman Kim Jong Un said.", "Trump met Gold in Singapore."]
    doc = make_doc(kos, ens)
    hits = [(v.unit.index, h) for v in doc.views() for h in get_rule("MT402").check(v)]
    assert [(u, h.confidence >= 0.5) for u, h in hits] == [(1, True)]


def test_surname_meaning_table() -> None:
    from mtqa.lexicon.romanize import surname_meanings, surnames

    table = surname_meanings()
    assert "Five" in table["오"].words and "Door" in table["문"].words
    for entry in table.values():
        assert entry.ko in surnames(), entry.ko  # only surnames the person finder knows
        assert entry.words and entry.source and entry.hanja
        assert all(w[:1].isupper() for w in entry.words)
    assert "전" not in table and "고" not in table  # 'former', 'the late' sit beside titles
    assert {"One", "Korea", "Korean"} <= set(table["한"].words)  # 한 one; 韓 Korea
    assert "Right" in table["우"].words  # 우 右 right


def test_meaning_word_after_an_article_is_no_surname() -> None:
    """'the South', 'the West': a person's surname takes no article."""
    for en in ("The minister criticized the South's position.", "He said the West had erred."):
        ko = "남 장관은 말했다." if "South" in en else "서 장관은 말했다."
        assert not run_rule("MT402", ko, en), en


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        # "of Asia": a function word and a place are no rendering of 부시.
        (
            "조지 W. 부시 미합중국 대통령은 16일 싱가포르에 도착하여 아시아 순방을 시작하였다.",
            "U.S. President George arrived in Singapore on the 16th, beginning a tour of Asia.",
        ),
        # An acronym (AUD) is no rendering of 하워드.
        (
            "존 하워드 총리는 4,500만 달러를 추가로 지급했다고 말했다.",
            "The prime minister said he gave an extra AUD$45 million.",
        ),
        # Another person's name (Lee Myung-bak) renders no 이해찬.
        (
            "기공식에는 이해찬 국무총리와 이명박 서울시장, 정운찬 서울대 총장 등이 참석한다.",
            "Attendees include the prime minister, Seoul Mayor Lee Myung-bak and Seoul National "
            "University President Chung Un-chan.",
        ),
    ],
)
def test_a_run_that_renders_something_else_does_not_hide_a_missing_name(ko: str, en: str) -> None:
    assert run_rule("MT401", ko, en)


def test_two_mentions_of_one_person_may_share_one_english_name() -> None:
    ko = (
        "앙겔라 메르켈 독일 총리는 불참한다고 밝혔고 외무장관은 메르켈 총리의 불참이 항의는 "
        "아니라고 밝혔다."
    )
    en = "Chancellor Angela Merkel will not attend; the foreign minister said it was no protest."
    assert not run_rule("MT401", ko, en)


def test_second_mention_rendered_as_meaning_is_found_beside_the_first_rendered_right() -> None:
    ko = "이 전 시장의 경쟁자 박근혜는 이 전 시장보다 더 많은 지지를 받는다."
    en = "Park Geun-hye, Two's formidable rival, has greater support than Lee."
    found = run_rule("MT402", ko, en)
    assert found and en[found[0].target[0] : found[0].target[1]] == "Two"


def test_meaning_word_before_a_foreign_given_name_is_flagged() -> None:
    """A Chinese surname 왕 as "King" before the given name (Wang Haitao)."""
    found = run_rule(
        "MT402",
        "왕 부위원장은 녹조가 제거됐다고 말했다.",
        "King Haitao, the vice chairman, said the algae were gone.",
    )
    assert found and found[0].confidence >= 0.5
    assert found[0].target is not None


def test_meaning_word_as_the_speaker_or_with_a_possessive_is_shown() -> None:
    """'Two said', "Two's proposal": the English writes a person there (surer than 'met Gold')."""
    found = run_rule(
        "MT402", "이 당선인은 관료들을 평가하겠다고 밝혔다.", "Two said he would assess officials."
    )
    assert found and found[0].confidence >= 0.5
    found = run_rule(
        "MT402", "노동신문은 이 대통령의 제안을 비판했다.", "It called Two's proposal a tactic."
    )
    assert found and found[0].confidence >= 0.5
    # Sentence-initial and not before a reporting verb: no person for sure ("One's health").
    assert not run_rule("MT402", "한 총리는 건강을 말했다.", "One's health matters, he said.")


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("남 장관은 회담을 마치고 떠났다.", "South Sudan's minister left after the talks."),
        ("이 당선인은 두 가지를 말했다.", "The president-elect said two things."),
    ],
)
def test_meaning_words_in_places_and_lower_case_are_not_flagged(ko: str, en: str) -> None:
    assert not run_rule("MT402", ko, en)


@pytest.mark.parametrize(
    ("ko", "en", "word"),
    [
        (
            "금태섭 의원은 회의에 참석했다. 금 의원은 법안을 비판했다.",
            "Rep. Keum Tae-seop attended the meeting. Rep. Gold criticized the bill.",
            "Gold",
        ),
        (
            "육동한 위원장은 회의에 참석했다. 육 위원장은 법안을 비판했다.",
            "Chairman Yook Dong-han attended. Chairman Six criticized the bill.",
            "Six",
        ),
    ],
)
def test_surname_read_as_a_word_is_checked_after_the_full_name(ko: str, en: str, word: str) -> None:
    """Kiwi reads 금/육 before a title as words (gold, six); after the full name they are the
    person, and a surname-only mention rendered by its meaning beside the full name is found."""
    hits = run_rule("MT402", ko, en)
    assert [en[h.target[0] : h.target[1]] for h in hits if h.target] == [word]
    right = en.replace(f" {word} ", " Keum " if word == "Gold" else " Yook ")
    assert not run_rule("MT402", ko, right)


def test_another_name_that_sounds_partly_alike_is_no_rendering() -> None:
    """'Pelosi' has a syllable more than 부시 has: it renders another name."""
    assert run_rule("MT401", "부시 대통령이 말했다.", "Pelosi said.")
    assert not run_rule("MT401", "부시 대통령이 말했다.", "Bush said.")


# --- meaning words that are places (한 韓 Korea): only beside the given name or the title ------


@pytest.mark.parametrize(
    ("ko", "en", "word", "conf"),
    [
        (
            "한덕수 국무총리는 회의를 주재했다.",
            "Prime Minister Korea Duck-soo presided.",
            "Korea Duck-soo",
            0.75,
        ),
        (
            "한덕수 국무총리는 회의를 주재했다.",
            "Prime Minister Korean Duck-soo presided.",
            "Korean Duck-soo",
            0.75,
        ),
        (
            "한 총리는 회의를 주재했다.",
            "Prime Minister Korea presided over the meeting.",
            "Korea",
            0.7,
        ),
        (
            "우원식 국회의장은 본회의를 열었다.",
            "Speaker Right Won-shik convened a session.",
            "Right Won-shik",
            0.75,
        ),
        ("우 의장은 본회의를 열었다.", "Speaker Right convened a plenary session.", "Right", 0.7),
    ],
)
def test_surname_rendered_as_a_place_or_direction(ko: str, en: str, word: str, conf: float) -> None:
    hits = run_rule("MT402", ko, en)
    assert [(en[h.target[0] : h.target[1]], h.confidence) for h in hits if h.target] == [
        (word, conf)
    ]


@pytest.mark.parametrize(
    "en",
    [
        "The prime minister discussed trade with Korea at the meeting.",  # alone mid-sentence
        "In Korea, the prime minister presided over the meeting.",  # before the title
        "The prime minister told the Korea JoongAng Daily about the meeting.",  # a run
        "The prime minister met Korean officials at the meeting.",
        "Korea said the prime minister presided over the meeting.",  # before a reporting verb
        "Prime Minister Han presided over the meeting.",
    ],
)
def test_place_meaning_words_alone_are_the_place(en: str) -> None:
    assert not run_rule("MT402", "한 총리는 회의를 주재했다.", en)
    assert not run_rule("MT402", "한덕수 총리는 회의를 주재했다.", en)


# --- foreign names rendered as sound-alike ordinary words beside name words ---------------------

SOUND_ALIKE = [
    (
        "블라디미르 푸틴 러시아 대통령은 성명을 발표했다.",
        "Russian President Vladimir Pudding issued a statement.",
        "Vladimir Pudding",
    ),
    (
        "도널드 트럼프 대통령은 트위터에 글을 올렸다.",
        "Donald Triumph posted on Twitter.",
        "Donald Triumph",
    ),
    (
        "토니 블링컨 미국 국무장관은 통화했다.",
        "U.S. Secretary of State Tony Blinking spoke by phone.",
        "Tony Blinking",
    ),
    (
        "재닛 옐런 재무장관은 말했다.",
        "Treasury Secretary Janet Yelling said.",
        "Janet Yelling",
    ),
]


@pytest.mark.parametrize(("ko", "en", "span"), SOUND_ALIKE)
def test_sound_alike_word_beside_a_name_word_is_flagged(ko: str, en: str, span: str) -> None:
    hits = run_rule("MT402", ko, en)
    assert len(hits) == 1 and hits[0].target is not None
    assert en[hits[0].target[0] : hits[0].target[1]] == span
    assert hits[0].confidence >= 0.5
    assert not run_rule("MT401", ko, en)


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        (
            "블라디미르 푸틴 러시아 대통령은 성명을 발표했다.",
            "Russian President Vladimir Putin issued a statement.",
        ),
        ("도널드 트럼프 대통령은 트위터에 글을 올렸다.", "Donald Trump posted on Twitter."),
        (
            "토니 블링컨 미국 국무장관은 통화했다.",
            "U.S. Secretary of State Tony Blinken spoke by phone.",
        ),
        # Real names that are dictionary words (Macron, Musk, Sen, Bach, Jobs, Sessions) or
        # census names (Gates, Rice).
        ("에마뉘엘 마크롱 프랑스 대통령은 연설했다.", "French President Emmanuel Macron spoke."),
        ("일론 머스크 테슬라 최고경영자는 글을 올렸다.", "Tesla CEO Elon Musk posted."),
        ("훈 센 캄보디아 총리는 회의에 참석했다.", "Cambodian Prime Minister Hun Sen attended."),
        ("토마스 바흐 국제올림픽위원회 위원장은 말했다.", "IOC President Thomas Bach said."),
        ("스티브 잡스 애플 창업자는 말했다.", "Apple founder Steve Jobs said."),
        ("제프 세션스 법무장관은 말했다.", "Attorney General Jeff Sessions said."),
        ("빌 게이츠 마이크로소프트 창업자는 말했다.", "Microsoft founder Bill Gates said."),
        ("콘돌리자 라이스 국무장관은 말했다.", "Secretary of State Condoleezza Rice said."),
    ],
)
def test_names_that_are_words_or_sound_alike_stay_unflagged(ko: str, en: str) -> None:
    hits = {code: run_rule(code, ko, en) for code in ("MT401", "MT402", "MT403")}
    assert not any(hits.values()), hits


def test_misheard_confidence_follows_how_common_the_word_is() -> None:
    from mtqa.rules.name_match import misheard, name_words

    def conf(name: str, en: str) -> float:
        return misheard(name, name_words(en))

    assert conf("도널드 트럼프", "Donald Triumph") == 0.5  # common word, one cue (hiatus)
    assert conf("블라디미르 푸틴", "Vladimir Pudding") == 0.6  # common, two cues (voicing, -ing)
    assert conf("토니 블링컨", "Tony Blinking") == 0.4  # rarer word (Zipf 3.3), one cue
    assert conf("에마뉘엘 마크롱", "Emmanuel Macron") == 0.0  # no cue breaks
    assert conf("도널드 트럼프", "Donald Trump") == 0.0  # a census name, whatever it sounds like


def test_a_later_mention_given_to_another_person_of_the_article() -> None:
    from test_name_consistency import make_doc

    kos = ["배우 송지환이 주연을 맡았다.", '민 감독은 "감사하다"고 밝혔다.']
    good = ["Actor Song Ji-hwan played the lead.", '"Thank you," Min said.']
    bad = ["Actor Song Ji-hwan played the lead.", '"Thank you," Song said.']
    hits = [
        (v.unit.index, h) for v in make_doc(kos, bad).views() for h in get_rule("MT401").check(v)
    ]
    assert [(u, h.confidence >= 0.5, "Song" in h.message) for u, h in hits] == [(1, True, True)]
    assert not [h for v in make_doc(kos, good).views() for h in get_rule("MT401").check(v)]


@pytest.mark.parametrize(
    ("ko", "en", "span"),
    [
        ("저우하이린 성장은 말했다.", "Governor Jeou Hairin said.", "Jeou Hairin"),
        ("존 매카시 국무부 대변인은 말했다.", "State Department spokesperson Jon Maekasi said.",
         "Jon Maekasi"),
    ],
)  # fmt: skip
def test_a_foreign_name_romanized_letter_by_letter_is_misspelled(
    ko: str, en: str, span: str
) -> None:
    hits = run_rule("MT403", ko, en)
    assert [en[h.target[0] : h.target[1]] for h in hits if h.target] == [span]
    assert hits[0].confidence >= 0.5


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("저우하이린 성장은 말했다.", "Governor Zhou Hailin said."),
        ("왕치밍 당서기는 말했다.", "Party Secretary Wang Qiming said."),
        ("마리아 로페스 장관은 말했다.", "Minister Maria Lopez said."),
        ("라몬 델로스산토스 필리핀 내무장관은 말했다.",
         "Philippine Interior Secretary Ramon delos Santos said."),
    ],
)  # fmt: skip
def test_foreign_names_in_their_own_spelling_are_clean(ko: str, en: str) -> None:
    assert not [h for c in ("MT401", "MT402", "MT403") for h in run_rule(c, ko, en)]


def test_another_surname_before_the_given_name_is_a_misspelling() -> None:
    en = "Hanbit Electronics President Cho Sung-min said."
    hits = run_rule("MT403", "최성민 한빛전자 사장은 말했다.", en)
    assert [en[h.target[0] : h.target[1]] for h in hits if h.target] == ["Cho Sung-min"]
    assert not run_rule("MT403", "최성민 한빛전자 사장은 말했다.", en.replace("Cho", "Choi"))


@pytest.mark.parametrize(
    ("ko", "en", "word"),
    [
        (
            "더불어민주당 송바다 의원은 말했다.",
            "Rep. Song Sea of the Democratic Party said.",
            "Sea",
        ),
        ("이슬기 선수는 골을 넣었다.", "Player Lee Wisdom scored.", "Wisdom"),
    ],
)
def test_a_listed_given_name_meaning_beside_the_surname(ko: str, en: str, word: str) -> None:
    # 'Sea' and 'Wisdom' are also English surnames: the table of meanings decides
    hits = run_rule("MT402", ko, en)
    assert [en[h.target[0] : h.target[1]] for h in hits if h.target] == [word]


def test_a_name_moved_to_a_nearby_sentence_is_shown_low() -> None:
    # a free translation puts the judge in a sentence of its own; the monotonic alignment
    # leaves that one without Korean and pairs the Korean with English that lacks the name:
    # an omission question, not MT401's. In a neighbour's own translation the name counts not.
    from mtqa.pairview import lines_doc
    from mtqa.records import Unit
    from mtqa.rules.base import UnitView

    ko = [
        "최영호 회장이 실형을 선고받았다.",
        "재판을 맡은 이정민 부장판사는 징역 4년을 선고했다.",
        "최 회장은 항소하겠다고 밝혔다.",
    ]
    en = [
        "Chairman Choi Young-ho was sentenced to prison.",
        "Judge Lee Jeong-min presided.",
        "The court also fined him 5 billion won.",
        "Choi said he would appeal.",
    ]

    def confidences(units: list[Unit]) -> list[float]:
        doc = lines_doc(ko, en, TEXT_ONLY, units=units)
        return [h.confidence for h in get_rule("MT401").check(UnitView(doc, doc.units[-2]))]

    moved = [Unit(0, (0,), (0,)), Unit(1, (), (1,)), Unit(2, (1,), (2,)), Unit(3, (2,), (3,))]
    assert confidences(moved) == [0.3]
    own = [Unit(0, (0,), (0, 1)), Unit(1, (1,), (2,)), Unit(2, (2,), (3,))]
    shown = confidences(own)
    assert len(shown) == 1 and shown[0] >= 0.5


def test_a_korean_word_romanized_is_no_letter_by_letter_name() -> None:
    assert not run_rule("MT403", "태풍 미리내 씨는 북상했다.", "Mirinae moved north.")


def test_a_headline_may_leave_the_name_to_the_body() -> None:
    from mtqa.pairview import lines_doc
    from mtqa.rules.base import UnitView

    ko = ["정은경 장관 '백신 접종 서둘러야'", "정은경 보건복지부 장관은 접종을 당부했다."]
    en = [
        "Health minister urges vaccination",
        "Health Minister Jeong Eun-kyeong urged vaccination.",
    ]
    doc = lines_doc(ko, en, TEXT_ONLY)
    hits = list(get_rule("MT401").check(UnitView(doc, doc.units[0])))
    assert [h.confidence for h in hits] == [0.3]
