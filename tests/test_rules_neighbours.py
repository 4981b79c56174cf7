"""MT101 with neighbour evidence: a lone Korean sentence that the next English sentence renders."""

from __future__ import annotations

import pytest

from mtqa.pairview import lines_doc
from mtqa.records import Document, DocumentPair, Unit
from mtqa.resources import Resources
from mtqa.rules.base import DocView, UnitView
from mtqa.rules.coverage import MERGED_CONFIDENCE
from mtqa.rules.neighbours import Evidence, evidence, lone_run, rendered_in
from mtqa.text.segment import segment
from ruletools import get_rule

pytestmark = pytest.mark.model
RES = Resources()

# Machine translation joined the two Korean sentences into one English sentence; the aligner
# left the first one alone.
MERGED_KO = [
    "경찰청 대변인이 11일 기자들에게 말했다.",
    "“사고 현장에 특수 구조대원 40명이 투입됐다.”",
]
MERGED_EN = [
    "A National Police Agency spokesperson told reporters on the 11th that 40 special rescuers "
    "had been deployed to the scene."
]
# The middle sentence was dropped; its neighbours say something else.
DROPPED_KO = [
    "정부는 30일 부동산 대책을 발표했다.",
    "야당은 이번 대책이 서민의 주거 안정에 실효성이 없다며 강하게 비판했다.",
    "시행은 다음 달 1일부터다.",
]
DROPPED_EN = [
    "The government announced real estate measures on the 30th.",
    "They take effect on the 1st of next month.",
]


def _doc(ko: list[str], en: list[str], units: list[Unit]) -> DocView:
    return lines_doc(ko, en, RES, "t", units)


def _mt101(doc: DocView, index: int) -> list:
    return list(get_rule("MT101").check(UnitView(doc, doc.units[index])))


def test_sentence_rendered_in_the_next_translation_is_kept_at_low_confidence() -> None:
    doc = _doc(MERGED_KO, MERGED_EN, [Unit(0, (0,), ()), Unit(1, (1,), (0,))])
    hits = _mt101(doc, 0)
    assert len(hits) == 1
    assert hits[0].confidence == MERGED_CONFIDENCE < 0.5
    assert "next English sentence may render it" in hits[0].message
    assert hits[0].source == (0, len(MERGED_KO[0]))


def test_dropped_sentence_keeps_its_high_confidence() -> None:
    units = [Unit(0, (0,), (0,)), Unit(1, (1,), ()), Unit(2, (2,), (1,))]
    doc = _doc(DROPPED_KO, DROPPED_EN, units)
    hits = _mt101(doc, 1)
    assert [h.confidence for h in hits] == [0.9]
    assert rendered_in(UnitView(doc, doc.units[1]), source=True) is None
    found = evidence(UnitView(doc, doc.units[1]), source=True)
    assert [e.neighbour for e in found] == [0, 2]
    assert all(0.0 <= e.share < 0.4 and e.words >= 2 for e in found)


def test_evidence_is_computed_once_per_run() -> None:
    units = [Unit(0, (0,), (0,)), Unit(1, (1,), ()), Unit(2, (2,), ()), Unit(3, (), (1,))]
    doc = _doc(DROPPED_KO, DROPPED_EN, units)
    assert lone_run(doc, 1, source=True) == (1, 2)
    assert lone_run(doc, 2, source=True) == (1, 2)
    first = evidence(UnitView(doc, doc.units[1]), source=True)
    assert evidence(UnitView(doc, doc.units[2]), source=True) is first
    # Unit 3 has no source, so only unit 0 is a neighbour with both sides.
    assert [e.neighbour for e in first] == [0]


def test_lone_run_stops_at_units_with_both_sides() -> None:
    units = [Unit(0, (0,), ()), Unit(1, (1,), (0,)), Unit(2, (2,), ())]
    doc = _doc(DROPPED_KO, DROPPED_EN[:1], units)
    assert lone_run(doc, 0, source=True) == (0, 0)
    assert lone_run(doc, 2, source=True) == (2, 2)
    assert lone_run(doc, 1, source=False) == (1, 1)


# The translation split one Korean sentence in two; the aligner left the second one alone.
SPLIT_KO = ["경찰청 대변인은 11일 사고 현장에 특수 구조대원 40명이 투입됐다고 기자들에게 말했다."]
SPLIT_EN = [
    "A National Police Agency spokesperson spoke to reporters on the 11th.",
    "Forty special rescuers had been deployed to the accident scene.",
]


