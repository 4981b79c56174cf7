"""Document context for person names: MT405 name-inconsistent and the document table."""

from __future__ import annotations

import pytest

from mtqa.pairview import lines_doc
from mtqa.resources import Resources
from mtqa.rules.base import DocView, Hit
from mtqa.rules.engine import run_rules
from mtqa.rules.name_consistency import SIMILAR, _verdict, spelling
from mtqa.rules.persons import Rendering, document_names
from ruletools import get_rule

TEXT_ONLY = Resources(options={"name_alignment": False})


def make_doc(kos: list[str], ens: list[str]) -> DocView:
    """Line-aligned sentences as a document with one 1-1 unit per line."""
    return lines_doc(kos, ens, TEXT_ONLY, "d")


def hits(code: str, kos: list[str], ens: list[str]) -> list[tuple[int, Hit]]:
    doc = make_doc(kos, ens)
    rule = get_rule(code)
    return [(v.unit.index, h) for v in doc.views() for h in rule.check(v)]


ZELENSKY_KO = [
    "젤렌스키 대통령이 말했다.",
    "젤렌스키 대통령은 이어 말했다.",
    "젤렌스키 대통령은 떠났다.",
]
KIM_KO = ["김정은 위원장이 말했다.", "김정은 위원장은 웃었다.", "김정은 위원장이 떠났다."]


def test_minority_spelling_is_flagged_with_the_majority_suggested() -> None:
    ens = ["President Zelensky said.", "Zelensky added.", "Zelenskyy then left."]
    found = hits("MT405", ZELENSKY_KO, ens)
    assert [u for u, _ in found] == [2]
    unit, hit = found[0]
    assert hit.suggestion == "Zelensky" and hit.confidence >= 0.5
    assert hit.target is not None and ens[2][hit.target[0] : hit.target[1]] == "Zelenskyy"


def test_korean_full_name_respelled_is_flagged() -> None:
    ens = ["Chairman Kim Jong-un said.", "Kim Jong-un laughed.", "Chairman Kim Jong-eun left."]
    found = hits("MT405", KIM_KO, ens)
    assert [u for u, _ in found] == [2]
    assert found[0][1].suggestion == "Kim Jong-un"


@pytest.mark.parametrize(
    ("kos", "ens"),
    [
        # Short and full forms are no inconsistency.
        (
            [
                "도널드 트럼프 대통령이 말했다.",
                "트럼프 대통령은 웃었다.",
                "트럼프 대통령이 떠났다.",
            ],
            ["President Donald Trump said.", "Trump laughed.", "President Trump left."],
        ),
        # Hyphens, spaces and case are no inconsistency.
        (KIM_KO, ["Chairman Kim Jong-un said.", "Kim Jong Un laughed.", "Kim Jong-Un left."]),
        # One spelling throughout.
        (ZELENSKY_KO, ["Zelensky said.", "Zelensky added.", "President Zelensky then left."]),
    ],
)
def test_consistent_articles_are_not_flagged(kos: list[str], ens: list[str]) -> None:
    assert not hits("MT405", kos, ens)


def test_equal_counts_of_alike_spellings_flag_both_below_default_visibility() -> None:
    """Either may be the wrong one: the first is flagged as well as the later one."""
    found = hits("MT405", ZELENSKY_KO[:2], ["Zelensky said.", "Zelenskyy added."])
    assert [u for u, _ in found] == [0, 1]
    assert [h.suggestion for _, h in found] == ["Zelenskyy", "Zelensky"]
    assert all(h.confidence < 0.5 for _, h in found)


def test_equal_counts_flag_the_spelling_that_sounds_less_like_the_korean() -> None:
    trump = [_r("Tremp", 0, "surname:트럼프"), _r("Trump", 1, "surname:트럼프")]
    assert _verdict(trump[1], trump) is None
    verdict = _verdict(trump[0], trump)
    assert verdict is not None and verdict[0] == "Trump"


def test_initials_are_no_other_spelling_of_a_full_name() -> None:
    """George W. Bush and George Bush (부시 read as a Korean name: a full-name key)."""
    same = [_r("George W. Bush", 0, "full:부시"), _r("George Bush", 1, "full:부시")]
    assert _verdict(same[0], same) is None and _verdict(same[1], same) is None
    assert spelling(_r("H.W. Bush", 0, "full:부시")) == "bush"


def _r(text: str, unit: int, key: str = "surname:워터스") -> Rendering:
    return Rendering(key, unit, (0, len(text)), text)


