"""MT604: a person's status beside the title (former, acting, elect, nominee) lost in English.

Korean marks it around the title: 전 (former) between the name and the title (문재인 전
대통령), and 당선인, 권한대행 or 내정자 after it (윤석열 대통령 당선인, 한덕수 대통령
권한대행, 후보자). Machine translation often keeps the title and drops the word that makes it
past, provisional or not yet held ('President Moon Jae-in', 'President Han Duck-soo'): a factual
error a desk must catch. Reported where the English renders the title itself but no word of the
status stands anywhere in the unit's English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from mtqa.lexicon.titles import find_renderings
from mtqa.records import Severity
from mtqa.rules.base import Example, Hit, UnitView, rule
from mtqa.rules.persons import PersonInfo, unit_persons


@dataclass(frozen=True)
class Status:
    name: str  # as the message says it
    korean: re.Pattern[str]  # matched against the Korean before or after the title
    english: re.Pattern[str]  # any of these words in the English renders it
    suggestion: str
    before: bool = False  # the Korean word stands between the name and the title (전)


STATUSES = (
    Status(
        "former",
        re.compile(r"(?:^|\s)(?:전|前)\s*$"),  # 문재인 전 대통령
        re.compile(
            r"\b(?:former|ex-|then-?|onetime|one-time|erstwhile|late|past|previous|predecessor"
            r"|who was|served as|until|was the|was a)\b",  # 'Yoon was the 37th mayor'
            re.I,
        ),
        "former",
        before=True,
    ),
    Status(
        "elect",
        re.compile(r"^\s?(?:당선인|당선자)"),
        re.compile(r"elect\b|\b(?:elected|winner|won)\b", re.I),
        "-elect",
    ),
    Status(
        "acting",
        re.compile(r"^\s?(?:권한대행|직무대행|대행)"),
        re.compile(r"\b(?:acting|interim|caretaker)\b", re.I),
        "acting",
    ),
    Status(
        "nominee",
        re.compile(r"^\s?(?:후보자|내정자|지명자)"),
        re.compile(
            r"\b(?:nominee|nominees|nominated|designate|pick|picked|candidate|tapped|named|"
            r"appointed|appointee)\b|-designate",
            re.I,
        ),
        "nominee",
    ),
)
CONFIDENCE = 0.65
# A past the Korean narrates (당시 'at the time', a year): English may give the title the person
# held then ('President George H.W. Bush signed the order in 1990' for 부시 전 대통령; the only
# two such findings on the Park references). Shown low.
HISTORICAL = re.compile(r"당시|\d{4}\s?년")
HISTORICAL_CONFIDENCE = 0.4


def _status_of(view: UnitView, p: PersonInfo) -> Status | None:
    """The status the Korean gives the person's title, if any."""
    m = p.mention
    if m.title_span is None:
        return None
    text = view.source_text
    before = text[m.end : m.title_span[0]]
    after = text[m.title_span[1] : m.title_span[1] + 6]
    for status in STATUSES:
        if status.korean.search(before if status.before else after):
            return status
    return None


@rule(
    "MT604",
    "title-status-missing",
    "Accuracy/Mistranslation",
    Severity.MAJOR,
    "A person's status beside the title (former, acting, elect, nominee) is lost in English.",
    "The Korean marks the title as past, provisional or not yet held: 전 before it (문재인 전 "
    "대통령, former), or 당선인/당선자 (elect), 권한대행/직무대행 (acting) or 후보자/내정자 "
    "(nominee) after it. The English renders the title but no word of that status appears in "
    "the unit ('President Moon Jae-in' for 문재인 전 대통령; former, ex-, then- or late count "
    f"for 전). Shown at {CONFIDENCE}; a former title in a sentence that narrates the past (당시, "
    f"a year) at {HISTORICAL_CONFIDENCE}, since English may give the title held then. Where "
    "the English drops the title altogether MT601 reports it instead.",
    (
        Example(
            "문재인 전 대통령은 기자들을 만났다.",
            "President Moon Jae-in met reporters.",
            "He is a former president.",
        ),
        Example(
            "한덕수 대통령 권한대행은 국무회의를 주재했다.",
            "President Han Duck-soo presided over a Cabinet meeting.",
            "He is the acting president.",
        ),
    ),
)
def title_status_missing(view: UnitView) -> Iterator[Hit]:
    target = view.target_text
    for p in unit_persons(view):
        m = p.mention
        if m.title is None or p.match.status not in ("found", "surname", "close"):
            continue
        status = _status_of(view, p)
        if status is None or status.english.search(target):
            continue
        spans = find_renderings(m.title, target)
        if not spans:
            continue  # the title itself is missing: MT601
        assert m.title_span is not None
        yield Hit(
            f"the Korean makes {m.name} {status.name} {m.title.ko}; the English writes "
            f"{target[spans[0][0] : spans[0][1]]!r} without '{status.name}'",
            source=(m.start, m.title_span[1]),
            target=spans[0],
            suggestion=status.suggestion,
            confidence=HISTORICAL_CONFIDENCE
            if status.name == "former" and HISTORICAL.search(view.source_text)
            else CONFIDENCE,
        )
