"""Known foreign persons (known_persons.tsv): their English spellings, and MT403 on them."""

from __future__ import annotations

from pathlib import Path

import pytest

from lexicontools import with_termbase
from mtqa.lexicon.known_persons import known_person, known_persons
from mtqa.records import Severity
from ruletools import get_rule, make_view, run_rule


def test_every_row_has_a_source_and_its_full_form_among_the_accepted() -> None:
    people = set(known_persons().values())
    assert len(people) > 50
    for p in people:
        assert p.source and p.en in p.accepted


def test_lookup_by_full_name_short_form_and_spacing() -> None:
    trump = known_person("도널드 트럼프")
    assert trump is not None and trump.en == "Donald Trump" and "Trump" in trump.accepted
    assert known_person("도널드트럼프") == trump
    short = known_person("트럼프")
    assert short is not None and "Trump" in short.accepted
    assert known_person("홍길동") is None


def test_a_short_form_two_people_share_accepts_both() -> None:
    clinton = known_person("클린턴")
    assert clinton is not None
    assert {"Bill Clinton", "Hillary Clinton", "Clinton"} <= set(clinton.accepted)


@pytest.mark.parametrize(
    ("ko", "en", "suggestion"),
    [
        ("에마뉘엘 마크롱 프랑스 대통령이 방한했다.", "French President Emmanuel Macaroon visited.",
         "Emmanuel Macron"),
        ("앙겔라 메르켈 독일 총리는 말했다.", "German Chancellor Angela Merkle said.",
         "Angela Merkel"),
        ("조 바이든 대통령은 성명을 냈다.", "President Jo Bidden issued a statement.", "Joe Biden"),
        ("아베 총리는 말했다.", "Prime Minister Abbe said.", "Abe"),
    ],
)  # fmt: skip
def test_known_person_misspelled_is_flagged_with_the_usual_spelling(
    ko: str, en: str, suggestion: str
) -> None:
    (hit,) = run_rule("MT403", ko, en)
    assert hit.suggestion == suggestion and hit.confidence >= 0.5 and hit.target is not None


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("마크롱 대통령은 말했다.", "President Macron said."),
        ("젤렌스키 대통령은 말했다.", "President Zelenskyy said."),  # a variant
        ("바샤르 알아사드 대통령은 말했다.", "President Bashar Assad said."),  # the short form
        ("카다피 국가원수는 말했다.", "Leader Moammar Gadhafi said."),
        ("아베 신조 총리는 말했다.", "Prime Minister Shinzo Abe said."),
        ("클린턴 전 장관은 말했다.", "Former Secretary Hillary Clinton said."),
        ("리시 수낵 총리는 말했다.", "British Prime Minister Sunak said."),
    ],
)
def test_accepted_forms_are_not_flagged(ko: str, en: str) -> None:
    for code in ("MT401", "MT402", "MT403"):
        assert run_rule(code, ko, en) == [], code


def test_a_misspelt_given_name_before_the_surname_is_shown_low() -> None:
    # The surname alone is an accepted form; given names are transliterated in more ways than
    # the table lists (Dimitry / Dmitry), so a near miss there is minor and below the gate.
    (hit,) = run_rule("MT403", "리시 수낵 총리는 말했다.", "Prime Minister Lishi Sunak said.")
    assert hit.suggestion == "Rishi Sunak" and hit.target is not None
    assert hit.confidence < 0.5 and hit.severity == Severity.MINOR


def test_a_run_that_only_sounds_like_a_known_person_is_a_misspelling() -> None:
    # NLLB on NTREX: 'Honnold' for 호날두 (Ronaldo): no close spelling, but the run renders him.
    ko = "호날두(33)는 라이브 방송에서 주장을 반박했다."
    (hit,) = run_rule("MT403", ko, "Honnold, 33, refuted the allegations in a live broadcast.")
    assert hit.suggestion == "Ronaldo" and 0.5 <= hit.confidence < 0.7
    assert run_rule("MT403", ko, "Ronaldo, 33, refuted the allegations in a live broadcast.") == []


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("조지 W. 부시 전 대통령이 전화를 걸었다.", "Former President George W. Bush made calls."),
        ("트럼프 지지 발언을 했다.", "He made pro-Trump remarks."),
    ],
)
def test_an_accepted_form_inside_a_longer_run_is_no_misspelling(ko: str, en: str) -> None:
    assert run_rule("MT403", ko, en) == []


