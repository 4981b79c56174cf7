from __future__ import annotations

import random
from pathlib import Path

import pytest

from mtqa.align.pairing import pair_documents
from mtqa.corpora import documents
from test_align_embedding import WordEncoder

SOURCES = [
    ("ko-1", ["가나 alpha bravo", "다라 charlie"]),
    ("ko-2", ["마바 delta echo", "사아 foxtrot"]),
    ("ko-3", ["자차 golf hotel", "카타 india"]),
]
TARGETS = [
    ("en-c", ["golf hotel.", "india."]),
    ("en-a", ["alpha bravo.", "charlie."]),
    ("en-b", ["delta echo.", "foxtrot."]),
]


def test_pairs_shuffled_documents_by_content() -> None:
    result = pair_documents(SOURCES, TARGETS, WordEncoder())
    assert sorted(p[:2] for p in result.pairs) == [
        ("ko-1", "en-a"),
        ("ko-2", "en-b"),
        ("ko-3", "en-c"),
    ]
    assert all(conf > 0.5 for _, _, conf in result.pairs)
    assert result.unpaired_source == [] and result.unpaired_target == []
    assert result.low_confidence() == []


def test_leftovers_are_reported() -> None:
    result = pair_documents(SOURCES, TARGETS[:2], WordEncoder())
    assert sorted(p[:2] for p in result.pairs) == [("ko-1", "en-a"), ("ko-3", "en-c")]
    assert result.unpaired_source == ["ko-2"]
    extra = [*TARGETS, ("en-x", ["zulu yankee.", "xray."])]
    result = pair_documents(SOURCES, extra, WordEncoder(), min_similarity=0.5)
    assert result.unpaired_target == ["en-x"]


def test_near_duplicate_targets_get_low_confidence() -> None:
    targets = [("en-a", ["alpha bravo.", "charlie."]), ("en-a2", ["alpha bravo.", "charlie!"])]
    result = pair_documents(SOURCES[:1], targets, WordEncoder())
    assert len(result.pairs) == 1
    assert result.low_confidence() == result.pairs
    assert len(result.unpaired_target) == 1


def test_empty_sides() -> None:
    result = pair_documents([], TARGETS, WordEncoder())
    assert result.pairs == [] and result.unpaired_target == ["en-c", "en-a", "en-b"]


@pytest.mark.corpus
@pytest.mark.model
def test_shuffled_flores_documents(corpora: Path) -> None:
    from mtqa.models.encoder import load_encoder

    docs = documents(corpora / "flores200-devtest", ko="ko.quotes-fixed.txt")[:60]
    sources = [(f"ko-{d}", ko) for d, ko, _ in docs]
    targets = [(f"en-{d}", en) for d, _, en in docs]
    random.Random(0).shuffle(targets)
    result = pair_documents(sources, targets, load_encoder())
    right = sum(s[3:] == t[3:] for s, t, _ in result.pairs)
    assert right == len(docs)
    # Mistakes, if any, should hide among the low-confidence pairs.
    assert len(result.low_confidence()) <= len(docs) // 10