def test_a_different_word_is_no_spelling_of_the_name() -> None:
    """A phonetic match on another word (House for 워터스) is not an inconsistent spelling."""
    same = [_r("Waters", 0), _r("Waters", 1), _r("House", 2)]
    assert _verdict(same[2], same) is None
    respelled = [_r("Waters", 0), _r("Waters", 1), _r("Watters", 2)]
    assert _verdict(respelled[2], respelled) is not None


def test_surnames_compare_without_particles_and_initials() -> None:
    assert spelling(_r("al-Assad", 0, "surname:아사드")) == spelling(
        _r("Assad", 1, "surname:아사드")
    )
    assert spelling(_r("W. Bush", 0, "surname:부시")) == spelling(_r("Bush", 1, "surname:부시"))
    assert spelling(_r("Kim Jong-un", 0, "full:김정은")) == "kimjongun"
    assert 0 < SIMILAR < 1


def test_document_table_keeps_every_units_renderings() -> None:
    doc = make_doc(ZELENSKY_KO, ["Zelensky said.", "Zelensky added.", "Zelenskyy then left."])
    table = document_names(doc)
    assert [r.text for r in table.renderings("surname:젤렌스키")] == [
        "Zelensky",
        "Zelensky",
        "Zelenskyy",
    ]
    assert [r.unit for r in table.in_unit(2)] == [2]


def test_engine_runs_mt405_once_per_mention() -> None:
    kos = ["볼로디미르 젤렌스키 대통령이 말했다.", *ZELENSKY_KO[1:]]
    ens = ["President Volodymyr Zelensky said.", "Zelensky added.", "Zelenskyy then left."]
    findings = run_rules(make_doc(kos, ens), [get_rule("MT405")])
    assert [(f.unit, f.suggestion) for f in findings] == [(2, "Zelensky")]


# --- the document's forms used by MT401/MT402 -----------------------------------------------

TRUMP_KO = ["도널드 트럼프 미국 대통령이 말했다.", "도널드 트럼프 대통령이 떠났다."]


def test_sound_alike_words_beside_a_given_name_are_words_where_the_article_has_the_name() -> None:
    """'Donald Triumph' alone is ordinary words by the hiatus cue (tri-umph is no 트럼프), with
    no suggestion; 'Donald Trump' elsewhere in the article gives the form to suggest."""
    alone = hits("MT402", TRUMP_KO[1:], ["President Donald Triumph left."])
    assert alone and alone[0][1].suggestion is None
    found = hits("MT402", TRUMP_KO, ["U.S. President Donald Trump said.", "Donald Triumph left."])
    assert [u for u, _ in found] == [1]
    assert found[0][1].confidence >= 0.5 and found[0][1].suggestion == "Donald Trump"


def test_one_word_name_as_words_is_surer_where_the_article_has_the_name() -> None:
    kos = ["트럼블 대변인이 말했다.", "트럼블 대변인이 떠났다."]
    alone = hits("MT402", kos[1:], ["Trouble left."])
    assert alone and alone[0][1].confidence < 0.5  # 애플 대변인 "Apple" may be right
    found = hits("MT402", kos, ["Spokesman Trumble said.", "Trouble left."])
    assert [u for u, _ in found] == [1] and found[0][1].confidence >= 0.5


def test_one_word_name_as_words_is_sure_beside_its_title_or_an_honorific() -> None:
    """Right after the person's title or Mr., the English writes a person: words there are wrong."""
    for en in ("President Triumph left.", "President triumph left."):
        found = hits("MT402", ["트럼프 대통령이 떠났다."], [en])
        assert found and found[0][1].confidence >= 0.5, en
    found = hits("MT402", ["메리웨더 씨는 떠났다."], ["Mr. Merit left."])
    assert found and found[0][1].confidence >= 0.5
    # 씨 makes the Korean a person even where the English has no honorific.
    found = hits("MT402", ["메리웨더 씨는 떠났다."], ["Merit left."])
    assert found and found[0][1].confidence >= 0.45
    assert not hits("MT402", ["메리웨더 씨는 떠났다."], ["Mr. Meriwether left."])


def test_first_mention_missing_is_surer_where_the_article_has_it_and_nothing_stands_in() -> None:
    kos = ["해밀턴 씨는 병원이 환자를 입원시켰다고 확인했다.", "해밀턴 씨는 병원에 갔다."]
    alone = hits("MT401", kos[:1], ["The hospital admitted a patient."])
    dropped = hits("MT401", kos, ["The hospital admitted a patient.", "Hamilton went there."])
    assert [u for u, _ in dropped] == [0]
    assert dropped[0][1].confidence > alone[0][1].confidence
    assert dropped[0][1].suggestion == "Hamilton"
    pronoun = hits("MT401", kos, ["She confirmed the admission.", "Hamilton went there."])
    assert all(h.confidence < 0.5 for _, h in pronoun)