def test_another_name_altogether_is_not_a_misspelling() -> None:
    assert run_rule("MT403", "트럼프 대통령은 말했다.", "President Tusk said.") == []


def test_an_heir_is_a_prince_in_english() -> None:
    # 찰스 is found as a known person, so his title is checked: 'Prince Charles' renders 왕세자.
    assert run_rule("MT601", "찰스 왕세자는 말했다.", "Prince Charles said.") == []
    (hit,) = run_rule("MT601", "찰스 왕세자는 말했다.", "King Charles said.")
    assert hit.confidence >= 0.5


@pytest.mark.parametrize(
    ("ko", "en", "code"),
    [
        ("트럼프는 트위터에 글을 올렸다.", "Triumph posted on Twitter.", "MT402"),
        ("마크롱은 기자들에게 말했다.", "Macaroon told reporters.", "MT403"),
        ("메르켈의 후임자는 숄츠다.", "Merkle's successor is Scholz.", "MT403"),
    ],
)
def test_a_famous_name_needs_no_title_to_be_checked(ko: str, en: str, code: str) -> None:
    (hit,) = run_rule(code, ko, en)
    assert hit.confidence >= 0.5


def test_a_famous_name_with_no_title_is_reported_missing_below_the_gate() -> None:
    # English news often says 'the president' for 트럼프 alone
    (hit,) = run_rule("MT401", "트럼프는 트위터에 글을 올렸다.", "The president posted on Twitter.")
    assert hit.confidence < 0.5
    # part of a company's name is no person: 안호이저-부시 is Anheuser-Busch
    ko, en = (
        "안호이저-부시 이사회가 제안을 수락했다.",
        "The Anheuser-Busch board accepted the offer.",
    )
    assert [run_rule(c, ko, en) for c in ("MT401", "MT403")] == [[], []]


def test_forms_of_the_name_and_other_known_persons_are_no_misspellings() -> None:
    assert run_rule("MT403", "마크롱의 발언이 화제다.", "Macron's remarks drew attention.") == []
    assert run_rule("MT403", "클린턴 전 장관은 말했다.", "He went after the Clintons.") == []
    # 'Osama' belongs to Osama bin Laden here, not to a misspelt Obama
    assert run_rule("MT403", "오바마 대통령은 말했다.", "Osama bin Laden said.") == []
    (hit,) = run_rule("MT403", "오바마 대통령은 말했다.", "President Osama said.")
    assert (
        hit.suggestion == "Obama"
        and run_rule("MT401", "오바마 대통령은 말했다.", "President Osama said.") == []
    )


def test_one_english_name_serves_every_mention_of_a_known_person() -> None:
    ko = "버락 오바마는 대통령 당선인인 동시에 아버지입니다. 오바마 당선인은 인터뷰를 했다."
    en = "He's the President Elect but he's also dad, and Barack Obama gave an interview."
    for code in ("MT401", "MT402", "MT403"):
        assert run_rule(code, ko, en) == [], code


def test_a_desks_termbase_spelling_takes_precedence(tmp_path: Path) -> None:
    """A house style ('Zelenskiy') in the termbase: the termbase rule checks the name, not the
    known-person table (which accepts 'Zelensky')."""
    path = tmp_path / "tb.csv"
    path.write_text("ko,en,variants,notes,type\n젤렌스키,Zelenskiy,,house style,person\n", "utf-8")
    view = make_view("젤렌스키 대통령은 말했다.", "President Zelensky said.", with_termbase(path))
    codes = {c: list(get_rule(c).check(view)) for c in ("MT701", "MT401", "MT403", "MT405")}
    assert len(codes["MT701"]) == 1 and codes["MT701"][0].suggestion == "Zelenskiy"
    assert codes["MT401"] == codes["MT403"] == codes["MT405"] == []
