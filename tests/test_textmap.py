from __future__ import annotations

import unicodedata

import pytest

from mtqa.records import Document
from mtqa.textmap import normalize


@pytest.mark.parametrize(
    "raw",
    [
        "plain ascii",
        "한국어 문장입니다.",
        unicodedata.normalize("NFD", "한국어 문장입니다."),
        "line one\r\nline two\rline three\n",
        unicodedata.normalize("NFD", "café résumé 서울") + "\r\n끝",
        "",
    ],
)
def test_normalize_is_nfc_and_maps_back(raw: str) -> None:
    m = normalize(raw)
    assert m.text == unicodedata.normalize("NFC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    assert len(m.starts) == len(m.text) == len(m.ends)
    # Every normalized character maps to a non-empty original span that normalizes back to it.
    for i, ch in enumerate(m.text):
        a, b = m.to_original(i, i + 1)
        piece = raw[a:b]
        assert ch in unicodedata.normalize("NFC", piece.replace("\r\n", "\n").replace("\r", "\n"))


def test_span_of_word_in_decomposed_text_points_at_original() -> None:
    raw = "제목\r\n" + unicodedata.normalize("NFD", "김동연 지사는 말했다.")
    doc = Document.from_text("d", raw, "ko")
    i = doc.text.index("김동연")
    a, b = doc.original_span(i, i + 3)
    assert unicodedata.normalize("NFC", raw[a:b]) == "김동연"
    assert a == 4  # after "제목\r\n"


def test_empty_span_maps_to_a_position() -> None:
    m = normalize("ab")
    assert m.to_original(1, 1) == (1, 1)
    assert m.to_original(2, 2) == (2, 2)