def _mt102(doc: DocView, index: int) -> list:
    return list(get_rule("MT102").check(UnitView(doc, doc.units[index])))


def test_english_sentence_the_previous_korean_says_is_kept_at_low_confidence() -> None:
    doc = _doc(SPLIT_KO, SPLIT_EN, [Unit(0, (0,), (0,)), Unit(1, (), (1,))])
    hits = _mt102(doc, 1)
    assert [h.confidence for h in hits] == [MERGED_CONFIDENCE]
    assert "previous Korean sentence may say it" in hits[0].message


def test_added_sentence_keeps_its_high_confidence() -> None:
    en = [
        SPLIT_EN[0] + " Forty rescuers went there.",
        "Critics called the plan too little, too late.",
    ]
    doc = _doc(SPLIT_KO, en, [Unit(0, (0,), (0,)), Unit(1, (), (1,))])
    assert [h.confidence for h in _mt102(doc, 1)] == [0.9]


def _segmented(ko: str, en: str, units: list[Unit]) -> DocView:
    """A document segmented as the pipeline segments it (paragraphs from the lines)."""
    pair = DocumentPair("t", Document.from_text("t", ko, "ko"), Document.from_text("t", en, "en"))
    src, tgt = segment(pair.source, RES.korean), segment(pair.target, RES.korean)
    return DocView(pair, src, tgt, units, RES)


def test_evidence_knows_whether_the_run_follows_its_neighbour_in_one_paragraph() -> None:
    # One Korean line of two sentences (one paragraph), as line-by-line MT receives it.
    ko = "\n".join([" ".join(DROPPED_KO[:2]), DROPPED_KO[2]])
    units = [Unit(0, (0,), (0,)), Unit(1, (1,), ()), Unit(2, (2,), (1,))]
    doc = _segmented(ko, "\n".join(DROPPED_EN), units)
    assert [s.paragraph for s in doc.source_sentences] == [0, 0, 1]
    found = evidence(UnitView(doc, doc.units[1]), source=True)
    assert [(e.neighbour, e.together) for e in found] == [(0, True), (2, False)]
    # A line's first sentence alone before its neighbour is not 'together': MT drops those
    units = [Unit(0, (0,), ()), Unit(1, (1,), (0,)), Unit(2, (2,), (1,))]
    doc = _segmented(ko, "\n".join(DROPPED_EN), units)
    found = evidence(UnitView(doc, doc.units[0]), source=True)
    assert [(e.neighbour, e.together) for e in found] == [(1, False)]


@pytest.mark.parametrize(
    ("share", "words", "gain", "together", "rendered"),
    [
        (0.5, 4, -0.01, True, True),  # half the words matched in the same line: a joined sentence
        (0.5, 4, -0.01, False, False),  # across paragraphs the similarity must rise too
        (0.5, 4, 0.001, False, True),
        (0.5, 1, -0.01, True, False),  # one word is too little evidence
        (0.3, 4, -0.01, True, False),
        (0.6, 2, -0.01, False, True),
        (0.0, 4, 0.02, False, True),
    ],
)
def test_rendered_weighs_share_gain_and_paragraph(
    share: float, words: int, gain: float, together: bool, rendered: bool
) -> None:
    assert Evidence(0, share, words, gain, together).rendered is rendered


def test_english_sentence_repeating_its_neighbour_is_reported_as_a_repetition() -> None:
    ko = [DROPPED_KO[0], DROPPED_KO[1]]
    en = [
        DROPPED_EN[0],
        "The opposition sharply criticized the measures as ineffective for housing stability.",
        "The opposition sharply criticized the measures as ineffective for housing stability.",
    ]
    units = [Unit(0, (0,), (0,)), Unit(1, (1,), (1,)), Unit(2, (), (2,))]
    doc = _doc(ko, en, units)
    (hit,) = _mt102(doc, 2)
    assert hit.confidence >= 0.5 and "repeats the previous English sentence" in hit.message
    # an added sentence of other words is no repetition (and keeps the plain message)
    other = _doc(ko, [*en[:2], "Critics called the plan too little, too late."], units)
    (hit,) = _mt102(other, 2)
    assert "repeats" not in hit.message
