from __future__ import annotations

import pytest

from mtqa.report import review
from mtqa.report.palette import (
    CATEGORY_COLOURS,
    SEVERITY_TINT,
    TEXT_COLOUR,
    contrast_ratio,
    highlight_background,
)
from mtqa.report.sample import make_document


def fv(n: int, severity: str = "major") -> review.FindingView:
    return review.FindingView(n, {"confidence": 0.9}, severity, "other")


def test_overlapping_spans_split_into_segments() -> None:
    text = "abcdefghij"
    a, b = fv(1), fv(2, "critical")
    segs = review.cut(text, 0, 10, [(2, 6, a), (4, 8, b)], "target")
    assert [(s.text, s.fids) for s in segs] == [
        ("ab", ()),
        ("cd", (1,)),
        ("ef", (1, 2)),
        ("gh", (2,)),
        ("ij", ()),
    ]
    assert "sev-critical" in segs[2].css and "multi" in segs[2].css  # strongest finding wins
    assert segs[1].anchors == ("f1-t",) and segs[3].anchors == ()  # f2 anchored at "ef"


def test_nested_and_clipped_spans() -> None:
    segs = review.cut("0123456789", 3, 9, [(0, 10, fv(1)), (5, 6, fv(2))], "source")
    assert "".join(s.text for s in segs) == "345678"
    assert [s.fids for s in segs] == [(1,), (1, 2), (1,)]


def test_zero_length_span_becomes_a_point_marker() -> None:
    segs = review.cut("abcd", 0, 4, [(2, 2, fv(1))], "target")
    assert [s.text for s in segs] == ["ab", "", "cd"]
    assert "point" in segs[1].css


@pytest.mark.parametrize("crlf", [False, True])
def test_highlights_land_on_the_flagged_text(crlf: bool) -> None:
    doc = make_document(2, sentences=9, crlf=crlf)
    assert ("\r\n" in doc["source"]["text"]) is crlf
    view = review.build(doc)
    assert view.findings
    for f in view.findings:
        for side in ("source", "target"):
            span = f.data[side]
            if span is None:
                continue
            marked = "".join(s.text for r in view.rows for s in getattr(r, side) if f.n in s.fids)
            assert marked == review.display(span["text"])


def test_omitted_and_added_units_are_marked() -> None:
    doc = make_document(0, sentences=10)  # even i: an omission; i % 3 == 0: an addition
    gaps = {r.gap for r in review.build(doc).rows}
    assert {"omitted", "added"} <= gaps


def test_locate_falls_back_to_the_span_text() -> None:
    text = "The KMA said the KMA"
    assert review.locate(text, {"start": 4, "end": 7, "text": "KMA"}) == (4, 7)
    assert review.locate(text, {"start": 15, "end": 18, "text": "KMA"}) == (17, 20)
    assert review.locate(text, {"start": 0, "end": 3, "text": "XYZ"}) is None
    assert review.locate(text, {"start": 5, "end": 99, "text": None}) is None


def test_headline_is_first_nonempty_line() -> None:
    assert review.headline("\r\n\r\n  제목입니다 \r\n본문") == "제목입니다"
    assert len(review.headline("x" * 500)) == 100


@pytest.mark.parametrize("cls", list(CATEGORY_COLOURS))
@pytest.mark.parametrize("severity", list(SEVERITY_TINT))
def test_highlight_colours_meet_wcag_aa(cls: str, severity: str) -> None:
    assert contrast_ratio(TEXT_COLOUR, highlight_background(cls, severity)) >= 4.5