def test_a_nationality_word_is_no_rendering_of_a_name() -> None:
    ko = "로젠스타인 차관은 러시아 대선 개입을 조사하는 특검의 업무를 감독한다."
    en = "He oversees the work of the special counsel investigating Russian election interference."
    assert hits("MT401", [ko], [en])


def test_the_articles_own_form_resolves_an_open_mention() -> None:
    from mtqa.rules.persons import NameMatch, PersonInfo, _with_document
    from mtqa.text.ko_persons import PersonMention

    doc = make_doc(["수토포 대변인이 말했다."], ["Spokesman Sutopo Purwo said."])
    view = next(doc.views())
    open_ = PersonInfo(PersonMention(0, 3, "수토포", "foreign", "title"), NameMatch("none"), True)
    resolved = _with_document(view, open_, ("Sutopo Purwo", "Sutopo")).match
    assert resolved.status == "found" and resolved.via == "document"
    assert resolved.span is not None and view.target_text[slice(*resolved.span)] == "Sutopo Purwo"
    elsewhere_only = _with_document(view, open_, ("Nugroho",)).match
    assert elsewhere_only.status == "none"


def test_a_possessive_apostrophe_is_no_part_of_the_articles_form_of_a_name() -> None:
    """'the Lakers'' elsewhere: 'Lakers' here is that form, not 'looks' as ordinary words."""
    kos = [
        "레이커스 기자인 마이크 트루델은 제임스가 경기를 할 것으로 보인다고 말했습니다.",
        "제임스는 레이커스의 경기 일정에 대한 질문을 받았습니다.",
    ]
    ens = [
        "Lakers reporter Mike Trudell said it looks like James will play.",
        "James was asked about the Lakers' game schedule.",
    ]
    table = document_names(make_doc(kos, ens))
    assert [r.text for r in table.in_unit(1) if r.key == "surname:레이커스"] == ["Lakers"]
    assert not hits("MT402", kos, ens)


def test_a_known_persons_accepted_spelling_is_never_the_inconsistent_one() -> None:
    """'Pelosi' is Nancy Pelosi's spelling (known_persons.tsv): the near misses are MT403's."""
    kos = ["펠로시 의장이 말했다.", "펠로시 의장은 이어 말했다.", "펠로시 의장은 떠났다."]
    ens = ["Speaker Pelosy said.", "Speaker Pelosy added.", "Speaker Pelosi left."]
    assert hits("MT405", kos, ens) == []
    assert [u for u, _ in hits("MT403", kos, ens)] == [0, 1]


# NLLB on NTREX (reuters.218865): 팔루 never carries a title, yet the English spells it two ways.
PALU_KO = [
    "팔루는 지진으로 큰 피해를 입었다.",
    "팔루의 주민들이 대피했다.",
    "구조대가 팔루에 도착했다.",
]
PALU_EN = ["Palu was badly hit.", "Residents of Palu fled.", "Rescuers reached Palo."]


def test_a_name_only_repetition_marks_is_checked_for_consistency() -> None:
    got = hits("MT405", PALU_KO, PALU_EN)
    assert [(u, h.suggestion) for u, h in got] == [(2, "Palu")]
    assert got[0][1].confidence >= 0.5
    assert hits("MT405", PALU_KO, ["Palu was badly hit.", "Residents of Palu fled.", "Palu."]) == []


def test_a_name_only_repetition_marks_is_not_reported_missing_or_as_words() -> None:
    # Loanwords Kiwi does not know repeat too (퍼브 'pubs'): MT401 and MT402 leave them alone.
    ens = ["The pub was badly hit.", "Residents fled.", "Rescuers arrived."]
    assert hits("MT401", PALU_KO, ens) == [] and hits("MT402", PALU_KO, ens) == []


def test_an_adjective_or_a_plural_is_no_second_spelling() -> None:
    kos = ["크롬웰은 말했다.", "크롬웰 협회는 반대했다.", "크롬웰은 떠났다."]
    ens = ["Cromwell said.", "The Cromwellian Association objected.", "Cromwell left."]
    assert hits("MT405", kos, ens) == []


def test_a_spelling_english_never_writes_is_flagged_against_one_it_does() -> None:
    # 'Willoby' twice, 'Willoughby' once (OPUS-MT on NTREX writes both): the real name is not
    # flagged; the made-up one is, with the real one suggested.
    kos = ["윌로비는 말했다.", "윌로비의 회사는 컸다.", "윌로비는 덧붙였다."]
    ens = ["Willoby said.", "Willoughby's company was big.", "Willoby added."]
    got = hits("MT405", kos, ens)
    assert sorted(u for u, _ in got) == [0, 2]
    assert {h.suggestion for _, h in got} == {"Willoughby"}
